// MongoDB engine (production, several bot processes): the same envelopes as the embedded engine, TTL on `at`.
import { MongoClient, MongoServerError, type Collection, type Db, type Document, type Filter as MongoFilter } from 'mongodb';
import type { CollectionSpec, DocCollection, DocEngine, Envelope, Filter, GroupCount } from './engine';

/** Options of the MongoDB engine. */
export interface MongoEngineOptions {
  /** Connection string (mongodb:// or mongodb+srv://). */
  url: string;
  /** Database name. */
  dbName: string;
  /** Milliseconds to find a server before an operation fails (keeps the bot responsive when MongoDB is down). */
  serverSelectionTimeoutMs: number;
  /** Prefix of every collection name, so one database can hold several deployments or test runs. */
  collectionPrefix: string;
}

export const DEFAULT_MONGO_OPTIONS: Omit<MongoEngineOptions, 'url'> = {
  dbName: 'relais',
  serverSelectionTimeoutMs: 3000,
  collectionPrefix: '',
};

/** Stored shape: the envelope with `_id`. */
export interface MongoDoc {
  _id: string;
  data: unknown;
  userId?: string;
  ref?: string;
  seq?: number;
  at?: Date;
  etag?: string;
}

const DUPLICATE_KEY = 11000;
const INDEX_OPTIONS_CONFLICT = 85;
const SECONDS_PER_DAY = 86400;

/** Envelope → stored MongoDB document (exported for tests). */
export function toDoc(e: Envelope): MongoDoc {
  const d: MongoDoc = { _id: e.id, data: e.data ?? null };
  if (e.userId !== undefined) d.userId = e.userId;
  if (e.ref !== undefined) d.ref = e.ref;
  if (e.seq !== undefined) d.seq = e.seq;
  if (e.at !== undefined) d.at = e.at;
  if (e.etag !== undefined) d.etag = e.etag;
  return d;
}

