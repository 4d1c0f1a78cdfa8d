// Rounds that feel fair (issue 19, part 6), as players meet them: at most two questions on one subtopic,
// no question whose answer an earlier one has just shown, nor one asking again what another asked (a written
// question and a date question on the same fact), and a podium that says how points were earned.
import { describe, expect, it } from 'vitest';
import { quizQuestionSchema, type KnowledgeBase, type Person, type QuizQuestion, type Term, type Topic } from '../../src/knowledge/schema.js';
import { CHRONOLOGY_MESSAGES as C, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { seededRandom } from '../../src/quiz/clock.js';
import { QUIZ_DEFAULTS } from '../../src/quiz/defaults.js';
import { chronologyQuestions, isChronologyQuestion, pickByKind } from '../../src/quiz/chronology.js';
import { createRoundFairness, suitsClass } from '../../src/quiz/fairness.js';
import { inFairOrder, pickQuestions, type RoundQuestion } from '../../src/quiz/questions.js';
import { createEventContext } from '../../src/quiz/event-context.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';
import { quizHarness, quizKnowledge, type Harness } from './harness.js';

const topic = (id: string, title: string, order: number): Topic => ({
  id, title, order, aliases: [], summary: `${title}.`, keyDates: [{ date: '1928', label: 'A date' }], keyTerms: ['term'],
});
const person = (id: string, name: string, aliases: string[]): Person => ({
  id, name, aliases, role: 'A Bolshevik', summary: `${name} was a Bolshevik.`, topics: ['power-struggle'], sources: ['notes'],
});
const term = (id: string, name: string, aliases: string[]): Term => ({
  id, term: name, aliases, definition: `${name}: a course term.`, topics: ['collectivisation'], sources: ['notes'],
});
/** A question whose right answer (`correct`, "Answer <id>" unless given) is its first choice. */
function question(id: string, topicId: string, prompt: string, extra: Partial<QuizQuestion> = {}): QuizQuestion {
  const correct = extra.correct ?? `Answer ${id}`;
  return {
    id, topic: topicId, prompt, choices: [correct, `Wrong ${id} b`, `Wrong ${id} c`, `Wrong ${id} d`], correct,
    explanation: `Explained ${id}.`, difficulty: 'easy', sources: ['notes'], ...extra,
  };
}

const TROTSKY = [
  question('p1', 'power-struggle', 'Which post did Trotsky hold in 1918?'),
  question('p2', 'power-struggle', "What was Trotsky's theory called?"),
  question('p3', 'power-struggle', 'When was Leon Trotsky expelled from the party?'),
  question('p4', 'power-struggle', 'Where did Trotsky go into exile first?'),
  question('p5', 'power-struggle', 'Who replaced Trotsky as Commissar for War?'),
  question('p6', 'power-struggle', 'Which essay did Trotsky write in 1924?'),
  // No name in it, but the teacher says it is on Trotsky.
  question('p7', 'power-struggle', 'Who built the Red Army?', { subtopic: 'Trotsky' }),
];
/** Stalin is named by most questions in the bank: the course itself, not a subtopic. */
const STALIN = [
  question('p8', 'power-struggle', 'Which post did Stalin hold from 1922?'),
  question('p9', 'power-struggle', 'Which congress did Stalin dominate in 1925?'),
  question('p10', 'power-struggle', 'Which policy did Stalin back in 1924?'),
  question('p11', 'power-struggle', 'Which body did Stalin control through appointments?'),
];
const KOLKHOZ = [
  question('c1', 'collectivisation', 'What was a kolkhoz?'),
  question('c2', 'collectivisation', 'How were collective farms paid for their grain?'),
  question('c3', 'collectivisation', 'Who ran a collective farm?'),
  question('c4', 'collectivisation', 'How many kolkhozy were there by 1937?'),
];
const KIROV = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'].map((id, i) => question(id, 'terror-origins', `What happened to Kirov in event ${i + 1}?`));
/** 'Dizzy with Success' gives away the answer to `DIZZY_TITLE`, not the other way round. */
const DIZZY_PAPER = question('g1', 'dizzy', "In which newspaper did 'Dizzy with Success' appear?", {
  correct: 'Pravda',
  explanation: 'The article was printed in Pravda on 2 March 1930.',
});
const DIZZY_TITLE = question('g2', 'dizzy', "What was the title of Stalin's article of March 1930 that halted collectivisation for a while?", {
  correct: 'Dizzy with Success',
  explanation: 'Stalin blamed over-eager local officials for the chaos.',
});
/** Both answer 1929, about different things: neither gives the other away. */
const YEARS = [
  question('y1', 'dizzy', "In which year did Stalin call for the 'liquidation of the kulaks as a class'?", { correct: '1929', explanation: 'He made the call in December 1929.' }),
  question('y2', 'dizzy', 'In which year did the Great Turn begin?', { correct: '1929', explanation: 'The Great Turn began in 1929.' }),
];

function fairKnowledge(): KnowledgeBase {
  const base = quizKnowledge(0);
  // Filler on other topics, most naming Stalin, so that he is in more than a tenth of the bank.
  const filler = Array.from({ length: 60 }, (_, i) => question(`f${i + 1}`, i % 2 ? 'nep' : 'five-year-plans', `What did Stalin decide about matter ${i + 1}?`));
  return {
    ...base,
    topics: [
      ...base.topics,
      topic('power-struggle', 'The power struggle, 1924–29', 3),
      topic('terror-origins', 'Kirov and the origins of the Terror', 4),
      topic('dizzy', 'Collectivisation, 1929–30', 5),
      topic('five-year-plans', 'The Five-Year Plans', 6),
    ],
    people: [
      person('stalin', 'Joseph Stalin', ['Stalin']),
      person('trotsky', 'Leon Trotsky', ['Trotsky', 'Lev Bronstein']),
      person('kirov', 'Sergei Kirov', ['Kirov']),
    ],
    terms: [term('term-kolkhoz', 'kolkhoz', ['kolkhozy', 'collective farm'])],
    quiz: [
      ...TROTSKY, ...STALIN,
      ...KOLKHOZ,
      ...['c5', 'c6', 'c7', 'c8'].map((id) => question(id, 'collectivisation', `Which region was hit in case ${id}?`)),
      ...KIROV,
      ...['k7', 'k8', 'k9', 'k10', 'k11'].map((id) => question(id, 'terror-origins', `Which decree followed in case ${id}?`)),
      DIZZY_PAPER, DIZZY_TITLE, ...YEARS,
      ...filler,
    ],
  };
}

/** Plays a round to its end (one player, who answers A at once) and returns the prompts it asked, in order. */
async function roundAsked(h: Harness, topicId: string, questions: number): Promise<string[]> {
  await h.start('Alice', { topic: topicId, questions, seconds: 20 });
  for (let i = 0; i < 25 && h.postsTitled(Q.endTitle).length === 0; i++) await h.press('Alice', 'A');
  expect(h.postsTitled(Q.endTitle)).toHaveLength(1);
  return h.postsTitled('Question').map((r) => r.body ?? '');
}

const prompts = (qs: readonly QuizQuestion[]) => new Set(qs.map((q) => q.prompt));
const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);
const fairHarness = (seed: number) => quizHarness({ kb: fairKnowledge(), seed, timing: { earlyReveal: true } });

