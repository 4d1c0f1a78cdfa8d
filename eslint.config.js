// Lint rules. Beyond the recommended sets, this enforces the direction of imports: only the Discord
// adapter may import discord.js, only the console adapter may import readline, and domain code imports
// no commands, adapters or wiring.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'coverage/', '.tune/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/discord/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['discord.js', '@discordjs/*'], message: 'Only src/adapters/discord may import discord.js.' }] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/**', 'src/cli/**', 'src/main.ts', 'src/config.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'node:readline', message: 'Only the console adapter reads the terminal.' }, { name: 'dotenv', message: 'Only config.ts loads .env.' }],
        patterns: [{ group: ['discord.js', '@discordjs/*'], message: 'Only src/adapters/discord may import discord.js.' }, { group: ['**/adapters/**'], message: 'Domain and commands must not import adapters.' }],
      }],
    },
  },
  {
    files: ['src/{knowledge,matching,quiz,leaderboard,store,missed,practice,review,homework,report,time,pictures,workers,voice}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'node:readline', message: 'Only the console adapter reads the terminal.' }, { name: 'dotenv', message: 'Only config.ts loads .env.' }],
        patterns: [
          { group: ['discord.js', '@discordjs/*'], message: 'Only src/adapters/discord may import discord.js.' },
          { group: ['**/adapters/**', '**/commands/**', '**/cli/**', '**/app.js', '**/main.js', '**/messages.js'], message: 'Domain code knows nothing of commands, adapters or wiring.' },
        ],
      }],
    },
  },
);
