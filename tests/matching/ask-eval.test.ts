// /ask on its three question sets (evaluation, development, judged): questions written independently of
// the knowledge files, labelled with the entries that answer them. The floors are what the matcher reaches
// today; raise them as it improves (the issue's target is 95% for accuracy and refusal; see the README's
// matcher notes).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEVELOPMENT_SET, JUDGED_SET, loadEvaluationSet, loadJudgedSet, loadQuestionSet } from '../../bench/ask.js';
import { answerableEntries } from '../../src/knowledge/answerable.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { askQuestion, offeredEntries } from '../../src/matching/ask-question.js';
import { createCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import { evaluate } from '../../src/matching/evaluate.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

// The evaluation set lost the 94 questions that equalled or nearly equalled a development question or a
// phrasing of the fact base (issue 12's audit); what is left is harder, as a held-out set should be.
const ACCURACY_FLOOR = 0.79;
// 96.6% once the overlap was removed; 93.2% after the fact base grew for the real questions (issue 12).
const REFUSAL_FLOOR = 0.92;
// The development set (bench/ask-dev, used for tuning) is harder: more of its near misses share words with the course.
const DEV_ACCURACY_FLOOR = 0.8;
const DEV_REFUSAL_FLOOR = 0.9;
// The judged set's labels are every entry either of two blind judges accepted (2.7 a question, against 1.6 in the evaluation set).
const JUDGED_ACCURACY_FLOOR = 0.86;

let kb: KnowledgeBase;
let matcher: Matcher;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  matcher = createCourseMatcher(kb); // built once: each build takes a fifth of a second
});

