import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    // Test files share a worker's module cache instead of loading every module afresh (about 160 s instead of
    // 275 s on the 2-core machine). Safe here because nothing keeps state in a module (no singletons: the app
    // is built from its parts in each test) and no test mocks a module or changes process.env.
    isolate: false,
    // One test file per core at once: left unset, this version ran the files one after another here.
    maxWorkers: '100%',
    // A throwaway DATA_DIR for every test, and a failed run if any test writes to the tutor's own ./data.
    globalSetup: ['tests/helpers/data-dir-guard.ts'],
    env: {
      // The fake Discord voice server (tests/e2e/fake-discord/fake-voice.ts) speaks TLS, as @discordjs/voice
      // dials wss:// with no way to pass options: its test-only certificate for 127.0.0.1 is trusted by the
      // test processes, which Node reads from this variable as each one starts.
      NODE_EXTRA_CA_CERTS: fileURLToPath(new URL('tests/fixtures/voice-tls/cert.pem', import.meta.url)),
    },
  },
});
