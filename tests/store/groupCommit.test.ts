import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DocStore } from '../../src/store/docStore';
import { SqliteEngine, type SqliteEngineOptions } from '../../src/store/sqliteEngine';
import { StoreTurn } from '../../src/store/storeTurn';

describe('embedded store writes: group commit, unchanged records, prepared statements', () => {
  let dir: string;
  let engine: SqliteEngine;
  const open = async (options: Partial<SqliteEngineOptions> = {}): Promise<DocStore> => {
    engine = new SqliteEngine({ dataDir: dir, ...options });
    return DocStore.open(engine);
  };
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'relais-group-'))));
  afterEach(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits the writes of 50 concurrent turns once, and each is readable afterwards', async () => {
    const store = await open();
    const before = engine.commits;
    await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        Promise.all([
          store.botStorage.write({ [`test/conversations/c${n}/`]: { n } }),
          store.addEvent({ day: '2026-03-01', lang: 'fr', outcome: 'answered', entryId: `e${n}` }),
        ]),
      ),
    );
    expect(engine.commits - before).toBe(1);
    for (let n = 0; n < 50; n++) expect((await store.botStorage.read([`test/conversations/c${n}/`]))[`test/conversations/c${n}/`].n).toBe(n);
    expect((await store.report()).questions).toBe(50);
  });

  it('fails only the write that failed when others share its commit', async () => {
    const store = await open();
    const results = await Promise.allSettled([
      store.putProfile({ userId: 'a', lang: 'fr', updatedAt: '2026-03-01T10:00:00.000Z' }),
      engine.write({ sql: 'INSERT INTO no_such_table (id) VALUES (?)', params: ['x'], result: 'none' }),
      store.putProfile({ userId: 'b', lang: 'nl', updatedAt: '2026-03-01T10:00:00.000Z' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toMatch(/no such table/);
    expect((await store.getProfile('a'))?.lang).toBe('fr');
    expect((await store.getProfile('b'))?.lang).toBe('nl');
  });

  it('writes nothing when a profile or a conversation link did not change', async () => {
    const store = await open();
    await store.putProfile({ userId: 'u1', lang: 'uk', region: 'wallonia', updatedAt: '2026-03-01T10:00:00.000Z' });
    await store.linkConversation('u1', 'c1');
    const before = engine.commits;
    for (let i = 0; i < 5; i++) {
      await store.putProfile({ userId: 'u1', lang: 'uk', region: 'wallonia', updatedAt: `2026-03-01T10:0${i}:00.000Z` });
      await store.linkConversation('u1', 'c1');
    }
    expect(engine.commits).toBe(before);
    await store.putProfile({ userId: 'u1', lang: 'ar', region: 'wallonia', updatedAt: '2026-03-01T10:09:00.000Z' });
    expect(engine.commits).toBe(before + 1);
    expect((await store.getProfile('u1'))?.lang).toBe('ar');
    // A link erased by "forget me" comes back on the next turn.
    await store.forgetUser('u1');
    await store.linkConversation('u1', 'c1');
    await store.botStorage.write({ 'test/conversations/c1/': { step: 1 } });
    expect(await store.forgetUser('u1')).toBe(2);
  });

  it('prepares each statement once, not on every call', async () => {
    const store = await open();
    const turn = async (n: number) => {
      await store.getProfile(`u${n}`);
      await store.putProfile({ userId: `u${n}`, lang: 'fr', updatedAt: new Date().toISOString() });
      await store.botStorage.write({ [`test/conversations/c${n}/`]: { n } });
      await store.addEvent({ day: '2026-03-01', lang: 'fr', outcome: 'answered' });
    };
    await turn(0);
    const db = engine.connection();
    const prepare = jest.spyOn(db, 'prepare');
    for (let n = 1; n <= 20; n++) await turn(n);
    expect(prepare).not.toHaveBeenCalled();
    prepare.mockRestore();
  });

  it('with sync=normal, fsyncs the write-ahead log in the background within the interval (the power-cut window)', async () => {
    const store = await open({ sync: 'normal', syncIntervalMs: 100 });
    const windows: number[] = [];
    for (let i = 0; i < 5; i++) {
      await store.addEvent({ day: '2026-03-01', lang: 'fr', outcome: 'answered' });
      const committed = Date.now();
      expect(engine.unsyncedCommits).toBeGreaterThan(0);
      while (engine.unsyncedCommits > 0) await new Promise((r) => setTimeout(r, 5));
      windows.push(Date.now() - committed);
    }
    // Visible in the test output for the README: how long an acknowledged write stays exposed to a power cut.
    process.stdout.write(`power-cut window with a 100 ms interval: ${windows.join(', ')} ms from commit to fsync\n`);
    expect(Math.max(...windows)).toBeLessThan(5000);
  });

  it('with sync=full, nothing acknowledged waits for a background fsync', async () => {
    const store = await open({ sync: 'full' });
    await store.addEvent({ day: '2026-03-01', lang: 'fr', outcome: 'answered' });
    expect(engine.unsyncedCommits).toBe(0);
    expect(engine.connection().pragma('synchronous', { simple: true })).toBe(2);
  });

  it('keeps the event loop free while a write waits for the disk or for another process\'s lock', async () => {
    const store = await open({ busyTimeoutMs: 5000 });
    await store.addEvent({ day: '2026-03-01', lang: 'fr', outcome: 'answered' });
    // Another process holds the write lock (as a slow disk would hold a commit).
    const other = new Database(engine.file);
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      let written = false;
      const write = store.putProfile({ userId: 'waiting', lang: 'nl', updatedAt: '2026-03-01T10:00:00.000Z' }).then(() => (written = true));
      const t0 = Date.now();
      await new Promise((r) => setTimeout(r, 300));
      const late = Date.now() - t0 - 300;
      expect(written).toBe(false);
      // The loop kept running (a write on the event loop would block it until the lock came free: 5 s here).
      // The margin is wide because the machine running the suite may be busy.
      expect(late).toBeLessThan(2000);
      expect((await store.report()).questions).toBe(1);
      other.prepare('COMMIT').run();
      await write;
      expect((await store.getProfile('waiting'))?.lang).toBe('nl');
    } finally {
      if (other.inTransaction) other.prepare('ROLLBACK').run();
      other.close();
    }
  });

  it('commits a turn\'s records with its state: one commit per turn, done before the turn is acknowledged', async () => {
    const store = await open();
    const key = 'test/conversations/turn1/';
    await store.botStorage.write({ [key]: { step: 0 } });
    const before = engine.commits;
    const turn = new StoreTurn();
    const { recordsError } = await turn.run(async () => {
      await store.addEvent({ day: '2026-03-01', lang: 'uk', outcome: 'answered', entryId: 'e1' }, turn);
      await store.putProfile({ userId: 'turn-user', lang: 'uk', updatedAt: '2026-03-01T10:00:00.000Z' }, turn);
      const state = (await store.botStorage.read([key], turn))[key];
      state.step = 1;
      await store.botStorage.write({ [key]: state }, turn);
    });
    expect(recordsError).toBeUndefined();
    expect(engine.commits - before).toBe(1);
    expect((await store.report()).questions).toBe(1);
    expect((await store.getProfile('turn-user'))?.lang).toBe('uk');
    expect((await store.botStorage.read([key]))[key].step).toBe(1);
  });

  it('reports a turn record that could not be committed instead of losing it silently', async () => {
    const store = await open();
    const turn = new StoreTurn();
    const { recordsError } = await turn.run(async () => {
      await engine.write({ sql: 'INSERT INTO no_such_table (id) VALUES (?)', params: ['x'], result: 'none' }, turn);
      await store.addEvent({ day: '2026-03-01', lang: 'fr', outcome: 'answered' }, turn);
    });
    expect(String(recordsError)).toMatch(/no such table/);
    expect((await store.report()).questions).toBe(1);
  });

  it('keeps a turn record that failed mid-turn for the turn\'s end: no unhandled rejection (which stops the process)', async () => {
    const store = await open();
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const turn = new StoreTurn();
      const { recordsError } = await turn.run(async () => {
        await engine.write({ sql: 'INSERT INTO no_such_table (id) VALUES (?)', params: ['x'], result: 'none' }, turn);
        // A write that needs an answer (as the state's eTag check) commits the held record, which fails; the turn
        // then goes on for a while.
        await engine.write({ sql: 'SELECT 1 AS one', params: [], result: 'row' }, turn);
        await new Promise((r) => setTimeout(r, 30));
      });
      expect(String(recordsError)).toMatch(/no such table/);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
