// /ask for a student with English as a second language (a blind trial's findings): a word's meaning that does not
// go in a circle, kind replies to "can you explain in arabic" and "my english not so good, what i do" with the ways
// to ask for simpler English, and a maths question called another subject, not a word the tutor does not know.
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import { createInMemoryMissedQuestions } from '../../src/missed/missed-questions.js';
import { TRIAL_MORNING, useRealApp } from '../helpers/conversation.js';

const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Amir', canManageServer: false };
let app: App;
const missed = createInMemoryMissedQuestions();
let channel = 0;

useRealApp((real) => ({ app } = real), { missed, now: TRIAL_MORNING }, 60_000);
/** A conversation in a channel of its own: each question after the one before. */
const conversation = () => {
  const c = { ...ctx, channelId: `eal-${channel++}` };
  return (question: string) => app.router.runCommand('ask', { options: { question } }, c);
};

describe('/ask for a student learning English', () => {
  it('explains a meaning that leans on another form of the word: "paranoid" says what paranoia is', async () => {
    const ask = conversation();
    const paranoid = await ask('what mean paranoid');
    expect(paranoid?.body).toContain('suffering from paranoia');
    expect(paranoid?.body).toMatch(/“paranoia” means: .*persecution/);
    const serfdom = await ask('what mean serfdom');
    expect(serfdom?.body).toMatch(/“serf” means: .*bound to the land/);
  });

  it('gives "momentum" the meaning a history text means, not the physics of mass and velocity', async () => {
    const reply = await conversation()('what mean momentum');
    // The fact base's plain meaning (knowledge/plain-words.yaml) once /ask gives it first, else the dictionary's history sense.
    expect(reply?.body).toMatch(/push that keeps something moving|an impelling force or strength/);
    expect(reply?.body).not.toMatch(/velocity|mass/);
  });

  it('says kindly it answers in English only, with the tips for simpler English, when asked for another language', async () => {
    const reply = await conversation()('can you explain in arabic');
    expect(reply?.body).toMatch(/only answer in English/);
    expect(reply?.body).toContain('shorter pls');
    expect(reply?.body).toContain("explain like I'm 10");
    expect(reply?.body).not.toMatch(/I don't know the word|English spelling/);
    expect(reply?.private).toBe(true);
  });

  it('answers a nationality of the course typed alone ("ukrainian", "polish") as a question, not as a request for that language (review)', async () => {
    expect((await conversation()('ukrainian'))?.title).toBe('What was meant by "Holodomor"?');
    expect((await conversation()('polish'))?.body ?? '').not.toMatch(/only answer in English/);
    expect((await conversation()('arabic pls'))?.body).toMatch(/only answer in English/);
  });

  it('reads "a level 4" as a mark band, not as the A-level (review)', async () => {
    expect((await conversation()('how do I get a level 4 in the how far question'))?.title).toBe('How do I answer a "How far do you agree?" question at GCSE?');
  });

  it('answers "my english not so good, what i do" with a kind word and the ways to ask, not a refusal, and no gap for the teacher', async () => {
    const before = (await missed.list('g1')).length;
    const reply = await conversation()('my english not so good, what i do');
    expect(reply?.body).toMatch(/Your English is fine/);
    for (const tip of ['shorter pls', "explain like I'm 10", 'what mean kulak']) expect(reply?.body).toContain(tip);
    expect(reply?.body).not.toMatch(/could not find that in my notes/);
    expect((await missed.list('g1')).length).toBe(before);
  });

  it('calls a maths question another subject, not a word it does not know', async () => {
    const reply = await conversation()('what is 3x + 5 = 20');
    expect(reply?.body).toMatch(/maths question/);
    expect(reply?.body).toMatch(/another subject/);
    expect(reply?.body).not.toMatch(/I don't know the word|English spelling/);
    // The course's own "2+2=5" is still the plan in four years.
    expect((await conversation()('what was 2+2=5'))?.title).toMatch(/four years/);
  });

  it('still answers a history question a student writes beside a remark on their English', async () => {
    const reply = await conversation()('sorry my english is bad but who killed kirov');
    expect(reply?.body ?? '').not.toMatch(/Your English is fine/);
    expect(reply?.title ?? '').toMatch(/Kirov/);
  });
});
