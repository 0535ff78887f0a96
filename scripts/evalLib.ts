// Reading the eval format (docs/eval.md) and computing retrieval metrics with the bot's own SearchIndex.
import { readFileSync } from 'fs';
import { DEFAULT_OPTIONS as ANSWERER_DEFAULTS, questionNames, statedStatus } from '../src/answer/answerer';
import { askEngine, searchText } from '../src/answer/ask';
import { Engine, type DocMeta, type TopicText } from '../src/answer/engine';
import type { PolicyDecision, Ranked } from '../src/answer/policy';
import { SearchIndex, type SearchOptions } from '../src/search/index';
import type { SearchDoc, SearchResult } from '../src/search/types';

/** A labelled question (eval format). */
export interface EvalQuestion {
  id: string;
  lang: string;
  scope?: string;
  question: string;
  expected: string[];
  split?: string;
}

/** A corpus page (eval format). */
export interface EvalDoc {
  id: string;
  lang: string;
  scope?: string | string[];
  title: string;
  text: string;
  /** Sample questions and keywords: the knowledge base's entries have them, the eval format's pages do not. */
  questions?: string[];
  keywords?: string[];
  /** Keywords from this index on are lent by another language (`SearchDoc.lentFrom`). */
  lentFrom?: number;
}

/** Metrics of one run, as printed by `npm run eval -- --json`. */
export interface EvalMetrics {
  n: number;
  acc1: number;
  recall3: number;
  mrr: number;
  p50Ms: number;
  p99Ms: number;
  buildMs: number;
}

/** One question's outcome. */
export interface EvalOutcome {
  q: EvalQuestion;
  rank: number; // 1-based, 0 when not in the hits
  /** The engine's ranking, as the bot's answerer gets it. */
  ranked: Ranked;
  /** The bot's decision policy on that ranking. */
  decision: PolicyDecision;
}

/** Parses a JSON Lines file, naming the file and line on error. */
export function readJsonl<T>(path: string): T[] {
  const out: T[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        out.push(JSON.parse(line) as T);
      } catch (e) {
        throw new Error(`EvalError: ${path} line ${i + 1} is not JSON (${(e as Error).message})`);
      }
    });
  return out;
}

/** What the bot knows of a corpus's documents besides their text: topic and audience, and which apply at all. */
export interface EvalCorpus {
  meta?: (id: string) => DocMeta | undefined;
  fits?: (id: string) => boolean;
  /** Phrasings the topic model learns from, as the bot's (`knowledge/phrasings`). */
  phrasings?: readonly TopicText[];
}

/** Eval pages as search documents. */
export function toSearchDocs(docs: EvalDoc[]): SearchDoc[] {
  return docs.map((d) => ({ id: d.id, lang: d.lang, scope: d.scope, title: d.title, text: d.text, questions: d.questions, keywords: d.keywords, lentFrom: d.lentFrom }));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i];
}

/**
 * Builds the bot's engine over `docs` (each page its own topic, no audience) and runs every question through the
 * engine and the decision policy the bot's answerer runs; times build and each question.
 */
