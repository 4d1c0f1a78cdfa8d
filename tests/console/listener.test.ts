// The console for a student who listens (a screen reader): a quiz question's time starts only when they ask for it,
// its choices come before its timing line, Q says it again; no Markdown stars; and `--plain` (no decoration, emoji,
// dashes or pictures, the fixed keys on one line, nothing on the prompt's line).
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConsoleMessenger } from '../../src/adapters/console/console-messenger.js';
import { forListening, renderText } from '../../src/adapters/console/render-text.js';
import { FEEDBACK_ACTION } from '../../src/commands/answer-feedback.js';
import { cardReply } from '../../src/commands/review-view.js';
import { buildApp, LOCAL_GUILD_ID } from '../../src/app.js';
import { MESSAGES, QUIZ_MESSAGES as Q, REVIEW_MESSAGES } from '../../src/messages.js';
import { CONSOLE_QUIZ_TIMING } from '../../src/quiz/defaults.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { FakeTime } from '../fakes/time.js';
import { liveConsole } from '../helpers/console-session.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

/** Questions in file order, choices unshuffled: question 1's answer is B (1921), question 2's A. */
const unshuffled = () => 0.999999;

/** `untimed`: the console is given no clock of its own (the app still runs on `time`). */
async function consoleWith(time: FakeTime, extra: { plain?: boolean; picturesDir?: string; untimed?: boolean } = {}) {
  const messenger = createConsoleMessenger({ clock: time, scheduler: time });
  const app = buildApp({ kb: await loadFixtureKnowledge(), store: createMemoryGuildStore(), clock: time, scheduler: time, random: unshuffled, messenger, quizTiming: CONSOLE_QUIZ_TIMING });
  const { untimed, ...options } = extra;
  const c = liveConsole(app, { messenger, ...(untimed ? {} : { time: { clock: time, scheduler: time } }), ...options });
  // A prompt starts a line: /help's "/ask <question> — …" is none.
  const prompts = () => c.text().split('\n> ').length - 1;
  /** Types a line and waits for the prompt after its reply (Enter too: question 1 is its reply). */
  const type = async (line: string) => {
    const before = prompts();
    c.input.write(`${line}\n`);
    await c.until(() => prompts() > before);
    await app.settled();
  };
  return { app, c, type };
}

const QUESTION_1 = 'In which year was the NEP introduced?';

