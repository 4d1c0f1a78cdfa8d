// A GCSE student revising from flashcards (console, seventeenth session) typed bare terms and names without a slash
// ("magnitogorsk", "lenins testament", "order 00447") and was told "Commands start with a slash…", and a flashcard's
// blank ("…known as the ___") or "True/False" line was told how to ask. A line that names course content, with no step
// waiting for its keys, is answered as /ask; chatter keeps its replies, and a quiz question's letters and a practice
// answer's lines are still theirs.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { readsAsQuestion } from '../../src/adapters/console/console.js';
import { CONSOLE_MESSAGES as C } from '../../src/adapters/console/console-messages.js';
import { createConsoleMessenger } from '../../src/adapters/console/console-messenger.js';
import { MESSAGES, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { CONSOLE_QUIZ_TIMING } from '../../src/quiz/defaults.js';
import { FakeTime } from '../fakes/time.js';
import { consoleWithMissed, liveConsole } from '../helpers/console-session.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

/** The console on the real fact base: what it printed, and the questions the teacher's list holds after. */
async function session(lines: readonly string[]): Promise<{ out: string; missed: string[] }> {
  return consoleWithMissed(await loadRealKnowledge(), lines);
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

const count = (text: string, part: string) => text.split(part).length - 1;
/** Each test runs several lines through /ask on the real fact base: on a loaded machine that takes more than the default. */
const SLOW = { timeout: 60_000 };

// The real fact base and /ask's index, built once before the tests' own time starts.
beforeAll(async () => {
  await session(['magnitogorsk']);
}, 60_000);
/** The titles of the course answers shown ("== Who was Mikhail Tukhachevsky? =="). */
const answers = (out: string) => [...out.matchAll(/^(?:> )?== (.+) ==$/gm)].map((m) => m[1] ?? '');

describe('a bare term or name of the course typed without a slash', SLOW, () => {
  it('is answered as /ask, each kind the trial typed, saying "Taking that as /ask." once', async () => {
    const typed: [string, RegExp][] = [
      ['lenins testament', /Lenin's Testament/],
      ['stalin 5yp', /Five-Year Plans/],
      ['magnitogorsk', /Magnitogorsk/],
      ['Holodomor', /Holodomor/],
      ['tukhachevsky', /Tukhachevsky/],
      ['order 00447', /00447/],
      ['dizzy with success', /Dizzy with Success/],
      ['nepmen', /Nepmen/],
    ];
    const { out, missed } = await session(typed.map(([line]) => line));
    expect(out).not.toContain(MESSAGES.consoleNotACommand);
    expect(out).not.toContain(C.howToAsk);
    expect(count(out, MESSAGES.consoleTakenAsAsk)).toBe(1);
    const titles = answers(out);
    expect(titles).toHaveLength(typed.length);
    typed.forEach(([line, title], i) => expect(titles[i], line).toMatch(title));
    expect(missed).toEqual([]);
  });

  it('is answered the same after the trial\'s "gosplan - what", which worked before', async () => {
    const { out } = await session(['gosplan - what', 'magnitogorsk']);
    expect(count(out, MESSAGES.consoleTakenAsAsk)).toBe(1);
    expect(answers(out)).toEqual([expect.stringMatching(/Gosplan/), expect.stringMatching(/Magnitogorsk/)]);
  });

  it('leaves /as and the name given to it as they were, a name of the course too', async () => {
    const { out } = await session(['/as Trotsky', 'nepmen']);
    expect(out).toContain(Q.consoleAs('Trotsky'));
    expect(answers(out)).toEqual([expect.stringMatching(/Nepmen/)]);
  });

  it('is left to a yes-or-no step shown, which still takes its keys', async () => {
    const { out } = await session(['/tutor reset-leaderboard', 'magnitogorsk', 'N']);
    expect(out).toContain(MESSAGES.consoleNotACommand);
    expect(answers(out).some((t) => /Magnitogorsk/.test(t))).toBe(false);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(out).toContain(MESSAGES.tutorResetCancelled);
  });

  it('is part of a practice answer being written, not a question', async () => {
    const { out } = await session(['/practice five year plans', 'magnitogorsk', 'Stalin built Magnitogorsk to show industry growing fast.', '/done']);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(answers(out).some((t) => /Magnitogorsk/.test(t))).toBe(false);
    expect(out).toMatch(/== \d+\/\d+ marks/);
  });
});

describe('a bare name of a person or term of the fact base typed without a slash', SLOW, () => {
  it('is answered as /ask: Trotsky, Lenin, Beria and Molotov as Kirov and Yezhov were', async () => {
    const typed: [string, RegExp][] = [
      ['trotsky', /Trotsky/],
      ['lenin', /Lenin/],
      ['beria', /Beria/],
      ['molotov', /Molotov/],
      ['kirov', /Kirov/],
      ['yezhov', /Yezhov/],
    ];
    const { out } = await session(typed.map(([line]) => line));
    expect(out).not.toContain(MESSAGES.consoleNotACommand);
    const titles = answers(out);
    expect(titles).toHaveLength(typed.length);
    typed.forEach(([line, title], i) => expect(titles[i], line).toMatch(title));
  });

  it('takes every person\'s and term\'s name and alias in the fact base, typed alone, as course content', async () => {
    const kb = await loadRealKnowledge();
    const names = [...kb.people.flatMap((p) => [p.name, ...p.aliases]), ...kb.terms.flatMap((t) => [t.term, ...t.aliases])];
    const { out } = await session(names.filter((n) => !n.startsWith('/')));
    expect(out).not.toContain(MESSAGES.consoleNotACommand);
    expect(out).not.toContain(C.howToAsk);
  }, 300_000);
});

describe('a flashcard\'s blank or true-or-false line typed without a slash', SLOW, () => {
  it('reads as a question', () => {
    for (const t of ['The purges in Russia were known as the ___', 'the right opposition were led by ___', 'Collectivisation was completed by 1941. True/False', 'True or false: Kirov was murdered in 1934', 'the NEP began in 1921 (T/F)'])
      expect(readsAsQuestion(t), t).toBe(true);
    for (const t of ['the purges', 'stalin and trotsky', 'lol that is funny', '___']) expect(readsAsQuestion(t), t).toBe(false);
  });

  it('is answered as /ask with course content, not told how to ask', async () => {
    const { out } = await session(['The purges in Russia were known as the ___', 'the right opposition were led by ___', 'Collectivisation was completed by 1941. True/False']);
    expect(out).not.toContain(C.howToAsk);
    expect(out).not.toContain(MESSAGES.consoleNotACommand);
    expect(count(out, MESSAGES.consoleTakenAsAsk)).toBe(1);
    const titles = answers(out);
    expect(titles).toHaveLength(3);
    expect(titles[0]).toMatch(/Terror|purge/i);
    expect(titles[1]).toMatch(/Right Opposition/);
    expect(titles[2]).toMatch(/collectivis/i);
  });
});

describe('chatter with no course content typed without a slash', SLOW, () => {
  it('keeps its replies: the hint for a bare word, how to ask for a line that says something, and nothing recorded', async () => {
    const { out, missed } = await session(['lol', 'ok', 'brb', 'sam is here']);
    expect(count(out, MESSAGES.consoleNotACommand)).toBe(3);
    expect(count(out, C.howToAsk)).toBe(1);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(answers(out)).toEqual([]);
    expect(missed).toEqual([]);
  });
});

describe('a quiz question open', SLOW, () => {
  it('keeps its letters: a bare term typed then is told to type the letter, and the letter answers', async () => {
    const out = await quizSession(['nepmen', 'B']);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(answers(out).some((t) => /Nepmen/.test(t))).toBe(false);
    expect(out).toContain(Q.consoleJustTheLetter(['A', 'B', 'C', 'D'], false));
    expect(out).toContain('Answer locked in for question 1.');
  });
});
