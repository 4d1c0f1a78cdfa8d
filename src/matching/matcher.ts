// The /ask matcher: analyses a question, corrects typos against the knowledge base's vocabulary,
// ranks every phrasing of every entry with BM25 (MiniSearch), and decides whether to answer, offer
// suggestions, or say the question is outside the course. The decision rests on how much of the
// question the best entry covers, not on the raw score, which is not comparable between questions.
import MiniSearch from 'minisearch';
import type { AnswerEntry } from '../knowledge/answerable.js';
import { MATCHER_DEFAULTS } from './defaults.js';
import { normaliseText } from './normalise.js';
import { analyse, isContentTerm, SpellingCorrector, STOPWORDS } from './vocabulary.js';

export type MatchStatus = 'answered' | 'unsure' | 'unknown';

export interface MatchResult {
  /** The question as read (after truncation). */
  readonly query: string;
  readonly status: MatchStatus;
  /** Why the status is unknown: nothing to match, outside the course, or no entry close enough. */
  readonly reason: 'empty' | 'off-course' | 'no-match' | null;
  readonly entry: AnswerEntry | null;
  /** The phrasing of the entry that matched best. */
  readonly matchedQuestion: string | null;
  readonly confidence: number;
  readonly suggestions: readonly AnswerEntry[];
  readonly truncated: boolean;
}

export interface Matcher {
  match(question: string): MatchResult;
  entry(id: string): AnswerEntry | undefined;
}

export interface MatcherOptions {
  /** Words that mark a question as outside the course (e.g. "hitler"), unless the course itself uses them. */
  readonly offCourseWords?: readonly string[];
  /** The years the course covers; a question naming only years outside it is refused. */
  readonly courseYears?: readonly [number, number];
}

interface Doc {
  id: number;
  entryId: string;
  text: string;
  terms: string;
}

const DEFAULT_OFF_COURSE = [
  'hitler', 'nazi', 'nazis', 'germany', 'weimar', 'mussolini', 'italy', 'mao', 'china', 'chinese', 'khrushchev',
  'brezhnev', 'gorbachev', 'yeltsin', 'putin', 'stalingrad', 'kursk', 'barbarossa', 'cold', 'nato', 'berlin', 'cuba',
  'cuban', 'yalta', 'potsdam', 'rasputin', 'nicholas', 'tsarina', 'america', 'roosevelt', 'churchill', 'franco',
  'spain', 'spanish', 'vietnam', 'korea', 'korean', 'minecraft', 'football', 'recipe', 'weather', 'joke',
  'photosynthesis', 'pythagoras', 'shakespeare', 'homework', 'math', 'maths', 'algebra', 'python', 'javascript',
];

/** Questions about what came after the course (it ends in 1941). */
const OFF_COURSE_PHRASES = [/\b(when|how|why) did stalin die\b/, /\bstalin death\b/, /\bafter stalin (died|death)\b/, /\bde ?stalini[sz]ation\b/];

