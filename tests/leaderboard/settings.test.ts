// A teacher's setting whose save fails: the teacher is told exactly that, and the bot goes on as its file says.
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import { MESSAGES } from '../../src/messages.js';
import { guildsDir, JsonGuildStore } from '../../src/store/json-store.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';
import { MemoryLogger, tempDir } from '../store/helpers.js';

const teacher: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 't1', userName: 'Ms Smith', canManageServer: true };

describe('/tutor fairness when the data folder cannot be written', () => {
  it('says the setting was not saved and leaves it as it was, in memory and on disk', async () => {
    const { dir, remove } = await tempDir();
    try {
      const store = new JsonGuildStore({ dir: guildsDir(dir), logger: new MemoryLogger() });
      const app = buildApp({ kb: await loadFixtureKnowledge(), store });
      const fairness = (mode: string) => app.router.runCommand('tutor', { subcommand: 'fairness', options: { mode } }, teacher);
      expect(await fairness('on')).toMatchObject({ body: MESSAGES.tutorFairnessOn });
      const blocker = path.join(guildsDir(dir), 'g1.json.tmp');
      await mkdir(blocker); // the next save cannot create its temporary file
      expect(await fairness('off')).toMatchObject({ body: MESSAGES.tutorFairnessNotSaved(true), private: true });
      expect(await app.leaderboard.flatScoring('g1')).toBe(true);
      await rm(blocker, { recursive: true });
      await store.flush();
      expect(JSON.parse(await readFile(path.join(guildsDir(dir), 'g1.json'), 'utf8')).settings.flatScoring).toBe(true);
    } finally {
      await remove();
    }
  });
});
