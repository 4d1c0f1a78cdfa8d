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

export class Bm25Index {
  /**
   * Each term's postings, side by side in two arrays (which documents, how often in each), from `starts[id]` to
   * `starts[id + 1]` for the term's `ids` id: two arrays for the index, not two for each of its thousands of terms.
   */
  private readonly ids = new Map<string, number>();
  private readonly starts: Int32Array;
  private readonly docs: Int32Array;
  /** Each posting's share of its document's score, worked out once (it depends only on the index). */
  private readonly gains: Float64Array;
  private readonly lengths: Float64Array;
  private readonly averageLength: number;
  private readonly scores: Float64Array;
  private readonly matched: Int32Array;
  /**
   * The last search's documents (`hits` of them, in the order first touched) and their scores: arrays kept for every
   * search (a common word touches thousands), read by the caller rather than handed over one call a document (a score
   * passed to a callback is a number allocated).
   */
  readonly hitDocs: Int32Array;
  readonly hitScores: Float64Array;

  constructor(
    documents: readonly (readonly string[])[],
    private readonly options: Bm25Options = DEFAULT_BM25,
  ) {
    this.lengths = Float64Array.from(documents, (d) => d.length);
    this.averageLength = documents.length ? this.lengths.reduce((a, b) => a + b, 0) / documents.length : 0;
    this.scores = new Float64Array(documents.length);
    this.matched = new Int32Array(documents.length);
    this.hitDocs = new Int32Array(documents.length);
    this.hitScores = new Float64Array(documents.length);
    // Read twice: first how many documents hold each term (and each word's term id, not to look it up again),
    // then which and how often. Documents are read in order, so a term's postings come in order of document, and a
    // repeat within one adds to the last count.
    const { ids } = this;
    const lastDoc: number[] = [];
    const counts: number[] = [];
    const termIds = new Int32Array(this.lengths.reduce((a, b) => a + b, 0));
    let at = 0;
    documents.forEach((terms, doc) => {
      for (const t of terms) {
        let id = ids.get(t);
        if (id === undefined) {
          id = counts.length;
          ids.set(t, id);
          counts.push(0);
          lastDoc.push(-1);
        }
        termIds[at++] = id;
        if (lastDoc[id] !== doc) {
          lastDoc[id] = doc;
          counts[id]! += 1;
        }
      }
    });
    this.starts = new Int32Array(counts.length + 1);
    for (let id = 0; id < counts.length; id++) this.starts[id + 1] = this.starts[id]! + counts[id]!;
    this.docs = new Int32Array(this.starts[counts.length]!);
    const freqs = new Float64Array(this.docs.length);
    const next = this.starts.slice(0, counts.length);
    lastDoc.fill(-1);
    at = 0;
    documents.forEach((terms, doc) => {
      for (let end = at + terms.length; at < end; at++) {
        const id = termIds[at]!;
        if (lastDoc[id] === doc) freqs[next[id]! - 1]! += 1;
        else {
          lastDoc[id] = doc;
          this.docs[next[id]!] = doc;
          freqs[next[id]!] = 1;
          next[id]! += 1;
        }
      }
    });
    // What each posting adds to its document's score, as search would work it out for every question.
    const { k, b, d } = this.options;
    const n = this.lengths.length;
    this.gains = new Float64Array(this.docs.length);
    for (let id = 0; id < counts.length; id++) {
      const from = this.starts[id]!;
      const to = this.starts[id + 1]!;
      const count = to - from;
      const idf = Math.log(1 + (n - count + 0.5) / (count + 0.5));
      for (let i = from; i < to; i++) {
        const tf = freqs[i]!;
        const norm = 1 - b + (b * this.lengths[this.docs[i]!]!) / this.averageLength;
        this.gains[i] = idf * (d + (tf * (k + 1)) / (tf + k * norm));
      }
    }
  }

  /** How many different terms the documents hold; each has a number below it (termNumber). */
  get termCount(): number {
    return this.ids.size;
  }

  /** A term's number (0 to termCount - 1), or -1 when no document holds it. */
  termNumber(term: string): number {
    return this.ids.get(term) ?? -1;
  }

  /** Calls `visit` once for every document matching at least one term, with its score. */
  search(terms: readonly string[], visit: (doc: number, score: number) => void): void {
    const count = this.hits(terms);
    const { hitDocs, hitScores } = this;
    for (let at = 0; at < count; at++) visit(hitDocs[at]!, hitScores[at]!);
  }

  /**
   * Scores every document matching at least one term: how many there are, each in `hitDocs` with its score at the same
   * place in `hitScores` (until the next search), in the order first touched.
   */
  hits(terms: readonly string[]): number {
    const { docs, gains, scores, matched, hitDocs: touched, hitScores } = this;
    let count = 0;
    // Each term once, in the order first given (a question's terms are few: no set needed to tell a repeat).
    terms: for (let t = 0; t < terms.length; t++) {
      const term = terms[t] as string;
      for (let u = 0; u < t; u++) if (terms[u] === term) continue terms;
      const id = this.ids.get(term);
      if (id === undefined) continue;
      const to = this.starts[id + 1]!;
      for (let i = this.starts[id]!; i < to; i++) {
        const doc = docs[i]!;
        if (matched[doc] === 0) touched[count++] = doc;
        scores[doc] = scores[doc]! + gains[i]!;
        matched[doc] = matched[doc]! + 1;
      }
    }
    for (let at = 0; at < count; at++) {
      const doc = touched[at]!;
      hitScores[at] = scores[doc]! * matched[doc]!;
      scores[doc] = 0;
      matched[doc] = 0;
    }
    return count;
  }
}
