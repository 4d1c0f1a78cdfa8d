// pm2 (https://pm2.keymetrics.io): keeps the tutor running and starts it again if it stops. Works on
// Windows, macOS and Linux. From the tutor's folder, after `npm ci` and `npm run build`:
//   npm install --global pm2       (on Linux: sudo npm install --global pm2)
//   pm2 install pm2-logrotate      (optional: pm2 keeps its logs for ever otherwise)
//   pm2 start deploy/ecosystem.config.cjs
//   pm2 save                 (remember it, so `pm2 resurrect` or the boot script brings it back)
//   pm2 startup              (Linux and macOS: prints the one command that starts pm2 at boot)
//   pm2 status, pm2 logs tutor, pm2 stop tutor
//   To update: pm2 stop tutor, then git pull, npm ci, npm run build, then pm2 start tutor
// The tutor reads its settings from .env in its folder itself, so nothing secret goes in this file.
/* global module, require, __dirname */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- pm2 reads a CommonJS file
const path = require('node:path');

module.exports = {
  apps: [
    {
      name: 'tutor',
      // The tutor's folder (this file is in deploy/): knowledge/, data/ and .env are found from it.
      cwd: path.join(__dirname, '..'),
      // The compiled tutor from `npm run build`.
      script: 'dist/main.js',
      interpreter: 'node',
      // One process: it holds the data folder's lock. Never cluster mode (two copies would refuse
      // to share data/); for many servers, use SHARD_COUNT in .env instead.
      exec_mode: 'fork',
      instances: 1,
      // Come back after a crash or a kill, a few seconds later, for ever.
      autorestart: true,
      restart_delay: 5000,
      max_restarts: 1000000,
      // pm2 stops it with SIGINT: running quiz rounds end and the data is saved; give that time.
      kill_timeout: 30000,
      watch: false,
      // TUTOR_MODE=discord: without a token in .env it stops with a config error naming DISCORD_TOKEN,
      // instead of starting a local console that pm2 would show as "online" while nothing reaches Discord.
      env: { NODE_ENV: 'production', TUTOR_MODE: 'discord' },
    },
  ],
};