export function runEval(
  docs: EvalDoc[],
  questions: EvalQuestion[],
  options?: Partial<SearchOptions>,
  corpus: EvalCorpus = {},
): { metrics: EvalMetrics; outcomes: EvalOutcome[] } {
  const t0 = process.hrtime.bigint();
  const meta = corpus.meta ?? ((id: string): DocMeta => ({ topic: id }));
  const engine = new Engine(toSearchDocs(docs), meta, { ...ANSWERER_DEFAULTS, search: options ?? {} }, ANSWERER_DEFAULTS, corpus.phrasings);
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  // The question is read for topic and status names as the bot reads it (no place: eval questions name none).
  const names = questionNames(ANSWERER_DEFAULTS);
  const askOnce = (question: string, lang: string, scope?: string) => {
    const text = searchText(question, ANSWERER_DEFAULTS, lang);
    // A status the question states fits the documents as the bot keeps it (no profile here: no status given before).
    const status = statedStatus({ stated: names.statuses.find(text, lang), hinted: names.statusesOrHints.find(text, lang) });
    const fits = (id: string): boolean => {
      if (corpus.fits && !corpus.fits(id)) return false;
      const audience = meta(id)?.audience;
      return !status || !audience?.length || audience.includes(status);
    };
    const input = { text, needText: text, lang, scopes: scope ? [scope] : undefined, status, fits, regionKnown: Boolean(scope) };
    return askEngine(engine, input, names, ANSWERER_DEFAULTS, (id) => meta(id)?.audience);
  };
  const ask = (text: string, lang: string, scope?: string) => askOnce(text, lang, scope).ranked;
  const warm = docs.slice(0, 300);
  for (const d of warm) ask(d.title, d.lang, typeof d.scope === 'string' ? d.scope : d.scope?.[0]);
  const times: number[] = [];
  const outcomes: EvalOutcome[] = [];
  let acc1 = 0;
  let recall3 = 0;
  let mrr = 0;
  for (const q of questions) {
    const s = process.hrtime.bigint();
    const { ranked, decision } = askOnce(q.question, q.lang, q.scope);
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
    const idx = ranked.candidates.findIndex((h) => q.expected.includes(h.id));
    const rank = idx + 1;
    if (rank === 1) acc1++;
    if (rank >= 1 && rank <= 3) recall3++;
    if (rank >= 1) mrr += 1 / rank;
    outcomes.push({ q, rank, ranked, decision });
  }
  times.sort((a, b) => a - b);
  const n = questions.length;
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    metrics: {
      n,
      acc1: r(n ? acc1 / n : 0),
      recall3: r(n ? recall3 / n : 0),
      mrr: r(n ? mrr / n : 0),
      p50Ms: r(percentile(times, 0.5)),
      p99Ms: r(percentile(times, 0.99)),
      buildMs: Math.round(buildMs),
    },
    outcomes,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Fitting the re-ranker and the confidence models (`npm run eval -- --fit-ranker | --fit-confidence`).

/** One question's re-ranking candidates: feature rows and which ones are expected. */
export interface RankerSample {
  features: number[][];
  labels: number[];
}

/** The re-ranker's inputs for every question (first stage only; rows in `RERANK_FEATURES` order). */
export function rankerSamples(docs: EvalDoc[], questions: EvalQuestion[], options?: Partial<SearchOptions>): RankerSample[] {
  const index = SearchIndex.build(toSearchDocs(docs), options);
  return questions.map((q) => {
    const r = index.rerankInputs({ text: q.question, lang: q.lang, scopes: q.scope ? [q.scope] : undefined });
    return { features: r.features, labels: r.ids.map((id) => (q.expected.includes(id) ? 1 : 0)) };
  });
}

/**
 * Listwise logistic regression (softmax over each question's candidates, cross-entropy against the expected ones,
 * L2 penalty `l2`), optimised with Adam (step 0.05) for `iterations` full passes. Questions whose expected page is
 * not among the candidates carry no signal and are skipped.
 */
export function fitListwise(samples: RankerSample[], l2 = 1e-3, iterations = 1500): number[] {
  const qs = samples.filter((s) => s.labels.some((y) => y > 0));
  const F = qs[0]?.features[0]?.length ?? 0;
  const w = new Array<number>(F).fill(0);
  const m = new Array<number>(F).fill(0);
  const v = new Array<number>(F).fill(0);
  for (let it = 1; it <= iterations; it++) {
    const g = new Array<number>(F).fill(0);
    for (const { features: X, labels: y } of qs) {
      const z = X.map((row) => row.reduce((a, x, j) => a + x * w[j], 0));
      const zmax = Math.max(...z);
      const e = z.map((x) => Math.exp(x - zmax));
      const sum = e.reduce((a, b) => a + b, 0);
      const ysum = y.reduce((a, b) => a + b, 0);
      X.forEach((row, k) => {
        const d = e[k] / sum - y[k] / ysum;
        if (d !== 0) for (let j = 0; j < F; j++) g[j] += d * row[j];
      });
    }
    for (let j = 0; j < F; j++) {
      const gj = g[j] / qs.length + l2 * w[j];
      m[j] = 0.9 * m[j] + 0.1 * gj;
      v[j] = 0.999 * v[j] + 0.001 * gj * gj;
      w[j] -= (0.05 * (m[j] / (1 - 0.9 ** it))) / (Math.sqrt(v[j] / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return w.map((x) => Math.round(x * 100) / 100);
}

/** One question's confidence inputs and outcome (`right1`: top hit expected; `right3`: an expected hit in the top 3). */
export interface ConfidenceSample {
  x: number[];
  right1: number;
  right3: number;
}

/** Names of the confidence features, in the order of `ConfidenceSample.x`. */
export const CONFIDENCE_FEATURES = ['top', 'margin', 'coverage', 'share', 'window'] as const;

function confidenceRow(r: SearchResult): number[] {
  const s = r.signals ?? { top: 0, margin: 0, coverage: 0 };
  return [s.top, s.margin, s.coverage, s.share ?? 1, s.window ?? 0];
}

/**
 * Confidence samples: every question as asked, plus up to `missing` "answer missing" questions whose expected
 * pages (disjoint from each other) are removed from the corpus, so that their right answer is 0.
 */
export function confidenceSamples(docs: EvalDoc[], questions: EvalQuestion[], missing: number, options?: Partial<SearchOptions>): ConfidenceSample[] {
  // The search layer's own confidence is what is fitted: its hits, before the answerer weighs them.
  const all = SearchIndex.build(toSearchDocs(docs), options);
  const out: ConfidenceSample[] = questions.map((q) => {
    const r = all.search({ text: q.question, lang: q.lang, scopes: q.scope ? [q.scope] : undefined, limit: 10 });
    const rank = r.hits.findIndex((h) => q.expected.includes(h.id)) + 1;
    return { x: confidenceRow(r), right1: rank === 1 ? 1 : 0, right3: rank >= 1 && rank <= 3 ? 1 : 0 };
  });
  const removed = new Set<string>();
  const chosen: EvalQuestion[] = [];
  for (const q of questions) {
    if (chosen.length >= missing) break;
    if (q.expected.some((e) => removed.has(e))) continue;
    q.expected.forEach((e) => removed.add(e));
    chosen.push(q);
  }
  const index = SearchIndex.build(toSearchDocs(docs.filter((d) => !removed.has(d.id))), options);
  for (const q of chosen) {
    const r = index.search({ text: q.question, lang: q.lang, scopes: q.scope ? [q.scope] : undefined, limit: 10 });
    out.push({ x: confidenceRow(r), right1: 0, right3: 0 });
  }
  return out;
}

/** Binary logistic regression (gradient descent, small L2) of `y` on `x`; returns [bias, ...weights]. */
export function fitLogistic(xs: number[][], ys: number[], l2 = 1e-4, iterations = 4000): number[] {
  const F = xs[0]?.length ?? 0;
  const w = new Array<number>(F + 1).fill(0);
  const m = new Array<number>(F + 1).fill(0);
  const v = new Array<number>(F + 1).fill(0);
  for (let it = 1; it <= iterations; it++) {
    const g = new Array<number>(F + 1).fill(0);
    xs.forEach((x, i) => {
      const z = w[0] + x.reduce((a, xi, j) => a + xi * w[j + 1], 0);
      const d = 1 / (1 + Math.exp(-z)) - ys[i];
      g[0] += d;
      for (let j = 0; j < F; j++) g[j + 1] += d * x[j];
    });
    for (let j = 0; j <= F; j++) {
      const gj = g[j] / xs.length + (j > 0 ? l2 * w[j] : 0);
      m[j] = 0.9 * m[j] + 0.1 * gj;
      v[j] = 0.999 * v[j] + 0.001 * gj * gj;
      w[j] -= (0.05 * (m[j] / (1 - 0.9 ** it))) / (Math.sqrt(v[j] / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return w.map((x) => Math.round(x * 100) / 100);
}