describe('a round asks at most two questions on one subtopic', () => {
  it('on one person, by name, alias or possessive, while the topic has other questions to ask', async () => {
    for (const seed of SEEDS) {
      const asked = await roundAsked(fairHarness(seed), 'power-struggle', 6);
      expect(asked).toHaveLength(6);
      expect(asked.filter((p) => prompts(TROTSKY).has(p)).length, `seed ${seed}: ${asked.join(' | ')}`).toBe(2);
    }
  });

  it('takes Stalin, named by most of the bank, for the course rather than a subtopic', async () => {
    for (const seed of SEEDS) {
      const asked = await roundAsked(fairHarness(seed), 'power-struggle', 6);
      expect(asked.filter((p) => prompts(STALIN).has(p))).toHaveLength(4);
    }
  });

  it('on one glossary term, by its name or an alias, plural or not', async () => {
    for (const seed of SEEDS) {
      const asked = await roundAsked(fairHarness(seed), 'collectivisation', 5);
      expect(asked.filter((p) => prompts(KOLKHOZ).has(p)).length, `seed ${seed}`).toBeLessThanOrEqual(2);
    }
  });

  it("but not on the person the topic's own title names: a round on Kirov's murder is about Kirov", async () => {
    const onKirov: number[] = [];
    for (const seed of SEEDS) onKirov.push((await roundAsked(fairHarness(seed), 'terror-origins', 6)).filter((p) => prompts(KIROV).has(p)).length);
    expect(Math.max(...onKirov)).toBeGreaterThan(2);
  });

  it('still gives a full round when the topic has too few other questions', async () => {
    const asked = await roundAsked(fairHarness(1), 'power-struggle', 11);
    expect(asked).toHaveLength(11);
  });
});

