// Date questions generated from the dated events: each has exactly one right answer.
import { beforeAll, describe, expect, it } from 'vitest';
import { quizQuestionSchema, type KnowledgeBase, type TimelineEvent } from '../../src/knowledge/schema.js';
import type { RoundQuestion } from '../../src/quiz/questions.js';
import { CHRONOLOGY_MESSAGES } from '../../src/messages.js';
import { chronologyQuestions, isChronologyQuestion, pickByKind } from '../../src/quiz/chronology.js';
import { seededRandom } from '../../src/quiz/clock.js';
import { createEventContext, createLeaning } from '../../src/quiz/event-context.js';
import { createRoundFairness, questionLevel, suitsClass } from '../../src/quiz/fairness.js';
import { sentencesOf } from '../../src/matching/normalise.js';
import { pickQuestions } from '../../src/quiz/questions.js';
import { quizHarness } from './harness.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let questions: RoundQuestion[];
beforeAll(async () => {
  kb = await loadRealKnowledge();
  questions = chronologyQuestions(kb.events, CHRONOLOGY_MESSAGES);
});
const event = (id: string, date: string, title: string): TimelineEvent => ({ id, date, title, topic: 'nep', sources: ['notes'] });
const yearOfTitle = (title: string) => {
  const e = kb.events.find((x) => x.title === title);
  if (!e) throw new Error(`no event "${title}"`);
  return Number(e.date.slice(0, 4));
};

describe('date questions', () => {
  it('are many, valid quiz questions with ids of their own, from events without an end', () => {
    expect(questions.length).toBeGreaterThan(80);
    const ids = new Set([...kb.quiz.map((q) => q.id), ...questions.map((q) => q.id)]);
    expect(ids.size).toBe(kb.quiz.length + questions.length);
    for (const q of questions) {
      // An order question is a quiz question and its right order; a date question also names its events.
      const { order, events, ...asked } = q;
      expect(events?.length, q.id).toBeGreaterThan(0);
      expect(order === undefined || q.prompt === CHRONOLOGY_MESSAGES.orderPrompt, q.id).toBe(true);
      expect(quizQuestionSchema.safeParse(asked).error?.issues ?? [], q.id).toEqual([]);
      expect(isChronologyQuestion(q)).toBe(true);
      expect(new Set(q.choices).size, q.id).toBe(4);
      expect(q.choices.filter((c) => c === q.correct), q.id).toHaveLength(1);
    }
    expect(kb.quiz.some(isChronologyQuestion)).toBe(false);
  });

  it('"Which happened first?" has four events in four different years, the right one the earliest', () => {
    const first = questions.filter((q) => q.prompt === CHRONOLOGY_MESSAGES.firstPrompt);
    expect(first.length).toBeGreaterThan(10);
    for (const q of first) {
      const years = q.choices.map(yearOfTitle);
      expect(new Set(years).size, q.id).toBe(4);
      expect(yearOfTitle(q.correct), q.id).toBe(Math.min(...years));
      for (const c of q.choices) expect(kb.events.find((e) => e.title === c)?.end, `${q.id}: ${c}`).toBeUndefined();
      // The explanation lists them in the order they happened.
      const listed = [...q.explanation.matchAll(/\((\d{4})\)/g)].map((m) => Number(m[1]));
      expect(listed, q.id).toEqual([...years].sort((a, b) => a - b));
    }
  });

  it('never show an event whose own words write a year ("Yezhov, arrested in 1939, …" would give 1940 away)', () => {
    const shown = (q: RoundQuestion) => (q.prompt === CHRONOLOGY_MESSAGES.firstPrompt || q.prompt === CHRONOLOGY_MESSAGES.orderPrompt ? q.choices : [q.prompt]);
    const withYears = questions.flatMap((q) => shown(q).filter((text) => /\b\d{4}\b/.test(text)).map((text) => `${q.id}: ${text}`));
    expect(withYears).toEqual([]);
    // The real fact base has such events (the trial's two among them): they are left out, not missing.
    expect(kb.events.filter((e) => !e.end && /\b\d{4}\b/.test(e.title)).map((e) => e.id)).toEqual(
      expect.arrayContaining(['event-yezhov-shot', 'event-collectivisation-resumes']),
    );
  });

  it("use only their own topic's events: a famine question never shows Kirov's murder or the Family Code", () => {
    const topicOf = new Map(kb.events.map((e) => [e.id, e.topic]));
    for (const q of questions) for (const id of q.events ?? []) expect(topicOf.get(id), `${q.id}: ${id}`).toBe(q.topic);
    const famine = questions.filter((q) => q.topic === 'famine');
    expect(famine.length).toBeGreaterThan(0);
    for (const q of famine) expect([q.prompt, ...q.choices, q.explanation].join(' '), q.id).not.toMatch(/Kirov|Family Code/);
  });

  it('"In which year?" offers four different years, only one the event\'s', () => {
    const year = questions.filter((q) => q.prompt !== CHRONOLOGY_MESSAGES.firstPrompt && q.prompt !== CHRONOLOGY_MESSAGES.orderPrompt);
    expect(year.length).toBeGreaterThan(50);
    for (const q of year) {
      const event = kb.events.find((e) => q.prompt === CHRONOLOGY_MESSAGES.yearPrompt(e.title));
      expect(event, q.id).toBeDefined();
      expect(event?.end).toBeUndefined();
      expect(q.correct).toBe(event?.date.slice(0, 4));
      expect(q.choices.every((c) => /^\d{4}$/.test(c))).toBe(true);
      // Reads as a question, then the event: never "…happen: Third Moscow show trial: Bukharin…?", two colons in a row.
      expect(q.prompt.split(':').length, q.prompt).toBeLessThanOrEqual(2);
    }
  });
});

