// `npm run bench:e2e`: Relais (the built app, embedded store) against a bare botbuilder echo bot on express, under the
// same closed-loop load on /api/messages (expectReplies, questions in six languages, loopback only).
process.env.DOTENV_CONFIG_QUIET = 'true';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { QUESTIONS, apiMessage, postJson, readTexts } from './benchLoad';

/** Options of one bench run (command-line flags override the defaults). */
export interface BenchE2eOptions {
  /** Conversations sending at once (each waits for its reply before the next message). */
  levels: number[];
  /** Longest measured time per level, seconds. */
  seconds: number;
  /** Most messages per level. */
  maxMessages: number;
  /**
   * Unmeasured messages sent to each server (each worker of a cluster) before the first level, from
   * `WARMUP_CONVERSATIONS` conversations so every worker of a cluster gets its share. Relais takes about 3,000 messages to reach its steady cost (JIT,
   * young-generation sizing, caches): after 300 it still cost 30-40 % more per message, and a second worker that
   * had seen 150 messages when the first had seen 1,750 made `WORKERS=2` look worse than one process.
   */
  warmup: number;
  /** Extra Relais runs with WORKERS=n (cluster mode); empty = none. */
  workers: number[];
  /** Pin single-process servers to one core and the load to the other (when taskset exists and 2+ cores). */
  pin: boolean;
  /** Also pin the WORKERS=n servers to the single server's core (tells CPU cost from core contention). */
  pinCluster: boolean;
  /**
   * Pin each worker of a WORKERS=n server to a core of its own (worker i to core i mod cores, all its threads), once
   * all listen, instead of letting them float over every core: the ninth session found this 0–50 % faster in five of
   * seven rounds on a busy machine, level in two (a lead to measure on a quiet one).
   */
  pinWorkers: boolean;
  /** Folder for CPU profiles of the Relais processes (node --cpu-prof); empty = none. */
  profileDir: string;
  /** Run only these servers. */
  only: ('echo' | 'relais')[];
  /** Another checkout of Relais (built) to bench alongside, e.g. the commit before a change; empty = none. */
  baseline: string;
  /**
   * Also compare Direct Line with /api/messages on Relais (and the baseline): at each level, that many conversations
   * started at once, then `DIRECT_LINE_MESSAGES` messages in each (closed loop), over both channels.
   */
  directLine: boolean;
  /**
   * Texts to send instead of the twelve questions (a file of JSON lines with a `text` or `question` field, or plain
   * lines): varied messages, so a figure does not rest on the same few texts met again and again.
   */
  textsFile: string;
}

export const DEFAULT_BENCH_E2E_OPTIONS: BenchE2eOptions = {
  levels: [1, 10, 50, 200],
  seconds: 8,
  maxMessages: 6000,
  warmup: 3000,
  workers: [2],
  pin: true,
  pinCluster: false,
  pinWorkers: false,
  profileDir: '',
  only: ['echo', 'relais'],
  baseline: '',
  directLine: false,
  textsFile: '',
};

/** Conversations of the warm-up (as many connections, which a cluster's primary deals out to its workers in turn). */
const WARMUP_CONVERSATIONS = 50;

/** Messages per conversation in the Direct Line comparison (Direct Line allows a burst of 10 per conversation). */
const DIRECT_LINE_MESSAGES = 10;