describe('a round never asks a question whose answer an earlier one has just shown', () => {
  it('asks the question first when both are in the round', async () => {
    for (const seed of SEEDS) {
      const asked = await roundAsked(fairHarness(seed), 'dizzy', 4);
      expect(asked.indexOf(DIZZY_TITLE.prompt), `seed ${seed}: ${asked.join(' | ')}`).toBeLessThan(asked.indexOf(DIZZY_PAPER.prompt));
    }
  });

  it('is not fooled by a year that merely recurs: two questions on 1929 come in either order', async () => {
    const orders = new Set<string>();
    for (const seed of SEEDS) {
      const asked = await roundAsked(fairHarness(seed), 'dizzy', 4);
      orders.add(asked.indexOf(YEARS[0]!.prompt) < asked.indexOf(YEARS[1]!.prompt) ? 'y1 first' : 'y2 first');
    }
    expect(orders).toEqual(new Set(['y1 first', 'y2 first']));
  });

  it('on the real fact base: mixed rounds of 20 keep both rules', async () => {
    const kb = await loadRealKnowledge();
    const fairness = createRoundFairness(kb);
    for (const seed of SEEDS) {
      const round = pickQuestions(kb.quiz, 20, [], seededRandom(seed), fairness);
      const onSubtopic = new Map<string, number>();
      for (const q of round) for (const s of fairness.subtopics(q.id)) onSubtopic.set(s, (onSubtopic.get(s) ?? 0) + 1);
      expect(Math.max(0, ...onSubtopic.values())).toBeLessThanOrEqual(QUIZ_DEFAULTS.maxPerSubtopic);
      const givenAway = round.filter((q, i) => round.slice(0, i).some((e) => fairness.givesAway(e.id, q.id)));
      expect(givenAway.map((q) => q.prompt)).toEqual([]);
    }
  });
});

describe('a mixed round on the real fact base: written and date questions count together (a Year-11 trial: three "Dizzy with Success" questions in a row)', () => {
  // The trial's Q8 (the article's title, "…of March 1930…"), Q9 (its year, "…in Pravda…") and Q10 (its newspaper).
  const TRIO = ['collectivisation-quiz-03', 'chrono-year-event-dizzy-with-success', 'collectivisation-quiz-04'];
  const realBank = async () => {
    const kb = await loadRealKnowledge();
    const bank: RoundQuestion[] = [...kb.quiz, ...chronologyQuestions(kb.events, C, createEventContext(kb))];
    return { kb, bank, fairness: createRoundFairness(kb, bank) };
  };

  it('puts a date question on the subtopic of the written ones it names', async () => {
    const { bank, fairness } = await realBank();
    for (const id of TRIO) expect(bank.some((q) => q.id === id), id).toBe(true);
    expect(fairness.subtopics('chrono-year-event-dizzy-with-success')).toEqual(fairness.subtopics('collectivisation-quiz-03'));
    expect(fairness.subtopics('collectivisation-quiz-03')).not.toEqual([]);
  });

  it('never asks three questions on one subtopic, nor one whose answer an earlier question or explanation gave, in rounds on collectivisation', async () => {
    const { bank, fairness } = await realBank();
    const pool = bank.filter((q) => q.topic === 'collectivisation');
    for (const kind of ['mixed', 'dates', 'facts'] as const)
      for (let seed = 1; seed <= 150; seed++) {
        const round = pickByKind(
          pool,
          10,
          kind,
          (from, n, alongside, rules) => pickQuestions(from, n, [], seededRandom(seed), fairness, alongside, rules),
          (picked) => inFairOrder(picked, fairness),
        );
        // Full: the topic has 3 date questions, and written ones enough for any round of 10.
        expect(round, `${kind}, seed ${seed}`).toHaveLength(kind === 'dates' ? pool.filter(isChronologyQuestion).length : 10);
        const onSubtopic = new Map<string, number>();
        for (const q of round) for (const s of fairness.subtopics(q.id)) onSubtopic.set(s, (onSubtopic.get(s) ?? 0) + 1);
        expect(Math.max(0, ...onSubtopic.values()), `${kind}, seed ${seed}`).toBeLessThanOrEqual(QUIZ_DEFAULTS.maxPerSubtopic);
        const givenAway = round.filter((q, i) => round.slice(0, i).some((e) => fairness.givesAway(e.id, q.id)));
        expect(givenAway.map((q) => q.prompt), `${kind}, seed ${seed}`).toEqual([]);
        expect(TRIO.filter((id) => round.some((q) => q.id === id)).length, `${kind}, seed ${seed}`).toBeLessThan(3);
      }
  });
});

