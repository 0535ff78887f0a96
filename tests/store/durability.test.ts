import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DocStore } from '../../src/store/docStore';
import { SqliteEngine } from '../../src/store/sqliteEngine';

/** Acknowledged writes to wait for before killing the writer (enough to be mid-stream, small enough to be quick). */
const ACKS_BEFORE_KILL = 300;

describe('embedded store durability', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'relais-durability-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged write when the writing process is killed with SIGKILL', async () => {
    const child = spawn(
      process.execPath,
      ['-r', path.join(__dirname, 'fixtures/tsRequire.js'), path.join(__dirname, 'fixtures/durabilityWriter.ts'), dir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const acked: number[] = [];
    let buffer = '';
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^ack (\d+)$/.exec(line);
        if (m) acked.push(Number(m[1]));
        if (acked.length === ACKS_BEFORE_KILL) child.kill('SIGKILL');
      }
    });
    const signal = await exited;
    expect(stderr).toBe('');
    expect(signal).toBe('SIGKILL');
    expect(acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

    const engine = new SqliteEngine({ dataDir: dir });
    const store = await DocStore.open(engine);
    try {
      const missing: number[] = [];
      for (const n of acked) {
        const key = `test/conversations/c${n}/`;
        const state = (await store.botStorage.read([key]))[key];
        const profile = await store.getProfile(`u${n}`);
        if (state?.n !== n || profile?.userId !== `u${n}`) missing.push(n);
      }
      expect(missing).toEqual([]);
      const events = (await store.report()).questions;
      expect(events).toBeGreaterThanOrEqual(acked.length);
      // Visible in the test output for the report: acknowledged vs recovered.
      process.stdout.write(`durability: ${acked.length} writes acknowledged, ${acked.length - missing.length} recovered, ${events} events on disk\n`);
    } finally {
      await engine.close();
    }
  });
});