describe('choosing a round by kind', () => {
  const pool = [...['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7', 'f8', 'f9', 'f10'].map((id) => ({ id })), ...['chrono-a', 'chrono-b', 'chrono-c'].map((id) => ({ id }))];
  const firstN = (from: readonly { id: string }[], n: number) => from.slice(0, n);

  it('asks the year a share was reached only among earlier years, when it was clearly lower (a trial: "about 93%" with 1937–40, all over 90%)', () => {
    const q = questions.find((x) => x.id === 'chrono-year-event-collectivisation-93-percent');
    expect(q?.choices).toEqual(['1928', '1930', '1934', '1937']);
    expect(q?.correct).toBe('1937');
    // Every "In which year…?" on a share or level has its right year last: none later, which would be right too.
    for (const x of questions.filter((y) => y.events?.length === 1 && !y.order && /\d\s?%/.test(y.prompt))) expect(x.choices.at(-1), x.id).toBe(x.correct);
  });

  it('asks only written questions for facts, only date questions for dates', () => {
    expect(pickByKind(pool, 5, 'facts', firstN).map((q) => q.id)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    expect(pickByKind(pool, 5, 'dates', firstN).map((q) => q.id)).toEqual(['chrono-a', 'chrono-b', 'chrono-c']);
  });

  it('mixes about one in four date questions, spread through the round, and none in a round of three', () => {
    const round = pickByKind(pool, 10, 'mixed', firstN).map((q) => q.id);
    expect(round).toHaveLength(10);
    expect(round.filter((id) => id.startsWith('chrono-'))).toEqual(['chrono-a', 'chrono-b']);
    expect(round[0]?.startsWith('chrono-')).toBe(false);
    expect(round.at(-1)?.startsWith('chrono-')).toBe(false);
    expect(pickByKind(pool, 3, 'mixed', firstN).some((q) => q.id.startsWith('chrono-'))).toBe(false);
  });

  it('picks a pool without date questions as before, whatever the kind', () => {
    const written = pool.filter((q) => !q.id.startsWith('chrono-'));
    expect(pickByKind(written, 4, 'mixed', firstN)).toEqual(firstN(written, 4));
    expect(pickByKind(written, 4, 'dates', firstN)).toEqual([]);
  });
});

describe('the date questions of one round', () => {
  /** Rounds of `count` date questions on a topic, as /quiz start picks them, over many shuffles. */
  const rounds = (topic: string, count: number) => {
    const bank: RoundQuestion[] = [...kb.quiz, ...questions];
    const fairness = createRoundFairness(kb, bank);
    const pool = bank.filter((q) => q.topic === topic);
    return Array.from({ length: 40 }, (_, seed) =>
      pickByKind(pool, count, 'dates', (from, n, alongside) => pickQuestions(from, n, [], seededRandom(seed), fairness, alongside)),
    );
  };

  it('never show an event twice, so one reveal cannot answer the next, and stay full where the topic has the events', () => {
    // Power struggle: five events fit for questions (the trial's round asked the same four in three questions).
    for (const round of rounds('power-struggle', 3)) {
      const shown = round.flatMap((q) => q.events ?? []);
      expect(new Set(shown).size, round.map((q) => q.id).join(', ')).toBe(shown.length);
      expect(round).toHaveLength(3);
    }
    // The famine has three such events, each only named in a prompt ("In which year…?"): the year grain output
    // recovered writes 1928 in its words, the famine is a period, and the historians' books came after 1941. Three
    // date questions, not a round padded with other topics' events.
    for (const round of rounds('famine', 3)) {
      expect(round.map((q) => q.topic)).toEqual(['famine', 'famine', 'famine']);
      expect(new Set(round.flatMap((q) => q.events ?? [])).size).toBe(3);
    }
  });
});

describe('date questions a class is asked (a trial under /tutor level gcse)', () => {
  const yearOf = (e: TimelineEvent) => Number(e.date.slice(0, 4));

  it("leave out events outside the course's years: the Secret Speech, 1991, historians' books after 1941", () => {
    const outside = kb.events.filter((e) => yearOf(e) < 1917 || yearOf(e) > 1941);
    expect(outside.map((e) => e.id)).toEqual(
      expect.arrayContaining(['event-khrushchev-secret-speech', 'event-soviet-archives-open', 'event-deutscher-stalin', 'event-conquest-great-terror-published']),
    );
    const shown = new Set(questions.flatMap((q) => q.events ?? []));
    expect(outside.filter((e) => shown.has(e.id)).map((e) => e.id)).toEqual([]);
    // The events stay in the notes (the timelines, /ask): only the quiz leaves them out.
    const mine = chronologyQuestions([event('e-1905', '1905-01', 'Bloody Sunday'), event('e-1956', '1956-02', 'The Secret Speech'), event('e-1929', '1929-02', 'Trotsky is deported')], CHRONOLOGY_MESSAGES);
    expect(mine.map((q) => q.events)).toEqual([['e-1929']]);
  });

  it("are for A-level classes only when they show a book's publication (The Revolution Betrayed, 1936)", () => {
    const books = questions.filter((q) => q.events?.includes('event-revolution-betrayed'));
    expect(books.length).toBeGreaterThan(0);
    expect(questions.filter((q) => !suitsClass(q, 'gcse'))).toEqual(books);
    const [book] = chronologyQuestions([event('e-book', '1936-05', 'Trotsky publishes The Revolution Betrayed')], CHRONOLOGY_MESSAGES);
    expect(book && questionLevel(book)).toBe('a-level');
  });

  it('ask the Great Terror\'s events whose titles are too long for a button as "In which year…?" (a GCSE round had two questions)', () => {
    const terror = questions.filter((q) => q.topic === 'great-terror' && suitsClass(q, 'gcse'));
    expect(terror.length).toBeGreaterThanOrEqual(6);
    for (const q of terror.filter((x) => x.prompt === CHRONOLOGY_MESSAGES.firstPrompt || x.order)) for (const c of q.choices) expect(c.length).toBeLessThanOrEqual(76);
  });
});

describe('"In which year…?" explanations', () => {
  const context = () => createEventContext(kb);
  /** Whether `text` is one sentence of the notes, or two in a row, or a definition's first sentence headed by its term. */
  const fromNotes = (text: string) => {
    const notes = [...kb.questions.map((q) => q.answer), ...kb.people.map((p) => p.summary), ...kb.topics.map((t) => t.summary), ...kb.terms.map((t) => t.definition)];
    const passages = new Set(notes.flatMap((n) => sentencesOf(n).flatMap((s, i, all) => [s, `${all[i - 1] ?? ''} ${s}`])));
    const term = kb.terms.find((t) => text.toLowerCase().startsWith(`${t.term.toLowerCase()}: `));
    const headless = term ? text.slice(term.term.length + 2) : text;
    return passages.has(text) || [...passages].some((p) => p.toLowerCase() === headless.toLowerCase());
  };
  const bareOf = (q: RoundQuestion) => `${kb.events.find((e) => q.events?.includes(e.id))?.title}: ${q.correct}.`;
  const yearQuestions = () => chronologyQuestions(kb.events, CHRONOLOGY_MESSAGES, context()).filter((q) => q.id.startsWith('chrono-year-'));

  it('add the event\'s description or a passage of the notes on it, not only the question again (a trial: "Trotsky is deported from the USSR: 1929.")', () => {
    const years = yearQuestions();
    const deported = years.find((q) => q.id === 'chrono-year-event-trotsky-deported')?.explanation ?? '';
    expect(deported.startsWith('Trotsky is deported from the USSR: 1929. ')).toBe(true);
    expect(fromNotes(deported.slice('Trotsky is deported from the USSR: 1929. '.length)), deported).toBe(true);
    // Each says more than the bare event and year: its description or a passage of the notes (most of them), or
    // at least the topic.
    let withPassage = 0;
    for (const q of years) {
      const bare = bareOf(q);
      const rest = q.explanation.slice(bare.length).trim();
      expect(q.explanation.startsWith(bare), q.id).toBe(true);
      expect(rest, q.id).not.toBe('');
      const description = kb.events.find((e) => q.events?.includes(e.id))?.description;
      if (rest === description || fromNotes(rest)) withPassage += 1;
      else expect(rest, q.id).toMatch(/^\(Topic: .+\.\)$/);
      expect(q.explanation.length, q.id).toBeLessThanOrEqual(400);
      expect(q.explanation.endsWith('…'), q.id).toBe(false);
    }
    expect(withPassage).toBeGreaterThan(years.length * 0.8);
  });

  it('never open on a word that points back to a sentence not shown (a trial: "…worked to death: 1937. Yet it killed…")', () => {
    const leaning = /^(?:Yet|But|And|So|It|Its|This|These|Those|They|Their|He|She|His|Her|However|Also|Then|Such|Another)\b/;
    for (const q of yearQuestions()) expect(q.explanation.slice(bareOf(q).length).trim(), q.id).not.toMatch(leaning);
    const camps = yearQuestions().find((q) => q.id === 'chrono-year-event-camp-regime-harsher-1937')?.explanation ?? '';
    expect(camps).not.toMatch(/Yet it/);
  });

  const nep = { id: 'nep', title: 'The New Economic Policy (NEP)', order: 1, aliases: [], summary: 'x', keyDates: [{ date: '1921', label: 'x' }], keyTerms: ['x'] };
  const entry = (answer: string, id = 'q1') => ({ id, topic: 'nep', question: 'q', phrasings: ['a', 'b'], related: [], sources: ['notes'], answer });
  const notesWith = (...answers: string[]) => ({ people: [], terms: [], topics: [nep], questions: answers.map((a, i) => entry(a, `q${i}`)) });

  it('take a sentence only when it names the year and most of the event, else the topic', () => {
    const notes = notesWith('In 1925 Bukharin told the peasants to enrich themselves, hoping they would sell more grain. Grain prices fell sharply across the countryside in 1926.');
    const read = createEventContext(notes);
    expect(read(event('e-enrich', '1925', 'Bukharin urges the peasants to enrich themselves'))).toEqual({
      sentence: 'In 1925 Bukharin told the peasants to enrich themselves, hoping they would sell more grain.',
      topic: 'The New Economic Policy (NEP)',
    });
    // The year alone, on another matter, is no sentence about the event.
    expect(read(event('e-scissors', '1926', 'The scissors crisis opens a gap between prices'))).toEqual({ topic: 'The New Economic Policy (NEP)' });
    // Nor is one about someone it does not name ("he", read under "Trotsky…", would seem to be Trotsky).
    const pronoun = createEventContext(notesWith('In 1929 he had Trotsky deported from the USSR, leaving him to write abroad.'));
    expect(pronoun(event('e-deported', '1929-02', 'Trotsky is deported from the USSR'))).toEqual({ topic: 'The New Economic Policy (NEP)' });
  });

  it('show a sentence that leans on the one before only with that one, and only when the two fit', () => {
    const camps = event('e-camps', '1937', 'The camp regime is made far harsher and prisoners are worked to death');
    const before = 'The camps held millions of prisoners serving long sentences for political crimes.';
    const leaning = 'Yet in 1937 the camp regime was made far harsher, and many prisoners were worked to death.';
    expect(createEventContext(notesWith(`${before} ${leaning}`))(camps).sentence).toBe(`${before} ${leaning}`);
    // Without the one before it (it opens the answer, leaning on the question), it is not shown at all.
    expect(createEventContext(notesWith(leaning))(camps).sentence).toBeUndefined();
    // Nor when the two are too long together.
    const long = `${before.slice(0, -1)}, ${'in camps far to the north and east of the country, '.repeat(4)}for years.`;
    expect(createEventContext(notesWith(`${long} ${leaning}`))(camps).sentence).toBeUndefined();
    // Nor when the one before is about something else: "These…" sums up more than one sentence.
    const summing = 'These changes made the camp regime far harsher in 1937, and many prisoners were worked to death.';
    expect(createEventContext(notesWith(`${before} ${summing}`))(camps).sentence).toBeUndefined();
  });

  it('prefer a passage that says what the event led to, and head a definition with its term', () => {
    const read = createEventContext({
      ...notesWith(
        'In 1921 the Kronstadt sailors rose against the Bolsheviks near Petrograd and were crushed.',
        'In 1921 the Kronstadt sailors rose against the Bolsheviks and were crushed, which led Lenin to adopt the NEP.',
        // Other notes, so that the event's words are rarer than most.
        'Grain prices fell sharply in 1926.',
        'The scissors crisis of 1923 hurt the peasants.',
        'Trotsky was deported in 1929.',
      ),
    });
    expect(read(event('e-kronstadt', '1921-03', 'The Kronstadt sailors rise against the Bolsheviks')).sentence).toMatch(/led Lenin to adopt the NEP/);
    const glossed = createEventContext({
      ...notesWith('x'),
      terms: [{ id: 't1', term: 'Turksib', aliases: [], definition: 'The Turkestan–Siberian railway, finished in 1930, linking Siberia with Central Asia.', topics: ['nep'], sources: ['notes'] }],
    });
    expect(glossed(event('e-turksib', '1930', 'The Turksib railway linking Siberia and Central Asia is completed')).sentence).toBe(
      'Turksib: the Turkestan–Siberian railway, finished in 1930, linking Siberia with Central Asia.',
    );
  });

  it('take the next passage when the best one makes the explanation too long, before falling back to the topic', () => {
    const e = event('e-long', '1925', 'Bukharin urges the peasants to enrich themselves');
    const long = 'x'.repeat(390);
    const [q] = chronologyQuestions([e], CHRONOLOGY_MESSAGES, () => ({ sentence: long, more: ['A short note of 1925.'], topic: 'NEP' }));
    expect(q?.explanation).toBe('Bukharin urges the peasants to enrich themselves: 1925. A short note of 1925.');
    const [topicOnly] = chronologyQuestions([e], CHRONOLOGY_MESSAGES, () => ({ sentence: long, topic: 'NEP' }));
    expect(topicOnly?.explanation).toBe('Bukharin urges the peasants to enrich themselves: 1925. (Topic: NEP.)');
  });
});

describe('which sentences lean on the one before them', () => {
  const leans = createLeaning(new Set(['stalin', 'trotsky', 'bukharin']));
  it.each([
    'Yet it killed on a vast scale through hunger, cold, overwork and disease.',
    'So the same Tenth Congress also banned factions.',
    'These episodes explain the postscript to the Testament.',
    'It was approved in April 1929 by the 16th Party Conference.',
    'Drafted in 1937–38 and adopted in 1939, it set ambitious targets.',
    'After Kirov\'s murder they were arrested and jailed.',
    'In 1937 it was made far harsher.',
    'Bukharin also recanted and edited Izvestia from 1934.',
    'All three lost their Politburo seats in 1926.',
    'A second feature was the rewriting of history.',
    'Party: Stalin was General Secretary from 1922.',
    'The phrase came into use in 1932.',
    'In 1926–27 he beat the United Opposition of Trotsky.',
  ])('"%s" leans', (sentence) => expect(leans(sentence)).toBe(true));
  it.each([
    'In 1925 Stalin allied with Bukharin and the Right.',
    'When the opposition marched in November 1927, it gave Stalin the excuse to expel Trotsky.',
    'Stalin was deported in 1929, and he attacked the regime from abroad.',
    'The Third Plan began in 1938 and was cut short in 1941.',
  ])('"%s" reads alone', (sentence) => expect(leans(sentence)).toBe(false));
});

describe('a round of date questions', () => {
  it('mixes "put these in order" and "which happened first?" with "In which year…?" (a trial: 17 of 20 "In which year…?")', () => {
    const bank: RoundQuestion[] = [...kb.quiz, ...questions];
    const fairness = createRoundFairness(kb, bank);
    for (let seed = 1; seed <= 12; seed++) {
      const round = pickByKind(bank, 10, 'dates', (from, n, alongside) => pickQuestions(from, n, [], seededRandom(seed), fairness, alongside));
      expect(round).toHaveLength(10);
      const kinds = round.map((q) => (q.order ? 'order' : q.prompt === CHRONOLOGY_MESSAGES.firstPrompt ? 'first' : 'year'));
      expect(kinds.filter((k) => k === 'order').length, kinds.join(' ')).toBeGreaterThanOrEqual(2);
      expect(kinds.filter((k) => k === 'first').length, kinds.join(' ')).toBeGreaterThanOrEqual(2);
      expect(new Set(round.flatMap((q) => q.events ?? [])).size).toBe(round.flatMap((q) => q.events ?? []).length);
    }
  });
});

describe('/quiz start kind:dates', () => {
  it('runs a round of date questions on the real fact base', async () => {
    const h = quizHarness({ kb });
    await h.start('Alice', { topic: 'power-struggle', questions: 3, seconds: 10, kind: 'dates' });
    const question = h.channel.lastQuestion('c1')?.reply;
    expect(question?.body).toMatch(/Which of these happened first\?|In which year did this happen|Put these in order/);
    await h.stop('Alice');
  });
});

describe('/quiz start with no kind', () => {
  it('mixes date questions in by default (about one in four)', async () => {
    const h = quizHarness({ kb });
    await h.start('Alice', { questions: 20, seconds: 10 });
    // Alice answers each question as it comes; the next follows the reveal.
    for (let asked = 0, waits = 0; asked < 20 && waits < 200; waits++) {
      await h.wait(2_000);
      const now = h.postsTitled('Question').length;
      if (now > asked) {
        asked = now;
        await h.press('Alice', 'A');
      }
    }
    expect(h.postsTitled('Question')).toHaveLength(20);
    const dates = h.postsTitled('Question').map((r) => r.body ?? '').filter((b) => /Which of these happened first\?|In which year did this happen|Put these in order/.test(b)).length;
    expect(dates).toBeGreaterThanOrEqual(3);
    expect(dates).toBeLessThanOrEqual(8);
  });
});
