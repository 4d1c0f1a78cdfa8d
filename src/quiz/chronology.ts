// Date questions generated from the fact base's dated events: "Which of these happened first?" (four
// events in four different years, so exactly one is earliest), "In which year …?" (four years, one of
// them the event's) and "Put these in order" (four events in four different years, pressed earliest
// first). Periods (events with an end) are left out: when a period "happened" is not one year; so are events
// whose own words write a year ("Yezhov, arrested in 1939, is shot…"): shown in a date question, that year
// gives the answer away or muddles it; and events outside the course's years (the Secret Speech, 1956; the
// archives opening, 1991; historians' books after 1941): no exam asks their year, and among the course's
// events they make "which happened first?" answer itself. A book published within them (The Revolution
// Betrayed, 1936) is historiography, so its questions are for A-level classes only. A question uses only its
// own topic's events (a famine round is about the famine), and names them (`events`), so a round can keep
// each event to one question: one question's reveal would otherwise answer the next.
// They are quiz questions, so rounds ask them like the written ones; an order question also carries
// its right order (`order`), which the round checks press by press.
import type { QuizQuestion, TimelineEvent } from '../knowledge/schema.js';
import { KNOWLEDGE_LIMITS as L } from '../knowledge/limits.js';
import { DEFAULT_COURSE_YEARS, type CourseYears } from '../practice/dates.js';
import type { PickRules, RoundQuestion } from './questions.js';

/**
 * What an "In which year…?" explanation adds to the year: the event's description or a passage of the notes on it
 * (`sentence`, with `more` to try, best first, when it makes the explanation too long), else its topic's title.
 */
export interface EventContext {
  readonly sentence?: string;
  readonly more?: readonly string[];
  readonly topic?: string;
}

/** The explanation with the first of the context's passages that fits, else with its topic. */
function yearExplanation(words: ChronologyWords, event: TimelineEvent, context: EventContext): string {
  const topic = context.topic ? { topic: context.topic } : {};
  for (const sentence of [context.sentence, ...(context.more ?? [])]) {
    if (sentence === undefined) continue;
    const full = words.yearExplanation(event.title, yearOf(event), { sentence, ...topic });
    if (full.length <= L.explanationLength) return full;
  }
  return clip(words.yearExplanation(event.title, yearOf(event), topic), L.explanationLength);
}

/** The words of date questions, passed in by the wiring (user-facing text lives in messages.ts). */
export interface ChronologyWords {
  readonly firstPrompt: string;
  readonly orderPrompt: string;
  readonly yearPrompt: (title: string) => string;
  readonly firstExplanation: (dated: readonly string[]) => string;
  readonly yearExplanation: (title: string, year: number, context: EventContext) => string;
}

/** Question ids start with this, so a round can tell date questions from the written ones. */
export const CHRONOLOGY_PREFIX = 'chrono-';

export const isChronologyQuestion = (q: Pick<QuizQuestion, 'id'>) => q.id.startsWith(CHRONOLOGY_PREFIX);

const yearOf = (e: Pick<TimelineEvent, 'date'>) => Number(e.date.slice(0, 4));
const idFor = (kind: string, event: TimelineEvent) => `${CHRONOLOGY_PREFIX}${kind}-${event.id}`.slice(0, L.idLength).replace(/-+$/, '');
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
/** Whether an event's words write a year (any four digits): "…after the 1930 pause" would muddle "In which year…?" (1931). */
const writesAYear = (e: Pick<TimelineEvent, 'title'>) => /\b\d{4}\b/.test(e.title);
/** A book's publication ("Trotsky publishes The Revolution Betrayed"): historiography, which A-level classes study. */
const isPublication = (e: Pick<TimelineEvent, 'title'>) => /\bpublish(?:es|ed)?\b/i.test(e.title);
/** A question on these events is for A-level classes when one of them is a book's publication. */
const levelOf = (events: readonly TimelineEvent[]) => (events.some(isPublication) ? { level: 'a-level' as const } : {});

