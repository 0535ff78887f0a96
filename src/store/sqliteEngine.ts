// Embedded engine: one SQLite file under DATA_DIR (WAL). Writes of one event-loop turn share one transaction (group
// commit) on a writer thread; an acknowledged write survives SIGKILL, and a power cut loses at most the last sync
// interval (see README).
import { mkdirSync } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { parsedStateJson, writtenStateJson, type CollectionSpec, type DocCollection, type DocEngine, type Envelope, type Filter, type GroupCount } from './engine';
import type { StoreTurn } from './storeTurn';

/** Options of the embedded engine. */
export interface SqliteEngineOptions {
  /** Folder holding the database file (created when missing). */
  dataDir: string;
  /** File name inside `dataDir`. */
  fileName: string;
  /** Milliseconds a writer waits for a lock held by another connection before failing. */
  busyTimeoutMs: number;
  /**
   * `full`: every commit is fsynced before its writes are acknowledged (a power cut loses nothing acknowledged; one
   * fsync per group commit on the event loop). `normal`: commits reach the operating system before they are
   * acknowledged (SIGKILL or a crash of the process loses nothing) and the write-ahead log is fsynced in the
   * background every `syncIntervalMs` (a power cut or kernel crash loses at most the writes of that interval).
   */
  sync: 'full' | 'normal';
  /** With `sync: 'normal'`: time between two background fsyncs of the write-ahead log, ms. */
  syncIntervalMs: number;
  /**
   * `thread`: group commits run on a worker thread with its own connection, so the event loop never waits for the
   * disk (nor for another process's write lock); reads stay on the main connection. `inline`: on the event loop.
   */
  writer: 'thread' | 'inline';
}

export const DEFAULT_SQLITE_OPTIONS: Omit<SqliteEngineOptions, 'dataDir'> = {
  fileName: 'relais.sqlite',
  busyTimeoutMs: 5000,
  sync: 'normal',
  syncIntervalMs: 1000,
  writer: 'thread',
};

/** One write: a statement, its parameters, and what the caller gets back (nothing, changed rows, the first row). */
export interface WriteOp {
  sql: string;
  params: unknown[];
  result: 'none' | 'changes' | 'row';
}

