// /tutor board aqa|edexcel|ocr|eduqas|any: the exam board the class sits (an AQA head of history found the tutor
// "held back by board fit"). A teacher sets it as /tutor level is set; /ask's exam advice follows the board's papers
// ("the 8 mark question" is AQA's "In what ways…"), and /practice sets the board's questions first, never none.
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { MESSAGES, PRACTICE_MESSAGES as P } from '../../src/messages.js';
import { seededRandom } from '../../src/quiz/clock.js';
import { guildsDir, JsonGuildStore } from '../../src/store/json-store.js';
import { FakeTime } from '../fakes/time.js';
import { consoleTranscript } from '../helpers/console-session.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';
import { MemoryLogger, tempDir } from '../store/helpers.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
}, 60_000);

const student: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 's1', userName: 'Sam', canManageServer: false };
const teacher: CommandContext = { ...student, userId: 't1', userName: 'Ms Smith', canManageServer: true };

function appOn(seed = 1): App {
  const time = new FakeTime();
  return buildApp({ kb, clock: time, scheduler: time, random: seededRandom(seed) });
}
const board = (app: App, value?: string, ctx: CommandContext = teacher) =>
  app.router.runCommand('tutor', { subcommand: 'board', options: value === undefined ? {} : { board: value } }, ctx) as Promise<Reply>;

describe('/tutor board', () => {
  it('is not set at first, and says so with how to set it', async () => {
    const app = appOn();
    expect(await board(app)).toMatchObject({ body: `${MESSAGES.tutorBoardNow(null)} ${MESSAGES.tutorBoardChange}`, private: true, tone: 'info' });
    expect((await app.leaderboard.document('g1')).settings.examBoard).toBeNull();
  });

  it('sets each board for this server alone, shows it, and "any" goes back to none', async () => {
    const app = appOn();
    for (const value of ['aqa', 'edexcel', 'ocr', 'eduqas'] as const) {
      expect(await board(app, value)).toMatchObject({ body: MESSAGES.tutorBoardSet(value), private: true, tone: 'success' });
      expect(await app.leaderboard.examBoard('g1')).toBe(value);
      expect((await board(app)).body).toBe(`${MESSAGES.tutorBoardNow(value)} ${MESSAGES.tutorBoardChange}`);
    }
    expect(await app.leaderboard.examBoard('g2')).toBeNull();
    expect(await board(app, 'any')).toMatchObject({ body: MESSAGES.tutorBoardSet(null) });
    expect(await app.leaderboard.examBoard('g1')).toBeNull();
    // As typed in the console or by a teacher who writes the board's full name.
    expect(await board(app, 'Pearson Edexcel')).toMatchObject({ body: MESSAGES.tutorBoardSet('edexcel') });
    expect(await board(app, 'WJEC')).toMatchObject({ body: MESSAGES.tutorBoardSet('eduqas') });
  });

  it('needs Manage Server, works in servers only, and names the boards when given something else', async () => {
    const app = appOn();
    expect(await board(app, 'aqa', student)).toMatchObject({ body: MESSAGES.needsManageServer, private: true });
    expect(await app.leaderboard.examBoard('g1')).toBeNull();
    expect(await board(app, 'aqa', { ...teacher, guildId: null })).toMatchObject({ body: MESSAGES.tutorServerOnly });
    await board(app, 'ocr');
    expect(await board(app, 'cambridge')).toMatchObject({ body: `${MESSAGES.tutorBoardChoose}. ${MESSAGES.tutorBoardNow('ocr')}`, tone: 'error' });
    expect(await app.leaderboard.examBoard('g1')).toBe('ocr');
  });

  it('says the setting was not saved when the data folder cannot be written, and keeps the old one', async () => {
    const { dir, remove } = await tempDir();
    try {
      const store = new JsonGuildStore({ dir: guildsDir(dir), logger: new MemoryLogger() });
      const app = buildApp({ kb, store });
      expect(await board(app, 'aqa')).toMatchObject({ body: MESSAGES.tutorBoardSet('aqa') });
      const blocker = path.join(guildsDir(dir), 'g1.json.tmp');
      await mkdir(blocker); // the next save cannot create its temporary file
      expect(await board(app, 'edexcel')).toMatchObject({ body: MESSAGES.tutorBoardNotSaved('aqa'), private: true, tone: 'error' });
      expect(await app.leaderboard.examBoard('g1')).toBe('aqa');
      await rm(blocker, { recursive: true });
      await store.flush();
      expect(JSON.parse(await readFile(path.join(guildsDir(dir), 'g1.json'), 'utf8')).settings.examBoard).toBe('aqa');
    } finally {
      await remove();
    }
  });

  it('gives a student of an AQA class AQA\'s 8-mark advice, of an Edexcel class Edexcel\'s 12-marker, and the board a question names wins', async () => {
    const app = appOn();
    const ask = async (question: string, channelId: string) => (await app.router.runCommand('ask', { options: { question } }, { ...student, channelId }))?.title;
    expect(await ask('how i do the 8 mark question', 'before')).toBe('How do I answer an "Explain why" question?');
    await board(app, 'aqa');
    expect(await ask('how i do the 8 mark question', 'aqa')).toBe('How do I answer an "In what ways…" or "Explain how…" question?');
    expect(await ask('how do i do the edexcel 12 marker', 'named')).toBe('How do I answer a 12-mark "Explain why…" question with two bullet points?');
    await board(app, 'edexcel');
    expect(await ask('how i do the 12 mark question', 'edexcel')).toBe('How do I answer a 12-mark "Explain why…" question with two bullet points?');
  });

  it('is listed in a teacher\'s /help, not a student\'s', async () => {
    const app = appOn();
    expect((await app.router.runCommand('help', { options: {} }, teacher))?.body).toContain('`/tutor board [board]`');
    expect((await app.router.runCommand('help', { options: {} }, student))?.body).not.toContain('/tutor board');
  });

  it('works in the console too, typed as on Discord or in order', async () => {
    const text = await consoleTranscript(appOn(), ['/tutor board aqa', '/tutor board', '/tutor board board:any', '/quit']);
    expect(text).toContain(MESSAGES.tutorBoardSet('aqa'));
    expect(text).toContain(MESSAGES.tutorBoardNow('aqa'));
    expect(text).toContain(MESSAGES.tutorBoardSet(null));
  });
});

