// Embedded engine: one SQLite file under DATA_DIR (WAL, synchronous=FULL), so acknowledged writes survive a crash.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CollectionSpec, DocCollection, DocEngine, Envelope, Filter, GroupCount } from './engine';

/** Options of the embedded engine. */
export interface SqliteEngineOptions {
  /** Folder holding the database file (created when missing). */
  dataDir: string;
  /** File name inside `dataDir`. */
  fileName: string;
  /** Milliseconds a writer waits for a lock held by another connection before failing. */
  busyTimeoutMs: number;
}

export const DEFAULT_SQLITE_OPTIONS: Omit<SqliteEngineOptions, 'dataDir'> = {
  fileName: 'relais.sqlite',
  busyTimeoutMs: 5000,
};

const SAFE_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;
const TABLE_PREFIX = 'c_';

interface Row {
  id: string;
  user_id: string | null;
  ref: string | null;
  seq: number | null;
  at: string | null;
  etag: string | null;
  data: string;
}

const toRow = (d: Envelope): Row => ({
  id: d.id,
  user_id: d.userId ?? null,
  ref: d.ref ?? null,
  seq: d.seq ?? null,
  at: d.at ? d.at.toISOString() : null,
  etag: d.etag ?? null,
  data: JSON.stringify(d.data ?? null),
});

function fromRow<T>(r: Row): Envelope<T> {
  const e: Envelope<T> = { id: r.id, data: JSON.parse(r.data) as T };
  if (r.user_id !== null) e.userId = r.user_id;
  if (r.ref !== null) e.ref = r.ref;
  if (r.seq !== null) e.seq = r.seq;
  if (r.at !== null) e.at = new Date(r.at);
  if (r.etag !== null) e.etag = r.etag;
  return e;
}

/** SQL WHERE clause and parameters for a filter. */
function where(f: Filter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.id !== undefined) (parts.push('id = ?'), params.push(f.id));
  if (f.userId !== undefined) (parts.push('user_id = ?'), params.push(f.userId));
  if (f.ref !== undefined) (parts.push('ref = ?'), params.push(f.ref));
  if (f.refIn !== undefined) {
    if (f.refIn.length === 0) parts.push('0');
    else (parts.push(`ref IN (${f.refIn.map(() => '?').join(',')})`), params.push(...f.refIn));
  }
  if (f.idPrefix !== undefined) (parts.push('substr(id, 1, ?) = ?'), params.push(f.idPrefix.length, f.idPrefix));
  if (f.seqGt !== undefined) (parts.push('seq > ?'), params.push(f.seqGt));
  if (f.atBefore !== undefined) (parts.push('at < ?'), params.push(f.atBefore.toISOString()));
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** The embedded engine. `close()` then `reopen()` simulates the store going away and coming back. */
export class SqliteEngine implements DocEngine {
  readonly name = 'sqlite';
  readonly file: string;
  private db: Database.Database | undefined;
  private readonly options: SqliteEngineOptions;
  private readonly specs = new Map<string, CollectionSpec>();

  constructor(options: Pick<SqliteEngineOptions, 'dataDir'> & Partial<SqliteEngineOptions>) {
    this.options = { ...DEFAULT_SQLITE_OPTIONS, ...options };
    this.file = path.join(this.options.dataDir, this.options.fileName);
    this.open();
  }

  /** Opens the file (creating folder and file when missing) and re-creates the known collections' tables. */
  private open(): void {
    mkdirSync(this.options.dataDir, { recursive: true });
    const db = new Database(this.file, { timeout: this.options.busyTimeoutMs });
    db.pragma('journal_mode = WAL');
    // FULL: each commit is fsynced before it returns, so an acknowledged write survives SIGKILL and power loss.
    db.pragma('synchronous = FULL');
    // Deleted records are overwritten with zeros, so "forget me" leaves no trace in free pages of the file.
    db.pragma('secure_delete = ON');
    this.db = db;
    for (const spec of this.specs.values()) this.createTable(spec.name);
  }

  /** The open connection; throws when the engine is closed. */
  connection(): Database.Database {
    if (!this.db || !this.db.open) throw new Error(`sqlite database ${this.file} is not open`);
    return this.db;
  }

  private createTable(name: string): void {
    const t = TABLE_PREFIX + name;
    this.connection().exec(`
      CREATE TABLE IF NOT EXISTS ${t} (
        id TEXT PRIMARY KEY, user_id TEXT, ref TEXT, seq INTEGER, at TEXT, etag TEXT, data TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS ${t}_user ON ${t}(user_id) WHERE user_id IS NOT NULL;
      CREATE INDEX IF NOT EXISTS ${t}_ref ON ${t}(ref, seq) WHERE ref IS NOT NULL;
      CREATE INDEX IF NOT EXISTS ${t}_at ON ${t}(at) WHERE at IS NOT NULL;`);
  }

