// Interns strings (or number pairs) as small integers so that postings and analysed documents are compact arrays.

/** String ↔ id table. */
export class Vocab {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [];

  /** The id of `s`, added when new. */
  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.ids.set(s, i);
      this.strings.push(s);
    }
    return i;
  }

  /** The id of `s`, or undefined when unknown (never adds). */
  find(s: string): number | undefined {
    return this.ids.get(s);
  }

  get size(): number {
    return this.strings.length;
  }
}

/** (id, id) pair ↔ id table, for word bigrams (one small map per first id: integer keys hash fast). */
export class PairVocab {
  private readonly byFirst: (Map<number, number> | undefined)[] = [];
  private count = 0;

  id(a: number, b: number): number {
    let m = this.byFirst[a];
    if (!m) {
      m = new Map();
      this.byFirst[a] = m;
    }
    let i = m.get(b);
    if (i === undefined) {
      i = this.count++;
      m.set(b, i);
    }
    return i;
  }

  find(a: number | undefined, b: number | undefined): number | undefined {
    return a === undefined || b === undefined ? undefined : this.byFirst[a]?.get(b);
  }
}