function fromDoc<T>(d: MongoDoc): Envelope<T> {
  const e: Envelope<T> = { id: d._id, data: d.data as T };
  if (d.userId !== undefined && d.userId !== null) e.userId = d.userId;
  if (d.ref !== undefined && d.ref !== null) e.ref = d.ref;
  if (d.seq !== undefined && d.seq !== null) e.seq = d.seq;
  if (d.at instanceof Date) e.at = d.at;
  if (d.etag !== undefined && d.etag !== null) e.etag = d.etag;
  return e;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Engine filter → MongoDB query (exported for tests). */
export function toFilter(f: Filter): MongoFilter<MongoDoc> {
  const q: MongoFilter<MongoDoc> = {};
  const and: MongoFilter<MongoDoc>[] = [];
  if (f.id !== undefined) and.push({ _id: f.id });
  if (f.idPrefix !== undefined) and.push({ _id: { $regex: `^${escapeRegex(f.idPrefix)}` } });
  if (f.userId !== undefined) q.userId = f.userId;
  if (f.ref !== undefined) and.push({ ref: f.ref });
  if (f.refIn !== undefined) and.push({ ref: { $in: f.refIn } });
  if (f.seqGt !== undefined) q.seq = { $gt: f.seqGt };
  if (f.atBefore !== undefined) q.at = { $lt: f.atBefore };
  return and.length ? { ...q, $and: and } : q;
}

/** The MongoDB engine; creates its indexes (user, ref+seq, TTL on `at`) itself. */
export class MongoEngine implements DocEngine {
  readonly name = 'mongodb';
  private readonly client: MongoClient;
  private readonly db: Db;
  private readonly options: MongoEngineOptions;

  private constructor(options: MongoEngineOptions, client: MongoClient) {
    this.options = options;
    this.client = client;
    this.db = client.db(options.dbName);
  }

  /** Connects; the driver reconnects by itself after an outage. */
  static async connect(options: Pick<MongoEngineOptions, 'url'> & Partial<MongoEngineOptions>): Promise<MongoEngine> {
    const o: MongoEngineOptions = { ...DEFAULT_MONGO_OPTIONS, ...options };
    const client = new MongoClient(o.url, { serverSelectionTimeoutMS: o.serverSelectionTimeoutMs, ignoreUndefined: true });
    await client.connect();
    return new MongoEngine(o, client);
  }

  async collection(spec: CollectionSpec): Promise<DocCollection> {
    const c = this.db.collection<MongoDoc>(this.options.collectionPrefix + spec.name);
    await c.createIndex({ userId: 1 }, { name: 'user', sparse: true });
    await c.createIndex({ ref: 1, seq: 1 }, { name: 'ref_seq', sparse: true });
    await this.ensureTtl(c, spec.retentionDays);
    return new MongoCollection(c, spec.name);
  }

  /** TTL on `at` with the configured retention; a changed retention is applied with collMod. */
  private async ensureTtl(c: Collection<MongoDoc>, days: number | undefined): Promise<void> {
    if (days === undefined) {
      await c.createIndex({ at: 1 }, { name: 'at' });
      return;
    }
    const expireAfterSeconds = Math.round(days * SECONDS_PER_DAY);
    try {
      await c.createIndex({ at: 1 }, { name: 'ttl_at', expireAfterSeconds });
    } catch (err) {
      if (!(err instanceof MongoServerError) || err.code !== INDEX_OPTIONS_CONFLICT) throw err;
      await this.db.command({ collMod: c.collectionName, index: { name: 'ttl_at', expireAfterSeconds } });
    }
  }

  async listCollections(): Promise<string[]> {
    const all = await this.db.listCollections({}, { nameOnly: true }).toArray();
    const p = this.options.collectionPrefix;
    return all
      .map((c) => c.name)
      .filter((n) => n.startsWith(p))
      .map((n) => n.slice(p.length))
      .sort();
  }

  async ping(): Promise<boolean> {
    try {
      await this.db.command({ ping: 1 });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Drops every collection with this engine's prefix (tests). */
  async dropAll(): Promise<void> {
    for (const name of await this.listCollections()) await this.db.dropCollection(this.options.collectionPrefix + name);
  }
}

class MongoCollection implements DocCollection {
  constructor(
    private readonly c: Collection<MongoDoc>,
    readonly name: string,
  ) {}

  async get<T>(id: string): Promise<Envelope<T> | undefined> {
    const d = await this.c.findOne({ _id: id });
    return d ? fromDoc<T>(d) : undefined;
  }

  async put(doc: Envelope): Promise<void> {
    await this.c.replaceOne({ _id: doc.id }, toDoc(doc), { upsert: true });
  }

  async putIfEtag(doc: Envelope, expectedEtag: string): Promise<boolean> {
    const r = await this.c.replaceOne({ _id: doc.id, etag: expectedEtag }, toDoc(doc));
    if (r.matchedCount === 1) return true;
    try {
      // No record with that etag: it may not exist at all (then the write wins) or carry another etag (conflict).
      await this.c.insertOne(toDoc(doc));
      return true;
    } catch (err) {
      if (err instanceof MongoServerError && err.code === DUPLICATE_KEY) return false;
      throw err;
    }
  }

  async find<T>(filter: Filter, limit?: number): Promise<Envelope<T>[]> {
    let cursor = this.c.find(toFilter(filter)).sort({ seq: 1, _id: 1 });
    if (limit !== undefined) cursor = cursor.limit(Math.max(0, Math.floor(limit)));
    return (await cursor.toArray()).map((d) => fromDoc<T>(d));
  }

  async count(filter: Filter): Promise<number> {
    return this.c.countDocuments(toFilter(filter));
  }

  async countBy(fields: string[], filter: Filter = {}): Promise<GroupCount[]> {
    const id: Record<string, string> = {};
    fields.forEach((f, i) => (id[`k${i}`] = `$data.${f}`));
    const rows = await this.c
      .aggregate<Document>([{ $match: toFilter(filter) }, { $group: { _id: id, n: { $sum: 1 } } }])
      .toArray();
    return rows.map((r) => ({
      key: fields.map((_, i) => {
        const v: unknown = (r._id as Record<string, unknown>)[`k${i}`];
        return v === null || v === undefined ? undefined : String(v);
      }),
      count: Number(r.n),
    }));
  }

  async deleteMany(filter: Filter): Promise<number> {
    return (await this.c.deleteMany(toFilter(filter))).deletedCount;
  }

  async increment(id: string, envelope: Omit<Envelope, 'id' | 'data' | 'seq'>, by = 1): Promise<number> {
    const set: Partial<MongoDoc> = {};
    if (envelope.at !== undefined) set.at = envelope.at;
    const insert: Partial<MongoDoc> = { data: null };
    if (envelope.userId !== undefined) insert.userId = envelope.userId;
    if (envelope.ref !== undefined) insert.ref = envelope.ref;
    const update = envelope.at !== undefined ? { $inc: { seq: by }, $set: set, $setOnInsert: insert } : { $inc: { seq: by }, $setOnInsert: insert };
    const d = await this.c.findOneAndUpdate(
      { _id: id },
      update,
      { upsert: true, returnDocument: 'after' },
    );
    if (!d || typeof d.seq !== 'number') throw new Error(`mongodb increment "${id}" returned no counter`);
    // The first $inc creates seq = by; watermarks are 0-based like the embedded engine's.
    return d.seq - 1;
  }
}