  async collection(spec: CollectionSpec): Promise<DocCollection> {
    if (!SAFE_NAME.test(spec.name)) throw new Error(`sqlite collection name "${spec.name}" is not a plain identifier`);
    this.specs.set(spec.name, spec);
    this.createTable(spec.name);
    return new SqliteCollection(this, spec.name);
  }

  async listCollections(): Promise<string[]> {
    const rows = this.connection()
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'c\\_%' ESCAPE '\\'`)
      .all() as { name: string }[];
    return rows.map((r) => r.name.slice(TABLE_PREFIX.length)).sort();
  }

  async ping(): Promise<boolean> {
    try {
      this.connection().prepare('SELECT 1').get();
      return true;
    } catch {
      return false;
    }
  }

  async afterErase(): Promise<void> {
    // Old page versions in the write-ahead log would still hold erased records until overwritten.
    this.connection().pragma('wal_checkpoint(TRUNCATE)');
  }

  async close(): Promise<void> {
    if (this.db?.open) this.db.close();
    this.db = undefined;
  }

  /** Opens the file again after `close()` (restart of the embedded store). */
  async reopen(): Promise<void> {
    if (!this.db?.open) this.open();
  }
}

/** One table. Statements are prepared per call: better-sqlite3 caches nothing across a reopen, and SQL is small. */
class SqliteCollection implements DocCollection {
  private readonly table: string;

  constructor(
    private readonly engine: SqliteEngine,
    readonly name: string,
  ) {
    this.table = TABLE_PREFIX + name;
  }

  private get db(): Database.Database {
    return this.engine.connection();
  }

  async get<T>(id: string): Promise<Envelope<T> | undefined> {
    const row = this.db.prepare(`SELECT * FROM ${this.table} WHERE id = ?`).get(id) as Row | undefined;
    return row ? fromRow<T>(row) : undefined;
  }

  async put(doc: Envelope): Promise<void> {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO ${this.table} (id, user_id, ref, seq, at, etag, data)
         VALUES (@id, @user_id, @ref, @seq, @at, @etag, @data)`,
      )
      .run(toRow(doc));
  }

  async putIfEtag(doc: Envelope, expectedEtag: string): Promise<boolean> {
    const info = this.db
      .prepare(
        `INSERT INTO ${this.table} (id, user_id, ref, seq, at, etag, data)
         VALUES (@id, @user_id, @ref, @seq, @at, @etag, @data)
         ON CONFLICT(id) DO UPDATE SET user_id = excluded.user_id, ref = excluded.ref, seq = excluded.seq,
           at = excluded.at, etag = excluded.etag, data = excluded.data
         WHERE ${this.table}.etag IS @expected`,
      )
      .run({ ...toRow(doc), expected: expectedEtag });
    return info.changes === 1;
  }

  async find<T>(filter: Filter, limit?: number): Promise<Envelope<T>[]> {
    const w = where(filter);
    const lim = limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(limit))}` : '';
    const rows = this.db
      .prepare(`SELECT * FROM ${this.table} ${w.sql} ORDER BY seq, id${lim}`)
      .all(...w.params) as Row[];
    return rows.map((r) => fromRow<T>(r));
  }

  async count(filter: Filter): Promise<number> {
    const w = where(filter);
    const row = this.db.prepare(`SELECT COUNT(*) AS n FROM ${this.table} ${w.sql}`).get(...w.params) as { n: number };
    return row.n;
  }

  async countBy(fields: string[], filter: Filter = {}): Promise<GroupCount[]> {
    for (const f of fields) if (!SAFE_NAME.test(f)) throw new Error(`sqlite countBy field "${f}" is not a plain identifier`);
    const w = where(filter);
    const cols = fields.map((f, i) => `json_extract(data, '$.${f}') AS k${i}`).join(', ');
    const keys = fields.map((_, i) => `k${i}`).join(', ');
    const rows = this.db
      .prepare(`SELECT ${cols}, COUNT(*) AS n FROM ${this.table} ${w.sql} GROUP BY ${keys}`)
      .all(...w.params) as Record<string, unknown>[];
    return rows.map((r) => ({
      key: fields.map((_, i) => (r[`k${i}`] === null || r[`k${i}`] === undefined ? undefined : String(r[`k${i}`]))),
      count: Number(r.n),
    }));
  }

  async deleteMany(filter: Filter): Promise<number> {
    const w = where(filter);
    return this.db.prepare(`DELETE FROM ${this.table} ${w.sql}`).run(...w.params).changes;
  }

  async increment(id: string, envelope: Omit<Envelope, 'id' | 'data' | 'seq'>): Promise<number> {
    const row = this.db
      .prepare(
        `INSERT INTO ${this.table} (id, user_id, ref, seq, at, etag, data)
         VALUES (@id, @user_id, @ref, 0, @at, NULL, 'null')
         ON CONFLICT(id) DO UPDATE SET seq = ${this.table}.seq + 1, at = excluded.at
         RETURNING seq`,
      )
      .get({ ...toRow({ ...envelope, id, data: null }) }) as { seq: number };
    return row.seq;
  }
}