describe('an explanation that gives a later answer in its own words, or by a short name (a trial\'s Great Terror and famine rounds)', () => {
  /** A small bank: the people and questions of the trial's giveaways, and filler so that no word is the course's background. */
  function giveawayKnowledge(): KnowledgeBase {
    const base = fairKnowledge();
    return {
      ...base,
      people: [...base.people, person('yagoda', 'Genrikh Yagoda', ['Yagoda']), person('applebaum', 'Anne Applebaum', ['Applebaum'])],
      terms: [...base.terms, term('term-holodomor', 'Holodomor', ['terror-famine'])],
      quiz: [
        ...base.quiz,
        question('t1', 'terror', 'In which year was the third Moscow show trial, in which Bukharin was tried?', {
          correct: '1938',
          explanation: 'The trial was held in March 1938; Bukharin, Rykov and Yagoda were among those shot afterwards.',
        }),
        question('t2', 'terror', 'Which former head of the NKVD was himself a defendant at the show trial of March 1938?', { correct: 'Genrikh Yagoda' }),
        question('h1', 'famine', "An extract says the famine was not planned. Whose view is closest?", {
          correct: 'Davies and Wheatcroft',
          explanation: 'The Years of Hunger found no deliberate plan to starve; Conquest and Applebaum argue the famine was used deliberately against Ukraine.',
        }),
        question('h2', 'famine', "What does Anne Applebaum argue in 'Red Famine' (2017)?", { correct: 'The state used hunger deliberately against Ukraine' }),
        question('h3', 'famine', "Which 1986 book by Robert Conquest called the famine a 'terror-famine'?", { correct: 'The Harvest of Sorrow' }),
        question('h4', 'famine', 'What is the Ukrainian name for the famine of 1932–33?', { correct: 'Holodomor' }),
      ],
    };
  }

  it('knows a person named by a short name ("Yagoda" for Genrikh Yagoda), and an answer put in other words', () => {
    const fairness = createRoundFairness(giveawayKnowledge());
    expect(fairness.givesAway('t1', 't2')).toBe(true);
    expect(fairness.givesAway('h1', 'h2')).toBe(true);
    // Not the other way round, and not a term's alias taken for its name: "terror-famine" does not say "Holodomor".
    expect(fairness.givesAway('h2', 'h1')).toBe(false);
    expect(fairness.givesAway('h3', 'h4')).toBe(false);
  });

  it('on the real fact base: catches the trial\'s giveaways, and a Great Terror round asks each answer before the explanation that gives it', async () => {
    const kb = await loadRealKnowledge();
    const bank: RoundQuestion[] = [...kb.quiz, ...chronologyQuestions(kb.events, C)];
    const fairness = createRoundFairness(kb, bank);
    const id = (prompt: string) => kb.quiz.find((q) => q.prompt.startsWith(prompt))?.id ?? prompt;
    const pairs = [
      // Q5 "…Bukharin, Rykov and Yagoda were among those shot afterwards" answered Q13.
      ['In which year was the third Moscow show trial', 'Which former head of the NKVD was himself a defendant'],
      // Q7 "…when Yezhov ran the NKVD" and Q4's own words answered Q11.
      ["What does the term 'Yezhovshchina' refer to?", 'Who headed the NKVD during the worst period'],
      ['Who replaced Yezhov as head of the NKVD', 'Who headed the NKVD during the worst period'],
      // The famine round: Q2's explanation gave Applebaum's view, answering Q3.
      ["An extract says: 'The famine grew out of impossible grain demands", "What does Anne Applebaum argue in 'Red Famine'"],
    ].map(([a = '', b = '']) => [id(a), id(b)] as const);
    for (const [earlier, later] of pairs) expect(fairness.givesAway(earlier, later), `${earlier} → ${later}`).toBe(true);
    for (const seed of SEEDS) {
      const pool = bank.filter((q) => q.topic === 'great-terror' && !isChronologyQuestion(q));
      const round = pickQuestions(pool, 20, [], seededRandom(seed), fairness);
      // A small topic still asks all it has: the rule orders the round, it leaves nothing out.
      expect(round).toHaveLength(Math.min(20, pool.length));
      const at = (qid: string) => round.findIndex((q) => q.id === qid);
      // Two that give each other away (the third trial's year and Yagoda, named in each other's words) cannot both be fair.
      const oneWay = pairs.filter(([a, b]) => !fairness.givesAway(b, a) && at(a) >= 0 && at(b) >= 0);
      expect(oneWay.length).toBeGreaterThanOrEqual(2);
      for (const [earlier, later] of oneWay) expect(at(later), `seed ${seed}: ${earlier} → ${later}`).toBeLessThan(at(earlier));
    }
  });
});

