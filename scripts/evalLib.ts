// Reading the eval format (docs/eval.md) and computing retrieval metrics with the bot's own SearchIndex.
import { readFileSync } from 'fs';
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
  scope?: string;
  title: string;
  text: string;
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
  result: SearchResult;
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

/** Eval pages as search documents. */
export function toSearchDocs(docs: EvalDoc[]): SearchDoc[] {
  return docs.map((d) => ({ id: d.id, lang: d.lang, scope: d.scope, title: d.title, text: d.text }));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[i];
}

/** Builds the index over `docs` and runs every question; times build and each search. */
export function runEval(
  docs: EvalDoc[],
  questions: EvalQuestion[],
  options?: Partial<SearchOptions>,
): { metrics: EvalMetrics; outcomes: EvalOutcome[] } {
  const t0 = process.hrtime.bigint();
  const index = SearchIndex.build(toSearchDocs(docs), options);
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  // Warm-up: 20 untimed queries (made of the questions' words, reversed) so that JIT compilation, a one-off
  // cost of a fresh process, is not counted as some question's latency.
  for (const q of questions.slice(0, 20)) index.search({ text: q.question.split(/\s+/).reverse().join(' '), lang: q.lang });
  const times: number[] = [];
  const outcomes: EvalOutcome[] = [];
  let acc1 = 0;
  let recall3 = 0;
  let mrr = 0;
  for (const q of questions) {
    const s = process.hrtime.bigint();
    const result = index.search({ text: q.question, lang: q.lang, scopes: q.scope ? [q.scope] : undefined, limit: 10 });
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
    const idx = result.hits.findIndex((h) => q.expected.includes(h.id));
    const rank = idx + 1;
    if (rank === 1) acc1++;
    if (rank >= 1 && rank <= 3) recall3++;
    if (rank >= 1) mrr += 1 / rank;
    outcomes.push({ q, rank, result });
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
