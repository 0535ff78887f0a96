// `npm run eval -- --corpus C --questions Q [--split train|dev] [--json] [--detect]`: retrieval (or language detection) metrics.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { detectLanguage } from '../src/language/detect';
import { RERANK_FEATURES } from '../src/search/rank';
import {
  CONFIDENCE_FEATURES,
  type ConfidenceSample,
  type EvalDoc,
  type EvalQuestion,
  type RankerSample,
  confidenceSamples,
  fitListwise,
  fitLogistic,
  rankerSamples,
  readJsonl,
  runEval,
} from './evalLib';

interface Args {
  corpus?: string;
  questions?: string;
  split?: string;
  json: boolean;
  detect: boolean;
  fitRanker: boolean;
  fitConfidence: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { json: false, detect: false, fitRanker: false, fitConfidence: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`eval: ${k} needs a value`);
      return v;
    };
    if (k === '--corpus') a.corpus = next();
    else if (k === '--questions') a.questions = next();
    else if (k === '--split') a.split = next();
    else if (k === '--json') a.json = true;
    else if (k === '--detect') a.detect = true;
    else if (k === '--fit-ranker') a.fitRanker = true;
    else if (k === '--fit-confidence') a.fitConfidence = true;
    else throw new Error(`eval: unknown argument "${k}"`);
  }
  return a;
}

const USAGE = 'usage: npm run eval -- --corpus corpus.jsonl --questions questions.jsonl [--split train|dev] [--json]\n' +
  '       npm run eval -- --detect --questions questions.jsonl [--split dev] [--json]\n' +
  '       npm run eval -- --fit-ranker|--fit-confidence --corpus c1.jsonl,c2.jsonl --questions q1.jsonl,q2.jsonl [--split train]';

/**
 * Fits the re-ranker (`RERANK_MODEL`) or the two confidence models (`CONFIDENCE_MODEL`, `CONFIDENCE_TOP3_MODEL`) on
 * the given corpora together (comma-separated, pairwise), and prints the constants to paste into src/search/rank.ts.
 */
function fitRun(args: Args): void {
  const corpora = args.corpus!.split(',');
  const qfiles = args.questions!.split(',');
  if (corpora.length !== qfiles.length) throw new Error('eval: --corpus and --questions need as many files');
  const ranker: RankerSample[] = [];
  const conf: ConfidenceSample[] = [];
  corpora.forEach((c, i) => {
    const docs = readJsonl<EvalDoc>(c);
    let qs = readJsonl<EvalQuestion>(qfiles[i]);
    if (args.split) qs = qs.filter((q) => q.split === args.split);
    if (args.fitRanker) ranker.push(...rankerSamples(docs, qs));
    // 150 "answer missing" questions per corpus, as in docs/eval.md.
    else conf.push(...confidenceSamples(docs, qs, 150));
  });
  if (args.fitRanker) {
    const w = fitListwise(ranker);
    console.log(JSON.stringify(Object.fromEntries(RERANK_FEATURES.map((f, j) => [f, w[j]]))));
    console.log(`RERANK_MODEL.weights = ${JSON.stringify(w)}`);
    return;
  }
  for (const [name, key] of [['CONFIDENCE_MODEL', 'right1'], ['CONFIDENCE_TOP3_MODEL', 'right3']] as const) {
    const w = fitLogistic(conf.map((s) => s.x), conf.map((s) => s[key]));
    console.log(`${name} = ${JSON.stringify({ bias: w[0], ...Object.fromEntries(CONFIDENCE_FEATURES.map((f, j) => [f, w[j + 1]])) })}`);
  }
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5) + '%';
}

function detectRun(questions: EvalQuestion[], json: boolean): void {
  let ok = 0;
  let reliable = 0;
  const confusions = new Map<string, number>();
  for (const q of questions) {
    const r = detectLanguage(q.question);
    if (r.lang === q.lang) {
      ok++;
      if (r.reliable) reliable++;
    } else {
      const k = `${q.lang}→${r.lang}`;
      confusions.set(k, (confusions.get(k) ?? 0) + 1);
      if (!json) console.log(`  ${k} ${r.reliable ? '' : '(unreliable) '}${JSON.stringify(q.question)}`);
    }
  }
  const acc = questions.length ? ok / questions.length : 0;
  const rel = questions.length ? reliable / questions.length : 0;
  if (!json) {
    console.log(`language detection: ${ok}/${questions.length} = ${pct(acc)} right, ${pct(rel)} right and reliable`, Object.fromEntries(confusions));
  }
  console.log(JSON.stringify({ n: questions.length, accuracy: Math.round(acc * 1000) / 1000, reliable: Math.round(rel * 1000) / 1000 }));
}

function main(): void {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message + '\n' + USAGE);
    process.exit(2);
  }
  if (!args.questions || (!args.detect && !args.corpus)) {
    console.error(USAGE);
    process.exit(2);
  }
  if (args.fitRanker || args.fitConfidence) {
    if (!args.corpus) {
      console.error(USAGE);
      process.exit(2);
    }
    return fitRun(args);
  }
  let questions = readJsonl<EvalQuestion>(args.questions);
  if (args.split) questions = questions.filter((q) => q.split === args.split);
  if (args.detect) return detectRun(questions, args.json);

  const docs = readJsonl<EvalDoc>(args.corpus!);
  const { metrics, outcomes } = runEval(docs, questions);
  if (!args.json) {
    console.log(`corpus ${args.corpus} (${docs.length} docs), questions ${args.questions}${args.split ? ` split ${args.split}` : ''}`);
    console.log(`n=${metrics.n}  acc1=${metrics.acc1}  recall3=${metrics.recall3}  mrr=${metrics.mrr}`);
    console.log(`search p50=${metrics.p50Ms} ms  p99=${metrics.p99Ms} ms  build=${metrics.buildMs} ms`);
    for (const d of ['answer', 'clarify', 'fallback'] as const) {
      const os = outcomes.filter((o) => o.decision.kind === d);
      const r1 = os.filter((o) => o.rank === 1).length;
      const r3 = os.filter((o) => o.rank >= 1 && o.rank <= 3).length;
      console.log(`  decision ${d.padEnd(8)} ${String(os.length).padStart(4)} questions  top1 right ${pct(os.length ? r1 / os.length : 0)}  top3 ${pct(os.length ? r3 / os.length : 0)}`);
    }
  }
  console.log(JSON.stringify(metrics));
}

// Bad input (missing file, a line that is not JSON, a bad field) gets its message and exit 1, never a stack trace.
try {
  main();
} catch (err) {
  console.error(`eval: ${err instanceof Error ? err.message.replace(/^Error: /, '') : String(err)}`);
  process.exit(1);
}
