// A small BM25+ index over pre-tokenised documents, scoring as MiniSearch does (k 1.2, b 0.7, d 0.5, and
// a document's score multiplied by how many of the query's terms it matched), but into a typed array:
// MiniSearch builds a result object for every matching phrasing, which for a common word like "stalin"
// is a thousand objects per question and most of /ask's time.

export interface Bm25Options {
  readonly k: number;
  readonly b: number;
  readonly d: number;
}

const DEFAULT_BM25: Bm25Options = Object.freeze({ k: 1.2, b: 0.7, d: 0.5 });

interface Posting {
  readonly docs: Int32Array;
  readonly freqs: Float64Array;
}

export class Bm25Index {
  private readonly postings = new Map<string, Posting>();
  private readonly lengths: Float64Array;
  private readonly averageLength: number;
  private readonly scores: Float64Array;
  private readonly matched: Int32Array;

  constructor(
    documents: readonly (readonly string[])[],
    private readonly options: Bm25Options = DEFAULT_BM25,
  ) {
    this.lengths = Float64Array.from(documents, (d) => d.length);
    this.averageLength = documents.length ? this.lengths.reduce((a, b) => a + b, 0) / documents.length : 0;
    this.scores = new Float64Array(documents.length);
    this.matched = new Int32Array(documents.length);
    const building = new Map<string, Map<number, number>>();
    documents.forEach((terms, doc) => {
      for (const t of terms) {
        const byDoc = building.get(t) ?? new Map<number, number>();
        byDoc.set(doc, (byDoc.get(doc) ?? 0) + 1);
        building.set(t, byDoc);
      }
    });
    for (const [term, byDoc] of building)
      this.postings.set(term, { docs: Int32Array.from(byDoc.keys()), freqs: Float64Array.from(byDoc.values()) });
  }

  /** Calls `visit` once for every document matching at least one term, with its score. */
  search(terms: readonly string[], visit: (doc: number, score: number) => void): void {
    const { k, b, d } = this.options;
    const n = this.lengths.length;
    const touched: number[] = [];
    for (const term of new Set(terms)) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const count = posting.docs.length;
      const idf = Math.log(1 + (n - count + 0.5) / (count + 0.5));
      for (let i = 0; i < count; i++) {
        const doc = posting.docs[i] ?? 0;
        const tf = posting.freqs[i] ?? 0;
        const norm = 1 - b + (b * (this.lengths[doc] ?? 0)) / this.averageLength;
        if (this.matched[doc] === 0) touched.push(doc);
        this.scores[doc] = (this.scores[doc] ?? 0) + idf * (d + (tf * (k + 1)) / (tf + k * norm));
        this.matched[doc] = (this.matched[doc] ?? 0) + 1;
      }
    }
    for (const doc of touched) {
      visit(doc, (this.scores[doc] ?? 0) * (this.matched[doc] ?? 0));
      this.scores[doc] = 0;
      this.matched[doc] = 0;
    }
  }
}
