// /ask's answers to what a student asks of a subject rather than about it (src/matching/subject-request.ts):
// "what do historians say", "give me a counter-argument", "which one is more convincing?", "what's the
// evidence?", "give me the figures", "give me an essay plan for that". After an answer they lean on it; after a
// question in the same message, on that question. The entry that gives what was asked on that subject answers,
// with a line saying what it is; when the notes have none, the reply says so plainly and offers the questions
// next to it, never an entry on something else.
import { answerableEntries, booksOf, type AnswerEntry } from '../knowledge/answerable.js';
import { clip } from '../knowledge/question-autocomplete.js';
import { answerOpening, answerPoint } from './answer-opening.js';
import { JUDGEMENT_KINDS, type KnowledgeBase, type PracticeQuestion } from '../knowledge/schema.js';
import { MAX_POINTS, type AskOutcome } from '../matching/ask-question.js';
import { readEssayForm, type EssayForm } from '../matching/essay-form.js';
import { intentsOf } from '../matching/intent.js';
import { isEssayQuestion, stripFurniture } from '../matching/question-parts.js';
import type { Candidate, Matcher, MatchResult } from '../matching/matcher.js';
import { escapeRegExp, normaliseText, sentencesOf } from '../matching/normalise.js';
import { isContentTerm } from '../matching/vocabulary.js';
import { createSubjectFinder, readSubjectRequest, sideOf, turnedAround, type SubjectAsk, type SubjectFinder, type SubjectFound, type SubjectRequest } from '../matching/subject-request.js';
import { ASK_SUBJECT_MESSAGES as M } from '../messages.js';
import { modelAnswerPlan } from './practice-view.js';
import { planMinutes } from './exam-advice.js';
import type { ClassLevel } from '../quiz/fairness.js';
import { historiansViews } from './simpler.js';
import type { Reply } from './types.js';

/** The last answer a request may lean on: its entry, its question, and the student's own words when it answered them outright. */
export interface LastAnswer {
  readonly entry: AnswerEntry;
  readonly question: string;
  readonly asked?: string;
}

/** How /ask answers a request of a subject: as one entry (with a line above it), or with a reply of its own. */
export interface AskedOfSubject {
  /** The entry answered with (or, for a reply of its own, the one the conversation goes on from). */
  readonly outcome: AskOutcome;
  /** The line above the answer: what it is of which subject. */
  readonly note?: string;
  /** The entry the request leaned on, for the teacher's list. */
  readonly after?: string;
  /** A reply of its own: an essay plan, or what the notes lack. */
  readonly reply?: Reply;
  /** The student's own question it was asked of (typed with it, or the one the last answer answered), kept for the next request. */
  readonly asked?: string;
  /** The reply shows the student's own words (an essay plan of their question): private in a server. */
  readonly quotesTyped?: true;
}

/** Room for a plan's lines (an embed holds 4096 characters). */
const POINT_ROOM = 220;
/** Room for a plan's paragraph: a claim and its evidence (seven of them and the plan's own lines stay under 4096). */
const PARAGRAPH_ROOM = 320;
/** A judgement entry answers a plan's question when at least this share of its own subject is the question's. */
const WITHIN = 0.5;
/** The first entries found for a plan's question are on it, whatever their words. */
const NEAR = 5;
/** …and close to the first found. */
const NEAR_SHARE = 0.75;
/** Sentences of the last answer quoted as its own evidence, at most. */
const MAX_QUOTED = 2;

const answered = (query: string, entry: AnswerEntry, alternatives: readonly AnswerEntry[] = []): AskOutcome => ({
  primary: { query, status: 'answered', reason: null, entry, matchedQuestion: entry.question, confidence: 1, suggestions: [], alternatives, truncated: false } satisfies MatchResult,
  parts: [],
  unanswered: [],
  points: [],
});

/** No question to answer: nothing for the teacher's list, nothing to remember. */
const nothingAsked = (query: string): AskOutcome => ({
  primary: { query, status: 'unknown', reason: 'empty', entry: null, matchedQuestion: null, confidence: 0, suggestions: [], alternatives: [], truncated: false },
  parts: [],
  unanswered: [],
  points: [],
});

const buttonsOf = (entries: readonly AnswerEntry[]) => entries.map((e) => ({ action: `ask:${e.id}`, label: e.question, style: 'secondary' as const }));

/** Sentences of an answer that give evidence of their own: a figure, a date, a document or a name of a source. */
function evidenceIn(answer: string): string[] {
  return sentencesOf(answer)
    .filter((s) => /\d/.test(s.replace(/\b1[89]\d\d(?:s|[–-]\d{2,4})?\b/g, ' ')) || /\b(?:records?|archives?|documents?|reports?|decree|census|letters?)\b/i.test(s))
    .slice(0, MAX_QUOTED);
}

/** A figure of its own in a sentence: a number, a share or a multiple, not a year, a cited year "(2003)" or an ordinal "17th". */
// ("Millions died" alone is no figure to quote: a number says how many.)
const FIGURE_SAID = /%|\b(?:half|halved|doubled|tripled|trebled|quarter|per ?cent|percent)\b/i;
const NOT_A_FIGURE = /\(\d{4}\)|\b(?:1[89]|20)\d\d(?:s|[–-]\d{2,4})?\b|\b\d+(?:st|nd|rd|th)\b/g;

/** Sentences of an answer that give figures ("more than half of its delegates were later arrested"), not only dates. */
function figuresIn(answer: string): string[] {
  return sentencesOf(answer)
    .filter((s) => /\d/.test(s.replace(NOT_A_FIGURE, ' ')) || FIGURE_SAID.test(s))
    .slice(0, MAX_QUOTED);
}

/**
 * The practice question whose prompt asks what the student asks: the same subject words (the Five-Year Plans
 * as a whole are not the First Plan), and a judgement asked for a judgement question.
 */
function practiceFor(kb: KnowledgeBase, finder: SubjectFinder, subject: string): PracticeQuestion | undefined {
  const asked = finder.subjectTermsOf(subject);
  if (asked.size === 0) return undefined;
  const judgement = intentsOf(subject).has('judgement') || /\bagree\b|\bvalidity\b|\bassess\b/i.test(subject);
  return kb.practice.find((q) => {
    const prompt = finder.subjectTermsOf(q.prompt);
    return JUDGEMENT_KINDS.has(q.kind) === judgement && prompt.size === asked.size && [...asked].every((t) => prompt.has(t));
  });
}