describe('a round never asks the same thing twice, as a written question and as a date question', () => {
  const LOWEST = 'famine-quiz-12';
  const LOWEST_DATE = 'chrono-year-event-living-standards-low-1933';

  it('knows two questions with the same answer about the same thing, either way round, and only those', async () => {
    const kb = await loadRealKnowledge();
    const fairness = createRoundFairness(kb, [...kb.quiz, ...chronologyQuestions(kb.events, C)]);
    // "Which year of the 1930s was the worst for living standards in Soviet towns?" and
    // "In which year did this happen? Living standards in the towns hit their lowest point of the decade": 1933.
    expect(fairness.asksAgain(LOWEST, LOWEST_DATE)).toBe(true);
    expect(fairness.asksAgain(LOWEST_DATE, LOWEST)).toBe(true);
    // The same year about something else ("In which year was the White Sea–Baltic Canal completed?", 1933 too) is another question.
    expect(fairness.asksAgain(LOWEST, 'gulag-quiz-05')).toBe(false);
    // Two orders to put, with the same event earliest, share their prompt word for word: their subject is in the choices.
    expect(fairness.asksAgain('chrono-order-event-abortion-legalised', 'chrono-order-event-ban-on-factions')).toBe(false);
    // Without the date questions, the rules know only the written ones.
    expect(createRoundFairness(kb).asksAgain(LOWEST, LOWEST_DATE)).toBe(false);
    const small = createRoundFairness(fairKnowledge());
    expect(small.asksAgain('y1', 'y2')).toBe(false);
  });

  it('asks only one of them in a famine round, and still fills the round', async () => {
    const kb = await loadRealKnowledge();
    let lowestAsked = 0;
    for (const seed of SEEDS) {
      const h = quizHarness({ kb, seed, timing: { earlyReveal: true } });
      await h.start('Alice', { topic: 'famine', questions: 20, seconds: 20 });
      // Alice presses A, B, C, D, A… : one press answers a question, four in a row an order to put.
      for (let i = 0; i < 200 && h.postsTitled(Q.endTitle).length === 0; i++) await h.press('Alice', 'ABCD'[i % 4] ?? 'A');
      const asked = h.postsTitled('Question').map((r) => r.body ?? '');
      expect(asked).toHaveLength(20);
      const onLowest = asked.filter((p) => /worst for living standards|living standards in the towns hit their lowest/i.test(p));
      expect(onLowest.length, `seed ${seed}: ${onLowest.join(' | ')}`).toBeLessThanOrEqual(1);
      lowestAsked += onLowest.length;
    }
    // The fact is asked, in one form or the other, in most rounds: the rule leaves out the repeat, not the fact.
    expect(lowestAsked).toBeGreaterThan(SEEDS.length / 2);
  });

  it('on the real fact base: mixed rounds of 20 on every topic ask nothing twice', async () => {
    const kb = await loadRealKnowledge();
    const bank: RoundQuestion[] = [...kb.quiz, ...chronologyQuestions(kb.events, C)];
    const fairness = createRoundFairness(kb, bank);
    for (const seed of SEEDS)
      for (const t of [null, ...kb.topics.map((x) => x.id)]) {
        const pool = bank.filter((q) => t === null || q.topic === t);
        const round = pickByKind(pool, 20, 'mixed', (from, n, alongside) => pickQuestions(from, n, [], seededRandom(seed), fairness, alongside));
        // Full as far as the pool allows: every written question, and a date question per event (each event is
        // shown once a round: an "In which year…?" question each) unless it asks what a written one asks.
        const written = pool.filter((q) => !isChronologyQuestion(q));
        const years = pool.filter((q) => q.events?.length === 1 && !written.some((w) => fairness.asksAgain(w.id, q.id)));
        expect(round, `${t}, seed ${seed}`).toHaveLength(Math.min(20, written.length + years.length));
        const repeats = round.filter((q, i) => round.slice(0, i).some((e) => fairness.asksAgain(e.id, q.id)));
        expect(repeats.map((q) => q.prompt), `${t}, seed ${seed}`).toEqual([]);
      }
  });
});

