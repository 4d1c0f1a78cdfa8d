// A well-known total given far from what the notes give (trial finding: "About 20 million people died in the famine"
// earned 7/8 with no word said, though the notes' estimates run from 5.5 to 8.7 million). The totals are the fact base's
// own: a series of knowledge/series.yaml whose figures are all estimates for one year (a toll, not output over time:
// "Deaths in the famine of 1932–33"), or each for a span of years (deaths in the gulag from 1930 to 1941, and to 1953:
// a toll told in part too, so only a figure far above it is wrong). A figure is wrong only when it lies outside every
// estimate the series gives, for any of its measures (the USSR, Ukraine alone, Kazakhstan alone), by more than a margin: historians' higher and
// lower estimates (Conquest's 7 million, the 10 million some accounts give) stay right. Strict on purpose, as the
// date checks are: the sentence must name the thing in the figure's own clause, or in the clauses set beside a figure
// that stands alone ("the famine killed many, about 20 million"), and one that reports a claim ("Soviet propaganda
// said…") or denies it is left alone.
import type { Series } from '../knowledge/schema.js';
import { dateTerm, yearsOf } from './dates.js';

/**
 * What the notes give for a toll, for the feedback to word (PRACTICE_MESSAGES.knownTotal): its title, its first estimate
 * as shown (a range, or one figure), the unit's first word and that estimate's measure ("the USSR").
 */
export interface TotalWords {
  readonly title: string;
  readonly low: string;
  readonly high?: string;
  readonly unit: string;
  readonly measure?: string;
}

/** A toll the notes give as estimates: the words that name it, its years, the lowest and highest figures, and what to show. */
export interface KnownTotal {
  /** The words of its title, as the marker reads them ("death", "famin"): all must stand in the figure's clause (see names). */
  readonly thing: ReadonlySet<string>;
  readonly years: readonly number[];
  /**
   * What it counts, the first word of its title ("execut" for "Executions in the Great Terror of 1937–38"), when that is
   * more than dying: with one of the title's own years it names the toll too ("20 million were executed in 1937-38").
   */
  readonly counts?: string;
  /** The years its title names (1937, 1938), for `counts`. */
  readonly titleYears: readonly number[];
  /** In units (1 = one person). */
  readonly low: number;
  readonly high: number;
  /** "Deaths in the famine of 1932–33", from 5.5 to 8.7 million (the USSR). */
  readonly words: TotalWords;
  /** The series it is (or is one figure of): a figure is wrong only when it is far from every figure of it that applies. */
  readonly series: string;
  /** For one figure of a toll over years ("deaths in the gulag, 1930–41"), its last year: "by 1941" names it alone. */
  readonly spanEnd?: number;
}

/** What follows a figure of people: "people", "victims", "executions", or straight on to what was done to them ("were shot"). */
const OF_PEOPLE = /^\s*(?:more |or more |in all |in total )?(?:people|persons|victims|citizens|soviet citizens|executions|deaths|kulaks|peasants|were|was|had been|of them|died|perished)\b/i;

/** What the first word of a series' unit multiplies its figures by ("million deaths"). */
const UNIT_SCALE: Readonly<Record<string, number>> = { million: 1e6, thousand: 1e3 };
/** Number words after a figure, as written ("20 million", "20m", "500 thousand", "500k"). */
const SCALE_WORDS: Readonly<Record<string, number>> = { million: 1e6, millions: 1e6, mln: 1e6, mil: 1e6, m: 1e6, thousand: 1e3, thousands: 1e3, k: 1e3 };

const show = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Whether a word of a clause names a toll's word: itself or, for "death", any word of dying ("died", "killed", "shot",
 * "starved" as the marker reads them). Not the other way: an execution is a death, but not every death is an
 * execution ("a million died in the Terror" is no count of its executions).
 */
const names = (thing: string, term: string): boolean => term === thing || (thing === 'death' && dateTerm(term) === 'death');

/** How much further above its highest estimate a toll over years must be to be wrong (see wrongFigure). */
const SPAN_TOLL_WIDENING = 4 / 3;