/**
 * The question a plan is of, without quotation marks around the whole of it: "'…Secretary.' How far do you agree?"
 * keeps its opening quote, which closes inside it.
 */
const unquoted = (subject: string) => {
  const s = subject.trim();
  const inner = s.replace(/^["'“‘]+|["'”’]+$/g, '');
  return /^["'“‘]/.test(s) && /["'”’]$/.test(s) && !/["“”]|(?<!\p{L})['‘]|['’](?!\p{L})/u.test(inner) ? inner.trim() : s;
};

/** What a plan's question says it is not, at its end: ", not education". */
const LEFT_OUT = /,\s*not ([^,.;!?]+)[.!?]*$/i;

/** A question about historians' views (interpretations), where a plan names historians whatever the level. */
const ASKS_INTERPRETATIONS = /\b(?:historians?|historiography|interpretations?|extracts?)\b/i;
/** The A-level's own forms: 25 or 30 marks, "assess the validity". */
const A_LEVEL_FORM = /\b(?:assess the validity|(?:2[05]|30) ?(?:marks|mks)\b)|[[(]\s*(?:2[05]|30)\s*[\])]/i;

/**
 * Whether a plan names historians: for a question on interpretations, or an A-level class (/tutor level), or a question in
 * the A-level's own form. A GCSE answer earns nothing for them (a student's trial: "Historians to use" in a 16-marker's plan).
 */
const wantsHistorians = (question: string, level: ClassLevel | null | undefined) => ASKS_INTERPRETATIONS.test(question) || level === 'a-level' || A_LEVEL_FORM.test(question);

/**
 * A plan for an essay question: the practice question's model plan when there is one, else one built from the notes.
 * `shown` is how the question is shown (the student's words escaped, or an entry's own question).
 */
function planReply(
  kb: KnowledgeBase,
  matcher: Matcher,
  finder: SubjectFinder,
  subject: string,
  shown: string,
  anchor: AnswerEntry | undefined,
  level: ClassLevel | null | undefined,
  showTyped: (typed: string) => string,
): Reply | undefined {
  // "…: industry and farming, not education" (a correction, src/matching/follow-up.ts): what it is not is left out of the plan.
  const notPart = LEFT_OUT.exec(subject);
  const leftOut = notPart ? finder.subjectTermsOf(notPart[1] ?? '') : new Set<string>();
  const asked = unquoted(notPart ? subject.slice(0, notPart.index) : subject);
  const practice = practiceFor(kb, finder, asked);
  if (practice) {
    // Its time follows the question's minutes or marks, or the class's level (src/commands/exam-advice.ts).
    const plan = modelAnswerPlan({ ...practice, minutes: planMinutes(kb, practice, asked, level) });
    const entries = [...new Set(practice.points.flatMap((p) => p.entries.slice(0, 1)))].flatMap((id) => matcher.entry(id) ?? []);
    return {
      title: M.planTitle(shown),
      body: [M.planFromPractice(practice.prompt), plan.intro, plan.lines.join('\n'), ...(plan.conclusion ? [plan.conclusion] : [])].join('\n\n'),
      footer: M.planFooter,
      buttons: buttonsOf(entries.slice(0, 5)),
      tone: 'info',
    };
  }
  // "How far do you agree that X was the main reason…", "which was more important, X or Y": a paragraph on each factor named.
  const withHistorians = wantsHistorians(asked, level);
  const form = readEssayForm(asked);
  if (form) {
    const weighed = factorPlan(matcher, finder, form, { shown, historians: withHistorians, showTyped, asked });
    if (weighed) return weighed;
  }
  const either = eitherOr(asked);
  const bothSides = either ? eitherOrPlan(matcher, either, anchor, { shown, showTyped }) : undefined;
  if (bothSides) return bothSides;
  // At GCSE no historians' views, as judgement or as a point.
  const allowed = (e: AnswerEntry) => (withHistorians || !finder.isHistoriography(e)) && ![...finder.subjectTermsOf(e.question)].some((t) => leftOut.has(t));
  // From the notes: the judgement the notes reach on the question as a whole, the points to argue on both sides, and the historians.
  const terms = finder.subjectTermsOf(asked);
  const ranked = (text: string) => matcher.rank(text).candidates.filter((c) => c.entry.kind === 'question');
  const askedCandidates = ranked(asked);
  const forAsked = askedCandidates.map((c) => c.entry);
  // How much of an entry's own subject is the question's: "the Second Plan" is narrower than "the Plans".
  const within = (e: AnswerEntry) => {
    const own = finder.subjectTermsOf(e.question);
    return own.size === 0 ? 0 : [...own].filter((t) => terms.has(t)).length / own.size;
  };
  const judgements = [...(anchor ? [anchor] : []), ...forAsked.slice(0, 15)].filter((e) => e.kind === 'question' && intentsOf(e.question).has('judgement') && allowed(e));
  // A judgement on a narrower question ("how far was luck important…") is no judgement on this one.
  const judgementEntry = judgements.filter((e) => within(e) >= WITHIN).reduce<AnswerEntry | undefined>((best, e) => (!best || within(e) > within(best) ? e : best), undefined);
  const historians = withHistorians ? finder.find('historians', { subject: asked }).entry : undefined;
  // Both sides: the entries for the question, and for it asked the other way round ("…a failure?") when it asks one way.
  const turned = turnedAround(asked);
  // On the question: sharing its words, or among the first found for it (its phrasings may say what its question does not).
  const best = askedCandidates[0]?.key ?? 0;
  const first = new Set(askedCandidates.slice(0, NEAR).filter((c) => c.key >= NEAR_SHARE * best).map((c) => c.entry.id));
  const usable = (e: AnswerEntry) => e.id !== judgementEntry?.id && e.id !== historians?.id && allowed(e) && !intentsOf(e.question).has('date') && (within(e) > 0 || first.has(e.id));
  const found = [...(anchor && anchor.kind === 'question' ? [anchor] : []), ...forAsked].filter(usable);
  const side = sideOf(asked);
  // The question's own side first ("what did the First Plan achieve?" for "how successful…"), then the rest.
  const one = side ? [...found.filter((e) => sideOf(e.question) === side), ...found.filter((e) => sideOf(e.question) !== side)] : found;
  const other = turned ? ranked(turned).map((c) => c.entry).filter((e) => usable(e) && sideOf(e.question) !== undefined && sideOf(e.question) !== side) : [];
  const points = [...new Map([...one.slice(0, 2), ...other.slice(0, 2), ...one.slice(2)].map((e) => [e.id, e])).values()].slice(0, MAX_POINTS);
  if (points.length === 0 && !judgementEntry) return undefined;
  const lines = [
    `**${shown}**`,
    ...(judgementEntry ? [M.planJudgement(judgementEntry.question, answerOpening(judgementEntry.answer, POINT_ROOM))] : [M.planJudgementYours]),
    M.planParagraphs,
    ...points.map((e, i) => `${i + 1}. **${e.question}** ${answerPoint(e.answer, PARAGRAPH_ROOM)}`),
    ...(points.length < 2 ? [M.planThin] : []),
    ...(historians && historians.id !== judgementEntry?.id ? [M.planHistorians(historians.question, answerOpening(historians.answer, POINT_ROOM))] : []),
    M.planConclusion,
  ];
  return {
    title: M.planTitle(shown),
    body: lines.join('\n\n'),
    footer: M.planFooter,
    buttons: buttonsOf([...(judgementEntry ? [judgementEntry] : []), ...points, ...(historians ? [historians] : [])].slice(0, 5)),
    tone: 'info',
  };
}

/** "Is Stalin's rise down to luck or skill?", "was the famine caused by policy or the weather": two explanations weighed. */
const DOWN_TO = /^\s*(?:is|was|were|are) (?<about>.+?) (?:mainly |mostly |more )?(?:down to|due to|because of|the result of|caused by|a matter of|about) (?<a>[^?.:,]+?),? or (?<b>[^?.:]+?)\s*[?.!]*$/i;

/** The two explanations a "down to A or B" question weighs, as a comparison of them (essay-form.ts reads the exam's own forms). */
function eitherOr(question: string): EssayForm | undefined {
  const m = DOWN_TO.exec(question);
  const [a, b, about] = [m?.groups?.['a'], m?.groups?.['b'], m?.groups?.['about']];
  return a && b && about ? { kind: 'compare', factors: [a.trim(), b.trim()], about: about.trim() } : undefined;
}

/** Where a judgement's answer turns to the other side ("Yet…", "However…"): that sentence and the next; empty when it never turns. */
function turnOf(answer: string): string {
  const sentences = sentencesOf(answer);
  const turn = sentences.findIndex((x) => /^(?:yet|but|however|on the other hand|nevertheless)\b/i.test(x));
  return turn >= 0 ? sentences.slice(turn, turn + 2).join(' ') : '';
}

/**
 * The other side of a judgement the last answer weighed ("how far was luck important…" turns to his skill): the entries
 * its turn's words find first, not the last answer. Undefined for an answer that weighs nothing or never turns.
 */
function otherSideOf(matcher: Matcher, last: AnswerEntry): { entry: AnswerEntry; others: AnswerEntry[] } | undefined {
  if (last.kind !== 'question' || !intentsOf(last.question).has('judgement')) return undefined;
  const turn = turnOf(last.answer);
  if (!turn) return undefined;
  // On the same topic: a turn's words ("Lenin had allowed the NEP's mixed economy") may name another subject in passing.
  const [entry, ...others] = matcher.rank(turn).candidates.map((c) => c.entry).filter((e) => e.kind === 'question' && e.topic === last.topic && e.id !== last.id && !last.related.includes(e.id));
  return entry ? { entry, others: others.slice(0, 3) } : undefined;
}

/**
 * A plan for "is X down to A or B?": the notes' judgement on A (the answer the question got), paragraphs on A (that
 * entry's own related questions and those A's words find) and on B, which the notes may not name as such ("skill"):
 * the entries on why X happened that are not on A. Undefined when either side has nothing.
 */
function eitherOrPlan(matcher: Matcher, form: EssayForm, anchor: AnswerEntry | undefined, how: { readonly shown: string; readonly showTyped: (typed: string) => string }): Reply | undefined {
  const [a = '', b = ''] = form.factors;
  const questions = (text: string) => matcher.rank(text).candidates.map((c) => c.entry).filter((e) => e.kind === 'question' && !intentsOf(e.question).has('date'));
  const judgement = anchor && anchor.kind === 'question' && intentsOf(anchor.question).has('judgement') ? anchor : undefined;
  const used = new Set(judgement ? [judgement.id] : []);
  const take = (entries: readonly AnswerEntry[]) => {
    const taken = [...new Map(entries.filter((e) => !used.has(e.id)).map((e) => [e.id, e])).values()].slice(0, PER_FACTOR + 1);
    for (const e of taken) used.add(e.id);
    return taken;
  };
  const onA = take([...(judgement?.related ?? []).flatMap((id) => matcher.entry(id) ?? []), ...questions(`${a} ${form.about}`).slice(0, NEAR)]);
  // The judgement's own turn ("Yet Stalin made the most of every chance. He had built a power base…") says what the other side is.
  const otherSide = judgement ? turnOf(judgement.answer) : '';
  const onB = take([
    ...(otherSide ? questions(otherSide).slice(0, PER_FACTOR) : []),
    ...questions(`${b} ${form.about}`).slice(0, 2),
    ...questions(`why ${form.about}`).filter((e) => weighsSomething(e)).slice(0, NEAR * 2),
  ]);
  if (onA.length === 0 || onB.length === 0) return undefined;
  const [named0, named1] = [a, b].map((f) => how.showTyped(clip(f, FACTOR_ROOM)));
  let n = 0;
  const paragraph = (e: AnswerEntry) => `${++n}. **${e.question}** ${answerPoint(e.answer, PARAGRAPH_ROOM)}`;
  const lines = [
    `**${how.shown}**`,
    judgement ? M.planJudgement(judgement.question, answerOpening(judgement.answer, POINT_ROOM)) : M.planJudgementCompare(named0 ?? '', named1 ?? ''),
    M.planParagraphs,
    M.planOnFactor(named0 ?? ''),
    ...onA.map(paragraph),
    M.planOnFactor(named1 ?? ''),
    ...onB.map(paragraph),
    M.planConclusionCompare(named0 ?? '', named1 ?? ''),
  ];
  const entries = [...(judgement ? [judgement] : []), ...onA, ...onB];
  return { title: M.planTitle(how.shown), body: lines.join('\n\n'), footer: M.planFooter, buttons: buttonsOf(entries.slice(0, 5)), tone: 'info' };
}

/** Paragraphs on each factor a plan names, at most; and on the other factors beside a single one. */
const PER_FACTOR = 2;
const OTHER_FACTORS = 3;
/** A factor as the plan names it, in the student's words. */
const FACTOR_ROOM = 80;

/** An entry that gives a reason, a method, a result or a judgement, not what something was ("What was the Great Terror?"). */
const weighsSomething = (e: AnswerEntry) => [...intentsOf(e.question)].some((i) => i === 'cause' || i === 'method' || i === 'result' || i === 'judgement');

/** One subject finder per matcher (it reads the fact base's historians once). */
const finders = new WeakMap<Matcher, SubjectFinder>();
function finderOf(deps: { readonly kb: KnowledgeBase; readonly matcher: Matcher }): SubjectFinder {
  let finder = finders.get(deps.matcher);
  if (!finder) finders.set(deps.matcher, (finder = createSubjectFinder(deps.kb, deps.matcher)));
  return finder;
}

/** The notes on a question that names what it weighs (src/matching/essay-form.ts). */
export interface NamedFactors {
  /** The entries on each factor named, in the question's order (each at least one). */
  readonly onFactor: readonly (readonly AnswerEntry[])[];
  /** Beside a single factor, the entries on the other factors. */
  readonly others: readonly AnswerEntry[];
  /** An entry that weighs exactly this: a judgement on every factor named (and what they are reasons for). */
  readonly judgement?: AnswerEntry;
}

/**
 * The entries a factor's own words find first that carry its framing word ("mistakes", "weaknesses", "failure": words
 * a question frames a subject with, and here what the factor is), by their question or the phrasing found; none when the
 * factor has no such word, or the question's subject says it too ("the failures of the plans" in "…the plans' failure").
 */
function framedBy(matcher: Matcher, factor: string, about: string, subject: ReadonlySet<string>): AnswerEntry[] {
  const termsOf = (text: string) => new Set(matcher.lexicon.termsOf(normaliseText(text).split(' ').filter(Boolean)).filter(isContentTerm));
  const aboutTerms = termsOf(about);
  const framing = [...termsOf(factor)].filter((t) => !subject.has(t) && !aboutTerms.has(t) && !/^\d/.test(t));
  if (framing.length === 0) return [];
  return matcher
    .rank(factor)
    .candidates.slice(0, NEAR)
    .filter((c) => framing.some((t) => termsOf(c.text).has(t) || termsOf(c.entry.question).has(t)))
    .map((c) => c.entry);
}

/**
 * The notes for a question that names what it weighs: entries on each factor (their question, or the phrasing the
 * matcher found them by, names it), read with what it is a reason for ("propaganda" in "Stalin's control of the USSR");
 * beside a single factor, the entries on the reasons not named; and a judgement on exactly that, if any. Undefined when
 * the notes have nothing on a factor named. `historians`: whether historians' views may be among them.
 */
export function namedFactors(matcher: Matcher, finder: SubjectFinder, form: EssayForm, historians: boolean, asked: string): NamedFactors | undefined {
  const termsOf = (text: string) => finder.subjectTermsOf(text);
  const own = new Map<string, Set<string>>();
  const remember = (c: Candidate) => {
    const terms = own.get(c.entry.id) ?? termsOf(c.entry.question);
    for (const t of termsOf(c.text)) terms.add(t);
    own.set(c.entry.id, terms);
  };
  const on = (e: AnswerEntry, terms: ReadonlySet<string>) => {
    const mine = own.get(e.id) ?? termsOf(e.question);
    return [...terms].some((t) => mine.has(t));
  };
  // Its own question names it: "How did the Terror strengthen Stalin's personal power?" is on the Terror.
  const names = (e: AnswerEntry, terms: ReadonlySet<string>) => {
    const mine = termsOf(e.question);
    return [...terms].some((t) => mine.has(t));
  };
  // The entries a text finds (questions, not dates; historians' views only where wanted), each with the words it was found by.
  const questions = (text: string) => {
    const found = matcher.rank(text).candidates.filter((c) => c.entry.kind === 'question' && !intentsOf(c.entry.question).has('date') && (historians || !finder.isHistoriography(c.entry)));
    found.forEach(remember);
    return found.map((c) => c.entry);
  };
  const factors = form.factors.map((f) => ({ typed: f, terms: termsOf(f) }));
  if (factors.some((f) => f.terms.size === 0)) return undefined;
  // Each entry once, the first section that finds it keeping it.
  const used = new Set<string>();
  const take = (entries: readonly AnswerEntry[], count: number) => {
    const taken = [...new Map(entries.filter((e) => !used.has(e.id)).map((e) => [e.id, e])).values()].slice(0, count);
    for (const e of taken) used.add(e.id);
    return taken;
  };
  // The first found by the factor's words (its phrasings may name it where its question does not); any more name it in their question.
  // A factor's own framing word says what it is as much as its subject ("the mistakes of his rivals": the rivals' notes
  // call them Trotsky, Zinoviev and Kamenev): the first its own words find that carry that word come first.
  const onFactor = factors.map((f) => {
    const alone = questions(f.typed);
    const framed = framedBy(matcher, f.typed, form.about, f.terms).filter((e) => alone.includes(e));
    const [best, ...more] = [...framed, ...questions(`${f.typed} ${form.about}`), ...alone].filter((e) => framed.includes(e) || on(e, f.terms));
    return take(best ? [best, ...more.filter((e) => framed.includes(e) || names(e, f.terms))] : [], PER_FACTOR);
  });
  if (onFactor.some((entries) => entries.length === 0)) return undefined;
  // The other reasons: the entries on what the factor is a reason for that are not on it, and the overview's related questions.
  const about = termsOf(form.about);
  const broad = form.kind === 'factor' && form.about ? questions(`why ${form.about}`) : [];
  // The overview of the reasons ("Why did the Terror happen?"), whose related questions are the other reasons.
  const overview = broad.find((e) => intentsOf(e.question).has('cause')) ?? broad[0];
  const related = (overview?.related ?? []).flatMap((id) => matcher.entry(id) ?? []).filter((e) => e.kind === 'question' && (historians || !finder.isHistoriography(e)));
  const first = factors[0]?.terms ?? new Set<string>();
  const others = take(
    [...related, ...broad.filter((e) => e !== overview)].filter((e) => !on(e, first) && weighsSomething(e) && (on(e, about) || related.includes(e) || broad.indexOf(e) < NEAR * 2)),
    form.kind === 'factor' ? OTHER_FACTORS : 0,
  );
  // One factor: a judgement entry found by it and on what it is a reason for. Two: one whose own question names both
  // ("How effective was Stalin's propaganda?", found by "propaganda or terror which mattered more", weighs one).
  const judgement = [...questions(asked).slice(0, 15), ...onFactor.flat()].find(
    (e) =>
      intentsOf(e.question).has('judgement') &&
      (form.kind === 'compare' ? factors.every((f) => names(e, f.terms)) : factors.every((f) => on(e, f.terms)) && (about.size === 0 || on(e, about) || onFactor.flat().includes(e))),
  );
  return { onFactor, others, ...(judgement ? { judgement } : {}) };
}

/**
 * A plan for a question that names what it weighs: paragraphs on the factor named and on the other factors ("how far do
 * you agree"), or on each of the two ("which was more important"); the judgement of an entry that weighs exactly that,
 * else how to reach one (never a judgement of another question). Undefined when the notes have nothing on a factor named.
 */
function factorPlan(
  matcher: Matcher,
  finder: SubjectFinder,
  form: EssayForm,
  how: { readonly shown: string; readonly historians: boolean; readonly showTyped: (typed: string) => string; readonly asked: string },
): Reply | undefined {
  const found = namedFactors(matcher, finder, form, how.historians, how.asked);
  if (!found) return undefined;
  const { others, judgement } = found;
  // The judgement is not a paragraph too, while the factor has another.
  const onFactor = found.onFactor.map((entries) => (entries.length > 1 ? entries.filter((e) => e.id !== judgement?.id) : entries));
  const named = form.factors.map((f) => how.showTyped(clip(f, FACTOR_ROOM)));
  let n = 0;
  const paragraph = (e: AnswerEntry) => `${++n}. **${e.question}** ${answerPoint(e.answer, PARAGRAPH_ROOM)}`;
  const historians = how.historians ? finder.find('historians', { subject: how.asked }).entry : undefined;
  const sections =
    form.kind === 'compare'
      ? onFactor.flatMap((entries, i) => [M.planOnFactor(named[i] ?? ''), ...entries.map(paragraph)])
      : [M.planOnFactor(named[0] ?? ''), ...(onFactor[0] ?? []).map(paragraph), ...(others.length > 0 ? [M.planOtherFactors, ...others.map(paragraph)] : [M.planOtherFactorsThin])];
  const lines = [
    `**${how.shown}**`,
    judgement ? M.planJudgement(judgement.question, answerOpening(judgement.answer, POINT_ROOM)) : form.kind === 'compare' ? M.planJudgementCompare(named[0] ?? '', named[1] ?? '') : M.planJudgementFactor(named[0] ?? ''),
    M.planParagraphs,
    ...sections,
    ...(historians && historians.id !== judgement?.id ? [M.planHistorians(historians.question, answerOpening(historians.answer, POINT_ROOM))] : []),
    form.kind === 'compare' ? M.planConclusionCompare(named[0] ?? '', named[1] ?? '') : M.planConclusionFactor(named[0] ?? ''),
  ];
  const entries = [...(judgement ? [judgement] : []), ...onFactor.flat(), ...others, ...(historians ? [historians] : [])];
  return { title: M.planTitle(how.shown), body: lines.join('\n\n'), footer: M.planFooter, buttons: buttonsOf([...new Set(entries)].slice(0, 5)), tone: 'info' };
}

/**
 * /ask's answer to a question that names what it weighs, with each factor named among its points: "which was more
 * important, propaganda or the terror?" answered with a judgement of propaganda alone becomes points on both; the
 * points for "how far do you agree that X was the main reason" fill up with the other reasons. An answer that weighs
 * exactly what was asked, and any other question, is left as it is.
 */
export function withNamedFactors(deps: { readonly kb: KnowledgeBase; readonly matcher: Matcher }, question: string, outcome: AskOutcome): AskOutcome {
  const given = outcome.primary.entry;
  if (outcome.parts.length > 0 || outcome.primary.status === 'unknown' || given?.kind === 'skill') return outcome;
  const form = readEssayForm(question);
  if (!form) return outcome;
  const finder = finderOf(deps);
  const found = namedFactors(deps.matcher, finder, form, ASKS_INTERPRETATIONS.test(question) || A_LEVEL_FORM.test(question), question);
  if (!found || (given && found.judgement?.id === given.id)) return outcome;
  // Two factors: an answer on one alone is one point of the answer, after the notes on each factor (both sides before
  // the matcher's others). One factor: an answer outright stays (it weighs that factor).
  if (form.kind === 'factor' && outcome.points.length === 0) return outcome;
  const alone = outcome.points.length > 0 ? outcome.points : given ? [given] : [];
  const [a = [], b = []] = found.onFactor;
  const interleaved = form.kind === 'compare' ? [a[0], b[0], a[1], b[1], ...alone] : [...alone, ...(a[0] && !alone.includes(a[0]) ? [a[0]] : []), ...found.others];
  const points = [...new Map(interleaved.filter((e): e is AnswerEntry => !!e).map((e) => [e.id, e])).values()].slice(0, MAX_POINTS);
  return points.length >= 2 ? { ...outcome, points } : outcome;
}

/** A request for historians that asks who ("which historian says that?", "who argues that?"), not what they say. */
const ASKS_WHO = /\bwhich historians?\b|\bwho\b|\bwhat historians? (?:is|was|are|were)\b/;

/**
 * The charts of a topic's figures, by the name /chart takes: those whose title shares a word of what they are asked of
 * ("Deaths in the famine of 1932–33" for the famine's dead, not its harvests and cattle), else all of the topic's.
 */
function chartsOf(kb: KnowledgeBase, finder: SubjectFinder, topic: string, about: string, last?: AnswerEntry): string[] {
  // The last answer's own figures first: "Cattle" for what happened to livestock ("cattle numbers nearly halved").
  const ofLast = last ? fittingCharts(kb, finder, last.topic, `${last.question} ${sentencesOf(last.answer).filter((x) => FIGURE_WORDS.test(x)).join(' ')}`) : [];
  if (ofLast.length > 0) return ofLast.map((s) => s.id);
  const fitting = fittingCharts(kb, finder, topic, about);
  return (fitting.length > 0 ? fitting : kb.series.filter((s) => s.topics.includes(topic))).map((s) => s.id);
}

/** A sentence that gives a figure: a number, a share, a count in words ("nearly halved"). */
const FIGURE_WORDS = /\d|%|\b(?:half|halved|doubled|tripled|trebled|third|quarter|hundreds?|thousands?|millions?|per cent|percent)\b/i;

/** A topic's charts whose title shares a word of a text. */
function fittingCharts(kb: KnowledgeBase, finder: SubjectFinder, topic: string, text: string): KnowledgeBase['series'] {
  const asked = finder.subjectTermsOf(text);
  return kb.series.filter((s) => s.topics.includes(topic) && [...finder.subjectTermsOf(s.title)].some((t) => asked.has(t)));
}

// The reply to "which one is more convincing?" when no entry weighs the views on the last answer's own subject.
// (Lines of /ask's own: for src/messages.ts's ASK_SUBJECT_MESSAGES when its owner next edits it.)

/**
 * The entry whose sides a student is left to weigh, when the notes weigh no views on the last answer's own subject: the
 * debate found (or the last answer itself) when the entry found weighs another subject (the totalitarian model, after the
 * schools of historians as a whole), or there is none. Undefined when the entry found is on the last answer's subject
 * (the interpretations of the Terror, after Conquest and Getty), which answers.
 */
function judgedElsewhere(finder: SubjectFinder, last: AnswerEntry, found: AnswerEntry | undefined): AnswerEntry | undefined {
  if (!finder.isHistoriography(last) && !(found && finder.isHistoriography(found))) return undefined;
  const own = [...finder.subjectTermsOf(last.question)];
  const onIt = (e: AnswerEntry) => own.length > 0 && [...finder.subjectTermsOf(e.question)].some((t) => own.some((o) => alike(o, t)));
  if (found && found.id !== last.id && onIt(found)) return undefined;
  return found && finder.isHistoriography(found) ? found : last;
}

/** The historians of a debate in one line: each sentence's, by surname, a side ("Arendt, Friedrich and Brzezinski; Lewin, Fitzpatrick and Getty; Kotkin"). */
function sidesOf(kb: KnowledgeBase, debate: AnswerEntry): string {
  const historians = kb.people.filter((p) => booksOf(p.role).length > 0);
  const sides = historiansViews(kb, debate.answer).flatMap((sentence) => {
    const named = historians
      // A surname as a whole word: "Nove" is not in "November".
      .map((p) => ({ p, at: Math.min(...[p.name, ...p.aliases].map((n) => sentence.search(new RegExp(`\\b${escapeRegExp(n.split(' ').at(-1) ?? n)}\\b`))).filter((i) => i >= 0), Infinity) }))
      .filter((x) => x.at < Infinity)
      .sort((a, b) => a.at - b.at)
      .map((x) => x.p.name.split(' ').at(-1) ?? x.p.name);
    const names = [...new Set(named)];
    return names.length === 0 ? [] : [names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`];
  });
  return sides.join('; ');
}

/** Words alike enough to be one subject's: "kazakh" and "kazakhstan", "plan" and "plans". */
const alike = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

/**
 * "Give me the figures" after why Kazakhstan was hit so hard: the figures of that subject itself (how many Kazakhs died)
 * before those of a neighbouring one its answer touches (the livestock lost in collectivisation as a whole). The first
 * found whose question shares a word of the subject's own, when the one found shares none; else as found.
 */
export function ownFiguresFirst(finder: SubjectFinder, kind: SubjectAsk, found: SubjectFound, of: string): SubjectFound {
  if (kind !== 'figures' || !found.entry) return found;
  const own = [...finder.subjectTermsOf(of)];
  const shares = (e: AnswerEntry) => [...finder.subjectTermsOf(e.question)].some((t) => own.some((o) => alike(o, t)));
  if (own.length === 0 || shares(found.entry)) return found;
  const better = found.others.find(shares);
  return better ? { ...found, entry: better, others: [found.entry, ...found.others.filter((e) => e.id !== better.id)] } : found;
}

/** "Give me a stat for that", "one figure?": one figure asked of the last answer, as "give me the figures" is. */
const ONE_FIGURE = /^(?:(?:so|ok|okay|and|now|pls|plz|please) )*(?:(?:can|could|would) (?:you|u) )?(?:(?:give|show|tell)(?: me| us)? )?(?:a|one|an?other|some|any|a good|a key|a useful) (?:stat|statistic|figure|number|fact and figure)s?(?: (?:for|on|of|about|to back up|to support) (?:that|this|it|them|those|these))?(?: (?:pls|plz|please|then|too|for me))*$/;
/** "Give me the figures for the grain the state collected": figures asked of a subject typed after them. */
const FIGURES_OF = /^(?:(?:so|ok|okay|and|now|pls|plz|please) )*(?:(?:can|could|would) (?:you|u) )?(?:give|show|tell)(?: me| us)? (?:the |some |any |a )?(?:figures?|stats?|statistics|numbers|data) (?:for|on|of|about) (?!(?:that|this|it|them|those|these)$)(.+)$/;

/**
 * A request for figures the subject-request reader leaves as a question (subject-request.ts knows the plural, whole
 * request): one figure of the last answer ("give me a stat for that"), or the figures of a subject typed after the
 * request ("give me the figures for the grain the state collected"). Never the word "stat" read as a question of its own
 * (which finds another topic's figures, or exam advice on using evidence).
 */
function figuresAskedOf(question: string): (SubjectRequest & { readonly phrase?: true }) | undefined {
  const s = normaliseText(question);
  if (ONE_FIGURE.test(s)) return { kind: 'figures', subject: '' };
  const of = FIGURES_OF.exec(s)?.[1];
  return of && of.split(' ').some((w) => w.length > 2 && isContentTerm(w)) ? { kind: 'figures', subject: of, phrase: true } : undefined;
}

export interface SubjectAsking {
  /**
   * The answer to a request of a subject, or undefined for any other question (and for a request with nothing to
   * lean on, which /ask answers as asked). `showTyped` makes the student's own words safe to show (shownAsTyped).
   */
  (question: string, last: LastAnswer | undefined, showTyped?: (typed: string) => string, level?: ClassLevel | null): AskedOfSubject | undefined;
}

export function createSubjectAsking(deps: { readonly kb: KnowledgeBase; readonly matcher: Matcher }): SubjectAsking {
  let finder: SubjectFinder | undefined;
  /** The fact base's entries by topic, read once. */
  let byTopic: Map<string, AnswerEntry[]> | undefined;
  return (question, last, showTyped = (typed) => typed, level) => {
    let request: (SubjectRequest & { readonly phrase?: true }) | undefined = readSubjectRequest(question) ?? figuresAskedOf(question);
    if (!request) return undefined;
    // Exam advice ("how do i write a good conclusion") is about no subject: a request after it has nothing to lean on.
    const leaning = !request.subject && last && last.entry.kind !== 'skill' ? last : undefined;
    // …but after exam advice on the student's own essay question ("'The Terror was caused by paranoia.' Assess… help me
    // structure it"), "what evidence for the other side" is asked of that question.
    const ownEssay = !request.subject && last?.entry.kind === 'skill' && last.asked && isEssayQuestion(last.asked) ? stripFurniture(last.asked) : '';
    if (ownEssay) request = { ...request, subject: ownEssay };
    // Nothing to lean on: "what do historians say?", "which interpretation is more convincing?" (the exam's own wording)
    // and "give me an essay plan" are answered as asked (the schools of historians, the exam's advice, how to plan an
    // essay); "give me a counter-argument" or "which one is more convincing?" has nothing to weigh, and says so.
    if (!request.subject && !leaning) {
      const asAsked = request.kind === 'historians' || request.kind === 'plan' || (request.kind === 'judge' && /\binterpretations?\b/i.test(question));
      return asAsked ? undefined : { outcome: nothingAsked(question), reply: { body: M.nothingBefore(request.kind), private: true, tone: 'info' } };
    }
    finder ??= finderOf(deps);
    const { kb, matcher } = deps;
    // The student's own question: typed with the request, or the one the last answer answered.
    const asked = request.subject || leaning?.asked;
    const subject = asked || leaning?.question || '';
    const keep = asked ? { asked } : {};
    // The student's words are shown only where the reply is of them (an essay plan of their question), escaped; elsewhere the entry's own question.
    const typed = (text: string, room: number) => clip(showTyped(clip(text.replace(/\s+/g, ' ').trim(), room)), room + 40);
    const after = leaning ? { after: leaning.entry.id } : {};
    if (request.kind === 'plan') {
      const anchor = leaning?.entry ?? finder.anchorOf(subject.replace(LEFT_OUT, ''));
      const shown = asked ? typed(unquoted(asked), 200) : clip(subject, 200);
      const quotes = asked ? { quotesTyped: true as const } : {};
      const reply = planReply(kb, matcher, finder, subject, shown, anchor, level, showTyped);
      if (!reply) return leaning ? { outcome: answered(question, leaning.entry), ...after, ...keep, ...quotes, reply: noneReply(request.kind, shown, leaning.entry, leaning.entry.related.flatMap((id) => matcher.entry(id) ?? [])) } : undefined;
      const remembered = anchor ?? leaning?.entry;
      return remembered ? { outcome: answered(question, remembered), ...after, ...keep, ...quotes, reply } : undefined;
    }
    // "Which historian says that?" after an answer that names its historians: who says what, in that answer's own
    // sentences, with the other historians' entries as buttons. The conversation stays on that answer, so the next
    // "give me a counter-argument" is of the same debate, not of an overview of every school.
    if (request.kind === 'historians' && leaning && ASKS_WHO.test(normaliseText(question))) {
      const views = historiansViews(kb, leaning.entry.answer);
      if (views.length > 0) {
        const more = finder.find('historians', { ...(leaning.asked ? { subject: leaning.asked } : {}), last: leaning.entry, request: question });
        const buttons = buttonsOf([...(more.entry ? [more.entry] : []), ...more.others].slice(0, 4));
        const shown = clip(leaning.question, 160);
        const body = [M.whoSays(shown), views.map((v) => `• ${v}`).join('\n'), ...(buttons.length > 0 ? [M.whoSaysMore(buttons.length)] : [])].join('\n\n');
        return { outcome: answered(question, leaning.entry), ...after, ...keep, reply: { title: M.whoSaysTitle, body, buttons, tone: 'answer' } };
      }
    }
    // "Give me a counter-argument" after a judgement that turns ("Luck helped… Yet he had built a power base…"): what it turns to.
    const judged = request.kind !== 'counter' ? undefined : leaning && !request.subject ? leaning.entry : ownEssay ? finder.anchorOf(ownEssay) : undefined;
    const turned = judged ? otherSideOf(matcher, judged) : undefined;
    if (turned && judged) return { outcome: answered(question, turned.entry, turned.others), note: M.note('counter', clip(judged.question, 160)), ...after, ...keep };
    const found = ownFiguresFirst(finder, request.kind, finder.find(request.kind, leaning ? { ...(leaning.asked ? { subject: leaning.asked } : {}), last: leaning.entry, request: question } : { subject }), leaning?.question ?? subject);
    // What the request was asked of, as the notes word it: the last answer's question, or the typed question's own entry.
    // (A subject typed as a phrase, "the grain the state collected", is shown as typed: the entry it anchors to is a guess.)
    const of = leaning?.question ?? (request.phrase ? undefined : found.anchor?.question);
    const shown = of ? clip(of, 160) : typed(subject, 160);
    const quotes = of ? {} : { quotesTyped: true as const };
    // "Which one is more convincing?" after the schools of historians: no entry weighs them all, so the judgement is said
    // to be the student's, with the sides of the debate found in one line (an entry weighing the same subject answers).
    const debate = request.kind === 'judge' && leaning ? judgedElsewhere(finder, leaning.entry, found.entry) : undefined;
    if (debate && leaning) {
      const buttons = buttonsOf([...(debate.id !== leaning.entry.id ? [debate] : []), ...found.others.filter((e) => e.id !== debate.id)].slice(0, 4));
      const sides = sidesOf(kb, debate);
      const body = [M.judgementYours, ...(sides ? [M.judgementSides(clip(debate.question, 160), sides)] : []), M.judgementHow].join('\n\n');
      return { outcome: answered(question, leaning.entry), ...after, ...keep, reply: { title: M.noneTitle('judge'), body, buttons, tone: 'info' } };
    }
    // "Any stats?" after an answer full of figures (coal, steel and electricity): never another topic's figures (Ukraine's
    // grain) for the word "stats"; the last answer's own, with the others as buttons.
    const elsewhere = request.kind === 'figures' && leaning && found.entry && found.entry.topic !== leaning.entry.topic && !leaning.entry.related.includes(found.entry.id) && figuresIn(leaning.entry.answer).length > 0;
    if (elsewhere && leaning) return { outcome: answered(question, leaning.entry), ...after, ...keep, reply: noneReply(request.kind, shown, leaning.entry, found.others.filter((e) => e.topic === leaning.entry.topic)) };
    if (found.entry) {
      const charts = request.kind === 'figures' ? chartsOf(kb, finder, found.entry.topic, `${of ?? subject} ${found.entry.question}`, leaning?.entry) : [];
      const note = [M.note(request.kind, shown), ...(charts.length > 0 ? [M.charts(charts)] : [])].join(' ');
      return { outcome: answered(question, found.entry, found.others), note, ...after, ...keep, ...quotes };
    }
    // "Give me a stat for that" after a judgement that gives no figures ("how far had collectivisation strengthened the
    // USSR?"): an entry of its topic, next to it, on the same subject, whose answer gives them (grain output), said to be so.
    const ofTopic = leaning && request.kind === 'figures' && figuresIn(leaning.entry.answer).length === 0 ? topicFigures(leaning.entry, found.others) : undefined;
    if (leaning && ofTopic) return { outcome: answered(question, ofTopic, found.others.filter((e) => e.id !== ofTopic.id)), note: M.note(request.kind, shown), ...after, ...keep };
    // None on the subject: said plainly, with the questions next to it; never an entry on something else.
    if (leaning) return { outcome: answered(question, leaning.entry), ...after, ...keep, reply: noneReply(request.kind, shown, leaning.entry, found.others) };
    // "…? Give me the figures" with no figures in the notes: the question's own answer, and a word that there are none.
    return found.anchor ? { outcome: answered(question, found.anchor), ...keep, note: M.noneAbove(request.kind, shown) } : undefined;
  };

  /**
   * The entry of a topic that gives the figures of what its last answer judged: next to it (linked, found for the request,
   * or ranked near its question), of its topic, sharing a word of its subject, with two sentences of figures or more.
   */
  function topicFigures(last: AnswerEntry, found: readonly AnswerEntry[]): AnswerEntry | undefined {
    finder ??= finderOf(deps);
    const own = [...finder.subjectTermsOf(last.question)];
    const near = [...last.related.flatMap((id) => deps.matcher.entry(id) ?? []), ...found, ...deps.matcher.rank(last.question).candidates.slice(0, TOPIC_FIGURES_NEAR).map((c) => c.entry), ...topicEntries(last.topic)];
    const fits = near.filter((e) => e.id !== last.id && e.kind === 'question' && e.topic === last.topic && [...finder!.subjectTermsOf(e.question)].some((t) => own.some((o) => alike(o, t))));
    // The one giving most figures, of two or more; the nearest of those giving as many.
    const count = (e: AnswerEntry) => sentencesOf(e.answer).filter((x) => figuresIn(x).length > 0).length;
    const best = Math.max(0, ...fits.map(count));
    return best >= 2 ? fits.find((e) => count(e) === best) : undefined;
  }

  function topicEntries(topic: string): readonly AnswerEntry[] {
    if (!byTopic) {
      byTopic = new Map();
      for (const e of answerableEntries(deps.kb)) byTopic.set(e.topic, [...(byTopic.get(e.topic) ?? []), e]);
    }
    return byTopic.get(topic) ?? [];
  }

  function noneReply(kind: SubjectAsk, shown: string, last: AnswerEntry, others: readonly AnswerEntry[]): Reply {
    const quoted = kind === 'figures' ? figuresIn(last.answer) : kind === 'evidence' ? evidenceIn(last.answer) : [];
    return {
      title: M.noneTitle(kind),
      body: [M.none(kind, shown, others.length), ...(quoted.length > 0 ? [M.lastAnswerGives(quoted.join(' '))] : [])].join('\n\n'),
      buttons: buttonsOf(others.slice(0, 5)),
      tone: 'info',
    };
  }
}

/** How many entries ranked for a last answer's question are looked through for its topic's figures. */
const TOPIC_FIGURES_NEAR = 15;

/** One per matcher (its finder reads the fact base's historians once). */
const asking = new WeakMap<Matcher, SubjectAsking>();

/** The answer to a request of a subject (createSubjectAsking), with the asker made once per matcher. */
export function askOfSubject(
  deps: { readonly kb: KnowledgeBase; readonly matcher: Matcher },
  question: string,
  last: LastAnswer | undefined,
  showTyped?: (typed: string) => string,
  level?: ClassLevel | null,
): AskedOfSubject | undefined {
  let ask = asking.get(deps.matcher);
  if (!ask) asking.set(deps.matcher, (ask = createSubjectAsking(deps)));
  return ask(question, last, showTyped, level);
}
