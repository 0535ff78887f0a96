// Typo tolerance: finds index terms at edit distance 1 (insert, delete, substitute, transpose) via a deletion index.

/** Optimal-string-alignment distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m];
}

/** Maps each single-character deletion (and the term itself) to the terms it came from. */
export class DeletionIndex {
  private readonly map = new Map<string, string[]>();

  constructor(terms: Iterable<string>, minLength: number) {
    for (const t of terms) {
      if (t.length < minLength - 1) continue;
      this.put(t, t);
      for (let i = 0; i < t.length; i++) this.put(t.slice(0, i) + t.slice(i + 1), t);
    }
  }

  private put(key: string, term: string): void {
    const l = this.map.get(key);
    if (!l) this.map.set(key, [term]);
    else if (l[l.length - 1] !== term) l.push(term);
  }

  /** Index terms at distance exactly 1 from `word`. */
  near(word: string): string[] {
    const found = new Set<string>();
    const keys = [word];
    for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
    for (const k of keys) {
      for (const t of this.map.get(k) ?? []) {
        if (t !== word && !found.has(t) && editDistance(word, t, 1) === 1) found.add(t);
      }
    }
    return [...found];
  }
}
