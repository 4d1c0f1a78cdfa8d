// "Shorter pls" and "explain like im 10" from two blind users (an A-level student and a teacher): a shorter version kept
// part (a) of a two-part reply and dropped (b), kept two of the four reasons the NEP ended, dropped the 1936 Constitution's
// point that the rights stayed on paper, and kept "five" with some of "First… Fifth…" dropped; "give me an example" after
// the kulak card gave a sentence that only mentions the word (src/commands/simpler.ts).
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { shortVersion, wordInUse, wordsExplained } from '../../src/commands/simpler.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { sentencesOf } from '../../src/matching/normalise.js';
import { MESSAGES } from '../../src/messages.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { AFTER_SCHOOL, useRealApp } from '../helpers/conversation.js';

let kb: KnowledgeBase;
let app: App;
const ctx = (userId: string): CommandContext => ({ guildId: 'g1', channelId: `c-${userId}`, userId, userName: userId, canManageServer: false });

useRealApp((real) => ({ kb, app } = real), { store: createMemoryGuildStore(), now: AFTER_SCHOOL }, 60_000);

/** The conversation's last reply, after asking each question in turn. */
async function lastReply(user: string, ...questions: string[]) {
  let reply;
  for (const question of questions) reply = await app.router.runCommand('ask', { options: { question } }, ctx(user));
  return reply;
}

/** The short version a reply shows: the text between "In short:" and the words explained. */
const shortShown = (body: string) => body.slice(body.indexOf(MESSAGES.askSimpler) + MESSAGES.askSimpler.length).split('\n\n')[0]?.trim() ?? '';
const answerOf = (id: string) => kb.questions.find((q) => q.id === id)?.answer ?? '';

describe('a shorter version of a two-part reply keeps every part', () => {
  it('"shorter pls" after "(a) what was the united opposition (b) why did it fail" keeps what it was and why it failed, each shorter', async () => {
    const reply = await lastReply('parts', '(a) what was the united opposition (b) why did it fail', 'shorter pls');
    expect(reply?.title).toBe('What was the United Opposition and why did it fail?');
    const short = shortShown(reply?.body ?? '');
    // (a): who joined, without the colon's long run of detail.
    expect(short).toMatch(/^In 1926 Trotsky joined his former enemies Zinoviev and Kamenev in the United Opposition\. /);
    expect(short).not.toContain('Fourteenth Congress');
    // (b): the line that announces it and each reason.
    // Since s18 "shorter" is at most about half of the answer shown, by the sentences that carry it (src/commands/simpler.ts cutTo).
    expect(short.split(/\s+/).length).toBeLessThanOrEqual(Math.ceil((kb.questions.find((q) => q.question === 'What was the United Opposition and why did it fail?')?.answer ?? 'x').split(/\s+/).length / 2) + 5);
  });
});

describe('"explain like im 10" keeps each reason and the main point', () => {
  it('keeps all four reasons Stalin ended the NEP, with the hard words explained', async () => {
    const reply = await lastReply('nep', 'why did stalin end the nep', 'explain like im 10');
    const short = shortShown(reply?.body ?? '');
    for (const reason of ['grain procurement crisis', 'saw the NEP as capitalist', 'war scare of 1927', 'destroy Bukharin and the Right']) expect(short, reason).toContain(reason);
    // Its hard words explained: in brackets where they stand, or in the list under it.
    expect(short).toContain('ideological (');
    expect(reply?.body.length).toBeLessThan(1500);
  });

  it('keeps the 1936 Constitution\'s last sentence, that the rights stayed largely on paper', async () => {
    const reply = await lastReply('constitution', 'what was the 1936 constitution', 'explain like im 10');
    const short = shortShown(reply?.body ?? '');
    expect(short).toMatch(/^The 1936 Constitution/);
    expect(short).toContain('stayed largely on paper');
    // Well short of the answer, the words explained in brackets aside.
    expect(short.replace(/ \([^()]*\)/g, '').length).toBeLessThan(answerOf('stalinism-constitution-what').length * 0.6);
  });

  it('adds an answer\'s last sentence only when it weighs what came before, and only while the short version stays well short', () => {
    const text = 'The plan was announced in 1928. It set high targets. Factories were built across the Urals and Siberia from nothing. Many millions of workers moved from the villages to the towns. It succeeded in heavy industry but failed in consumer goods.';
    expect(shortVersion(kb, text)).toBe('The plan was announced in 1928. It set high targets. It succeeded in heavy industry but failed in consumer goods.');
    expect(shortVersion(kb, 'The plan was announced in 1928. It set high targets. Factories were built across the Urals and Siberia from nothing. Many millions of workers moved from the villages to the towns. He died in 1953.')).toBe('The plan was announced in 1928. It set high targets.');
  });
});

