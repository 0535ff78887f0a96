// Cluster mode (WORKERS=2): the real entry point, forked workers on one port, one Direct Line secret, restarts.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/** One request on a fresh connection (so the cluster hands each to the next worker). */
function request(port: number, method: string, url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: url, headers: { 'content-type': 'application/json', ...headers }, agent: false }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

const workerPids = (pid: number): number[] =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

function start(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['-r', path.join(ROOT, 'tests/store/fixtures/tsRequire.js'), path.join(ROOT, 'src/index.ts')], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', WORKERS: '2', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('WORKERS=2', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = mkdtempSync(path.join(os.tmpdir(), 'relais-cluster-'))));
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves on one port from two workers that accept each other\'s Direct Line tokens, restarts a dead worker, stops all on SIGTERM', async () => {
    const port = await freePort();
    const s = start({ PORT: String(port), DATA_DIR: dataDir });
    try {
      await until(() => s.output().includes('with 2 workers'), 90_000, 'the cluster to listen');
      expect(workerPids(s.child.pid!)).toHaveLength(2);

      const generated = await request(port, 'POST', '/v3/directline/tokens/generate');
      expect(generated.status).toBe(200);
      const { token } = JSON.parse(generated.body) as { token: string };
      // Fresh connections alternate between the workers: each must accept the token the other made.
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await request(port, 'POST', '/v3/directline/tokens/refresh', { authorization: `Bearer ${token}` })).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200]);

      const [first] = workerPids(s.child.pid!);
      process.kill(first, 'SIGKILL');
      await until(() => workerPids(s.child.pid!).length === 2 && !workerPids(s.child.pid!).includes(first), 90_000, 'a new worker');
      await until(() => (s.output().match(/Relais listening on http/g) ?? []).length >= 4, 90_000, 'the new worker to listen');
      expect((await request(port, 'GET', '/healthz')).status).toBe(200);
      expect(s.output()).toContain('worker died');

      const pids = workerPids(s.child.pid!);
      s.child.kill('SIGTERM');
      expect(await s.exited).toBe(0);
      for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
    } finally {
      if (s.child.exitCode === null) s.child.kill('SIGKILL');
    }
  }, 240_000);

  it('exits 1 with the start-up message, without restarting in a loop, when the workers cannot start', async () => {
    const s = start({ PORT: '0', DATA_DIR: dataDir, KNOWLEDGE_DIR: path.join(ROOT, 'tests/fixtures/knowledge/broken') });
    const timer = setTimeout(() => s.child.kill('SIGKILL'), 120_000);
    const code = await s.exited;
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(s.output()).toContain('Relais cannot start: invalid knowledge base');
    expect(s.output()).toContain('before listening');
  }, 150_000);
});