describe('the /ask evaluation set', () => {
  const set = loadEvaluationSet();

  it('has 170+ in-course questions over every topic, a fifth misspelt and a fifth exam-style, and 50+ outside the course, half near misses', () => {
    expect(set.inCourse.length).toBeGreaterThanOrEqual(170);
    expect(new Set(set.inCourse.map((c) => c.topic))).toEqual(new Set(kb.topics.map((t) => t.id)));
    const share = (style: string) => set.inCourse.filter((c) => c.style === style).length / set.inCourse.length;
    expect(share('misspelt')).toBeGreaterThanOrEqual(0.18);
    expect(share('exam')).toBeGreaterThanOrEqual(0.18);
    expect(set.outOfCourse.length).toBeGreaterThanOrEqual(50);
    expect(set.outOfCourse.filter((c) => c.nearMiss).length).toBeGreaterThanOrEqual(set.outOfCourse.length / 2 - 1);
  });

  it('labels every question with entries that exist', () => {
    const ids = new Set(answerableEntries(kb).map((e) => e.id));
    expect(set.inCourse.flatMap((c) => c.expect.filter((id) => !ids.has(id)))).toEqual([]);
  });

  it(`answers in-course questions with the right entry (top-1 ≥ ${ACCURACY_FLOOR * 100}%) and refuses ≥ ${REFUSAL_FLOOR * 100}% of the rest`, () => {
    const result = evaluate((q) => matcher.match(q), set.inCourse, set.outOfCourse);
    const report = [
      `accuracy ${(result.accuracy * 100).toFixed(1)}%, refusal ${(result.refusal * 100).toFixed(1)}%`,
      ...result.notRefused.map((m) => `not refused: ${m.q} → ${m.got}`),
    ].join('\n');
    expect(result.accuracy, report).toBeGreaterThanOrEqual(ACCURACY_FLOOR);
    expect(result.refusal, report).toBeGreaterThanOrEqual(REFUSAL_FLOOR);
  });

  it('answers at least 95% of the fact base\'s own phrasings with their own entry (a new phrasing that steals another entry\'s questions shows here)', () => {
    const entries = answerableEntries(kb);
    const misses: string[] = [];
    let total = 0;
    for (const e of entries.filter((x) => x.kind === 'question'))
      for (const p of [e.question, ...e.phrasings]) {
        total++;
        const r = matcher.match(p);
        if (!(r.status === 'answered' && r.entry?.id === e.id)) misses.push(`${e.id} <- "${p}" → ${r.entry?.id ?? r.status}`);
      }
    expect(1 - misses.length / total, misses.slice(0, 40).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('refuses questions about another subject, however close its words come to the course (Goebbels, Chinese, the Marshall Plan, Hitler at home)', () => {
    for (const q of ['what did goebbels do', 'chinese communism', 'what was the marshall plan', 'How did Hitler reduce unemployment in Germany after 1933?', 'night of the long knives why did hitler do it'])
      expect(matcher.match(q).status, q).toBe('unknown');
  });

  it('answers every question of the fact base, typed word for word as autocomplete offers it, with its own entry and nothing else', () => {
    const wrong = kb.questions.filter((q) => {
      const r = matcher.match(q.question);
      return r.status !== 'answered' || r.entry?.id !== q.id || r.alternatives.length > 0;
    });
    expect(wrong.map((q) => q.question)).toEqual([]);
  });

  it('reads an exam question pasted with its furniture (marks, "explain your answer") as the question alone', () => {
    const bare = "'The main reason for the Terror was Stalin's personality.' How far do you agree?";
    const pasted = "'The main reason for the Terror was Stalin's personality.' How far do you agree with this statement? Explain your answer. (16 marks)";
    const expected = matcher.match(bare);
    expect(expected.status).toBe('answered');
    expect(matcher.match(pasted)).toMatchObject({ status: 'answered', entry: { id: expected.entry?.id } });
    expect(matcher.match('Explain why the NEP was introduced. [12 marks]').entry?.id).toBe(matcher.match('Explain why the NEP was introduced.').entry?.id);
  });

  it('offers suggestions, not a refusal, for a long paragraph in the course\'s own words', () => {
    const r = matcher.match(
      'so in class we were doing the grain crisis of 1928 and my teacher said the peasants were holding back grain because prices were too low and stalin went to siberia and used force, can you explain it simply?',
    );
    // It names the course, so it is answered, hedged, or offered as suggestions: never refused.
    expect(r.status).not.toBe('unknown');
    expect(offeredEntries(r).map((e) => e.id)).toContain('end-of-nep-crisis-causes');
  });

  it("answers a card's own name or alias typed alone with that card, even where a synonym makes others fit as well (\"famine\")", () => {
    // "Holodomor" reads as "famine", so the Holodomor's card fitted "famine" as closely as the famine's own.
    for (const q of ['famine', 'The famine']) expect(matcher.match(q).entry?.id, q).toBe('term-famine-1932-33');
    expect(matcher.match('holodomor').entry?.id).toBe('term-holodomor');
    expect(matcher.match('Kirov').entry?.id).toBe('person-kirov');
    // A surname alone names its person; a physicist's, one letter from a film director's, does not.
    expect(matcher.match('Shostakovich').entry?.id).toBe('person-shostakovich');
    expect(matcher.match('who was albert einstein').status).toBe('unknown');
  });

  it('answers a loosely fitting question that names the course with its best entry, hedged with the closest others, rather than a list', () => {
    const r = matcher.match('@everyone what was the holodomr **today**');
    expect(r).toMatchObject({ status: 'answered', entry: { id: 'term-holodomor' } });
    // A loose fit offers as many others as an unsure reply would (five), a close runner-up only three.
    expect(r.alternatives).toHaveLength(5);
  });

  it('refuses the small talk a class tries first, whose everyday words the course also uses, but not the course questions that use them', () => {
    for (const q of ['what time is it?', "what's the weather like", 'whats 2+2', 'what is 10+10', 'whats the time pls', "what's the time in russia", 'what is the meaning of life', 'what is love', "what's today's date"])
      expect(matcher.match(q), q).toMatchObject({ status: 'unknown', reason: 'off-course' });
    expect(matcher.match('how old are you').reason).toBe('about-tutor');
    // The same words in course questions are not small talk.
    for (const q of ['what is the time period of the nep', 'whats 1932-33', 'how are you supposed to answer a question on the terror'])
      expect(['off-course', 'about-tutor'], q).not.toContain(matcher.match(q).reason);
    for (const [q, id] of [
      ['what was the weather like in 1932', 'famine-weather'],
      ['what time did the show trials start', 'great-terror-show-trials'],
    ] as const)
      expect(matcher.match(q).entry?.id, q).toBe(id);
  });

  it('does not let a common verb outweigh what the question is about ("how did Stalin use…")', () => {
    expect(matcher.match('how did stalin use the show trials').entry?.id).toBe('great-terror-show-trials');
    const nkvd = matcher.match('how did stalin use the nkvd');
    expect([nkvd.entry, ...nkvd.suggestions].map((e) => e?.id)).toContain('great-terror-nkvd-role');
  });

  it('answers questions about Hitler as the threat the USSR faced, from the entries on it', () => {
    for (const [q, id] of [
      ['why did stalin fear hitler', 'terror-assessment-foreign-threat'],
      ['how did stalin prepare the ussr for war with hitler', 'industrialisation-war-readiness'],
    ] as const)
      expect(matcher.match(q).entry?.id, q).toBe(id);
  });

  it('reads "what was it like in" a place as asking about life there', () => {
    for (const q of ['what is it like inside gulags', 'what was it like in the gulag']) expect(matcher.match(q).entry?.id, q).toBe('gulag-conditions');
    expect(matcher.match('what was trotsky like').entry?.id).toBe('person-trotsky');
  });

  it('offers suggestions, not a refusal, for a question about Stalin or a topic\'s own word in words the notes know, but still refuses him in another period', () => {
    // Answered since "gain power" reads as winning it; never refused.
    const r = matcher.match('Name 3 Reasons Stalin was able to gain power');
    expect(r.status).not.toBe('unknown');
    expect([r.entry?.id, ...r.suggestions.map((e) => e.id)]).toContain('power-struggle-why-stalin-won');
    // Everyday English beside him is neutral, as beside any name of the course.
    const bid = matcher.match("How did Stalin's position in the party aid his bid for leader");
    expect(bid.status).toBe('unsure');
    // Either entry answers it: his power base as General Secretary, or how he had become so powerful by 1929.
    expect(['lenin-legacy-power-base', 'power-struggle-stalin-1929']).toContain(bid.suggestions[0]?.id);
    expect(matcher.match('What did Stalin agree at Yalta?').status).toBe('unknown');
    expect(matcher.match('Why did Stalin distrust Churchill?').status).toBe('unknown');
    // So does a topic's own word, common English ("propaganda", "famine", "purges").
    const art = matcher.match('Was art only a propaganda tool?');
    expect(art.status).toBe('unsure');
    // Why Stalin controlled the arts among the first two: the reranker only just prefers it to what socialist realism
    // was, which the first ranking put first, and a near tie no longer overturns the first ranking (rerankMargin).
    expect(art.suggestions.slice(0, 2).map((e) => e.id)).toContain('culture-why-control');
    // A question of 1917 in words the notes know, naming no central name, is refused as before.
    expect(matcher.match('Why was the Provisional Government weak?').status).toBe('unknown');
  });

  it('reads "the purpose of" something as its aims, but "on purpose" as deliberately', () => {
    expect(matcher.match('what was the purpose of the 5 year plan?').entry?.id).toBe('five-year-plans-first-aims');
    expect(matcher.match('did stalin make the famine happen on purpuse').entry?.id).toBe('famine-genocide-debate');
  });

  it('refuses the First World War as another period, as a blind student trial found it answered with the purges', () => {
    const r = matcher.match('what caused the first world war');
    expect(r.status).toBe('unknown');
    expect(r.unfamiliar?.otherSubject).toContain('first world war');
  });

  it('answers what a blind GCSE student trial typed with the entry a teacher would want, not a neighbour sharing its words', () => {
    for (const [q, id] of [
      ['was stalin a good leader', 'stalinism-judging-stalin'],
      ['was stalin evil', 'stalinism-judging-stalin'],
      ['who was the leader of the ussr in 1930', 'power-struggle-stalin-1929'],
      ['did everyone hate stalin', 'propaganda-cult-effectiveness'],
      ['why did people support stalin', 'propaganda-cult-effectiveness'],
      ['pls help i dont get the nep at all', 'nep-what-was'],
      ['hw mny ppl in gulag', 'gulag-how-many'],
      ['what were the targets of the first five year plan', 'five-year-plans-first-aims'],
      ['1st 5yp targets', 'five-year-plans-first-aims'],
      ['why did stalin kill everyone', 'terror-assessment-why-happen'],
      ['y did stalin kill evry1', 'terror-assessment-why-happen'],
      ['what happened in 1941', 'stalinism-1941-invasion'],
    ] as const) expect(matcher.match(q).entry?.id, q).toBe(id);
  });

  it('reads an entry’s own question asked in another tense or without its article as that question ("what is collectivisation")', () => {
    for (const [q, id] of [
      ['what is collectivisation', 'collectivisation-what-was-it'],
      ['what is the nep', 'nep-what-was'],
    ] as const)
      expect(matcher.match(q)).toMatchObject({ status: 'answered', entry: { id }, alternatives: [] });
  });

  it('reads a span of years that reaches into the course as a paper\'s period, not another period ("1924-1953")', () => {
    expect(matcher.match('To what extent did Soviet culture perform a political role in the USSR in the years 1924-1953?').status).not.toBe('unknown');
    expect(matcher.match('“Propaganda was not a major factor in Stalin’s maintenance of power between 1929 and 1953.” Discuss.').status).not.toBe('unknown');
    expect(matcher.match('What happened in the USSR between 1945 and 1953?').status).toBe('unknown');
  });

  it('reads a later year in a question about historians as when a book came out, and in any other as another period', () => {
    expect(matcher.match("Which historian wrote 'The Great Terror', published in 1968?")).toMatchObject({ status: 'answered', entry: { id: 'person-conquest' } });
    expect(matcher.match('what happened to the gulag in 1956').status).toBe('unknown');
  });

  it('answers the quiz bank’s own questions whose answer is a person or a term with an answer that names it (37 of 60 before the quiz taught /ask, 58 now)', () => {
    const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const names = new Set([...kb.people.flatMap((p) => [p.name, ...p.aliases]), ...kb.terms.flatMap((t) => [t.term, ...t.aliases])].map(key));
    const asked = kb.quiz.filter((q) => names.has(key(q.correct)));
    const named = asked.filter((q) => {
      const r = matcher.match(q.prompt);
      return r.status === 'answered' && ` ${key(`${r.entry?.question ?? ''} ${r.entry?.answer ?? ''}`)} `.includes(` ${key(q.correct)} `);
    });
    expect(asked.length).toBeGreaterThanOrEqual(50);
    expect(named.length / asked.length).toBeGreaterThanOrEqual(0.9);
  });

  it('never offers two buttons that define the same thing (a glossary card and a "what was" question on it)', () => {
    const r = matcher.match('@everyone what was the holodomr **today**');
    expect(r.status).not.toBe('unknown');
    const ids = offeredEntries(r).map((e) => e.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(ids.filter((id) => ['term-holodomor', 'famine-holodomor'].includes(id))).toHaveLength(1);
    expect(ids.filter((id) => ['term-famine-1932-33', 'famine-what-was-it'].includes(id)).length).toBeLessThanOrEqual(1);
  });

  it('finds the entry that gives the kind of answer asked among the dozens that share the question’s one word ("how many … gulag")', () => {
    for (const q of ['how many people were in the gulag', 'how many people were in the gulags']) expect(matcher.match(q).entry?.id, q).toBe('gulag-how-many');
  });

  it('answers "X and why…it?" in two parts, the second read with X, and never with the first part’s entry again', () => {
    // The second part once went to why the Terror happened: it named no subject of its own.
    expect(askQuestion(matcher, 'What was collectivisation and why did Stalin introduce it?').parts.map((p) => p.entry?.id)).toEqual(['collectivisation-what-was-it', 'collectivisation-why-stalin']);
    expect(askQuestion(matcher, 'What was the NEP and why was it ended?').parts.map((p) => p.entry?.id)).toEqual(['nep-what-was', 'end-of-nep-why-ended']);
    // Read with its subject, "why did Stalin write it" is not about Soviet writers (one answer is better than a wrong part).
    expect(askQuestion(matcher, 'What was Dizzy with Success and why did Stalin write it?').parts.map((p) => p.entry?.id)).not.toContain('culture-writers-role');
  });

  it('does not refuse course questions that use words of neighbouring subjects (Germany, weather, cold)', () => {
    for (const q of ['did bad weather cause the famine', 'how cold was kolyma', 'why did germany invade the ussr in 1941'])
      expect(matcher.match(q).status, q).toBe('answered');
  });
});

describe('the /ask development set', () => {
  const set = loadQuestionSet(DEVELOPMENT_SET);

  it('labels every question with entries that exist, so tuning measures what it says', () => {
    const ids = new Set(answerableEntries(kb).map((e) => e.id));
    expect(set.inCourse.flatMap((c) => c.expect.filter((id) => !ids.has(id)))).toEqual([]);
    expect(new Set(set.inCourse.map((c) => c.topic))).toEqual(new Set(kb.topics.map((t) => t.id)));
  });

  it(`answers ≥ ${DEV_ACCURACY_FLOOR * 100}% of its course questions right and refuses ≥ ${DEV_REFUSAL_FLOOR * 100}% of the rest`, () => {
    const result = evaluate((q) => matcher.match(q), set.inCourse, set.outOfCourse);
    const report = `accuracy ${(result.accuracy * 100).toFixed(1)}%, refusal ${(result.refusal * 100).toFixed(1)}%`;
    expect(result.accuracy, report).toBeGreaterThanOrEqual(DEV_ACCURACY_FLOOR);
    expect(result.refusal, report).toBeGreaterThanOrEqual(DEV_REFUSAL_FLOOR);
  });
});

describe('the /ask judged set', () => {
  const set = loadJudgedSet();

  it('labels every question with entries that exist, over every topic', () => {
    const ids = new Set(answerableEntries(kb).map((e) => e.id));
    expect(set.inCourse.length).toBeGreaterThanOrEqual(125);
    expect(set.inCourse.flatMap((c) => c.expect.filter((id) => !ids.has(id)))).toEqual([]);
    expect(new Set(set.inCourse.map((c) => c.topic))).toEqual(new Set(kb.topics.map((t) => t.id)));
  });

  it('accepts exactly the entries the judges accepted, so no label is widened by hand', () => {
    type Judgement = { q: string; judge1: { best: string; ok: string[] }; judge2: { best: string; ok: string[] } };
    const judges = readFileSync(`${JUDGED_SET}/judges.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Judgement);
    expect(judges.map((j) => j.q)).toEqual(set.inCourse.map((c) => c.q));
    judges.forEach((j, i) => {
      const accepted = new Set([j.judge1.best, j.judge2.best, ...j.judge1.ok, ...j.judge2.ok]);
      expect(new Set(set.inCourse[i]?.expect), j.q).toEqual(accepted);
    });
  });

  it(`answers ≥ ${JUDGED_ACCURACY_FLOOR * 100}% of its questions with an entry a judge accepted`, () => {
    const result = evaluate((q) => matcher.match(q), set.inCourse, []);
    expect(result.accuracy, result.wrong.slice(0, 20).map((w) => `${w.q} → ${w.got}`).join('\n')).toBeGreaterThanOrEqual(JUDGED_ACCURACY_FLOOR);
  });
});
