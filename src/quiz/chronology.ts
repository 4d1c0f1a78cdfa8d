// Date questions generated from the fact base's dated events: "Which of these happened first?" (four
// events in four different years, so exactly one is earliest), "In which year …?" (four years, one of
// them the event's) and "Put these in order" (four events in four different years, pressed earliest
// first). Periods (events with an end) are left out: when a period "happened" is not one year.
// They are quiz questions, so rounds ask them like the written ones; an order question also carries
// its right order (`order`), which the round checks press by press.
import type { QuizQuestion, TimelineEvent } from '../knowledge/schema.js';
import { KNOWLEDGE_LIMITS as L } from '../knowledge/limits.js';
import type { RoundQuestion } from './questions.js';

/** The words of date questions, passed in by the wiring (user-facing text lives in messages.ts). */
export interface ChronologyWords {
  readonly firstPrompt: string;
  readonly orderPrompt: string;
  readonly yearPrompt: (title: string) => string;
  readonly firstExplanation: (dated: readonly string[]) => string;
  readonly yearExplanation: (title: string, year: number) => string;
}

/** Question ids start with this, so a round can tell date questions from the written ones. */
export const CHRONOLOGY_PREFIX = 'chrono-';

export const isChronologyQuestion = (q: Pick<QuizQuestion, 'id'>) => q.id.startsWith(CHRONOLOGY_PREFIX);

const yearOf = (e: Pick<TimelineEvent, 'date'>) => Number(e.date.slice(0, 4));
const idFor = (kind: string, event: TimelineEvent) => `${CHRONOLOGY_PREFIX}${kind}-${event.id}`.slice(0, L.idLength).replace(/-+$/, '');
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Offsets of the wrong years; which three a question uses depends on its event, so the right year is not always in the middle. */
const YEAR_OFFSETS = [-2, -1, 1, 2, 3, -3];

