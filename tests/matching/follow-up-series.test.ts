// "And next?" after one of a numbered series ("the first five-year plan") steps to the next of the series: it is not the
// last question carried on with the word "next" ("what was the next five year plan", which names no plan).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import { answerableEntries } from '../../src/knowledge/answerable.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { courseSubjectReader, leansOnPrevious, readWithPrevious, type SubjectReader } from '../../src/matching/follow-up.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let reader: SubjectReader;
let app: App;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  reader = courseSubjectReader(kb);
  app = buildApp({ kb });
}, 120_000);
afterAll(async () => {
  await app.shutdown();
});

const FIRST_PLAN = 'what was the first five year plan';

describe('a follow-up asking for the next of a series', () => {
  it('is read as the next member, however it is put', () => {
    for (const q of ['and next?', 'next?', 'what came next?', 'and the next one?', 'what about the next one?', 'and then?']) {
      expect(leansOnPrevious(q, reader), q).toBe('yes');
      expect(readWithPrevious(q, FIRST_PLAN, reader), q).toBe('what was the second five year plan');
    }
    expect(readWithPrevious('and next?', 'what was the second five year plan', reader)).toBe('what was the third five year plan');
    expect(readWithPrevious('and the previous one?', 'what was the third five year plan', reader)).toBe('what was the second five year plan');
  });

  it('still carries on with what it names when the last question names no member of a series', () => {
    expect(readWithPrevious('and kamenev?', 'who was zinoviev', reader)).toContain('kamenev');
    expect(readWithPrevious('and the third?', FIRST_PLAN, reader)).toBe('what was the third five year plan');
  });

  /** The titles of the replies to each question in turn, asked by one new student. */
  let students = 0;
  async function titles(...questions: string[]): Promise<string[]> {
    const ctx: CommandContext = { guildId: 'g1', channelId: 'series', userId: `series${students++}`, userName: 'Student', canManageServer: false };
    const got: string[] = [];
    for (const q of questions) got.push((await app.router.runCommand('ask', { options: { question: q } }, ctx))?.title ?? '');
    return got;
  }
  const question = (id: string) => answerableEntries(kb).find((e) => e.id === id)?.question;

  it('gets the next plan from /ask, not the first again', async () => {
    for (const q of ['and next?', 'next?', 'what came next?', 'and the next one?']) expect((await titles(FIRST_PLAN, q))[1], q).toBe(question('five-year-plans-second'));
    expect((await titles('what was the second five year plan', 'and next?'))[1]).toBe(question('five-year-plans-third'));
    expect((await titles('what happened at the first show trial', 'and the next one?'))[1]).toBe(question('great-terror-second-trial'));
  });
});
