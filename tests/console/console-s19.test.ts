// Two blind users at the console (nineteenth session): "why?" after an answer and "still difficult, more simple" were
// told "Commands start with a slash…", though a line without a slash is taken as /ask; after a marked practice answer
// a question ("but in edexcel explain why is 12 marks not 8? can i have edexcel one") and a pasted exam question with
// extracts were kept as part of a practice answer; and an answer's long topic ("Stalinism and its historians,
// nationalities and the 1936 Constitution") printed "Topic:" alone on its line, the title below it.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { asksRatherThanAnswers, followsOnAlone, requestInLine, runConsole } from '../../src/adapters/console/console.js';
import { CONSOLE_MESSAGES as C } from '../../src/adapters/console/console-messages.js';
import { createConsoleMessenger } from '../../src/adapters/console/console-messenger.js';
import { renderText } from '../../src/adapters/console/render-text.js';
import { MESSAGES, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { CONSOLE_QUIZ_TIMING } from '../../src/quiz/defaults.js';
import { PassThrough } from 'node:stream';
import { FakeTime } from '../fakes/time.js';
import { consoleWithMissed, liveConsole } from '../helpers/console-session.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

/** The console on the real fact base: each typed line's reply, in order, and the teacher's list of missed questions after. */
async function session(lines: readonly string[]): Promise<{ out: string; replies: string[]; missed: string[] }> {
  const { out, missed } = await consoleWithMissed(await loadRealKnowledge(), lines);
  // The banner, then after each prompt the reply to the line typed at it.
  return { out, replies: out.split('\n> ').slice(1, lines.length + 1), missed };
}

/** The same in plain text for a screen reader (`--plain`). */
async function plainSession(lines: readonly string[]): Promise<string> {
  const time = new FakeTime();
  const app = buildApp({ kb: await loadRealKnowledge(), clock: time, scheduler: time, random: () => 0, quizTiming: CONSOLE_QUIZ_TIMING });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  input.end([...lines, '/quit'].map((l) => `${l}\n`).join(''));
  await runConsole(app, { input, output }, { plain: true });
  return text;
}

/** The real fact base's NEP round, started and question 1 asked (Enter), then `lines` typed while it is open. */
async function quizSession(lines: readonly string[]): Promise<string> {
  const time = new FakeTime();
  const messenger = createConsoleMessenger({ clock: time, scheduler: time });
  const app = buildApp({ kb: await loadRealKnowledge(), clock: time, scheduler: time, random: () => 0.999999, messenger, quizTiming: CONSOLE_QUIZ_TIMING });
  const c = liveConsole(app, { messenger });
  c.input.end(['/quiz start topic:nep questions:3 seconds:20', '', ...lines, '/quit'].map((l) => `${l}\n`).join(''));
  await c.done;
  messenger.dispose();
  return c.text();
}

/** The answers' titles shown ("== Why did Stalin end the NEP? =="). */
const titleOf = (reply: string) => /^== (.+) ==$/m.exec(reply)?.[1];
const SLOW = { timeout: 90_000 };

beforeAll(async () => {
  await session(['why did stalin end the nep']);
}, 90_000);

describe('a short follow-up typed without a slash after an answer', SLOW, () => {
  it('"why?" is asked of the last answer, not told that commands start with a slash', async () => {
    const { replies } = await session(['why did stalin end the nep', 'why?']);
    expect(replies[1]).not.toContain(MESSAGES.consoleNotACommand);
    expect(titleOf(replies[1] ?? '')).toBe('Why did Stalin end the NEP?');
    expect(replies[1]).toContain('I read this together with your last question');
  });

  it('"still difficult, more simple" and the other lines that only ask something of the answer go to /ask, and none is kept as missed', async () => {
    const typed = ['still difficult, more simple', 'more', 'in detail', 'again', 'hard', 'evidence?', 'huh?', 'how?', 'when'];
    const { replies, missed } = await session(['why did stalin end the nep', ...typed]);
    typed.forEach((line, i) => {
      const reply = replies[i + 1] ?? '';
      expect(reply, line).not.toContain(MESSAGES.consoleNotACommand);
      expect(reply, line).not.toContain(C.howToAsk);
    });
    // "still difficult, more simple" is its request: the answer said more simply.
    expect(titleOf(replies[1] ?? '')).toBe('Why did Stalin end the NEP?');
    expect(replies[1]).toContain('In short:');
    // What /ask cannot read of the answer ("more", "again") is told what may be asked of it, not that the notes lack it.
    expect(replies[2]?.trim()).toBe(C.followOnUnread);
    expect(replies[6]).toContain('== The evidence ==');
    expect(missed).toEqual([]);
  });

  it('the follow-ups that worked before still do: "simpler", "and why", "what about bukharin", "give example", "more simple pls"', async () => {
    const { replies } = await session(['why did stalin end the nep', 'simpler', 'and why', 'what about bukharin', 'give example', 'more simple pls']);
    for (const reply of replies.slice(1)) expect(reply).not.toContain(MESSAGES.consoleNotACommand);
    expect(titleOf(replies[3] ?? '')).toMatch(/Bukharin/);
  });

  it('leaves chatter as it was: "lol", "messi" and "pizza party" get the pointer to /help, "thanks" its friendly word', async () => {
    const { replies, missed } = await session(['why did stalin end the nep', 'lol', 'messi', 'pizza party', 'thanks']);
    for (const reply of replies.slice(1, 4)) expect(reply.trim()).toBe(MESSAGES.consoleNotACommand);
    expect(replies[4]).toContain(MESSAGES.askPleasantry.thanks);
    expect(missed).toEqual([]);
  });

  it('reads only such lines as follow-ups: a lone word with a question mark, or words asking of an answer', () => {
    for (const t of ['why?', 'evidence?', 'really?', 'still difficult, more simple', 'more', 'why tho', 'in detail', 'more pls', 'another example']) expect(followsOnAlone(t), t).toBe(true);
    for (const t of ['b?', '3?', 'lol', 'messi', 'pizza party', 'ok', 'thanks', 'hold on my mum is calling', 'the nep']) expect(followsOnAlone(t), t).toBe(false);
    expect(requestInLine('still difficult, more simple')).toBe('more simple');
    expect(requestInLine('too hard. shorter pls')).toBe('shorter pls');
    for (const t of ['the nep, more simple', 'more simple']) expect(requestInLine(t), t).toBeUndefined();
  });

  it('is still one letter to type while a quiz question is open', async () => {
    const out = await quizSession(['why?', 'B']);
    expect(out).toContain(Q.consoleJustTheLetter(['A', 'B', 'C', 'D'], false));
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
  });
});

describe('a question typed after a marked practice answer, with none being written', SLOW, () => {
  const EDEXCEL = 'but in edexcel explain why is 12 marks not 8? can i have edexcel one';
  const PASTED =
    "Extract A: 'The Terror was planned and directed from the centre. Stalin personally signed the lists of those to be shot and drove the purges forward to destroy any possible rival.' " +
    "Extract B: 'The purges grew out of confusion and conflict within the party, as regional bosses and pressure from below turned a campaign into chaos.' " +
    'Evaluate the interpretations in both of the extracts and explain which you think is more convincing as an explanation of the causes of the Great Terror. [30]';

  it('goes to /ask, not "That looks like part of a practice answer": a question mark, or a pasted exam question with its marks', async () => {
    const { replies } = await session(['/practice nep 8 mark', '/done', EDEXCEL, PASTED]);
    expect(replies[2]).not.toContain('That looks like part of a practice answer');
    expect(replies[3]).not.toContain('That looks like part of a practice answer');
    expect(replies[2]).toContain(MESSAGES.consoleTakenAsAsk);
    expect(titleOf(replies[2] ?? '')).toMatch(/12-mark/);
    expect(titleOf(replies[3] ?? '')).toBe(MESSAGES.extractsTitle);
    expect(replies[3]).toMatch(/Extract A\*{0,2} argues much as \*{0,2}Robert Conquest/);
  });

  it('a line that reads as an answer is still kept for Answer again', async () => {
    const { replies } = await session(['/practice nep 8 mark', '/done', 'Lenin introduced the NEP because the Kronstadt rising showed how angry people were.']);
    expect(replies[2]).toContain('That looks like part of a practice answer');
  });

  it('reads as asking: a question mark anywhere, an exam instruction opening a sentence, marks, pasted extracts; not an answer\'s sentence', () => {
    for (const t of [EDEXCEL, PASTED, 'Explain why the NEP was introduced (12 marks)', 'I need help. Explain why Lenin brought in the NEP']) expect(asksRatherThanAnswers(t), t).toBe(true);
    for (const t of ['Lenin introduced the NEP because the Kronstadt rising showed how angry people were.', 'This is why the NEP was a retreat, as Lenin said.'])
      expect(asksRatherThanAnswers(t), t).toBe(false);
  });
});

describe('an answer\'s topic', SLOW, () => {
  const TITLE = 'Stalinism and its historians, nationalities and the 1936 Constitution';

  it('is on one line with its label, however long the title, in plain text too', async () => {
    const { out } = await session(['what was stalinism']);
    expect(out).toContain(`Topic: ${TITLE}`);
    expect(out).not.toMatch(/^Topic:$/m);
    const plain = await plainSession(['what was stalinism']);
    expect(plain).toContain(`Topic: ${TITLE}`);
    expect(plain).not.toMatch(/^Topic:\s*$/m);
  });

  it('a field of one line is printed with its name whatever its length; a list still goes below its name', () => {
    const long = 'A title long enough to have been put below its label before, which a screen reader read as two lines';
    const text = renderText({ body: 'An answer', fields: [{ name: 'Topic', value: long, inline: true }, { name: 'Key dates', value: '1928: one\n1929: two', inline: true }] });
    expect(text).toContain(`Topic: ${long}`);
    expect(text).toContain('Key dates:\n1928: one');
  });
});

describe('a flashcard’s few words typed alone', () => {
  it('"education 1930s" goes to /ask; "well done" and "lol" do not', async () => {
    const { replies } = await session(['education 1930s', 'well done', 'lol']);
    expect(replies[0]).toContain('education in the 1930s');
    expect(replies[1]).not.toMatch(/==/);
    expect(replies[2]).not.toMatch(/==/);
  }, 60_000);
});