describe('counts and ordinals never lie in a shorter version', () => {
  it('"shorter pls" after the historians\' interpretations of the Terror keeps all five, First to Fifth', async () => {
    const reply = await lastReply('five', 'what are the main interpretations of the terror put forward by historians', 'shorter pls');
    const short = shortShown(reply?.body ?? '');
    expect(short).toMatch(/^Historians usually group them into five\./);
    // Since s18 "shorter" is at most about half: no numbered item is shown unless all are, so the count never lies.
    const shown = ['First,', 'Second,', 'Third,', 'Fourth,', 'Fifth,'].filter((o) => short.includes(o));
    expect([0, 5]).toContain(shown.length);
    expect(reply?.body.length).toBeLessThan(2000);
  });

  it('"shorter pls" after the main schools of historians keeps all four groups, each without its list of examples', async () => {
    const reply = await lastReply('schools', 'what are the main schools of historians on stalin', 'shorter pls');
    const short = shortShown(reply?.body ?? '');
    expect(short).toMatch(/^Four broad groups\. Official Soviet histories praised Stalin's policies/);
    // Since s18 "shorter" is at most about half, by the sentences that carry the answer: its opening first.
    expect(short.split(/\s+/).length).toBeLessThan((kb.questions.find((q) => q.question === reply?.title)?.answer ?? 'x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x').split(/\s+/).length);
    expect(short).not.toMatch(/\(|Short Course of 1938/);
  });

  it('keeps every numbered item of any answer or summary whose short version shows one, and every reply stays inside a message', () => {
    const ordinal = /^(?:first|second|third|fourth|fifth|sixth|finally)\b/i;
    const texts = [...kb.questions.map((q) => ({ id: q.id, text: q.answer, asked: q.question })), ...kb.topics.map((t) => ({ id: t.id, text: t.summary, asked: t.title }))];
    for (const { id, text, asked } of texts) {
      const short = shortVersion(kb, text);
      const shown = sentencesOf(short).filter((s) => ordinal.test(s)).length;
      if (shown > 0) expect(shown, id).toBe(sentencesOf(text).filter((s) => ordinal.test(s)).length);
      const body = [`${MESSAGES.askSimpler}\n${short}`, MESSAGES.askWordsExplained(wordsExplained(kb, short, asked))].join('\n\n');
      expect(body.length, id).toBeLessThan(2000);
    }
  });

  it('keeps a list parted by semicolons whole, and a numbered list of a made-up answer', () => {
    const stalinism = shortVersion(kb, answerOf('stalinism-what-is-stalinism'));
    expect(stalinism).toContain('a command economy');
    expect(stalinism).toContain('the cult of personality');
    const text = 'The plan had three aims. First, to build steel works. Second, to build power stations. Third, to train engineers. Output rose.';
    expect(shortVersion(kb, text)).toBe(text);
  });
});

describe('a shorter sentence still says something true and whole', () => {
  it('never leaves a clause that has lost its verb ("The cover-up lasted decades: the 1937 census.")', () => {
    const text = 'It made things worse. The government hid it. Quotas were enforced. Passports kept peasants out. The cover-up lasted decades: the 1937 census, which revealed millions of missing people, was suppressed and its organisers arrested, and the famine was only officially admitted in the late 1980s.';
    expect(shortVersion(kb, text)).not.toMatch(/the 1937 census\.$/);
  });

  it('keeps the year in brackets after a figure ("840,000 (1936)"), and leaves out a reference\'s', () => {
    expect(shortVersion(kb, 'The camps held roughly 270,000 (1932) and 840,000 (1936). Conquest (1968) gave more.')).toBe('The camps held roughly 270,000 (1932) and 840,000 (1936). Conquest gave more.');
  });
});

describe('"give me an example" after a word\'s card (kulak)', () => {
  it('gives a sentence from the answer about the kulaks that shows who was branded one, not a passing mention', async () => {
    const reply = await lastReply('kulak', 'what does kulak mean', 'give me an example');
    expect(reply?.body).toContain('could be branded a kulak');
    expect(reply?.body).not.toContain('Soviet accounts spoke only of kulak sabotage');
    const used = wordInUse(kb, ['kulak', 'kulaks', 'rich peasant']);
    expect(kb.questions.find((q) => q.id === used?.questionId)?.question).toMatch(/kulaks/i);
  });
});
describe('"explain like im 10" just after a points reply, through /ask', () => {
  it('gives the same points, both sides, each in plain words, not another entry in two sentences', async () => {
    const reply = await lastReply('gcse', 'which was more important for stalin winning the power struggle, his post as general secretary or his rivals mistakes', 'explain like im 10');
    expect(reply?.title).toBe(MESSAGES.askPointsTitle);
    expect(reply?.body).not.toContain('Why did Stalin win the power struggle?');
    const short = shortShown(reply?.body ?? '');
    expect(short).toContain('• **Why was the post of General Secretary so useful to Stalin?** Stalin became General Secretary in April 1922');
    expect(short).toContain('• **What mistakes did Zinoviev and Kamenev make in the power struggle?** Zinoviev and Kamenev badly underestimated Stalin.');
    expect(short).toContain('make himself a dictator. So the others united against him.');
    expect((reply?.buttons ?? []).map((b) => b.action)).toEqual(['ask:lenin-legacy-general-secretary', 'ask:power-struggle-why-trotsky-lost', 'ask:lenin-legacy-stalin-posts', 'ask:power-struggle-zinoviev-kamenev-mistakes']);
    expect(reply?.body.length).toBeLessThan(2000);
  });
  it('"shorter pls" after an ordinary answer keeps the short version; "explain like I\'m 10" cuts it into shorter sentences', async () => {
    const shorter = shortShown((await lastReply('t1', 'what was the 1936 constitution', 'shorter pls'))?.body ?? '');
    const plain = shortShown((await lastReply('t2', 'what was the 1936 constitution', "explain like I'm 10"))?.body ?? '');
    // "Shorter" is at most about half: the opening and the last sentence, that judges (src/commands/simpler.ts cutTo).
    expect(shorter).toContain('The 1936 Constitution, often called the Stalin Constitution, was adopted in December 1936.');
    expect(shorter).toContain('though their rights stayed largely on paper');
    // The course's words explained in brackets where they stand (since s18).
    expect(plain.replace(/ \([^()]*\)/g, '')).toContain('though their rights stayed largely on paper. The Communist Party was named the leading force in society.');
  });
});