/** Offsets of the wrong years; which three a question uses depends on its event, so the right year is not always in the middle. */
const YEAR_OFFSETS = [-2, -1, 1, 2, 3, -3];
/**
 * A share or a level reached ("About 93% of peasant households are now in collective farms", 1937) stays true in
 * the years after: a later year would be right too (it was over 90% in 1938–40). Its wrong years are earlier ones,
 * spread out, when it was clearly lower (1928, 1930, 1934).
 */
const LEVEL_OFFSETS = [-3, -7, -9];
const statesALevel = (e: Pick<TimelineEvent, 'title'>) => /\d\s?%|\bper ?cent\b/i.test(e.title);

function seed(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

/** A "Put these in order" question: `choices` shown in a mixed order, `order` the same titles earliest first, `correct` the earliest. */
export type OrderQuestion = RoundQuestion & { readonly order: readonly string[] };

/**
 * The date questions on `events`. `context` gives an "In which year…?" explanation something to teach beyond
 * the year (createEventContext); without it, the explanation gives the event and its year. `course`: the course's
 * years (the fact base's: courseYearsOf), the only years asked about.
 */
export function chronologyQuestions(
  events: readonly TimelineEvent[],
  words: ChronologyWords,
  context: (event: TimelineEvent) => EventContext = () => ({}),
  course: CourseYears = DEFAULT_COURSE_YEARS,
): RoundQuestion[] {
  const inCourseYears = (e: Pick<TimelineEvent, 'date'>) => yearOf(e) >= course.from && yearOf(e) <= course.to;
  const asked = events.filter((e) => !e.end && !writesAYear(e) && inCourseYears(e));
  // An event shown as a choice must fit on a button; one only named in a prompt ("In which year…?") need not.
  const usable = asked.filter((e) => e.title.length <= L.choiceLength);
  const questions: RoundQuestion[] = [];
  const orderSets = new Set<string>();
  for (const event of asked) {
    const year = yearOf(event);
    const base = { topic: event.topic, difficulty: 'medium' as const, ...levelOf([event]), sources: [...event.sources], events: [event.id] };

    // In which year …? Wrong years near the right one, no two the same; a level reached, only earlier years of the course.
    const start = seed(event.id) % YEAR_OFFSETS.length;
    const offsets = statesALevel(event) ? LEVEL_OFFSETS : [...YEAR_OFFSETS.slice(start), ...YEAR_OFFSETS.slice(0, start)].slice(0, 3);
    const wrong = offsets.map((o) => String(year + o));
    const inCourse = !statesALevel(event) || wrong.every((y) => Number(y) >= course.from);
    if (inCourse && new Set(wrong).size === 3 && !wrong.includes(String(year))) {
      questions.push({
        ...base,
        id: idFor('year', event),
        prompt: clip(words.yearPrompt(event.title), L.promptLength),
        choices: [String(year), ...wrong].sort(),
        correct: String(year),
        explanation: yearExplanation(words, event, context(event)),
      });
    }
    if (event.title.length > L.choiceLength) continue; // not usable as a choice

    // Which of these happened first? Three later events of the same topic, each in a year of its own.
    const later = usable
      .filter((e) => e.topic === event.topic && yearOf(e) > year && e.title !== event.title)
      .sort((a, b) => yearOf(a) - yearOf(b) || a.id.localeCompare(b.id));
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
        ...levelOf(all),
        id: idFor('first', event),
        prompt: words.firstPrompt,
        choices: all.map((e) => e.title),
        correct: event.title,
        explanation: clip(words.firstExplanation([...all].sort((a, b) => yearOf(a) - yearOf(b)).map((e) => `${e.title} (${yearOf(e)})`)), L.explanationLength),
        sources: [...new Set(all.flatMap((e) => e.sources))],
        events: all.map((e) => e.id),
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
 * Put these in order: the event and three others of its topic, each in a year of its own (so no two can tie),
 * the nearest in time first. The choices are shown rotated out of order even before a round shuffles them.
 * Undefined when fewer than three others have years of their own.
 */
function orderQuestion(event: TimelineEvent, usable: readonly TimelineEvent[], words: ChronologyWords): OrderQuestion | undefined {
  const year = yearOf(event);
  const others = usable
    .filter((e) => e.topic === event.topic && e.title !== event.title)
    .sort(
      (a, b) =>
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
    ...levelOf(picked),
    prompt: words.orderPrompt,
    choices: mixed.map((i) => ordered[i] ?? ''),
    correct: ordered[0] ?? '',
    order: ordered,
    explanation: clip(words.firstExplanation(inOrder.map((e) => `${e.title} (${yearOf(e)})`)), L.explanationLength),
    sources: [...new Set(picked.flatMap((e) => e.sources))],
    events: picked.map((e) => e.id),
  };
}

/**
 * The kind and first event of a date question by its id, also for one no longer made (its topic's events have
 * changed since it was asked): reports can still say what it was about. Undefined for any other id.
 */
export function readChronologyId(id: string, events: readonly TimelineEvent[]): { readonly kind: 'year' | 'first' | 'order'; readonly event: TimelineEvent } | undefined {
  if (!id.startsWith(CHRONOLOGY_PREFIX)) return undefined;
  for (const kind of ['year', 'first', 'order'] as const) {
    const event = events.find((e) => idFor(kind, e) === id);
    if (event) return { kind, event };
  }
  return undefined;
}

/** Whether a question is answered by pressing its choices in order. */
export const isOrderQuestion = (q: RoundQuestion): q is OrderQuestion => q.order !== undefined;

/** What a round asks: the written questions, date questions, or both (about one in four a date question). */
export type QuizKind = 'facts' | 'dates' | 'mixed';

/** In a mixed round, one question in this many is a date question (rounded down: a 3-question round has none). */
export const DATE_QUESTION_SHARE = 4;

/**
 * The share of a round's date questions of each kind on several events, as far as the events allow (rounded
 * down; "put these in order" rounded up first): the rest are "In which year…?". In a trial, 17 of 20 were
 * "In which year…?", which all look the same.
 */
export const DATE_KIND_SHARES = Object.freeze({ order: 1 / 3, first: 1 / 3 });

/** What pickByKind needs of a question: its id, the events a date question shows, and an order question's order. */
type Pickable = Pick<QuizQuestion, 'id'> & { readonly events?: readonly string[]; readonly order?: readonly string[] };

/**
 * Picks up to `count` questions from `from`, fairly, none asking again what one of `alongside` asks (pickQuestions);
 * with `rules` 'strict', none on a subtopic that has had its share nor giving away or given away by another, even if
 * fewer (pickQuestions's `rules`).
 */
type Picker<Q> = (from: readonly Q[], count: number, alongside: readonly Q[], rules?: PickRules) => Q[];

/**
 * Picks a round of `count` questions of `kind` from `pool` with `pick` (the usual fair picker), keeping
 * date questions apart from the written ones. A mixed round spreads its date questions through the round;
 * they are picked alongside the written ones already chosen, so that none asks again what one of those asks,
 * and `inOrder` then moves any question after those whose answers it would give away.
 * A pool without date questions is picked exactly as before, whatever the kind asked.
 */
export function pickByKind<Q extends Pickable>(pool: readonly Q[], count: number, kind: QuizKind, pick: Picker<Q>, inOrder: (round: Q[]) => Q[] = (round) => round): Q[] {
  const dates = pool.filter(isChronologyQuestion);
  if (dates.length === 0) return kind === 'dates' ? [] : pick(pool, count, []);
  const facts = pool.filter((q) => !isChronologyQuestion(q));
  if (kind === 'dates') return pickDates(dates, count, [], pick);
  if (kind === 'facts') return pick(facts, count, []);
  const wanted = Math.min(dates.length, Math.floor(count / DATE_QUESTION_SHARE));
  const first = pick(facts, count - wanted, []);
  // The date questions keep both rules with the written ones (a trial's round asked three on "Dizzy with Success",
  // two written and one date question, each giving the next one's answer); written ones can take their places.
  const strictly: Picker<Q> = (from, n, alongside) => pick(from, n, alongside, 'strict');
  let dated = pickDates(dates, count - first.length, first, strictly);
  // Date questions left out as repeats of written ones, or as unfair: the written ones are picked again, around the dates, to fill the round.
  const written = first.length + dated.length < count ? pick(facts, count - dated.length, dated) : first;
  // Still short (a topic with few written questions): date questions as far as the pool allows.
  if (written.length + dated.length < count) {
    const more = pickDates(dates, count - written.length, written, pick);
    if (more.length > dated.length) dated = more;
  }
  // Date questions at even spaces through the round.
  const round: Q[] = [...written];
  dated.forEach((q, i) => round.splice(Math.min(round.length, Math.round(((i + 1) * (written.length + dated.length)) / (dated.length + 1)) - 1), 0, q));
  return inOrder(round);
}

/** The three kinds of date question, by what they show: one event ("In which year…?"), or four to order or to pick the first of. */
const dateKind = (q: Pickable): 'year' | 'first' | 'order' => (q.order ? 'order' : (q.events?.length ?? 1) > 1 ? 'first' : 'year');

/**
 * Date questions for a round, no two showing one event (the picker sees to that), about a third each "put these
 * in order", "which happened first?" and "in which year…?" (DATE_KIND_SHARES), in a shuffled fair order. A
 * question on four events fills one place with events that four "In which year…?" questions would fill four
 * with, so those on several events take only as many events as the round can spare (the topic's events beyond
 * one a place): a round stays as full as "In which year…?" questions alone would make it.
 */
function pickDates<Q extends Pickable>(dates: readonly Q[], count: number, alongside: readonly Q[], pick: Picker<Q>): Q[] {
  const ofKind = (kind: ReturnType<typeof dateKind>) => dates.filter((q) => dateKind(q) === kind);
  const taken = new Set(alongside.flatMap((q) => q.events ?? []));
  // Events beyond one a place: what questions on several events may use up.
  let room = new Set(dates.flatMap((q) => q.events ?? []).filter((id) => !taken.has(id))).size - count;
  const wanted = { order: Math.floor((count + 1) * DATE_KIND_SHARES.order), first: Math.floor(count * DATE_KIND_SHARES.first) };
  const several: Q[] = [];
  // One of each kind in turn, so that neither takes the events the other would need.
  for (let added = true; added; ) {
    added = false;
    for (const kind of ['order', 'first'] as const) {
      if (several.filter((q) => dateKind(q) === kind).length >= wanted[kind]) continue;
      const [q] = pick(ofKind(kind).filter((x) => !several.includes(x)), 1, [...alongside, ...several]);
      const extra = (q?.events?.length ?? 1) - 1;
      if (!q || extra > room) continue;
      room -= extra;
      several.push(q);
      added = true;
    }
  }
  // The mixed round; when it is short, "In which year…?" questions alone, then any kinds at all (when the topic
  // has no "In which year…?" to spare). The longest wins, the earlier on a tie; as a pick never returns more than
  // it is asked for, none is picked once one is full.
  const fallbacks = [() => pick(ofKind('year'), count, alongside), () => pick(dates, count, alongside)];
  let chosen = [...several, ...pick(ofKind('year'), count - several.length, [...alongside, ...several])];
  for (const fallback of fallbacks) {
    if (chosen.length >= count) break;
    const next = fallback();
    if (next.length > chosen.length) chosen = next;
  }
  // Picked again from just those, for a shuffled order in which none gives a later one's answer away.
  return pick(chosen, chosen.length, alongside);
}
