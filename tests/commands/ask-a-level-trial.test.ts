// What the blind A-level student's trial (7 December 2026) found wrong with /ask, put right: Khrushchev's Secret Speech
// and Hitler not called another subject (F6), honest replies to "is that on the exam?" and the marks (F7), 30 marks
// meaning the A-level paper (F8), teachers' "Historians disagree about…" (F4), loose answers to near misses (F9), the
// United Opposition (F10) and its terms.
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { TRIAL_MORNING, useRealApp } from '../helpers/conversation.js';

const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Jamal', canManageServer: false };
let kb: KnowledgeBase;
let app: App;
let channel = 0;
/** /ask in a channel of its own, so that no question is read as a follow-up of another (unless `in` is given). */
const ask = async (question: string, where = `trial-${channel++}`, guildId = 'g1') =>
  app.router.runCommand('ask', { options: { question } }, { ...ctx, guildId, channelId: where });
const buttons = (reply: Awaited<ReturnType<typeof ask>>) => (reply?.buttons ?? []).map((b) => b.label);

useRealApp((real) => ({ kb, app } = real), { now: TRIAL_MORNING }, 120_000);

describe('/ask after the A-level trial', () => {
  it('answers what Khrushchev said of Stalin in 1956 with the Secret Speech, not "another subject"', async () => {
    const reply = await ask('what did khrushchev say about stalin in 1956');
    expect(reply?.title).toBe(kb.questions.find((q) => q.id === 'terror-assessment-khrushchev-speech')?.question);
    expect(reply?.body).not.toContain('another subject');
  });

  it('says Hitler, or Khrushchev after the course, is outside its focus and offers the entries that involve them', async () => {
    const hitler = await ask('who was hitler');
    expect(hitler?.body).toContain("outside this course's focus");
    expect(hitler?.body).not.toContain('another subject');
    expect(buttons(hitler)).toContain('What was the Nazi–Soviet Pact of 1939, and why did Stalin sign it?');
    const later = await ask('what did khrushchev do in 1962');
    expect(later?.body).toContain("outside this course's focus");
    expect(buttons(later)).toContain('Who was Nikita Khrushchev?');
    // Another subject the course never meets is refused as before, with nothing offered.
    const goebbels = await ask('who was goebbels');
    expect(goebbels?.body).toContain('another subject');
    expect(buttons(goebbels)).toEqual([]);
  });

  it('says honestly that no one knows what is on the exam, for a topic or after an answer', async () => {
    const famine = await ask('is the famine on the exam');
    expect(famine?.body).toContain('No one knows what will come up');
    expect(famine?.title).toContain('famine');
    const where = 'trial-exam-after';
    await ask('how many officers were removed in the purge of the red army', where);
    const that = await ask('is that on the exam?', where);
    expect(that?.body).toContain('No one knows what will come up');
    expect(that?.body).not.toContain('My notes have nothing better');
  });

  it('gives the usual marks of each kind of question, GCSE and A-level, for "how many marks"', async () => {
    const reply = await ask('how many marks is the interpretations question');
    expect(reply?.title).toBe('How many marks is each kind of exam question usually worth?');
    expect(reply?.body).toMatch(/30 marks for the question on three extracts/);
  });

  it('reads "30 mark" as the A-level paper, even in a GCSE class', async () => {
    const question = 'how do i answer the 30 mark interpretations question';
    const aLevel = 'How do I answer an A-level question on extracts or interpretations?';
    expect((await ask(question, 'trial-30-mark-unset', 'g-unset'))?.title).toBe(aLevel);
    await app.router.runCommand('tutor', { subcommand: 'level', options: { class: 'gcse' } }, { ...ctx, guildId: 'g-gcse', canManageServer: true });
    expect((await ask(question, 'trial-30-mark-gcse', 'g-gcse'))?.title).toBe(aLevel);
    // A GCSE class asking of its own interpretations questions still gets the GCSE advice.
    expect((await ask('how do i answer the how convincing interpretations question', 'trial-gcse-own', 'g-gcse'))?.title).not.toBe(aLevel);
  });

  it('answers a teacher\'s "Historians disagree about the causes of the Terror" with the main interpretations', async () => {
    const reply = await ask('historians disagree about the causes of the terror, what are the main views');
    expect(reply?.title).toBe('What are the main interpretations of the Terror put forward by historians?');
  });

  it('answers the trial\'s near misses with what they ask, not a loosely related entry', async () => {
    expect((await ask('who won ww2'))?.body).toContain('another subject or period');
    expect((await ask('was stalin worse than hitler'))?.title).toBe('How do historians compare Stalin and Hitler?');
    const reading = await ask('what book should i read');
    expect(reading?.title).toBe('What books should I read about Stalin\'s USSR?');
    expect(reading?.body).toContain("I don't keep a reading list");
  });

  it('answers why Zinoviev and Kamenev joined Trotsky with the United Opposition, and knows its terms', async () => {
    expect((await ask('why did zinoviev and kamenev team up with trotsky in 1926'))?.title).toBe('What was the United Opposition and why did it fail?');
    expect((await ask('primitive socialist accumulation meaning'))?.title).toBe('What was meant by "primitive socialist accumulation"?');
    expect((await ask('what was the platform of the 46'))?.title).toBe('What was meant by "Platform of the 46"?');
  });
});