/** The years from a span's first to its last. */
const spanYears = ([from, to]: readonly [number, number]): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);

/**
 * A toll over years (every figure an estimate with its span: "Deaths in the gulag", 1930–41 and 1930–53), one total for
 * each figure, over the years of its span.
 */
function spanTotals(s: Series, termsOf: (text: string) => readonly string[]): KnownTotal[] {
  const thing = new Set(termsOf(s.title.replace(/\b1[89]\d\d(?:s|\s*[–-]\s*\d{2,4})?\b/g, '')));
  const scale = UNIT_SCALE[s.unit.split(/\s+/)[0]?.toLowerCase() ?? ''] ?? 1;
  const unit = s.unit.split(/\s+/)[0] ?? '';
  if (thing.size === 0) return [];
  return s.points.flatMap((p) => {
    const low = p.range?.[0] ?? p.value;
    const high = p.range?.[1] ?? p.value;
    if (!p.span || low === undefined || high === undefined || p.span[0] > p.span[1]) return [];
    const figure = p.range ? { low: show(p.range[0]), high: show(p.range[1]) } : { low: show(low) };
    const [head] = thing;
    return [
      {
        thing,
        ...(head && head !== 'death' ? { counts: head } : {}),
        titleYears: yearsOf(s.title),
        years: spanYears(p.span),
        low: low * scale,
        high: high * scale,
        words: { title: s.title, ...figure, unit, ...(p.measure ? { measure: p.measure } : {}) },
        series: s.id,
        spanEnd: p.span[1],
      },
    ];
  });
}

/** The series that are tolls: every figure an estimate, all for one year, or each for a span of years (see spanTotals). */
export function knownTotals(series: readonly Series[], termsOf: (text: string) => readonly string[]): KnownTotal[] {
  return series.flatMap((s) => {
    if (!s.points.every((p) => p.kind === 'estimate')) return [];
    if (s.points.every((p) => p.span)) return spanTotals(s, termsOf);
    if (new Set(s.points.map((p) => p.year)).size !== 1) return [];
    const scale = UNIT_SCALE[s.unit.split(/\s+/)[0]?.toLowerCase() ?? ''] ?? 1;
    const lows = s.points.map((p) => p.range?.[0] ?? p.value ?? Number.NaN).filter((n) => !Number.isNaN(n));
    const highs = s.points.map((p) => p.range?.[1] ?? p.value ?? Number.NaN).filter((n) => !Number.isNaN(n));
    const first = s.points[0];
    const title = s.title.replace(/\b1[89]\d\d(?:s|\s*[–-]\s*\d{2,4})?\b/g, '');
    const thing = new Set(termsOf(title));
    if (!first || lows.length === 0 || thing.size === 0) return [];
    const unit = s.unit.split(/\s+/)[0] ?? '';
    const figure = first.range ? { low: show(first.range[0]), high: show(first.range[1]) } : { low: show(first.value ?? 0) };
    const words: TotalWords = { title: s.title, ...figure, unit, ...(first.measure ? { measure: first.measure } : {}) };
    const [head] = thing;
    return [
      {
        thing,
        ...(head && head !== 'death' ? { counts: head } : {}),
        titleYears: yearsOf(s.title),
        years: [...new Set([...yearsOf(s.title), ...s.points.map((p) => p.year)])],
        low: Math.min(...lows) * scale,
        high: Math.max(...highs) * scale,
        words,
        series: s.id,
      },
    ];
  });
}

