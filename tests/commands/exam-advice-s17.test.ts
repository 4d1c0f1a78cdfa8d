// Exam advice for a class whose board or level the teacher set (two trials): a teacher's A-level OCR class asking
// "how do I answer the OCR 25 mark essay question?" got the entry about which board the tutor is for ("I cannot know
// which board… your class sits"); an essay plan in that A-level class said "Give it about 20 minutes" (the GCSE
// 16-marker's time); and an AQA GCSE student asking "how do i do the 16 marker" got essay planning, when AQA's paper
// sets no 16-mark question. Through /tutor and /ask, on the real fact base, as a student would see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import { EXAM_ADVICE_MESSAGES, planMinutes } from '../../src/commands/exam-advice.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { A_LEVEL_KINDS, type KnowledgeBase, type PracticeQuestion } from '../../src/knowledge/schema.js';
import { seededRandom } from '../../src/quiz/clock.js';
import { FakeTime } from '../fakes/time.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let app: App;

beforeAll(async () => {
  kb = await loadRealKnowledge();
  const time = new FakeTime();
  app = buildApp({ kb, clock: time, scheduler: time, random: seededRandom(1) });
  // One server a class: an A-level OCR class, an AQA GCSE class, an Edexcel GCSE class, a GCSE class with no board,
  // and a server where nothing is set.
  const settings: ReadonlyArray<readonly [string, string | undefined, string | undefined]> = [
    ['ocr-a', 'a-level', 'ocr'],
    ['aqa-g', 'gcse', 'aqa'],
    ['edx-g', 'gcse', 'edexcel'],
    ['gcse', 'gcse', undefined],
  ];
  for (const [guildId, level, board] of settings) {
    const teacher: CommandContext = { guildId, channelId: 'c1', userId: 't1', userName: 'Ms Smith', canManageServer: true };
    if (level) await app.router.runCommand('tutor', { subcommand: 'level', options: { class: level } }, teacher);
    if (board) await app.router.runCommand('tutor', { subcommand: 'board', options: { board } }, teacher);
  }
}, 120_000);

afterAll(async () => {
  await app?.shutdown();
});

let asker = 0;
/** /ask in a server, each question from a new student (no question read as a follow-up to another). */
async function ask(guildId: string, question: string): Promise<Reply> {
  const ctx: CommandContext = { guildId, channelId: 'c1', userId: `s${++asker}`, userName: 'Sam', canManageServer: false };
  return (await app.router.runCommand('ask', { options: { question } }, ctx)) as Reply;
}

const skill = (id: string) => {
  const found = kb.skills.find((s) => s.id === id);
  if (!found) throw new Error(`no skill ${id}`);
  return found;
};
const boardsEntry = () => {
  const found = kb.questions.find((q) => q.id === 'stalinism-exam-boards');
  if (!found) throw new Error('no stalinism-exam-boards');
  return found;
};
/** Where a reply's buttons lead (`ask:<id>`). */
const leadsTo = (reply: Reply) => (reply.buttons ?? []).map((b) => b.action).filter((a) => a.startsWith('ask:')).map((a) => a.slice('ask:'.length));