function seed(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

/** A "Put these in order" question: `choices` shown in a mixed order, `order` the same titles earliest first, `correct` the earliest. */
export type OrderQuestion = QuizQuestion & { readonly order: readonly string[] };

export function chronologyQuestions(events: readonly TimelineEvent[], words: ChronologyWords): RoundQuestion[] {
  const usable = events.filter((e) => !e.end && e.title.length <= L.choiceLength);
  const questions: RoundQuestion[] = [];
  const orderSets = new Set<string>();
  for (const event of usable) {
    const year = yearOf(event);
    const base = { topic: event.topic, difficulty: 'medium' as const, sources: [...event.sources] };

    // In which year …? Wrong years near the right one, no two the same.
    const start = seed(event.id) % YEAR_OFFSETS.length;
    const wrong = [...YEAR_OFFSETS.slice(start), ...YEAR_OFFSETS.slice(0, start)].slice(0, 3).map((o) => String(year + o));
    if (new Set(wrong).size === 3 && !wrong.includes(String(year))) {
      questions.push({
        ...base,
        id: idFor('year', event),
        prompt: clip(words.yearPrompt(event.title), L.promptLength),
        choices: [String(year), ...wrong].sort(),
        correct: String(year),
        explanation: clip(words.yearExplanation(event.title, year), L.explanationLength),
      });
    }

    // Which of these happened first? Three later events, each in a year of its own, the same topic's first.
    const later = usable
      .filter((e) => yearOf(e) > year && e.title !== event.title)
      .sort((a, b) => Number(b.topic === event.topic) - Number(a.topic === event.topic) || yearOf(a) - yearOf(b) || a.id.localeCompare(b.id));
    const picked: TimelineEvent[] = [];
    const years = new Set([year]);
    for (const e of later) {
      if (picked.length === 3) break;
      if (years.has(yearOf(e))) continue;
      years.add(yearOf(e));
      picked.push(e);
    }
    if (picked.length === 3) {
      const all = [event, ...picked];
      questions.push({
        ...base,
        id: idFor('first', event),
        prompt: words.firstPrompt,
        choices: all.map((e) => e.title),
        correct: event.title,
        explanation: clip(words.firstExplanation([...all].sort((a, b) => yearOf(a) - yearOf(b)).map((e) => `${e.title} (${yearOf(e)})`)), L.explanationLength),
        sources: [...new Set(all.flatMap((e) => e.sources))],
      });
    }

    const order = orderQuestion(event, usable, words);
    const set = order?.order.join('\n');
    if (order && set !== undefined && !orderSets.has(set)) {
      orderSets.add(set);
      questions.push(order);
    }
  }
  return questions;
}

/**
 * Put these in order: the event and three others, each in a year of its own (so no two can tie), the
 * same topic's nearest in time first, then other topics' nearest. The choices are shown rotated out of
 * order even before a round shuffles them. Undefined when fewer than three others have years of their own.
 */
function orderQuestion(event: TimelineEvent, usable: readonly TimelineEvent[], words: ChronologyWords): OrderQuestion | undefined {
  const year = yearOf(event);
  const others = usable
    .filter((e) => e.title !== event.title)
    .sort(
      (a, b) =>
        Number(b.topic === event.topic) - Number(a.topic === event.topic) ||
        Math.abs(yearOf(a) - year) - Math.abs(yearOf(b) - year) ||
        yearOf(a) - yearOf(b) ||
        a.id.localeCompare(b.id),
    );
  const picked: TimelineEvent[] = [event];
  const years = new Set([year]);
  const titles = new Set([event.title]);
  for (const e of others) {
    if (picked.length === 4) break;
    if (years.has(yearOf(e)) || titles.has(e.title)) continue;
    years.add(yearOf(e));
    titles.add(e.title);
    picked.push(e);
  }
  if (picked.length < 4) return undefined;
  const inOrder = [...picked].sort((a, b) => yearOf(a) - yearOf(b));
  const ordered = inOrder.map((e) => e.title);
  // Shown as 2nd, 4th, 1st, 3rd (or its reverse, by the event's id): never already in order.
  const mixed = seed(event.id) % 2 === 0 ? [1, 3, 0, 2] : [2, 0, 3, 1];
  return {
    id: idFor('order', event),
    topic: event.topic,
    difficulty: 'medium',
    prompt: words.orderPrompt,
    choices: mixed.map((i) => ordered[i] ?? ''),
    correct: ordered[0] ?? '',
    order: ordered,
    explanation: clip(words.firstExplanation(inOrder.map((e) => `${e.title} (${yearOf(e)})`)), L.explanationLength),
    sources: [...new Set(picked.flatMap((e) => e.sources))],
  };
}

/** Whether a question is answered by pressing its choices in order. */
export const isOrderQuestion = (q: RoundQuestion): q is OrderQuestion => q.order !== undefined;

/** What a round asks: the written questions, date questions, or both (about one in four a date question). */
export type QuizKind = 'facts' | 'dates' | 'mixed';

/** In a mixed round, one question in this many is a date question (rounded down: a 3-question round has none). */
export const DATE_QUESTION_SHARE = 4;

/**
 * Picks a round of `count` questions of `kind` from `pool` with `pick` (the usual fair picker), keeping
 * date questions apart from the written ones. A mixed round spreads its date questions through the round;
 * they are picked alongside the written ones already chosen, so that none asks again what one of those asks.
 * A pool without date questions is picked exactly as before, whatever the kind asked.
 */
export function pickByKind<Q extends Pick<QuizQuestion, 'id'>>(
  pool: readonly Q[],
  count: number,
  kind: QuizKind,
  pick: (from: readonly Q[], count: number, alongside: readonly Q[]) => Q[],
): Q[] {
  const dates = pool.filter(isChronologyQuestion);
  if (dates.length === 0) return kind === 'dates' ? [] : pick(pool, count, []);
  const facts = pool.filter((q) => !isChronologyQuestion(q));
  if (kind === 'dates') return pick(dates, count, []);
  if (kind === 'facts') return pick(facts, count, []);
  const wanted = Math.min(dates.length, Math.floor(count / DATE_QUESTION_SHARE));
  const first = pick(facts, count - wanted, []);
  const dated = pick(dates, count - first.length, first);
  // Date questions left out as repeats of written ones: the written ones are picked again, around the dates, to fill the round.
  const written = first.length + dated.length < count ? pick(facts, count - dated.length, dated) : first;
  // Date questions at even spaces through the round.
  const round: Q[] = [...written];
  dated.forEach((q, i) => round.splice(Math.min(round.length, Math.round(((i + 1) * (written.length + dated.length)) / (dated.length + 1)) - 1), 0, q));
  return round;
}