describe('/practice and the class\'s board', () => {
  /** The kinds /practice sets students on a topic in a class with this board (and level): eight students, three each. */
  async function kindsSet(boardValue: string | null, options: Record<string, string>, level?: 'gcse' | 'a-level'): Promise<Set<string>> {
    const app = appOn();
    if (boardValue) await board(app, boardValue);
    if (level) await app.router.runCommand('tutor', { subcommand: 'level', options: { class: level } }, teacher);
    const kinds = new Set<string>();
    for (let s = 0; s < 8; s++)
      // Three questions in a row: each avoids those just shown, so more of the topic's kinds come up.
      for (let i = 0; i < 3; i++) {
        const reply = (await app.router.runCommand('practice', { options }, { ...student, userId: `s${s}` })) as Reply;
        const id = reply.buttons?.find((b) => b.label === P.answerButton)?.action.split(':')[2];
        const kind = kb.practice.find((q) => q.id === id)?.kind;
        expect(kind, reply.body).toBeDefined();
        kinds.add(kind ?? '');
      }
    await app.shutdown();
    return kinds;
  }

  it('never sets an Edexcel class AQA\'s "Which was more important" question unasked, while an AQA class gets it', async () => {
    expect(await kindsSet('edexcel', { topic: 'collectivisation' })).not.toContain('more-important');
    expect(await kindsSet('aqa', { topic: 'collectivisation' })).toContain('more-important');
  });

  it('sets an Edexcel A-level class the essay rather than AQA\'s three extracts', async () => {
    expect(await kindsSet('edexcel', { topic: 'collectivisation' }, 'a-level')).toEqual(new Set(['essay']));
    expect(await kindsSet('aqa', { topic: 'collectivisation' }, 'a-level')).toContain('three-extracts');
  });

  it('still sets a question of the board\'s kind asked for when only another board sets it: never none', async () => {
    expect(await kindsSet('edexcel', { topic: 'collectivisation', kind: 'more-important' })).toEqual(new Set(['more-important']));
    expect(await kindsSet('ocr', { topic: 'terror-assessment', kind: 'three-extracts' })).toEqual(new Set(['three-extracts']));
  });
});