export function createMatcher(entries: readonly AnswerEntry[], options: MatcherOptions = {}): Matcher {
  const D = MATCHER_DEFAULTS;
  const byId = new Map(entries.map((e) => [e.id, e]));
  const docs: Doc[] = [];
  const phrasingTerms = new Map<string, Set<string>>();
  const answerTerms = new Map<string, Set<string>>();
  const frequency = new Map<string, number>();

  for (const e of entries) {
    const own = new Set<string>();
    for (const text of [e.question, ...e.phrasings]) {
      const terms = analyse(text).filter((t) => !STOPWORDS.has(t));
      terms.forEach((t) => own.add(t));
      docs.push({ id: docs.length, entryId: e.id, text, terms: terms.join(' ') });
    }
    phrasingTerms.set(e.id, own);
    const inAnswer = new Set(analyse(e.answer).filter(isContentTerm));
    answerTerms.set(e.id, inAnswer);
    for (const t of new Set([...own, ...inAnswer])) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  }

  const index = new MiniSearch<Doc>({
    fields: ['terms'],
    storeFields: ['entryId', 'text'],
    tokenize: (s) => s.split(' ').filter(Boolean),
    processTerm: (t) => t,
    searchOptions: { combineWith: 'OR' },
  });
  index.addAll(docs);

  const corrector = new SpellingCorrector(frequency);
  // Only the words of the questions the course asks count as the course's own: an answer may mention
  // Hitler or 1956 in passing without making "who was Hitler" a course question.
  const askedWords = new Set([...phrasingTerms.values()].flatMap((terms) => [...terms]));
  const offCourse = new Set((options.offCourseWords ?? DEFAULT_OFF_COURSE).filter((w) => !askedWords.has(w)));
  const [firstYear, lastYear] = options.courseYears ?? [1914, 1941];

  const unknown = (query: string, truncated: boolean, reason: MatchResult['reason'], suggestions: AnswerEntry[] = []): MatchResult => ({
    query, status: 'unknown', reason, entry: null, matchedQuestion: null, confidence: 0, suggestions, truncated,
  });

  return {
    entry: (id) => byId.get(id),
    match(question) {
      const truncated = question.length > D.maxQueryLength;
      const query = truncated ? question.slice(0, D.maxQueryLength) : question;
      const raw = analyse(query);
      if (OFF_COURSE_PHRASES.some((p) => p.test(normaliseText(query)))) return unknown(query, truncated, 'off-course');
      if (raw.some((t) => offCourse.has(t) || offCourse.has(normaliseText(t)))) return unknown(query, truncated, 'off-course');
      const years = raw.filter((t) => /^\d{4}$/.test(t)).map(Number);
      if (years.length > 0 && years.every((y) => (y < firstYear || y > lastYear) && !askedWords.has(String(y))))
        return unknown(query, truncated, 'off-course');

      const content = [...new Set(raw.filter((t) => isContentTerm(t) && (t.length > 1 || /\d/.test(t))))].slice(0, D.maxQueryTerms);
      const questionWords = raw.filter((t) => !isContentTerm(t) && !STOPWORDS.has(t));
      if (content.length === 0) return unknown(query, truncated, 'empty');

      const corrected = content.map((t) => corrector.correct(t) ?? t);
      const searchTerms = [...new Set([...corrected, ...questionWords])];
      const hits = index.search(searchTerms.join(' '));
      if (hits.length === 0) return unknown(query, truncated, 'no-match');

      // Best score per entry, remembering which phrasing earned it.
      const best = new Map<string, { score: number; text: string }>();
      for (const h of hits) {
        const id = h['entryId'] as string;
        const prev = best.get(id);
        if (!prev || h.score > prev.score) best.set(id, { score: h.score, text: h['text'] as string });
      }
      const ranked = [...best.entries()].sort((a, b) => b[1].score - a[1].score);

      // Coverage weighs each word by how rare it is in the knowledge base (a word it has never seen
      // weighs most), so "stalingrad" in "what happened at stalingrad" cannot be outvoted by "happened".
      const weights = corrected.map((t, i) => {
        const df = frequency.get(t);
        // A word the knowledge base has never seen weighs as much as one seen in a couple of entries:
        // enough to pull coverage down for "stalingrad", not so much that one stray word sinks a good match.
        const idf = Math.log(1 + entries.length / (1 + (df ?? D.unknownWordFrequency)));
        return { term: t, weight: idf, fixed: t !== content[i] };
      });
      const totalWeight = weights.reduce((n, w) => n + w.weight, 0);
      const coverageOf = (id: string) => {
        const own = phrasingTerms.get(id) ?? new Set<string>();
        const ans = answerTerms.get(id) ?? new Set<string>();
        let covered = 0;
        for (const w of weights) {
          const hit = own.has(w.term) ? 1 : ans.has(w.term) ? D.answerTextWeight : 0;
          covered += hit * w.weight * (w.fixed ? D.correctedWeight : 1);
        }
        return totalWeight > 0 ? covered / totalWeight : 0;
      };

      // Among the few best-scored entries, prefer the one that covers most of the question.
      const top = ranked.slice(0, 5).map(([id, s]) => ({ id, ...s, coverage: coverageOf(id) }));
      top.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
      const winner = top[0];
      if (!winner) return unknown(query, truncated, 'no-match');
      const entry = byId.get(winner.id) ?? null;
      const runnerUp = top[1];
      const margin = runnerUp ? Math.max(0, (winner.score - runnerUp.score) / winner.score) : 1;
      const confidence = Math.round(Math.min(1, winner.coverage * (0.8 + 0.2 * Math.min(1, margin * 4))) * 100) / 100;
      const suggestions = top.map((t) => byId.get(t.id)).filter((e): e is AnswerEntry => !!e).slice(0, D.maxSuggestions);

      if (winner.coverage >= D.answerCoverage && entry)
        return { query, status: 'answered', reason: null, entry, matchedQuestion: winner.text, confidence, suggestions: [], truncated };
      if (winner.coverage >= D.unsureCoverage)
        return { query, status: 'unsure', reason: null, entry: null, matchedQuestion: null, confidence, suggestions, truncated };
      return unknown(query, truncated, 'no-match');
    },
  };
}
