// A teacher's setting whose save fails is put back as it was, and only what the failed update changed: an update that
// failed before it read the server's document changed nothing, and putting "back" a value it never read once wrote the
// new setting after all, while the teacher was told it had not been saved.
import { describe, expect, it } from 'vitest';
import { createLeaderboardService, SettingNotSavedError } from '../../src/leaderboard/service.js';
import { createMemoryGuildStore, type GuildStore } from '../../src/store/guild-store.js';
import { FakeTime } from '../fakes/time.js';

type Failure = 'before-reading' | 'saving' | 'reading-at-all';

/**
 * A store in memory whose next update fails as `failNext` says: before reading the document, after changing it (its
 * save), or, with every read until `readable()`, for a document that cannot be read at all.
 */
function failingStore() {
  const inner = createMemoryGuildStore();
  let next: Failure | undefined;
  let unreadable = false;
  const store: GuildStore = {
    ...inner,
    async load(guildId) {
      if (unreadable) throw new Error('cannot read g1.json');
      return inner.load(guildId);
    },
    async update(guildId, change) {
      const failure = next;
      next = undefined;
      if (failure === 'reading-at-all') unreadable = true;
      if (failure === 'before-reading' || unreadable) throw new Error('cannot read g1.json');
      const saved = await inner.update(guildId, change);
      // As the JSON store does: the change stays in memory, to be written later, and the update rejects.
      if (failure === 'saving') throw new Error('disk full');
      return saved;
    },
  };
  return { store, failNext: (how: Failure) => (next = how), readable: () => (unreadable = false) };
}

async function boardSetTo(board: 'aqa' | 'edexcel') {
  const { store, failNext, readable } = failingStore();
  const service = createLeaderboardService({ store, clock: new FakeTime() });
  await service.setExamBoard('g1', board);
  return { service, failNext, readable };
}

describe('a setting whose save fails', () => {
  it('keeps the old value when the update failed before it read the document, and says which it kept', async () => {
    const { service, failNext } = await boardSetTo('edexcel');
    failNext('before-reading');
    const error = await service.setExamBoard('g1', 'aqa').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingNotSavedError);
    expect((error as SettingNotSavedError<string | null>).kept).toBe('edexcel');
    expect(await service.examBoard('g1')).toBe('edexcel');
  });

  it('is put back when the change was made but not saved', async () => {
    const { service, failNext } = await boardSetTo('edexcel');
    failNext('saving');
    const error = await service.setExamBoard('g1', 'aqa').catch((e: unknown) => e);
    expect((error as SettingNotSavedError<string | null>).kept).toBe('edexcel');
    expect(await service.examBoard('g1')).toBe('edexcel');
    // Flat scoring and the level alike.
    failNext('before-reading');
    await expect(service.setFlatScoring('g1', true)).rejects.toMatchObject({ kept: false });
    expect(await service.flatScoring('g1')).toBe(false);
  });

  it('passes the store\'s error on when the document cannot be read at all: nothing is said to be kept', async () => {
    const { service, failNext, readable } = await boardSetTo('edexcel');
    failNext('reading-at-all');
    const error = await service.setQuizLevel('g1', 'gcse').catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(SettingNotSavedError);
    expect((error as Error).message).toBe('cannot read g1.json');
    readable();
    expect(await service.quizLevel('g1')).toBeNull();
  });
});
