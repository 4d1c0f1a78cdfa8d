// Chatter typed to the tutor without a slash (a review of the fifteenth session): once anything said to the tutor went
// to /ask, "hold on my mum is calling" got an answer on Russian patriotism and "lol that is funny" went into the
// teacher's list of missed questions. A line that only says something is answered only when /ask is sure; else it is
// told how to ask, and never recorded. A question typed without a slash is still answered, and recorded when refused.
import { describe, expect, it } from 'vitest';
import { CONSOLE_MESSAGES as C } from '../../src/adapters/console/console-messages.js';
import { asksInOwnWords, readsAsSaying } from '../../src/adapters/console/console.js';
import { MESSAGES } from '../../src/messages.js';
import { consoleWithMissed } from '../helpers/console-session.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

/** The console on the real fact base: what it printed, and the questions the teacher's list holds after. */
async function session(lines: readonly string[]): Promise<{ out: string; missed: string[] }> {
  return consoleWithMissed(await loadRealKnowledge(), lines);
}

const count = (text: string, part: string) => text.split(part).length - 1;
/** The titles of the course answers shown ("== Why did Lenin introduce the NEP in 1921? =="). */
const answers = (out: string) => [...out.matchAll(/^(?:> )?== (.+) ==$/gm)].map((m) => m[1]);

describe('a line typed without a slash that only says something', () => {
  it('reads chatter as saying something, but not as asking', () => {
    for (const t of ['hold on my mum is calling', 'lol that is funny', 'brb my dog is barking']) {
      expect(readsAsSaying(t), t).toBe(true);
      expect(asksInOwnWords(t), t).toBe(false);
    }
    for (const t of ['messi or ronaldo who better', 'it was real or fake', 'to hard, explain like im 10']) expect(asksInOwnWords(t), t).toBe(true);
  });

  it('leaves the topic summary just shown as the last thing, so "shorter pls" after the chatter still shortens it', async () => {
    const { out } = await session(['summary of the famine', 'hold on my mum is calling', 'shorter pls']);
    expect(count(out, C.howToAsk)).toBe(1);
    expect(out).not.toContain(MESSAGES.askNothingToSimplify);
    expect(answers(out)).toHaveLength(2);
    expect(new Set(answers(out)).size).toBe(1);
  });

  it('is told how to ask, not given a stray course answer, and is not put in the teacher\'s list', async () => {
    const { out, missed } = await session(['hold on my mum is calling', 'lol that is funny', 'brb my dog is barking']);
    expect(count(out, C.howToAsk)).toBe(3);
    expect(answers(out)).toEqual([]);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(missed).toEqual([]);
  });

  it('after an answer, is not read with it, and leaves the conversation as it was for the next follow-up', async () => {
    const { out, missed } = await session(['why was the nep brought in', 'lol that is funny', 'hold on my mum is calling', 'when did it end?']);
    expect(count(out, C.howToAsk)).toBe(2);
    const [first, ...rest] = answers(out);
    expect(first).toBe('Why did Lenin introduce the NEP in 1921?');
    // The follow-up is still read with the NEP answer: the chatter between them did not end the conversation.
    expect(rest).toHaveLength(1);
    expect(out).toContain('I read this together with your last question: "Why did Lenin introduce the NEP in 1921?"');
    expect(missed).toEqual([]);
  });

  it('is still answered when /ask is sure of one answer ("stalin was paranoid")', async () => {
    const { out, missed } = await session(['stalin was paranoid']);
    expect(out).not.toContain(C.howToAsk);
    expect(out).toContain(MESSAGES.consoleTakenAsAsk);
    expect(answers(out)).toEqual(['How far did Stalin\'s personality cause the Terror?']);
    expect(missed).toEqual([]);
  });

  it('typed with /ask, is still /ask\'s as before: refused and recorded', async () => {
    const { out, missed } = await session(['/ask lol that is funny']);
    expect(out).not.toContain(C.howToAsk);
    expect(missed).toEqual(['lol that is funny']);
  });
});

describe('a question typed without a slash', () => {
  it('is still answered', async () => {
    const { out, missed } = await session(['why was the nep brought in']);
    expect(out).toContain(MESSAGES.consoleTakenAsAsk);
    expect(answers(out)).toEqual(['Why did Lenin introduce the NEP in 1921?']);
    expect(out).not.toContain(C.howToAsk);
    expect(missed).toEqual([]);
  });

  it('is still refused and recorded for the teacher when the notes have no answer, in a learner\'s word order too', async () => {
    const { out, missed } = await session(['what is the funniest thing about stalin', 'messi or ronaldo who better']);
    expect(out).not.toContain(C.howToAsk);
    expect(missed).toHaveLength(2);
    expect(missed).toContain('what is the funniest thing about stalin');
  });
});