describe('a quiz round for a listener', () => {
  it('prints the rules, then waits for Enter before question 1, whose time starts only then', async () => {
    const time = new FakeTime();
    const { c, type } = await consoleWith(time);
    await type('/quiz start topic:nep questions:3 seconds:20 kind:facts');
    expect(c.text()).toContain(`(${Q.startFooter})\n${Q.consoleReady({ first: 'A', last: 'D', repeat: 'Q' })}`);
    expect(c.text()).not.toContain(QUESTION_1);
    // Q before it: nothing to repeat yet.
    await type('Q');
    expect(c.text()).toContain(Q.consoleNotAskedYet);
    // A minute spent reading the rules closes nothing.
    await time.advance(60_000);
    expect(c.text()).not.toContain(Q.consoleTimeLeft(10));
    await type('');
    // The question, its four choices straight after it, and only then its time.
    expect(c.text()).toContain(`== Question 1 of 3 · The New Economic Policy (NEP) ==\n${QUESTION_1}\n\n  [A] 1917\n  [B] 1921\n  [C] 1924\n  [D] 1928\n\n(20 seconds to answer`);
    await type('B');
    // Answered at once after Enter: full points, as the clock started then.
    expect(c.text()).toContain('Player 1 +1,000');
    // The standings as they are heard: a place, a name, points, and how many right.
    expect(c.text()).toContain('Leaders: 1st: Player 1, 1,000 points, 1 of 1 right');
    c.input.end('/quit\n');
    await c.done;
  });

  it('says the open question and its choices again on Q, with the seconds left, and A–D still answer it after an /ask', async () => {
    const time = new FakeTime();
    const { c, type } = await consoleWith(time);
    await type('/quiz start topic:nep questions:3 seconds:20 kind:facts');
    await type('');
    await time.advance(7_000);
    await type('/ask why was the nep brought in');
    const before = c.text().length;
    await type('q');
    const repeated = c.text().slice(before);
    expect(repeated).toContain(`${QUESTION_1}\n\n  [A] 1917\n  [B] 1921\n  [C] 1924\n  [D] 1928`);
    expect(repeated).toContain(Q.consoleSecondsLeft(13));
    await type('B');
    expect(c.text()).toContain('== The answer: B · 1921 ==');
    expect(c.text()).toMatch(/Right \(1\):\nPlayer 1 \+\d/);
    c.input.end('/quit\n');
    await c.done;
  });

  it('counts the seconds left on Q by the round\'s clock, even when the console was given none', async () => {
    const time = new FakeTime();
    const { c, type } = await consoleWith(time, { untimed: true });
    await type('/quiz start topic:nep questions:3 seconds:20 kind:facts');
    await type('');
    await time.advance(7_000);
    const before = c.text().length;
    await type('q');
    expect(c.text().slice(before)).toContain(Q.consoleSecondsLeft(13));
    c.input.end('/quit\n');
    await c.done;
  });

  it('handles /help, /ask and Q with question 1 still waiting, so its time does not run while they are read', async () => {
    const time = new FakeTime();
    const { app, c, type } = await consoleWith(time);
    await type('/quiz start topic:nep questions:3 seconds:20 kind:facts');
    await type('/help');
    await type('/ask why was the nep brought in');
    await type('Q');
    // Letters that are no answer key, or a year, are told question 1 has not been asked yet.
    await type('AB');
    await type('1921');
    expect(c.text().split(Q.consoleNotAskedYet)).toHaveLength(4);
    expect(c.text()).not.toContain(QUESTION_1);
    expect(app.rounds.waitingForCue(LOCAL_GUILD_ID, 'console')).toBe(true);
    // Enter asks it, after the replies: the question is the last thing printed, its full time to come.
    await type('');
    const out = c.text();
    expect(out.indexOf(QUESTION_1)).toBeGreaterThan(out.lastIndexOf(Q.consoleNotAskedYet));
    await type('B');
    expect(c.text()).toContain('Player 1 +1,000');
    c.input.end('/quit\n');
    await c.done;
  });

  it('asks question 1 for an answer letter typed straight after /quiz, and answers it with that letter', async () => {
    const { c, type } = await consoleWith(new FakeTime());
    await type('/quiz start topic:nep questions:3 seconds:20 kind:facts');
    await type('b');
    expect(c.text()).toContain(QUESTION_1);
    expect(c.text()).toContain('Player 1 +1,000');
    c.input.end('/quit\n');
    await c.done;
  });

  it('ends a round still waiting for Enter on /quit without asking question 1 or revealing it', async () => {
    const { c, type } = await consoleWith(new FakeTime());
    await type('/quiz start topic:nep questions:3 seconds:20 kind:facts');
    c.input.end('/quit\n');
    await c.done;
    expect(c.text()).not.toContain(QUESTION_1);
    expect(c.text()).not.toContain(Q.revealNoAnswers);
  });

  it('lets /quiz stop end a round still waiting for Enter, without asking question 1', async () => {
    const { c, type } = await consoleWith(new FakeTime());
    await type('/quiz start topic:nep questions:3 seconds:20 kind:facts');
    await type('/quiz stop');
    expect(c.text()).toContain(Q.endReason.stopped);
    expect(c.text()).not.toContain(QUESTION_1);
    c.input.end('/quit\n');
    await c.done;
  });
});

describe('console text without Markdown', () => {
  it('prints *italics* and **bold** as their words, not between stars a screen reader says aloud', () => {
    const text = renderText({
      title: 'Why did **Trotsky** lose?',
      body: '*Reading this as a follow-up to "What did the First Five-Year Plan achieve?".*\nHe was **outmanoeuvred**.',
      fields: [{ name: 'Topic', value: '*The power struggle* · *Sources: notes*', inline: true }],
      footer: '*Saved: that card comes back in 10 minutes.*',
    });
    expect(text).not.toContain('*');
    expect(text).toContain('Reading this as a follow-up to "What did the First Five-Year Plan achieve?".\nHe was outmanoeuvred.');
    expect(text).toContain('(Saved: that card comes back in 10 minutes.)');
  });

  it('leaves a star that marks no emphasis alone', () => {
    expect(renderText({ body: 'Output rose 2 * 3 times' })).toBe('Output rose 2 * 3 times');
  });
});