describe('a question naming a board and asking how to answer its essay', () => {
  it("gets the A-level essay advice in the teacher's A-level OCR class, not the entry about which board the tutor is for", async () => {
    for (const q of ['how do I answer the OCR 25 mark essay question?', 'how do I answer the OCR essay question', 'how do i write the ocr essay']) {
      const reply = await ask('ocr-a', q);
      expect(reply.title, q).toBe(skill('skill-how-far-a-level').question);
      expect(reply.body, q).not.toMatch(/which board or paper your class sits/);
      // Nor a button to another board's or level's advice beside it (Edexcel's GCSE interpretation question).
      for (const id of leadsTo(reply).filter((id) => id.startsWith('skill-'))) {
        const other = skill(id);
        expect(other.level, `${q}: ${id}`).not.toBe('gcse');
        expect(other.boards === undefined || other.boards.includes('ocr'), `${q}: ${id}`).toBe(true);
      }
    }
  });

  it('is exam advice in a class with nothing set too: the A-level essay for A-level marks, the essay advice otherwise', async () => {
    expect((await ask('none', 'how do I answer the OCR 25 mark essay question?')).title).toBe(skill('skill-how-far-a-level').question);
    expect((await ask('none', 'how do I answer the OCR essay question')).title).toBe(skill('skill-how-far-gcse').question);
    // A GCSE class's essay advice is the GCSE one where no board with a paper listed is named (AQA's: see below).
    expect((await ask('gcse', 'how do I answer the essay question')).title).toBe(skill('skill-how-far-gcse').question);
  });

  it('keeps to what else is asked of the essay: planning it, its conclusion', async () => {
    expect((await ask('ocr-a', 'how do i plan the ocr essay')).title).toBe(skill('skill-essay-plan').question);
    expect((await ask('ocr-a', 'how do i write a conclusion for the ocr essay')).title).toBe(skill('skill-conclusion').question);
  });

  it('leaves a question about the tutor itself to the entry that answers it, which says the teacher sets the board and level', async () => {
    for (const q of ['is this for ocr', 'which exam board is this for', 'is this for aqa']) {
      const reply = await ask('ocr-a', q);
      expect(reply.title, q).toBe(boardsEntry().question);
      expect(reply.body, q).toMatch(/\/tutor board and \/tutor level/);
      expect(reply.body, q).not.toMatch(/I\s+cannot know which board/);
    }
  });
});

describe('"the 16 marker" in a class whose board sets none', () => {
  it("gives an AQA class the nearest question AQA's paper sets, and says so", async () => {
    const nearest = Math.max(...Object.keys(kb.boardMarks?.aqa ?? {}).map(Number));
    expect(kb.boardMarks?.aqa?.[16]).toBeUndefined();
    for (const q of ['how do i do the 16 marker', 'how do i answer the 16 mark question', 'how do i do the sixteen marker']) {
      const reply = await ask('aqa-g', q);
      expect(reply.title, q).toBe(skill(kb.boardMarks?.aqa?.[nearest]?.[0] ?? '').question);
      expect(reply.body?.split('\n\n')[0], q).toBe(EXAM_ADVICE_MESSAGES.noQuestionOfMarks('AQA', 16, nearest));
    }
    // A student naming AQA in a class with no board gets the same.
    expect((await ask('gcse', 'how do i do the aqa 16 marker')).title).toBe(skill('skill-more-important').question);
  });

  it("gives an Edexcel class its own 16-mark question, with nothing to say about it", async () => {
    const reply = await ask('edx-g', 'how do i do the 16 marker');
    expect(reply.title).toBe(skill('skill-interpretation-agree-edexcel').question);
    expect(reply.body).not.toMatch(/sets no/);
  });

  it("keeps today's reply where no board is set or none is listed (OCR), and advice on planning or timing asked of it", async () => {
    const none = await ask('none', 'how do i do the 16 marker');
    expect(none.body).not.toMatch(/sets no/);
    for (const guild of ['gcse', 'ocr-a']) {
      const reply = await ask(guild, 'how do i do the 16 marker');
      expect(reply.title, guild).toBe(none.title);
      expect(reply.body, guild).not.toMatch(/sets no/);
    }
    const plan = await ask('aqa-g', 'how do i plan the 16 marker');
    expect(plan.title).toBe(skill('skill-essay-plan').question);
    expect(plan.body).not.toMatch(/sets no/);
    expect((await ask('aqa-g', 'how long for the 16 marker')).title).toBe(skill('skill-timing').question);
  });
});