interface Server {
  name: string;
  /** Processes answering (WORKERS), each warmed up with `warmup` messages. */
  workers: number;
  url: string;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

interface LevelResult {
  conversations: number;
  messages: number;
  errors: number;
  seconds: number;
  msgPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerMessage: number;
  /** CPU of the load generator (this process) per message: what it takes from the cores the servers run on. */
  loadCpuMsPerMessage?: number;
  /**
   * Share of the whole machine (all cores) busy with other processes during the level (from /proc/stat, minus the
   * server and this process): what other sessions took from the cores the servers run on. 0.5 on 2 cores = one core.
   */
  othersShare?: number;
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Busy CPU time (ms) of the whole machine, all cores, from /proc/stat (NaN where there is none). */
function machineBusyMs(): number {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: busy = all but idle and iowait.
    const busy = fields.slice(0, 8).reduce((a, b) => a + b, 0) - fields[3] - fields[4];
    return (busy * 1000) / CLK_TCK;
  } catch {
    return NaN;
  }
}

/** CPU time (ms) of a process and all its descendants (cluster workers), from /proc. */
function cpuMs(pid: number): number {
  let total = 0;
  const visit = (p: number): void => {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${p}/stat`, 'utf8');
    } catch {
      return;
    }
    // Fields after the command name (which may contain spaces) start at ") ".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    total += ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      return;
    }
    for (const t of tasks) {
      let children = '';
      try {
        children = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8');
      } catch {
        continue;
      }
      for (const c of children.trim().split(/\s+/).filter(Boolean)) visit(Number(c));
    }
  };
  visit(pid);
  return total;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitHealthy(url: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bench:e2e: ${name} exited with code ${child.exitCode} before answering`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`bench:e2e: ${name} did not answer on ${url} within 60 s`);
}

/**
 * The command run on these cores (a taskset list such as "1" or "0-1"); undefined = as this process. A child inherits
 * this process's affinity, so once the load is pinned to core 0 a server started without a list of its own runs on
 * core 0 too: the `WORKERS=n` servers get every core explicitly.
 */
/**
 * Servers are started `detached` (a session of their own): with the kernel's autogroup scheduling (Linux's default
 * on desktops and these VMs, `/proc/sys/kernel/sched_autogroup_enabled`), all the processes of one session share
 * one fair share of the machine, so a cluster's workers sharing the load generator's session got about one share
 * between them while other sessions were busy (see docs/performance.md, ninth session).
 */
function pinned(cmd: string, args: string[], cores: string | undefined): [string, string[]] {
  return cores === undefined ? [cmd, args] : ['taskset', ['-c', cores, cmd, ...args]];
}

const root = path.resolve(__dirname, '..', '..');

/** Servers running (detached, so no terminal signal reaches them): stopped when this process ends or is interrupted. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of running) c.kill('SIGTERM');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const c of running) c.kill('SIGTERM');
    process.exit(130);
  });
}

/** Processes forked by `pid` (a cluster's workers), from /proc. */
function childPids(pid: number): number[] {
  const pids: number[] = [];
  try {
    for (const t of readdirSync(`/proc/${pid}/task`)) {
      for (const c of readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) pids.push(Number(c));
    }
  } catch {
    // gone, or no /proc
  }
  return pids;
}

/** Pins worker i of the cluster `primary` (every thread of it) to core i mod cores, once `workers` are running. */
async function pinWorkersOf(primary: number, workers: number): Promise<number[]> {
  const deadline = Date.now() + 30_000;
  let pids = childPids(primary);
  while (pids.length < workers && Date.now() < deadline) {
    await sleep(200);
    pids = childPids(primary);
  }
  pids.forEach((pid, i) => execFileSync('taskset', ['-a', '-cp', String(i % os.cpus().length), String(pid)], { stdio: 'ignore' }));
  return pids;
}

async function startRelais(workers: number, core: string | undefined, profileDir: string, from = root, pinWorkers = false): Promise<Server> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'relais-bench-e2e-'));
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(profileDir)] : [];
  const [cmd, args] = pinned(process.execPath, [...profile, path.join(from, 'dist/src/index.js')], core);
  const child = spawn(cmd, args, {
    cwd: from,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', WORKERS: String(workers), MESSAGES_RATE_PER_MINUTE: '1000000' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const url = `http://127.0.0.1:${port}`;
  const name = `Relais${from === root ? '' : ' baseline'}${workers > 1 ? ` WORKERS=${workers}` : ''}`;
  await waitHealthy(url, child, name);
  if (pinWorkers && workers > 1) {
    // taskset execs the server: the child is the primary itself.
    const pids = await pinWorkersOf(child.pid!, workers);
    process.stderr.write(`bench:e2e: ${name}: workers ${pids.join(', ')} pinned to cores ${pids.map((_, i) => i % os.cpus().length).join(', ')}\n`);
  }
  return { name, workers: Math.max(1, workers), url, pid: child.pid!, child, stop: () => stopChild(child, () => rmSync(dataDir, { recursive: true, force: true })) };
}

async function startEcho(core: string | undefined): Promise<Server> {
  const port = await freePort();
  const [cmd, args] = pinned(process.execPath, [__filename, '--serve-echo', String(port)], core);
  const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, child, 'echo bot');
  return { name: 'echo', workers: 1, url, pid: child.pid!, child, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess, after: () => void = () => undefined): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      after();
      resolve();
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      after();
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The bare botbuilder echo bot on express: what "a message costs in botbuilder itself" means here. */
async function serveEcho(port: number): Promise<void> {
  const express = (await import('express')).default;
  const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = await import('botbuilder');
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  const app = express();
  app.get('/healthz', (_req, res) => res.json({ status: 'ok' }));
  app.post('/api/messages', express.json({ limit: 65536 }), (req, res, next) => {
    adapter.process(req, res, (context) => bot.run(context)).catch(next);
  });
  const server = app.listen(port, '127.0.0.1');
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

/** One closed-loop level: `conversations` senders, each posting its next message once the reply is in. */
async function runLevel(server: Server, conversations: number, o: BenchE2eOptions, tag: string, texts: readonly string[] = QUESTIONS): Promise<LevelResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: conversations });
  const target = new URL(`${server.url}/api/messages`);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const cpu0 = cpuMs(server.pid);
  const busy0 = machineBusyMs();
  const load0 = process.cpuUsage();
  const t0 = performance.now();
  const deadline = t0 + o.seconds * 1000;
  const sender = async (c: number): Promise<void> => {
    // The twelve questions: conversation c starts at question c; other texts: the conversations start spread over them.
    const first = texts === QUESTIONS ? c : Math.floor((c * texts.length) / conversations);
    for (let i = 0; ; i++) {
      if (performance.now() >= deadline || sent >= o.maxMessages) return;
      sent += 1;
      const body = apiMessage(tag, c, texts[(first + i) % texts.length]);
      const start = performance.now();
      try {
        const status = await postJson(agent, target, body);
        if (status !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: conversations }, (_, c) => sender(c)));
  const seconds = (performance.now() - t0) / 1000;
  const load = process.cpuUsage(load0);
  // /proc figures trail by a tick: let the server settle before the second reading.
  await sleep(50);
  const cpu = cpuMs(server.pid) - cpu0;
  const busy = machineBusyMs() - busy0;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (p: number) => quantile(latencies, p);
  return {
    conversations,
    messages: latencies.length,
    errors,
    seconds,
    msgPerSecond: latencies.length / seconds,
    p50: q(0.5),
    p99: q(0.99),
    cpuMsPerMessage: cpu / Math.max(1, latencies.length),
    loadCpuMsPerMessage: (load.user + load.system) / 1000 / Math.max(1, latencies.length),
    othersShare: Math.max(0, busy - cpu - (load.user + load.system) / 1000) / ((seconds * 1000 + 50) * os.cpus().length),
  };
}

