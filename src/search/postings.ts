// A compact inverted index: term → (unit ids, precomputed saturated weights), built once, read-only.

/** Accumulates (term, unit, weight) while building; `freeze` turns it into typed arrays. */
export class PostingsBuilder {
  private readonly terms = new Map<string, { units: number[]; weights: number[] }>();

  /** Adds `weight` for `term` in `unit`; units must be added in increasing order. */
  add(term: string, unit: number, weight: number): void {
    let p = this.terms.get(term);
    if (!p) {
      p = { units: [], weights: [] };
      this.terms.set(term, p);
    }
    const last = p.units.length - 1;
    if (last >= 0 && p.units[last] === unit) p.weights[last] += weight;
    else {
      p.units.push(unit);
      p.weights.push(weight);
    }
  }

  /**
   * Freezes into postings whose weights are BM25-saturated: w / (w + k1 * norm(unit)),
   * with `norm` the length normalisation of the unit.
   */
  freeze(k1: number, norm: (unit: number) => number, unitCount: number): Postings {
    const map = new Map<string, Posting>();
    for (const [term, p] of this.terms) {
      const units = Int32Array.from(p.units);
      const weights = new Float32Array(p.weights.length);
      for (let i = 0; i < units.length; i++) {
        const tf = p.weights[i];
        weights[i] = (tf * (k1 + 1)) / (tf + k1 * norm(units[i]));
      }
      map.set(term, { units, weights });
    }
    this.terms.clear();
    return new Postings(map, unitCount);
  }
}

/** One term's postings. */
export interface Posting {
  units: Int32Array;
  weights: Float32Array;
}

/** Read-only postings with BM25 IDF. */
export class Postings {
  constructor(
    private readonly map: Map<string, Posting>,
    /** Number of units (documents or passages) indexed. */
    readonly unitCount: number,
  ) {}

  get(term: string): Posting | undefined {
    return this.map.get(term);
  }

  has(term: string): boolean {
    return this.map.has(term);
  }

  /** BM25 IDF (always positive). */
  idf(term: string): number {
    const df = this.map.get(term)?.units.length ?? 0;
    return Math.log(1 + (this.unitCount - df + 0.5) / (df + 0.5));
  }

  terms(): IterableIterator<string> {
    return this.map.keys();
  }

  /**
   * Adds weight × idf × saturated tf of `term` into `acc` (indexed by unit), recording first touches in `touched`.
   * Returns false when the term is absent.
   */
  accumulate(term: string, weight: number, acc: Float64Array, touched: number[], maxDf = Infinity): boolean {
    const p = this.map.get(term);
    if (!p || p.units.length > maxDf) return false;
    const w = weight * this.idf(term);
    const { units, weights } = p;
    for (let i = 0; i < units.length; i++) {
      const u = units[i];
      if (acc[u] === 0) touched.push(u);
      acc[u] += w * weights[i];
    }
    return true;
  }
}
