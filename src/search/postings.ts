// A compact inverted index over integer term ids: unit ids and precomputed saturated weights in typed arrays.

/** Accumulates (term id, unit, weight) triples in flat growable arrays; `freeze` sorts them into CSR postings. */
export class PostingsBuilder {
  private terms: Int32Array;
  private units: Int32Array;
  private weights: Float32Array;
  private n = 0;
  private maxTerm = -1;

  /** `capacity`: expected number of `add` calls (arrays grow beyond it; a good guess avoids copies). */
  constructor(capacity = 1024) {
    const c = Math.max(16, Math.ceil(capacity));
    this.terms = new Int32Array(c);
    this.units = new Int32Array(c);
    this.weights = new Float32Array(c);
  }

  /** Adds `weight` for term `id` in `unit`; units must be added in non-decreasing order. */
  add(id: number, unit: number, weight: number): void {
    if (this.n === this.terms.length) this.grow();
    this.terms[this.n] = id;
    this.units[this.n] = unit;
    this.weights[this.n] = weight;
    this.n++;
    if (id > this.maxTerm) this.maxTerm = id;
  }

  private grow(): void {
    const size = Math.ceil(this.terms.length * 1.5);
    const t = new Int32Array(size);
    t.set(this.terms);
    const u = new Int32Array(size);
    u.set(this.units);
    const w = new Float32Array(size);
    w.set(this.weights);
    this.terms = t;
    this.units = u;
    this.weights = w;
  }

  /**
   * Freezes into postings whose weights are BM25-saturated: tf (k1 + 1) / (tf + k1 · norm(unit)),
   * with `norm` the length normalisation of the unit (1 when tf was already normalised per field, as in BM25F).
   */
  freeze(k1: number, norm: (unit: number) => number, unitCount: number): Postings {
    const termCount = this.maxTerm + 1;
    // Counting sort by term (stable, so units stay in order within a term).
    const start = new Int32Array(termCount + 1);
    for (let i = 0; i < this.n; i++) start[this.terms[i] + 1]++;
    for (let t = 0; t < termCount; t++) start[t + 1] += start[t];
    const pos = start.slice(0, termCount);
    const su = new Int32Array(this.n);
    const sw = new Float32Array(this.n);
    for (let i = 0; i < this.n; i++) {
      const p = pos[this.terms[i]]++;
      su[p] = this.units[i];
      sw[p] = this.weights[i];
    }
    this.terms = new Int32Array(0);
    this.units = new Int32Array(0);
    this.weights = new Float32Array(0);
    // Merge repeated (term, unit) entries and saturate.
    const offsets = new Int32Array(termCount + 1);
    let o = 0;
    for (let t = 0; t < termCount; t++) {
      offsets[t] = o;
      for (let i = start[t]; i < start[t + 1]; i++) {
        if (o > offsets[t] && su[o - 1] === su[i]) sw[o - 1] += sw[i];
        else {
          su[o] = su[i];
          sw[o] = sw[i];
          o++;
        }
      }
    }
    offsets[termCount] = o;
    for (let i = 0; i < o; i++) sw[i] = (sw[i] * (k1 + 1)) / (sw[i] + k1 * norm(su[i]));
    this.n = 0;
    return new Postings(offsets, su.slice(0, o), sw.slice(0, o), unitCount);
  }
}

/** Read-only postings with BM25 IDF, addressed by term id (compressed sparse rows). */
export class Postings {
  constructor(
    private readonly offsets: Int32Array,
    private readonly units: Int32Array,
    private readonly weights: Float32Array,
    /** Number of units (documents or passages) indexed. */
    readonly unitCount: number,
  ) {}

  /** Document frequency of a term id (0 when absent or undefined). */
  df(id: number | undefined): number {
    if (id === undefined || id < 0 || id + 1 >= this.offsets.length) return 0;
    return this.offsets[id + 1] - this.offsets[id];
  }

  /** BM25 IDF (always positive). */
  idf(id: number | undefined): number {
    const df = this.df(id);
    return Math.log(1 + (this.unitCount - df + 0.5) / (df + 0.5));
  }

  /**
   * Adds weight × idf × saturated tf of term `id` into `acc` (indexed by unit), recording first touches in `touched`.
   * Terms with a document frequency above `maxDf` are skipped. Returns false when nothing was added.
   */
  accumulate(id: number | undefined, weight: number, acc: Float64Array, touched: number[], maxDf = Infinity): boolean {
    const df = this.df(id);
    if (id === undefined || df === 0 || df > maxDf) return false;
    const w = weight * this.idf(id);
    const { units, weights } = this;
    for (let i = this.offsets[id], end = this.offsets[id + 1]; i < end; i++) {
      const u = units[i];
      if (acc[u] === 0) touched.push(u);
      acc[u] += w * weights[i];
    }
    return true;
  }

  /**
   * Like `accumulate`, over documents gated by `cand`: a unit not yet a candidate is added to `list` (and marked)
   * when `create` is true, and skipped otherwise (common terms only re-score candidates found by rarer ones).
   */
  accumulateGated(
    id: number | undefined,
    weight: number,
    acc: Float64Array,
    cand: Uint8Array,
    list: number[],
    create: boolean,
    maxDf = Infinity,
  ): boolean {
    const df = this.df(id);
    if (id === undefined || df === 0 || df > maxDf) return false;
    const w = weight * this.idf(id);
    const { units, weights } = this;
    for (let i = this.offsets[id], end = this.offsets[id + 1]; i < end; i++) {
      const u = units[i];
      if (cand[u] === 0) {
        if (!create) continue;
        cand[u] = 1;
        list.push(u);
      }
      acc[u] += w * weights[i];
    }
    return true;
  }
}
