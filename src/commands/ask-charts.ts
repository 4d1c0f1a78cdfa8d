// A question asking for figures that one of the fact base's series holds ("how much did grain procurement rise in
// 1930", "how many cattle were lost"): /ask's answer gives what its entry says, and a line points to the series' chart,
// which has them year by year (knowledge/series.yaml). A series is found by every word of its name (its id read as
// words, or its title without years) among the question's words, as the matcher reads them.
import type { KnowledgeBase, Series } from '../knowledge/schema.js';
import { intentsOf } from '../matching/intent.js';
import type { Matcher } from '../matching/matcher.js';

/** Series names' words read once per knowledge base (each name as the matcher's terms). */
const namesByKb = new WeakMap<KnowledgeBase, readonly { series: Series; names: readonly (readonly string[])[] }[]>();

/** The series a figures question names, at most two; none for a question not asking for figures. */
export function seriesAsked(kb: KnowledgeBase, matcher: Matcher, question: string): readonly Series[] {
  if (kb.series.length === 0 || !intentsOf(question).has('figures')) return [];
  let named = namesByKb.get(kb);
  if (!named) {
    named = kb.series.map((series) => ({
      series,
      names: [series.id.replace(/-/g, ' '), series.title.replace(/\b(?:of |in )?\d{4}(?:[–-]\d{2,4})?\b/g, ' ')].map((n) => matcher.readTerms(n)).filter((t) => t.length > 0),
    }));
    namesByKb.set(kb, named);
  }
  const asked = new Set(matcher.readTerms(question));
  return named.filter(({ names }) => names.some((terms) => terms.every((t) => asked.has(t)))).map(({ series }) => series).slice(0, 2);
}