describe('"the essay question" in a class whose board\'s paper sets no "How far do you agree?" question', () => {
  const longest = (board: 'aqa' | 'edexcel') => Math.max(...Object.keys(kb.boardMarks?.[board] ?? {}).map(Number));

  it("gives an AQA GCSE class AQA's longest question, and says its paper sets no 16-marker, as for \"the 16 marker\"", async () => {
    const top = longest('aqa');
    expect(top).toBeLessThan(16);
    for (const q of ['how do i answer the essay question', 'how do i write an essay', 'how do I answer the AQA essay question']) {
      const reply = await ask('aqa-g', q);
      expect(reply.title, q).toBe(skill(kb.boardMarks?.aqa?.[top]?.[0] ?? '').question);
      expect(reply.body?.split('\n\n')[0], q).toBe(EXAM_ADVICE_MESSAGES.noQuestionOfMarks('AQA', 16, top));
    }
    // A student naming AQA in a class with no board gets the same.
    expect((await ask('gcse', 'how do I answer the AQA essay question')).title).toBe(skill(kb.boardMarks?.aqa?.[top]?.[0] ?? '').question);
  });

  it("gives an Edexcel GCSE class its paper's own 16-mark \"How far do you agree\" question, with nothing to say about it", async () => {
    const reply = await ask('edx-g', 'how do i write an essay');
    expect(reply.title).toBe(skill(kb.boardMarks?.edexcel?.[longest('edexcel')]?.[0] ?? '').question);
    expect(reply.body).not.toMatch(/sets no/);
  });

  it('keeps the "How far do you agree?" advice where it is asked for by name, and the A-level essay in an A-level class', async () => {
    const asked = await ask('aqa-g', 'how do i answer a how far do you agree question');
    expect(asked.title).toBe(skill('skill-how-far-gcse').question);
    expect(asked.body).not.toMatch(/sets no/);
    expect((await ask('ocr-a', 'how do i write an essay')).title).toBe(skill('skill-how-far-a-level').question);
  });
});

describe("an essay plan's time", () => {
  const gcseEssay = () => {
    const found = kb.practice.find((q) => q.kind === 'how-far' && q.prompt.includes('ended the NEP'));
    if (!found) throw new Error('no GCSE how-far question on the end of the NEP');
    return found;
  };
  const aLevelEssay = () => {
    const found = kb.practice.find((q) => q.kind === 'essay');
    if (!found) throw new Error('no A-level essay');
    return found;
  };
  const planOf = (guild: string, question: string) => ask(guild, `give me an essay plan for: ${question}`);

  it("follows the class's level: an A-level essay's time in an A-level class, the GCSE 16-marker's in a GCSE class", async () => {
    const q = gcseEssay();
    expect(aLevelEssay().minutes).toBeGreaterThan(q.minutes);
    const aLevel = await planOf('ocr-a', q.prompt);
    expect(aLevel.body).toContain(`about ${aLevelEssay().minutes} minutes`);
    expect(aLevel.body).not.toContain(`about ${q.minutes} minutes`);
    expect((await planOf('gcse', q.prompt)).body).toContain(`about ${q.minutes} minutes`);
    expect((await planOf('none', q.prompt)).body).toContain(`about ${q.minutes} minutes`);
  });

  it("follows the marks the question names, whatever the class's level", async () => {
    const q = gcseEssay();
    expect((await planOf('ocr-a', `${q.prompt} (${q.marks} marks)`)).body).toContain(`about ${q.minutes} minutes`);
    expect((await planOf('none', `${q.prompt} (${aLevelEssay().marks} marks)`)).body).toContain(`about ${aLevelEssay().minutes} minutes`);
  });

  it('gives the minutes a question names, and leaves a question with no judgement to weigh at its own time', () => {
    const q = gcseEssay();
    expect(planMinutes(kb, q, `${q.prompt} I have 30 minutes`, 'a-level')).toBe(30);
    const explain: PracticeQuestion | undefined = kb.practice.find((p) => p.kind === 'explain' && !A_LEVEL_KINDS.has(p.kind));
    if (!explain) throw new Error('no explain question');
    expect(planMinutes(kb, explain, explain.prompt, 'a-level')).toBe(explain.minutes);
    // An A-level essay planned in a GCSE class is given the GCSE essay's time.
    expect(planMinutes(kb, aLevelEssay(), aLevelEssay().prompt, 'gcse')).toBe(Math.max(...kb.practice.filter((p) => p.kind === 'how-far').map((p) => p.minutes)));
  });
});
