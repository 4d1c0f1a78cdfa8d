// Exam nerves however a worried student types them (a blind Year-11 trial: "im so stressed i dont know anything and
// the mock is tomorow" was refused as outside the course; only "im really nervous about my exam" found the kind
// reply). A feeling word and an exam word, misspelt too, reach "Exam nerves are normal"; distress still gets the
// helplines; history that says "stress" or "scared" is answered from the notes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { REVISION_MESSAGES as R } from '../../src/messages.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let app: App;
const clock = new Date('2026-12-07T20:00:00Z');
let n = 0;
// A fresh student and channel each time: no question leans on another.
const ask = (question: string) => {
  n += 1;
  const ctx: CommandContext = { guildId: 'g1', channelId: `c${n}`, userId: `u${n}`, userName: `u${n}`, canManageServer: false };
  return app.router.runCommand('ask', { options: { question } }, ctx);
};

beforeAll(async () => {
  kb = await loadRealKnowledge();
  app = buildApp({ kb, store: createMemoryGuildStore(), now: () => clock });
});
afterAll(async () => {
  await app.shutdown();
});

describe('a worried student the night before a mock', () => {
  it('gets the exam-nerves reply, privately, however the worry and the exam are spelt', async () => {
    for (const worry of [
      'im so stressed i dont know anything and the mock is tomorow',
      'panicing bc my mock is in 2 days',
      'so stressed, exam tmrw',
      'i worry about the mock tommorow',
      'im freaking out, exam tomorow',
      'streesed abt my exm on friday',
      "i'm so anxious, tomorrow's paper is history",
      'im really nervous about my exam',
    ]) {
      const reply = await ask(worry);
      expect(reply?.title, worry).toBe(R.worryTitle);
      expect(reply?.private, worry).toBe(true);
      expect(reply?.body, worry).not.toContain(kb.wellbeing?.helplines[0]?.name ?? 'Childline');
    }
  });

  it('still gets the helplines when it is distress, not exam nerves', async () => {
    expect((await ask('im so stressed about the mock tomorow i want to die'))?.title).toBe(kb.wellbeing?.title);
  });

  it('a history question that says "stress" or "scared" gets a course answer, not kind words', async () => {
    for (const question of ['why did stalin stress heavy industry', 'why did Stalin stress heavy industry in the first five year plan', 'were peasants scared of the kulaks']) {
      const reply = await ask(question);
      expect(reply?.title, question).not.toBe(R.worryTitle);
      expect(reply?.title, question).not.toBe(kb.wellbeing?.title);
      expect(reply?.title ?? '', question).toMatch(/\?|kulak|industr/i);
    }
  });

  it('a course question that opens with "panic" or "scared" and names a test is answered plainly, with no kind line', async () => {
    for (const question of ['panic of 1932 in the famine, is it on the test', 'scared peasants in the 1932 famine, test question: why did so many die']) {
      const reply = await ask(question);
      expect(reply?.title, question).not.toBe(R.worryTitle);
      expect(reply?.title ?? '', question).toMatch(/famine/i);
      expect(reply?.body, question).not.toContain(R.worryLine);
    }
  });

  it('a feeling word opening the message is still the worry when it names no subject', async () => {
    for (const worry of ['stressed mock tomorow', 'panicking, famine test tomorrow']) {
      expect((await ask(worry))?.title, worry).toBe(R.worryTitle);
    }
  });
});