describe('--plain, for a screen reader', () => {
  it('says headings as sentences, ranges with "to", a date and its event with a colon, and no emoji or list marks', () => {
    const text = renderText(
      {
        title: 'Question 1 of 5 · Collectivisation',
        body: 'The crisis of 1927–28 and the struggle of 1924–1929.\nOct 1928–Dec 1932 — First Five-Year Plan\n✓ A point made\n✓ Another\n• One missed\n🥇 **Ann** — 1,200\n⏱ 10 seconds left.',
      },
      undefined,
      { plain: true },
    );
    expect(text.split('\n')[0]).toBe('Question 1 of 5, Collectivisation.');
    expect(text).not.toContain('==');
    expect(text).toContain('The crisis of 1927 to 1928 and the struggle of 1924 to 1929.');
    expect(text).toContain('Oct 1928 to Dec 1932: First Five-Year Plan');
    expect(text).toContain('1. A point made\n2. Another\n1. One missed\n1st: Ann, 1,200\n10 seconds left.');
    expect(text).not.toMatch(/[–—⏱✓•🥇*]/u);
  });

  it('puts the fixed keys after an answer on one line, and numbered buttons and a question\'s choices each on theirs', () => {
    const answer = renderText(
      {
        body: 'An answer.',
        buttons: [
          { action: 'ask:nep-features', label: 'What were the main features of the NEP?' },
          { action: `${FEEDBACK_ACTION}:t1`, label: 'Not what I asked' },
          { action: 'remember:nep', label: 'Remember this', key: 'R' },
          { action: 'voice:x', label: 'Read aloud', key: 'V' },
        ],
      },
      undefined,
      { plain: true },
    );
    expect(answer).toContain(`  1: What were the main features of the NEP?\n${MESSAGES.consoleKeys(['N Not what I asked', 'R Remember this', 'V Read aloud'])}`);
    expect(answer).toContain('Keys: N Not what I asked, R Remember this, V Read aloud.');
    expect(answer).not.toContain('[');
  });

  it("puts a /review quiz card's choices each on a line, names as written, and only its Stop key on the Keys line", async () => {
    const question = (await loadFixtureKnowledge()).quiz[0];
    if (!question) throw new Error('no quiz question');
    const names = ['Leon Trotsky', 'Nikolai Bukharin', 'Grigory Zinoviev', 'Lev Kamenev'];
    const card = cardReply({ sessionId: 's1', number: 1, due: 0, topicTitle: null, content: { kind: 'quiz', question: { ...question, choices: names, correct: 'Leon Trotsky' } } });
    const text = renderText(card, undefined, { plain: true });
    for (const name of names) expect(text).toMatch(new RegExp(`^  [A-D]: ${name}$`, 'm'));
    expect(text).toContain(MESSAGES.consoleKeys([`X ${REVIEW_MESSAGES.stopButton}`]));
  });

  it('plays a round with no decoration, no clock time and nothing printed on the prompt\'s line', async () => {
    const time = new FakeTime();
    const { c, type } = await consoleWith(time, { plain: true });
    await type('/quiz start topic:nep questions:3 seconds:20 kind:facts');
    await type('');
    await time.advance(10_000);
    await type('B');
    c.input.end('/quit\n');
    await c.done;
    const out = c.text();
    expect(out).toContain(`Question 1 of 3, The New Economic Policy (NEP).\n${QUESTION_1}\n\n  A: 1917\n  B: 1921\n  C: 1924\n  D: 1928\n\n20 seconds to answer, faster correct answers score more.`);
    expect(out).toContain('\n10 seconds left.\n');
    expect(out).toContain('The answer: B, 1921.');
    expect(out).not.toMatch(/==|⏱|Answers close at|·/u);
    // The prompt stands alone: what follows it starts on the next line.
    expect(out).not.toMatch(/> \S/);
  });

  it('leaves pictures out', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plain-pictures-'));
    const { c, type } = await consoleWith(new FakeTime(), { plain: true, picturesDir: dir });
    await type('/timeline nep');
    c.input.end('/quit\n');
    await c.done;
    expect(c.text()).not.toContain('Image:');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the plain rules to the console: forListening changes no text a teacher exports', () => {
    const text = renderText({ body: 'Done', attachments: [{ name: 'scores.csv', content: 'when,what\n1927–28,crisis\n' }] }, undefined, { plain: true });
    expect(text).toContain('1927–28,crisis');
    expect(forListening('1932–33')).toBe('1932 to 1933');
    // An en dash joining names is no range.
    expect(forListening('The Nazi–Soviet Pact; January–February 1930; spring–summer 1932; Oct 1928–Dec 1932; Marxism–Leninism; the White Sea–Baltic Canal')).toBe(
      'The Nazi-Soviet Pact; January to February 1930; spring to summer 1932; Oct 1928 to Dec 1932; Marxism-Leninism; the White Sea-Baltic Canal',
    );
  });
});

describe('/help in the console', () => {
  it('names the letter keys, Q in a quiz, and the --plain and --no-images options', async () => {
    const { c, type } = await consoleWith(new FakeTime());
    await type('/help');
    c.input.end('/quit\n');
    await c.done;
    const out = c.text();
    expect(out).toContain('N not what I asked, R remember this, V read aloud');
    expect(out).toContain('S show answer, N next card, X stop');
    expect(out).toContain('A to D answer, and Q says the question and its choices again');
    expect(out).toContain('npm start -- --plain');
    expect(out).toContain('npm start -- --no-images');
  });
});
