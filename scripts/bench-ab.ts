// `npm run bench:ab -- --baseline DIR`: this build and another built checkout (the commit before a change), both
// started in one Node process, each with its own store and port, under the same closed-loop load in alternating
// windows; prints the CPU a message of each window pair and the median of their ratios.
//
// Why in one process: on this shared two-core machine, `bench:e2e` measured the same build at 2.7 and 4.7 ms a message
// from one run to the next (neighbours, caches), so a change worth 5–10 % cannot be seen there. Windows of a few
// hundred messages, taken in turn (ABBA), see the same machine; an A/A run (both sides the same build, two checkouts)
// gave a median ratio of 0.985 and 0.998. The CPU counted is the whole process's (both apps, their store writer threads
// and the load generator, which costs the same for both), so a ratio understates a change slightly; `bench:e2e` gives
// absolute figures.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { QUESTIONS, apiMessage, postJson, readTexts } from './benchLoad';

/** Options of one A/B run (command-line flags override the defaults). */
export interface BenchAbOptions {
  /** The other built checkout (its `dist/src/index.js` is started); required. */
  baseline: string;
  /** Measured window pairs (one window of each build, in alternating order). */
  pairs: number;
  /** Messages per window. */
  messages: number;
  /** Conversations sending at once (each waits for its reply before its next message). */
  conversations: number;
  /** Unmeasured messages sent to each build first (JIT, caches: a build takes about 3,000 to reach its steady cost). */
  warmup: number;
  /** Texts to send instead of the twelve questions (JSON lines with a `text` field, or plain lines). */
  textsFile: string;
}

export const DEFAULT_BENCH_AB_OPTIONS: BenchAbOptions = { baseline: '', pairs: 20, messages: 300, conversations: 50, warmup: 3000, textsFile: '' };

function parseArgs(argv: string[]): BenchAbOptions {
  const o = { ...DEFAULT_BENCH_AB_OPTIONS };
  const num = (v: string | undefined, flag: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`bench:ab: ${flag} takes a whole number >= 1 (got "${v ?? ''}")`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--baseline') (o.baseline = path.resolve(value ?? '')), i++;
    else if (flag === '--pairs') (o.pairs = num(value, flag)), i++;
    else if (flag === '--messages') (o.messages = num(value, flag)), i++;
    else if (flag === '--conversations') (o.conversations = num(value, flag)), i++;
    else if (flag === '--warmup') (o.warmup = num(value, flag)), i++;
    else if (flag === '--texts') (o.textsFile = path.resolve(value ?? '')), i++;
    else throw new Error(`bench:ab: unknown option "${flag}" (known: --baseline DIR --pairs 20 --messages 300 --conversations 50 --warmup 3000 --texts FILE)`);
  }
  if (!o.baseline) throw new Error('bench:ab: --baseline DIR is required (another checkout of Relais, built with `npm run build`)');
  return o;
}

/** One build started in this process: the URL of its messages route and how to stop it. */
interface Side {
  name: string;
  url: URL;
  stop: () => Promise<void>;
}

type StartFn = (env: NodeJS.ProcessEnv) => Promise<{ relais: { close(): Promise<void> }; url: string } | undefined>;

async function startSide(name: string, root: string): Promise<Side> {
  const entry = path.join(root, 'dist', 'src', 'index.js');
  let start: StartFn;
  try {
    start = (require(entry) as { main: StartFn }).main;
  } catch (err) {
    throw new Error(`bench:ab: cannot load ${entry} (${(err instanceof Error ? err.message : String(err)).split('\n')[0]}); build that checkout first`);
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'relais-bench-ab-'));
  // Each build reads its own knowledge, locales and pages: the project root is found from the working directory.
  const cwd = process.cwd();
  process.chdir(root);
  const started = await start({ ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent', MESSAGES_RATE_PER_MINUTE: '1000000', WORKERS: '1' }).finally(() =>
    process.chdir(cwd),
  );
  if (!started) throw new Error(`bench:ab: ${name} (${root}) did not start`);
  return {
    name,
    url: new URL(`${started.url}/api/messages`),
    stop: async () => {
      await started.relais.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/** Sends `n` messages from `conversations` conversations (closed loop); returns the number of non-200 answers. */
async function load(side: Side, tag: string, n: number, conversations: number, texts: readonly string[], next: () => number): Promise<number> {
  let sent = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: conversations }, async (_, c) => {
      while (sent < n) {
        sent += 1;
        const text = texts[next() % texts.length];
        const status = await postJson(agent, side.url, apiMessage(tag, c, text));
        if (status !== 200) errors += 1;
      }
    }),
  );
  return errors;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const texts = o.textsFile ? readTexts(o.textsFile, 'bench:ab') : QUESTIONS;
  const root = path.resolve(__dirname, '..', '..');
  if (path.resolve(o.baseline) === root) throw new Error('bench:ab: --baseline must be another checkout (one module cache cannot hold two copies of one build)');
  const a = await startSide('baseline', o.baseline);
  const b = await startSide('this build', root);
  let counter = 0;
  const next = () => counter++;
  let errors = 0;
  process.stderr.write(`bench:ab: warm-up, ${o.warmup} messages to each build\n`);
  for (const side of [a, b]) errors += await load(side, `warm-${side.name}`, o.warmup, o.conversations, texts, next);
  const cpu = async (side: Side, tag: string): Promise<number> => {
    const before = process.cpuUsage();
    errors += await load(side, tag, o.messages, o.conversations, texts, next);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000 / o.messages;
  };
  const rows: Array<{ a: number; b: number }> = [];
  for (let i = 0; i < o.pairs; i++) {
    // In turn (ABBA): neither build always runs after the other.
    const order = i % 2 === 0 ? [a, b] : [b, a];
    const got = new Map<Side, number>();
    for (const side of order) got.set(side, await cpu(side, `p${i}-${side === a ? 'a' : 'b'}`));
    rows.push({ a: got.get(a)!, b: got.get(b)! });
    process.stderr.write(`bench:ab: pair ${i + 1}/${o.pairs}: baseline ${got.get(a)!.toFixed(2)}, this build ${got.get(b)!.toFixed(2)} CPU ms a message\n`);
  }
  await a.stop();
  await b.stop();
  agent.destroy();
  const ratios = rows.map((r) => r.b / r.a);
  console.log(`bench:ab on ${os.cpus().length} cores, node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} at the end`);
  console.log(`${o.pairs} window pairs of ${o.messages} messages from ${o.conversations} conversations, ${texts.length} texts; CPU of the whole process (both builds and the load) a message`);
  console.log('');
  console.log('| | baseline | this build | this build / baseline |');
  console.log('|---|---|---|---|');
  console.log(`| median CPU ms a message | ${median(rows.map((r) => r.a)).toFixed(3)} | ${median(rows.map((r) => r.b)).toFixed(3)} | ${median(ratios).toFixed(3)} (median of the pairs' ratios) |`);
  console.log(`| pairs' ratios, lowest and highest | | | ${Math.min(...ratios).toFixed(3)} – ${Math.max(...ratios).toFixed(3)} |`);
  console.log(`| answers other than 200 | ${errors} in all | | |`);
  console.log('');
  console.log(`baseline: ${o.baseline}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
