import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    env: {
      // The fake Discord voice server (tests/e2e/fake-discord/fake-voice.ts) speaks TLS, as @discordjs/voice
      // dials wss:// with no way to pass options: its test-only certificate for 127.0.0.1 is trusted by the
      // test processes, which Node reads from this variable as each one starts.
      NODE_EXTRA_CA_CERTS: fileURLToPath(new URL('tests/fixtures/voice-tls/cert.pem', import.meta.url)),
    },
  },
});