describe('a quiz question in the fact base', () => {
  it("the trial's historiography and trivia are for A-level classes only (GCSE rounds asked them)", async () => {
    const kb = await loadRealKnowledge();
    for (const start of [
      "Who wrote 'The Great Retreat'",
      "What did Khlevniuk's 'The History of the Gulag'",
      "In 'The Revolution Betrayed'",
      "What happened to Kirov's bodyguard",
      'Besides Stalingrad, which city had one of the great tractor works',
      'Which historian used secret police (OGPU) reports',
      'Who took over the Moscow party after Bauman',
    ]) {
      const q = kb.quiz.find((x) => x.prompt.startsWith(start));
      expect(q, start).toBeDefined();
      expect(q && suitsClass(q, 'gcse'), start).toBe(false);
    }
  });

  it('may name its subtopic and the class it is for; another level is refused by name', () => {
    const q = { ...question('x1', 'nep', 'Who?'), subtopic: 'Trotsky', level: 'gcse' };
    expect(quizQuestionSchema.safeParse(q).success).toBe(true);
    const bad = quizQuestionSchema.safeParse({ ...q, level: 'ks3' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['level']);
  });
});

/** Plays a three-question round in which Alice answers every question right at once. */
async function rightAnswers(h: Harness): Promise<void> {
  await h.start('Alice', { topic: 'nep', questions: 3, seconds: 20 });
  for (let i = 0; i < 3; i++) await h.answer('Alice', true);
}

describe('the podium at the end of a round', () => {
  it('says in plain words how points were earned: right answers, speed and answers in a row', async () => {
    const h = quizHarness({ timing: { earlyReveal: true } });
    await rightAnswers(h);
    const podium = h.postsTitled(Q.endTitle)[0]?.body ?? '';
    expect(podium).toContain(Q.endScoring(false, QUIZ_DEFAULTS));
    expect(podium).toContain('up to 1,000 for each right answer, more the faster it came (500 at the last second)');
    expect(podium).toContain('a bonus of 100 for each right answer in a row before it (up to 500)');
  });

  it('says every right answer earned the same when the teacher has switched on fair scoring', async () => {
    const h = quizHarness({ timing: { earlyReveal: true } });
    await h.command('Ms Smith', 'tutor', { subcommand: 'fairness', options: { mode: 'on' } }, { mod: true });
    await rightAnswers(h);
    expect(h.postsTitled(Q.endTitle)[0]?.body).toContain('How the points were earned: 1,000 for each right answer, however fast.');
  });

  it('has no such line when nobody scored', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 10 });
    await h.wait(30_000);
    const podium = h.postsTitled(Q.endTitle)[0]?.body ?? '';
    expect(podium).toContain(Q.endNobody);
    expect(podium).not.toContain('How the points were earned');
  });
});