/** Figures of one channel at one level of the Direct Line comparison. */
interface ChannelResult {
  /** Starting the conversations (Direct Line: token, then POST conversations, which runs the greeting turn). */
  start: { p50: number; p99: number; cpuMs: number };
  messages: LevelResult;
}

/** One HTTP request from a given loopback address (Direct Line's limits count per address and per conversation). */
function request(url: string, options: { method: string; body?: string; token?: string; from: string; agent: http.Agent }): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const headers: Record<string, string | number> = {};
    if (options.body !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(options.body) });
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const req = http.request(
      { agent: options.agent, host: target.hostname, port: target.port, path: target.pathname + target.search, method: options.method, headers, localAddress: options.from },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const quantile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

/**
 * `conversations` new conversations at once, then `DIRECT_LINE_MESSAGES` messages in each, closed loop: over Direct
 * Line (a message = POST activity, answered once the bot's replies are queued, then GET activities from the
 * watermark, as Web Chat's polling does) or over /api/messages (expectReplies; "starting" is the first message).
 */
async function runChannelLevel(server: Server, channel: 'directline' | 'messages', conversations: number, tag: string): Promise<ChannelResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: conversations * 2 });
  const dl = `${server.url}/v3/directline`;
  // Each conversation from its own loopback address: the per-address start limit is for people, not for this load.
  const from = (c: number) => `127.0.${1 + (c >> 8)}.${1 + (c & 255)}`;
  const errors = { n: 0 };
  const ok = <R extends { status: number }>(r: R): R => {
    if (r.status >= 300) errors.n += 1;
    return r;
  };
  const startTimes: number[] = [];
  const cpuStart0 = cpuMs(server.pid);
  const started = await Promise.all(
    Array.from({ length: conversations }, async (_, c) => {
      const t = performance.now();
      if (channel === 'messages') {
        await request(`${server.url}/api/messages`, { method: 'POST', from: from(c), agent, body: apiMessage(tag, c, 'bonjour') }).then(ok);
        startTimes.push(performance.now() - t);
        return { id: `${tag}-c${c}`, token: '', watermark: '' };
      }
      const generated = JSON.parse(ok(await request(`${dl}/tokens/generate`, { method: 'POST', from: from(c), agent, body: '{}' })).body) as { token: string };
      const t1 = performance.now();
      const conv = JSON.parse(ok(await request(`${dl}/conversations`, { method: 'POST', from: from(c), agent, token: generated.token, body: '{"locale":"fr"}' })).body) as { conversationId: string; token: string };
      startTimes.push(performance.now() - t1);
      return { id: conv.conversationId, token: conv.token, watermark: '' };
    }),
  );
  await sleep(50);
  const cpuStart = cpuMs(server.pid) - cpuStart0;
  const latencies: number[] = [];
  const cpu0 = cpuMs(server.pid);
  const load0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(
    started.map(async (conv, c) => {
      for (let i = 0; i < DIRECT_LINE_MESSAGES; i++) {
        const text = QUESTIONS[(c + i) % QUESTIONS.length];
        const t = performance.now();
        try {
          if (channel === 'messages') {
            ok(await request(`${server.url}/api/messages`, { method: 'POST', from: from(c), agent, body: apiMessage(tag, c, text) }));
          } else {
            const body = JSON.stringify({ type: 'message', text, locale: 'fr' });
            ok(await request(`${dl}/conversations/${conv.id}/activities`, { method: 'POST', from: from(c), agent, token: conv.token, body }));
            const page = ok(await request(`${dl}/conversations/${conv.id}/activities?watermark=${conv.watermark}`, { method: 'GET', from: from(c), agent, token: conv.token }));
            conv.watermark = (JSON.parse(page.body) as { watermark?: string }).watermark ?? conv.watermark;
          }
        } catch {
          errors.n += 1;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await sleep(50);
  const cpu = cpuMs(server.pid) - cpu0;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  startTimes.sort((a, b) => a - b);
  return {
    start: { p50: quantile(startTimes, 0.5), p99: quantile(startTimes, 0.99), cpuMs: cpuStart / conversations },
    messages: {
      conversations,
      messages: latencies.length,
      errors: errors.n,
      seconds,
      msgPerSecond: latencies.length / seconds,
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      cpuMsPerMessage: cpu / Math.max(1, latencies.length),
    },
  };
}

interface Bench {
  name: string;
  results: LevelResult[];
  /** With `--directline`: per level, the Direct Line and /api/messages figures (Relais servers only). */
  channels: { directline: ChannelResult; messages: ChannelResult }[];
}

/**
 * Runs every level on every server, level by level (echo, Relais, Relais with workers in turn), so the figures
 * compared side by side were measured within seconds of each other on a machine others share.
 */
async function benchServers(starts: (() => Promise<Server>)[], o: BenchE2eOptions): Promise<Bench[]> {
  const servers: Server[] = [];
  const texts = o.textsFile ? readTexts(o.textsFile, 'bench:e2e') : QUESTIONS;
  try {
    for (const start of starts) servers.push(await start());
    for (const server of servers) {
      const messages = o.warmup * server.workers;
      process.stderr.write(`bench:e2e: ${server.name}: warm-up (${messages} messages)\n`);
      await runLevel(server, WARMUP_CONVERSATIONS, { ...o, maxMessages: messages, seconds: 120 }, 'warm', texts);
    }
    const benches: Bench[] = servers.map((s) => ({ name: s.name, results: [], channels: [] }));
    for (const level of o.levels) {
      for (const [i, server] of servers.entries()) {
        const r = await runLevel(server, level, o, `l${level}-${Date.now()}`, texts);
        process.stderr.write(`bench:e2e: ${server.name}: ${level} conversations: ${r.messages} messages, ${r.msgPerSecond.toFixed(0)} msg/s, ${r.errors} errors, ${f2(r.cpuMsPerMessage)} CPU ms/msg, other processes ${f0(100 * (r.othersShare ?? NaN))} % of the machine\n`);
        benches[i].results.push(r);
      }
      if (!o.directLine) continue;
      for (const [i, server] of servers.entries()) {
        if (server.name === 'echo') continue;
        const tag = `dl${level}-${Date.now()}`;
        const directline = await runChannelLevel(server, 'directline', level, tag);
        const messages = await runChannelLevel(server, 'messages', level, `${tag}-m`);
        process.stderr.write(`bench:e2e: ${server.name}: ${level} conversations, Direct Line: ${directline.messages.msgPerSecond.toFixed(0)} msg/s, ${directline.messages.errors} errors\n`);
        benches[i].channels.push({ directline, messages });
      }
    }
    return benches;
  } finally {
    for (const server of servers) await server.stop();
  }
}

function parseArgs(argv: string[]): BenchE2eOptions {
  const o = { ...DEFAULT_BENCH_E2E_OPTIONS };
  const nums = (v: string | undefined, flag: string): number[] => {
    const list = (v ?? '').split(',').filter(Boolean).map(Number);
    if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bench:e2e: ${flag} takes whole numbers >= 1 separated by commas (got "${v ?? ''}")`);
    return list;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--levels') (o.levels = nums(value, flag)), i++;
    else if (flag === '--seconds') (o.seconds = nums(value, flag)[0] ?? o.seconds), i++;
    else if (flag === '--max-messages') (o.maxMessages = nums(value, flag)[0] ?? o.maxMessages), i++;
    else if (flag === '--warmup') (o.warmup = nums(value, flag)[0] ?? o.warmup), i++;
    else if (flag === '--workers') (o.workers = value === 'none' ? [] : nums(value, flag)), i++;
    else if (flag === '--no-pin') o.pin = false;
    else if (flag === '--pin-cluster') o.pinCluster = true;
    else if (flag === '--pin-workers') o.pinWorkers = true;
    else if (flag === '--baseline') (o.baseline = path.resolve(value ?? '')), i++;
    else if (flag === '--profile') (o.profileDir = value ?? ''), i++;
    else if (flag === '--directline') o.directLine = true;
    else if (flag === '--texts') (o.textsFile = path.resolve(value ?? '')), i++;
    else if (flag === '--only') (o.only = value === 'echo' || value === 'relais' ? [value] : o.only), i++;
    else throw new Error(`bench:e2e: unknown option "${flag}" (known: --levels 1,10,50,200 --seconds 8 --max-messages 6000 --warmup 3000 --workers 2|none --no-pin --pin-cluster --pin-workers --profile DIR --only echo|relais --baseline DIR --directline --texts FILE)`);
  }
  return o;
}

const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '-');
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');
const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '-');
const pct = (n: number | undefined) => f0(100 * (n ?? NaN));

async function main(): Promise<void> {
  if (process.argv[2] === '--serve-echo') return serveEcho(Number(process.argv[3]));
  const o = parseArgs(process.argv.slice(2));
  const canPin = o.pin && os.cpus().length >= 2 && (() => {
    try {
      execFileSync('taskset', ['-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  const serverCore = canPin ? '1' : undefined;
  // Every core: without a list of its own the cluster would inherit the load's core 0 (it did until the ninth session).
  const allCores = canPin ? `0-${os.cpus().length - 1}` : undefined;
  const load = os.loadavg()[0];
  process.stderr.write(`bench:e2e: ${os.cpus().length} cores, load average ${load.toFixed(2)} before start; ${canPin ? `load on core 0, single-process servers on core 1, WORKERS=n servers on ${o.pinCluster ? 'core 1' : `cores ${allCores}`}` : 'no pinning'}\n`);

  const none: Bench = { name: '-', channels: [], results: o.levels.map(() => ({ msgPerSecond: NaN, p50: NaN, p99: NaN, cpuMsPerMessage: NaN, errors: 0 }) as LevelResult) };
  const starts: (() => Promise<Server>)[] = [];
  if (o.only.includes('echo')) starts.push(() => startEcho(serverCore));
  if (o.only.includes('relais')) {
    starts.push(() => startRelais(1, serverCore, o.profileDir));
    if (o.baseline) starts.push(() => startRelais(1, serverCore, '', o.baseline));
    for (const w of o.workers) starts.push(() => startRelais(w, o.pinCluster ? serverCore : allCores, o.profileDir, root, o.pinWorkers));
  }
  const benches = await benchServers(starts, o);
  const echo = o.only.includes('echo') ? benches.shift()! : none;
  const relais = o.only.includes('relais') ? benches.shift()! : none;
  const baseline = o.only.includes('relais') && o.baseline ? benches.shift() : undefined;
  const clusters = benches;

  const lines: string[] = [];
  lines.push(`bench:e2e on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown cpu'}), node ${process.version}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} at the end`);
  lines.push(`closed loop, /api/messages with expectReplies, up to ${o.seconds} s or ${o.maxMessages} messages per level and server, servers in turn at each level; CPU = server process (and workers) from /proc`);
  lines.push('');
  lines.push('| conversations | msg/s Relais / echo (ratio) | p50 ms Relais / echo | p99 ms Relais / echo (ratio) | CPU ms/msg Relais / echo | other processes % of machine Relais / echo | errors |');
  lines.push('|---|---|---|---|---|---|---|');
  o.levels.forEach((level, i) => {
    const r = relais.results[i];
    const e = echo.results[i];
    lines.push(
      `| ${level} | ${f0(r.msgPerSecond)} / ${f0(e.msgPerSecond)} (${f2(r.msgPerSecond / e.msgPerSecond)}×) | ${f1(r.p50)} / ${f1(e.p50)} | ${f1(r.p99)} / ${f1(e.p99)} (${f2(r.p99 / e.p99)}×) | ${f2(r.cpuMsPerMessage)} / ${f2(e.cpuMsPerMessage)} | ${pct(r.othersShare)} / ${pct(e.othersShare)} | ${r.errors} / ${e.errors} |`,
    );
  });
  if (baseline) {
    lines.push('');
    lines.push(`baseline: ${o.baseline}`);
    lines.push('| conversations | msg/s Relais / baseline (ratio) | p50 ms Relais / baseline | p99 ms Relais / baseline | CPU ms/msg Relais / baseline | errors |');
    lines.push('|---|---|---|---|---|---|');
    o.levels.forEach((level, i) => {
      const r = relais.results[i];
      const b = baseline.results[i];
      lines.push(`| ${level} | ${f0(r.msgPerSecond)} / ${f0(b.msgPerSecond)} (${f2(r.msgPerSecond / b.msgPerSecond)}×) | ${f1(r.p50)} / ${f1(b.p50)} | ${f1(r.p99)} / ${f1(b.p99)} | ${f2(r.cpuMsPerMessage)} / ${f2(b.cpuMsPerMessage)} | ${r.errors} / ${b.errors} |`);
    });
  }
  for (const b of [relais, ...(baseline ? [baseline] : [])].filter((x) => x.channels.length > 0)) {
    lines.push('');
    lines.push(`${b.name}: Direct Line against /api/messages, N conversations started at once, then ${DIRECT_LINE_MESSAGES} messages in each (Direct Line: POST activity + GET from the watermark)`);
    lines.push('| conversations | start p50 / p99 ms Direct Line / messages | start CPU ms Direct Line / messages | msg/s Direct Line / messages | p50 ms | p99 ms | CPU ms/msg Direct Line / messages (ratio) | errors |');
    lines.push('|---|---|---|---|---|---|---|---|');
    o.levels.forEach((level, i) => {
      const { directline: d, messages: m } = b.channels[i];
      lines.push(
        `| ${level} | ${f1(d.start.p50)} / ${f1(d.start.p99)} · ${f1(m.start.p50)} / ${f1(m.start.p99)} | ${f2(d.start.cpuMs)} / ${f2(m.start.cpuMs)} | ${f0(d.messages.msgPerSecond)} / ${f0(m.messages.msgPerSecond)} | ${f1(d.messages.p50)} / ${f1(m.messages.p50)} | ${f1(d.messages.p99)} / ${f1(m.messages.p99)} | ${f2(d.messages.cpuMsPerMessage)} / ${f2(m.messages.cpuMsPerMessage)} (${f2(d.messages.cpuMsPerMessage / m.messages.cpuMsPerMessage)}×) | ${d.messages.errors} / ${m.messages.errors} |`,
      );
    });
  }
  for (const c of clusters) {
    lines.push('');
    lines.push(`| conversations | msg/s ${c.name} / single (ratio) | p50 ms | p99 ms | CPU ms/msg ${c.name} / single | load generator CPU ms/msg | other processes % of machine | errors |`);
    lines.push('|---|---|---|---|---|---|---|---|');
    o.levels.forEach((level, i) => {
      const r = c.results[i];
      const s = relais.results[i];
      lines.push(`| ${level} | ${f0(r.msgPerSecond)} / ${f0(s.msgPerSecond)} (${f2(r.msgPerSecond / s.msgPerSecond)}×) | ${f1(r.p50)} | ${f1(r.p99)} | ${f2(r.cpuMsPerMessage)} / ${f2(s.cpuMsPerMessage)} | ${f2(r.loadCpuMsPerMessage ?? NaN)} | ${pct(r.othersShare)} | ${r.errors} |`);
    });
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