/** A figure written in a text, with where it stands: "20 million" (2e7), "20m", "20,000,000", "7–8 million" (both). */
export interface WrittenFigure {
  readonly values: readonly number[];
  readonly index: number;
  readonly length: number;
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`;
const FIGURE = new RegExp(String.raw`\b${NUMBER}(?:\s*(?:-|–|to|or|and)\s*${NUMBER})?\s*(millions?|mln|mil|m|thousands?|k)?\b`, 'gi');

/** The figures of a text large enough to be a toll (a thousand or more); years and small numbers ("7 August") are not. */
export function writtenFigures(text: string): WrittenFigure[] {
  const out: WrittenFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const scale = SCALE_WORDS[(m[3] ?? '').toLowerCase()] ?? 1;
    const values = [m[1], m[2]].flatMap((x) => (x === undefined ? [] : [Number(x.replace(/,/g, '')) * scale]));
    // A year is a date, not a figure ("in 1932", "1932–33").
    const first = values[0] ?? 0;
    if (scale === 1 && first >= 1800 && first <= 2099 && Number.isInteger(first)) continue;
    if (values.some((v) => v >= 1000)) out.push({ values, index: m.index, length: m[0].length });
  }
  return out;
}

/**
 * Where a figure's clause ends: punctuation, or a word that joins another ("…, and 680,000 were shot in the Terror", "but
 * in the Terror…"). A list of tolls ("the famines killed millions, 680,000 were shot…") gives each its own. A comma
 * inside a figure ("680,000") ends nothing.
 */
const CLAUSE_END = /[;:()]|(?<!\d),|,(?!\d)|\b(?:and|but|while|whereas|although|though|however|than|compared|because(?! of))\b/gi;
/** Punctuation that may set a figure beside its noun ("the famine killed many, about 20 million"; "Famine deaths: 20 million"). */
const BESIDE = /^[:(),]$/;

/** A text's clauses (see CLAUSE_END), each with where it stands and whether punctuation alone parts it from the one before. */
interface Clause {
  readonly start: number;
  readonly end: number;
  readonly besidePrevious: boolean;
}

function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let beside = false;
  for (const m of text.matchAll(CLAUSE_END)) {
    out.push({ start, end: m.index, besidePrevious: beside });
    start = m.index + m[0].length;
    beside = BESIDE.test(m[0]);
  }
  out.push({ start, end: text.length, besidePrevious: beside });
  return out;
}

/**
 * Words that say only how many, as the marker reads them ("about", "nearly", "over", "lives"): a clause of a figure and
 * these alone ("about 20 million", "over 20 million lives") counts what the clauses beside it name.
 */
const COUNT_WORDS = 'about around some roughly nearly almost over under perhaps maybe possibly approximately estimated more less than up to at least as many much million millions thousand thousands people persons lives';

/**
 * The words a figure counts: its clause's or, when its clause holds nothing but the figure ("the famine killed many,
 * about 20 million"), those of the clauses set beside it by punctuation alone, up to one with a figure of its own.
 */
function countedText(text: string, figure: WrittenFigure, figures: readonly WrittenFigure[], termsOf: (text: string) => readonly string[], countWords: ReadonlySet<string>): string {
  const clauses = clausesOf(text);
  const at = clauses.findIndex((c) => c.start <= figure.index && figure.index < c.end);
  const own = clauses[at];
  if (!own) return text;
  let from = own.start;
  let to = Math.max(own.end, figure.index + figure.length);
  const rest = `${text.slice(own.start, figure.index)} ${text.slice(figure.index + figure.length, to)}`;
  if (!termsOf(rest).every((t) => countWords.has(t) || /^\d/.test(t))) return text.slice(from, to);
  const holdsFigure = (c: Clause) => figures.some((f) => f !== figure && f.index < c.end && f.index + f.length > c.start);
  for (let k = at; k > 0 && clauses[k]?.besidePrevious; k--) {
    const before = clauses[k - 1];
    if (!before || holdsFigure(before)) break;
    from = before.start;
  }
  for (let k = at + 1; k < clauses.length && clauses[k]?.besidePrevious; k++) {
    const after = clauses[k];
    if (!after || holdsFigure(after)) break;
    to = after.end;
  }
  return text.slice(from, to);
}

/**
 * A toll given far from the notes' estimates in one sentence: the first figure whose clause (see countedText) names a
 * known total (all its words, read by `termsOf`, see names; with no year but its own) and lies outside every estimate by more than `margin` times.
 * `leaveAlone` tells a clause that reports or denies a claim. `questionTolls`: the series of the question's own topic, which a
 * clause of a figure and dying alone ("20 million people died.") counts. The total and the figure's place in the text, or undefined.
 */
export function wrongFigure(
  text: string,
  totals: readonly KnownTotal[],
  termsOf: (text: string) => readonly string[],
  margin: number,
  leaveAlone: (terms: readonly string[]) => boolean,
  questionTolls: ReadonlySet<string> = new Set(),
): { total: KnownTotal; index: number; length: number } | undefined {
  if (totals.length === 0) return undefined;
  const figures = writtenFigures(text);
  const countWords = new Set(termsOf(COUNT_WORDS));
  for (const figure of figures) {
    const clause = countedText(text, figure, figures, termsOf, countWords);
    const terms = termsOf(clause);
    if (leaveAlone(terms)) continue;
    const years = yearsOf(clause);
    const dying = terms.some((t) => dateTerm(t) === 'death');
    // The totals the figure's clause names, by series: wrong only when far from each of its series that applies.
    const applies = new Map<string, KnownTotal[]>();
    for (const total of totals) {
      const named = [...total.thing].every((t) => terms.some((term) => names(t, term)));
      // Or what it counts in one of its own years: the course has one mass shooting in 1937–38, the Great Terror's.
      // Only a figure of people ("20 million people were executed", "20 million executions"), not of a thing beside them
      // ("lists with about 44,000 names for execution in 1937").
      const counted =
        total.counts !== undefined && terms.includes(total.counts) && years.some((y) => total.titleYears.includes(y)) && OF_PEOPLE.test(text.slice(figure.index + figure.length));
      if (!named && !counted) continue;
      // A clause of dying counts the dead, not a toll of something else ("about 10 million… add the deported kulaks who died").
      if (dying && ![...total.thing].some((t) => dateTerm(t) === 'death')) continue;
      // Another famine ("the famine of 1921"), another toll.
      if (years.length > 0 && !years.some((y) => total.years.includes(y))) continue;
      applies.set(total.series, [...(applies.get(total.series) ?? []), total]);
    }
    // A bare toll ("20 million people died.") counts the deaths the question is about: its own toll of deaths.
    // Not in a sentence that reports someone's estimate ("Conquest estimated…, he estimated that 20 million were killed").
    if (applies.size === 0 && dying && years.length === 0 && OF_PEOPLE.test(text.slice(figure.index + figure.length)) && terms.every((t) => countWords.has(t) || /^\d/.test(t) || dateTerm(t) === 'death') && !leaveAlone(termsOf(text)))
      for (const total of totals)
        if (questionTolls.has(total.series) && [...total.thing].some((t) => dateTerm(t) === 'death')) applies.set(total.series, [...(applies.get(total.series) ?? []), total]);
    for (const named of applies.values()) {
      // A toll over years given the last year of one of its spans ("by 1941", "in 1941") is checked against that span alone.
      const ending = named.filter((t) => t.spanEnd !== undefined && years.includes(t.spanEnd));
      const against = ending.length > 0 ? ending : named;
      // It may be told in part (one year, one camp, "25,000 died building the canal"): only a figure far above it is wrong.
      // Records of a toll over years are thought to undercount (Applebaum counts about 2.75 million dead in the gulag with
      // the special settlements): a figure is wrong only above twice the margin's reach, so "about 3 million" stands.
      const far = (t: KnownTotal, v: number) => (t.spanEnd === undefined ? v > t.high * margin || v < t.low / margin : v > t.high * margin * SPAN_TOLL_WIDENING);
      // Shown with the widest of them ("Deaths in the gulag": 1.5–1.8 million, 1930–53, for a figure with no year).
      const total = against.reduce<KnownTotal | undefined>((a, b) => (a && a.high >= b.high ? a : b), undefined);
      if (total && against.every((t) => figure.values.every((v) => far(t, v)))) return { total, index: figure.index, length: figure.length };
    }
  }
  return undefined;
}
