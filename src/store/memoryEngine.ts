// In-process engine: the fallback for Direct Line queues while the real store is down, and a fast engine for tests.
import type { CollectionSpec, DocCollection, DocEngine, Envelope, Filter, GroupCount } from './engine';

/** True when the envelope meets every condition of the filter (same meaning as the SQLite and MongoDB engines). */
export function matches(e: Envelope, f: Filter): boolean {
  if (f.id !== undefined && e.id !== f.id) return false;
  if (f.userId !== undefined && e.userId !== f.userId) return false;
  if (f.ref !== undefined && e.ref !== f.ref) return false;
  if (f.refIn !== undefined && (e.ref === undefined || !f.refIn.includes(e.ref))) return false;
  if (f.idPrefix !== undefined && !e.id.startsWith(f.idPrefix)) return false;
  if (f.seqGt !== undefined && (e.seq === undefined || e.seq <= f.seqGt)) return false;
  if (f.atBefore !== undefined && (e.at === undefined || e.at.getTime() >= f.atBefore.getTime())) return false;
  return true;
}

const bySeqThenId = (a: Envelope, b: Envelope): number =>
  (a.seq ?? -Infinity) - (b.seq ?? -Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Keeps every collection in a Map; values are cloned in and out, like a real engine's serialisation. */
export class MemoryEngine implements DocEngine {
  readonly name: string = 'memory';
  private readonly collections = new Map<string, MemoryCollection>();

  async collection(spec: CollectionSpec): Promise<DocCollection> {
    let c = this.collections.get(spec.name);
    if (!c) this.collections.set(spec.name, (c = new MemoryCollection(spec.name)));
    return c;
  }

  async listCollections(): Promise<string[]> {
    return [...this.collections.keys()].sort();
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {}
}

class MemoryCollection implements DocCollection {
  private readonly docs = new Map<string, Envelope>();

  constructor(readonly name: string) {}

  async get<T>(id: string): Promise<Envelope<T> | undefined> {
    const d = this.docs.get(id);
    return d ? (structuredClone(d) as Envelope<T>) : undefined;
  }

  async put(doc: Envelope): Promise<void> {
    this.docs.set(doc.id, structuredClone(doc));
  }

  async putIfEtag(doc: Envelope, expectedEtag: string): Promise<boolean> {
    const old = this.docs.get(doc.id);
    if (old && old.etag !== expectedEtag) return false;
    this.docs.set(doc.id, structuredClone(doc));
    return true;
  }

  async find<T>(filter: Filter, limit?: number): Promise<Envelope<T>[]> {
    const all = [...this.docs.values()].filter((d) => matches(d, filter)).sort(bySeqThenId);
    return structuredClone(limit === undefined ? all : all.slice(0, limit)) as Envelope<T>[];
  }

  async count(filter: Filter): Promise<number> {
    return [...this.docs.values()].filter((d) => matches(d, filter)).length;
  }

  async countBy(fields: string[], filter: Filter = {}): Promise<GroupCount[]> {
    const groups = new Map<string, GroupCount>();
    for (const d of this.docs.values()) {
      if (!matches(d, filter)) continue;
      const data = (d.data ?? {}) as Record<string, unknown>;
      const key = fields.map((f) => (data[f] === undefined || data[f] === null ? undefined : String(data[f])));
      const k = JSON.stringify(key);
      const g = groups.get(k) ?? { key, count: 0 };
      g.count += 1;
      groups.set(k, g);
    }
    return [...groups.values()];
  }

  async deleteMany(filter: Filter): Promise<number> {
    let n = 0;
    for (const [id, d] of this.docs) if (matches(d, filter)) (this.docs.delete(id), n++);
    return n;
  }

  async increment(id: string, envelope: Omit<Envelope, 'id' | 'data' | 'seq'>, by = 1): Promise<number> {
    const old = this.docs.get(id);
    const seq = old?.seq === undefined ? by - 1 : old.seq + by;
    this.docs.set(id, { ...(old ?? { ...envelope, data: null }), id, seq, at: envelope.at ?? old?.at });
    return seq;
  }
}