/** One queued write: runs inside the group's transaction and settles once that transaction has committed. */
interface PendingWrite {
  op: WriteOp;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/** Outcome of one write of a batch (cloneable, so the writer thread can send it back). */
type OpResult = { ok: true; value: unknown } | { ok: false; message: string; code?: string };

/**
 * Runs one batch of writes in one transaction on `db`: each failing write fails alone, unless SQLite abandoned
 * the transaction (a full disk, an I/O error), then the whole batch fails. Shared by both writers: the worker
 * thread gets this function's source.
 */
function runBatch(
  db: { inTransaction: boolean },
  statement: (sql: string) => { run(...p: unknown[]): { changes: number }; get(...p: unknown[]): unknown },
  ops: WriteOp[],
): OpResult[] {
  const results: OpResult[] = [];
  statement('BEGIN IMMEDIATE').run();
  try {
    for (const op of ops) {
      try {
        const st = statement(op.sql);
        const value = op.result === 'row' ? st.get(...op.params) : op.result === 'changes' ? st.run(...op.params).changes : (st.run(...op.params), undefined);
        results.push({ ok: true, value });
      } catch (err) {
        if (!db.inTransaction) throw err;
        const e = err as { message?: string; code?: string };
        results.push({ ok: false, message: String(e.message ?? err), code: e.code });
      }
    }
    statement('COMMIT').run();
  } catch (err) {
    if (db.inTransaction) {
      try {
        statement('ROLLBACK').run();
      } catch {
        // The connection is gone; the caller sees the first error.
      }
    }
    throw err;
  }
  return results;
}

/** The writer thread: its own connection (same pragmas), runs the batches it is sent. */
const WRITER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const runBatch = ${runBatch.toString()};
const db = new Database(workerData.file, { timeout: workerData.busyTimeoutMs });
db.pragma('journal_mode = WAL');
db.pragma(workerData.synchronous);
db.pragma('secure_delete = ON');
const cache = new Map();
const statement = (sql) => {
  let st = cache.get(sql);
  if (!st) {
    if (cache.size >= ${256}) cache.clear();
    st = db.prepare(sql);
    cache.set(sql, st);
  }
  return st;
};
parentPort.on('message', (m) => {
  if (m.close) {
    db.close();
    parentPort.postMessage({ closed: true });
    return;
  }
  try {
    parentPort.postMessage({ id: m.id, results: runBatch(db, statement, m.ops) });
  } catch (err) {
    parentPort.postMessage({ id: m.id, error: { message: String(err && err.message || err), code: err && err.code } });
  }
});
`;

/** An Error carrying SQLite's code, rebuilt from the writer thread's answer. */
function sqliteError(e: { message: string; code?: string }): Error {
  return Object.assign(new Error(e.message), e.code ? { code: e.code } : {});
}

const SAFE_NAME = /^[a-zA-Z][a-zA-Z0-9_]*$/;
const TABLE_PREFIX = 'c_';
/** Most prepared statements kept per connection. */
const MAX_STATEMENTS = 256;

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
  data: writtenStateJson.take(d.data) ?? JSON.stringify(d.data ?? null),
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
  /** Prepared statements by SQL text, for the open connection (emptied when it closes). */
  private statements = new Map<string, Database.Statement>();
  /** Writes waiting for the next group commit. */
  private queue: PendingWrite[] = [];
  private flushScheduled = false;
  /** The writer thread (started at the first write) and its batches waiting for an answer. */
  private writer: Worker | undefined;
  private readonly inFlight = new Map<number, PendingWrite[]>();
  private nextBatch = 0;
  /** Group commits since the start (tests read it). */
  commits = 0;
  /** Commits not yet covered by a background fsync of the write-ahead log (`sync: 'normal'`). */
  private unsynced = 0;
  private syncTimer: NodeJS.Timeout | undefined;
  private syncing: Promise<void> | undefined;

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
    // FULL: each commit is fsynced before it returns. NORMAL: written to the log (the OS has it, so SIGKILL loses
    // nothing) and fsynced by the background timer below and at every checkpoint.
    db.pragma(this.options.sync === 'full' ? 'synchronous = FULL' : 'synchronous = NORMAL');
    // Deleted records are overwritten with zeros, so "forget me" leaves no trace in free pages of the file.
    db.pragma('secure_delete = ON');
    this.db = db;
    this.statements = new Map();
    for (const spec of this.specs.values()) this.createTable(spec.name);
    if (this.options.sync === 'normal' && !this.syncTimer) {
      this.syncTimer = setInterval(() => void this.syncLog(), this.options.syncIntervalMs);
      this.syncTimer.unref();
    }
  }

  /** Commits that a power cut could still take away (0 once the background fsync has run). */
  get unsyncedCommits(): number {
    return this.options.sync === 'full' ? 0 : this.unsynced;
  }

  /** The statement for `sql`, prepared once per connection. */
  statement(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      // Filters with lists (refIn) make many shapes: keep the cache bounded.
      if (this.statements.size >= MAX_STATEMENTS) this.statements.clear();
      st = this.connection().prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  /**
   * Queues a write for the group commit: every write queued during one turn of the event loop runs in one
   * transaction, committed once (one fsync with `sync: 'full'`), then each promise settles with its own result.
   * Inside a turn (`turn` given, see `StoreTurn.run`), a write without an answer is acknowledged at once and
   * committed with the turn's next write that needs one (its state) or when the turn ends, which waits for it.
   */
  write(op: WriteOp, turn?: StoreTurn): Promise<unknown> {
    if (turn && op.result === 'none') {
      let write: PendingWrite | undefined;
      const barrier = new Promise((resolve, reject) => (write = { op, resolve, reject }));
      turn.held.push(() => this.enqueue(write!));
      // Its failure is reported when the turn ends (`StoreTurn.run`); until then it must not count as unhandled,
      // which would stop the process when it fails mid-turn (committed with the turn's state write).
      barrier.catch(() => undefined);
      turn.barriers.push(barrier);
      return Promise.resolve(undefined);
    }
    // Queued after the turn's held writes, so the order of its writes is kept.
    turn?.release();
    return new Promise((resolve, reject) => this.enqueue({ op, resolve, reject }));
  }

  private enqueue(w: PendingWrite): void {
    this.queue.push(w);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Sends the queued writes as one batch (to the writer thread, or runs them here with `writer: 'inline'`). */
  flush(): void {
    this.flushScheduled = false;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    if (this.options.writer === 'thread') {
      let writer: Worker;
      try {
        this.connection();
        writer = this.startWriter();
      } catch (err) {
        for (const w of batch) w.reject(err);
        return;
      }
      const id = this.nextBatch++;
      this.inFlight.set(id, batch);
      writer.ref();
      writer.postMessage({ id, ops: batch.map((w) => w.op) });
      return;
    }
    try {
      this.settle(batch, runBatch(this.connection(), (sql) => this.statement(sql), batch.map((w) => w.op)));
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  }

  private settle(batch: PendingWrite[], results: OpResult[]): void {
    this.commits += 1;
    this.unsynced += 1;
    batch.forEach((w, i) => {
      const r = results[i];
      if (r.ok) w.resolve(r.value);
      else w.reject(sqliteError(r));
    });
  }

  private startWriter(): Worker {
    if (this.writer) return this.writer;
    const writer = new Worker(WRITER_SOURCE, {
      eval: true,
      workerData: {
        module: require.resolve('better-sqlite3'),
        file: this.file,
        busyTimeoutMs: this.options.busyTimeoutMs,
        synchronous: this.options.sync === 'full' ? 'synchronous = FULL' : 'synchronous = NORMAL',
      },
    });
    writer.on('message', (m: { id?: number; results?: OpResult[]; error?: { message: string; code?: string } }) => {
      if (m.id === undefined) return;
      const batch = this.inFlight.get(m.id);
      this.inFlight.delete(m.id);
      if (this.inFlight.size === 0) writer.unref();
      if (!batch) return;
      if (m.results) this.settle(batch, m.results);
      else for (const w of batch) w.reject(sqliteError(m.error ?? { message: 'sqlite writer failed' }));
    });
    const fail = (err: unknown) => {
      for (const batch of this.inFlight.values()) for (const w of batch) w.reject(err);
      this.inFlight.clear();
      if (this.writer === writer) this.writer = undefined;
    };
    writer.on('error', fail);
    writer.on('exit', () => fail(new Error(`sqlite writer thread for ${this.file} stopped`)));
    writer.unref();
    this.writer = writer;
    return writer;
  }

  /** Waits for the batches sent to the writer thread, then closes its connection. */
  private async stopWriter(): Promise<void> {
    const writer = this.writer;
    if (!writer) return;
    const pending = [...this.inFlight.values()].flat().map((w) => new Promise<void>((r) => {
      const { resolve, reject } = w;
      w.resolve = (v) => (resolve(v), r());
      w.reject = (e) => (reject(e), r());
    }));
    await Promise.all(pending);
    await new Promise<void>((resolve) => {
      writer.ref();
      writer.once('exit', () => resolve());
      writer.on('message', (m: { closed?: boolean }) => {
        if (m.closed) void writer.terminate();
      });
      writer.postMessage({ close: true });
    });
    this.writer = undefined;
  }

  /**
   * With `sync: 'normal'`: fsyncs the write-ahead log on the thread pool (never on the event loop), so commits
   * older than one interval survive a power cut. Resolves when done; failures wait for the next interval.
   */
  syncLog(): Promise<void> {
    if (this.syncing) return this.syncing;
    if (this.unsynced === 0) return Promise.resolve();
    const covered = this.unsynced;
    this.syncing = (async () => {
      try {
        const fh = await openFile(`${this.file}-wal`, 'r');
        try {
          await fh.sync();
        } finally {
          await fh.close();
        }
        this.unsynced = Math.max(0, this.unsynced - covered);
      } catch {
        // No log file (checkpointed and removed) means nothing to sync; other errors are retried next interval.
      } finally {
        this.syncing = undefined;
      }
    })();
    return this.syncing;
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
      this.statement('SELECT 1').get();
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
    if (this.queue.length > 0) this.flush();
    await this.stopWriter();
    if (this.syncTimer) clearInterval(this.syncTimer);
    this.syncTimer = undefined;
    await this.syncing;
    // Closing the last connection checkpoints the log into the file with fsync: nothing is left unsynced.
    if (this.db?.open) this.db.close();
    this.db = undefined;
    this.statements = new Map();
    this.unsynced = 0;
  }

  /** Opens the file again after `close()` (restart of the embedded store). */
  async reopen(): Promise<void> {
    if (!this.db?.open) this.open();
  }
}

/** One table. Statements are prepared once per connection (the engine caches them); writes go through the group commit. */
class SqliteCollection implements DocCollection {
  private readonly table: string;

  constructor(
    private readonly engine: SqliteEngine,
    readonly name: string,
  ) {
    this.table = TABLE_PREFIX + name;
  }

  async get<T>(id: string): Promise<Envelope<T> | undefined> {
    const row = this.engine.statement(`SELECT * FROM ${this.table} WHERE id = ?`).get(id) as Row | undefined;
    if (!row) return undefined;
    const doc = fromRow<T>(row);
    if (doc.data !== null && typeof doc.data === 'object') parsedStateJson.note(doc.data, row.data);
    return doc;
  }

  async put(doc: Envelope, turn?: StoreTurn): Promise<void> {
    await this.engine.write({
      sql: `INSERT OR REPLACE INTO ${this.table} (id, user_id, ref, seq, at, etag, data)
            VALUES (@id, @user_id, @ref, @seq, @at, @etag, @data)`,
      params: [toRow(doc)],
      result: 'none',
    }, turn);
  }

  async putIfEtag(doc: Envelope, expectedEtag: string, turn?: StoreTurn): Promise<boolean> {
    const changes = await this.engine.write({
      sql: `INSERT INTO ${this.table} (id, user_id, ref, seq, at, etag, data)
            VALUES (@id, @user_id, @ref, @seq, @at, @etag, @data)
            ON CONFLICT(id) DO UPDATE SET user_id = excluded.user_id, ref = excluded.ref, seq = excluded.seq,
              at = excluded.at, etag = excluded.etag, data = excluded.data
            WHERE ${this.table}.etag IS @expected`,
      params: [{ ...toRow(doc), expected: expectedEtag }],
      result: 'changes',
    }, turn);
    return changes === 1;
  }

  async find<T>(filter: Filter, limit?: number): Promise<Envelope<T>[]> {
    const w = where(filter);
    const lim = limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(limit))}` : '';
    const rows = this.engine.statement(`SELECT * FROM ${this.table} ${w.sql} ORDER BY seq, id${lim}`).all(...w.params) as Row[];
    return rows.map((r) => fromRow<T>(r));
  }

  async count(filter: Filter): Promise<number> {
    const w = where(filter);
    const row = this.engine.statement(`SELECT COUNT(*) AS n FROM ${this.table} ${w.sql}`).get(...w.params) as { n: number };
    return row.n;
  }

  async countBy(fields: string[], filter: Filter = {}): Promise<GroupCount[]> {
    for (const f of fields) if (!SAFE_NAME.test(f)) throw new Error(`sqlite countBy field "${f}" is not a plain identifier`);
    const w = where(filter);
    const cols = fields.map((f, i) => `json_extract(data, '$.${f}') AS k${i}`).join(', ');
    const keys = fields.map((_, i) => `k${i}`).join(', ');
    const rows = this.engine
      .statement(`SELECT ${cols}, COUNT(*) AS n FROM ${this.table} ${w.sql} GROUP BY ${keys}`)
      .all(...w.params) as Record<string, unknown>[];
    return rows.map((r) => ({
      key: fields.map((_, i) => (r[`k${i}`] === null || r[`k${i}`] === undefined ? undefined : String(r[`k${i}`]))),
      count: Number(r.n),
    }));
  }

  async deleteMany(filter: Filter, turn?: StoreTurn): Promise<number> {
    const w = where(filter);
    return (await this.engine.write({ sql: `DELETE FROM ${this.table} ${w.sql}`, params: w.params, result: 'changes' }, turn)) as number;
  }

  async increment(id: string, envelope: Omit<Envelope, 'id' | 'data' | 'seq'>, by = 1): Promise<number> {
    const row = (await this.engine.write({
      sql: `INSERT INTO ${this.table} (id, user_id, ref, seq, at, etag, data)
            VALUES (@id, @user_id, @ref, @by - 1, @at, NULL, 'null')
            ON CONFLICT(id) DO UPDATE SET seq = ${this.table}.seq + @by, at = excluded.at
            RETURNING seq`,
      params: [{ ...toRow({ ...envelope, id, data: null }), by }],
      result: 'row',
    })) as { seq: number };
    return row.seq;
  }
}
