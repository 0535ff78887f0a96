// Fuses the channels' scores into one ranking and turns its shape into a calibrated confidence.
import type { ChannelScores } from './langIndex';
import type { SearchOptions } from './options';

/** One fused candidate (local document number). */
export interface Fused {
  doc: number;
  score: number;
}

const CHANNELS = ['word', 'passage', 'ngram', 'bigram', 'titleMatch'] as const;

/**
 * Normalised score fusion: each channel's scores are divided by that channel's best score among the allowed
 * documents, then summed with the fusion weights. Returns the best `limit` allowed documents, best first.
 */
export function fuse(
  s: ChannelScores,
  o: SearchOptions,
  allowed: (doc: number) => boolean,
  limit: number,
): { hits: Fused[]; maxScore: number } {
  const cand = s.touched.filter(allowed);
  // Largest fused score reachable with the channels this query activates (a one-word query has no bigrams).
  let maxScore = 0;
  const scale: Record<(typeof CHANNELS)[number], number> = { word: 0, passage: 0, ngram: 0, bigram: 0, titleMatch: 0 };
  for (const c of CHANNELS) {
    let max = 0;
    const arr = s[c];
    for (const d of cand) if (arr[d] > max) max = arr[d];
    scale[c] = max > 0 ? o.fusion[c] / max : 0;
    if (max > 0) maxScore += o.fusion[c];
  }
  const scoreOf = (d: number): number =>
    s.word[d] * scale.word +
    s.passage[d] * scale.passage +
    s.ngram[d] * scale.ngram +
    s.bigram[d] * scale.bigram +
    s.titleMatch[d] * scale.titleMatch;
  if (cand.length > limit * 4) {
    const out: Fused[] = [];
    for (const d of cand) out.push({ doc: d, score: scoreOf(d) });
    return { hits: topK(out, limit), maxScore };
  }
  // Few candidates (a language's 76 entries, 20 asked): `topK` would sort them all, each its own object; the same
  // first `limit` of that order (score, then document: a total order) are kept in place as they come instead.
  const docs: number[] = [];
  const scores: number[] = [];
  for (const d of cand) {
    const score = scoreOf(d);
    let at = docs.length;
    while (at > 0 && (score > scores[at - 1] || (score === scores[at - 1] && d < docs[at - 1]))) at--;
    if (at >= limit) continue;
    docs.splice(at, 0, d);
    scores.splice(at, 0, score);
    if (docs.length > limit) {
      docs.pop();
      scores.pop();
    }
  }
  return { hits: docs.map((doc, i) => ({ doc, score: scores[i] })), maxScore };
}

function topK(xs: Fused[], k: number): Fused[] {
  if (xs.length <= k * 4) return xs.sort((a, b) => b.score - a.score || a.doc - b.doc).slice(0, k);
  const best: Fused[] = [];
  for (const x of xs) {
    if (best.length < k) {
      best.push(x);
      best.sort((a, b) => b.score - a.score || a.doc - b.doc);
    } else if (x.score > best[k - 1].score) {
      best[k - 1] = x;
      best.sort((a, b) => b.score - a.score || a.doc - b.doc);
    }
  }
  return best;
}

/** Names of the re-ranking features, in the order of `RERANK_MODEL.weights` (each roughly 0..1). */
export const RERANK_FEATURES = [
  'word', // word BM25F score / best among candidates
  'ngram', // character n-gram score / best
  'bigram', // stem-pair score / best (0 when the query has no known pair)
  'passage', // best passage score / best
  'fused', // first-stage fused score / best fused score
  'invRank', // 1 / first-stage rank
  'docCoverage', // share of the query's IDF mass found in the document
  'titleCoverage', // share of the query's IDF mass found in the title
  'windowCoverage', // largest share of the query's IDF mass inside one short window (proximity)
  'titlePrecision', // share of the title's IDF mass the query contains
  'termCoverage', // share of the query's distinct words found in the document
  'length', // document length / (length + average length)
  'prefixCoverage', // share of the query's stem-prefix IDF mass found in the document
  'prefixTitleCoverage', // ... in the title
  'prefixWindowCoverage', // ... inside one short window
] as const;

/**
 * Linear re-ranking model over `RERANK_FEATURES`: the first stage's best `rerankDepth` candidates are re-sorted by
 * the weighted sum. Fitted by listwise (softmax) logistic regression (L2 1e-3, Adam, 1,500 passes, `fitListwise`
 * in scripts/evalLib.ts) on the top 20 candidates of the OMoS train questions of the five languages together
 * (`npm run eval -- --fit-ranker`, docs/eval.md); one model for all languages, since every feature is a
 * language-independent ratio. Refit whenever a feature or the first stage changes.
 */
export const RERANK_MODEL: { weights: readonly number[] } = {
  weights: [0.96, 3.15, 0.91, -0.46, 1.57, 0.07, 0.46, -0.67, 0.05, 0.96, -1.45, -2.03, 0.82, 1.82, 1.59],
};

/** Number of re-ranking features. */
export const RERANK_FEATURE_COUNT = RERANK_FEATURES.length;

/** The re-ranker's feature matrix (row-major, `RERANK_FEATURE_COUNT` per candidate) of fused candidates. */
export function rerankFeatures(hits: Fused[], s: ChannelScores, doc: (d: number, out: Float64Array, offset: number) => void): Float64Array {
  const F = RERANK_FEATURE_COUNT;
  const out = new Float64Array(hits.length * F);
  const max = { word: 0, ngram: 0, bigram: 0, passage: 0 };
  for (const h of hits) {
    for (const c of ['word', 'ngram', 'bigram', 'passage'] as const) if (s[c][h.doc] > max[c]) max[c] = s[c][h.doc];
  }
  const top = hits.length ? hits[0].score : 0;
  hits.forEach((h, i) => {
    const o = i * F;
    out[o] = max.word > 0 ? s.word[h.doc] / max.word : 0;
    out[o + 1] = max.ngram > 0 ? s.ngram[h.doc] / max.ngram : 0;
    out[o + 2] = max.bigram > 0 ? s.bigram[h.doc] / max.bigram : 0;
    out[o + 3] = max.passage > 0 ? s.passage[h.doc] / max.passage : 0;
    out[o + 4] = top > 0 ? h.score / top : 0;
    out[o + 5] = 1 / (i + 1);
    doc(h.doc, out, o + 6);
  });
  return out;
}

/** A re-ranked candidate: the model's output (`score`), its first-stage fused score, and its softmax share. */
export interface Reranked extends Fused {
  fused: number;
  share: number;
  /** Share of the query's IDF mass in the document, and inside its best short window (features 6 and 8). */
  docCoverage: number;
  windowCoverage: number;
}

/**
 * Re-sorts candidates by the re-ranking model. `score` is the model's output floored at 0 (so score ratios stay
 * meaningful to callers), `share` the softmax of the outputs over the candidates (the model's P(this one is right)).
 */
export function rerank(hits: Fused[], feats: Float64Array, weights: readonly number[] = RERANK_MODEL.weights): Reranked[] {
  const F = RERANK_FEATURE_COUNT;
  const z = hits.map((_, i) => {
    let v = 0;
    for (let j = 0; j < F; j++) v += weights[j] * feats[i * F + j];
    return v;
  });
  const zmax = Math.max(...z);
  let sum = 0;
  for (const v of z) sum += Math.exp(v - zmax);
  // The order sorted as indexes (same comparisons, same stable sort), so each hit is built once, without `z`.
  const order = hits.map((_, i) => i).sort((a, b) => z[b] - z[a] || hits[a].doc - hits[b].doc);
  return order.map((i) => ({
    doc: hits[i].doc,
    score: Math.max(0, z[i]),
    fused: hits[i].score,
    share: Math.exp(z[i] - zmax) / sum,
    docCoverage: feats[i * F + 6],
    windowCoverage: feats[i * F + 8],
  }));
}

/** Inputs of the confidence model, all in 0..1. */
export interface ConfidenceFeatures {
  /** First-stage fused score of the top hit over the largest fused score reachable by this query's active channels. */
  top: number;
  /** Lead of the top hit: re-ranker softmax share of the first minus that of the second (fused (top − second)/top without re-ranking). */
  margin: number;
  /** Share of the query's IDF mass found in the index. */
  coverage: number;
  /** Re-ranker softmax share of the top hit among the candidates (1 without re-ranking). */
  share: number;
  /** Share of the query's IDF mass inside the top hit's best short window (0 without re-ranking). */
  window: number;
}

/**
 * Logistic model of P(top hit is right). Fitted (logistic regression) on the OMoS train questions of the five
 * languages plus 750 "answer missing" questions (their page removed from the corpus), with the default options
 * (`npm run eval -- --fit-confidence`); refit when the ranking changes (docs/eval.md).
 */
export const CONFIDENCE_MODEL = { bias: -3.67, top: -0.7, margin: -0.51, coverage: 0.42, share: 5.22, window: 1.17 };

/** Logistic model of P(a right answer is among the first three hits), fitted like `CONFIDENCE_MODEL`. */
export const CONFIDENCE_TOP3_MODEL = { bias: -3.24, top: -1.54, margin: -3.58, coverage: 1.14, share: 7.46, window: 1.96 };

function logistic(m: typeof CONFIDENCE_MODEL, f: ConfidenceFeatures): number {
  const z = m.bias + m.top * f.top + m.margin * f.margin + m.coverage * f.coverage + m.share * f.share + m.window * f.window;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Calibrated probability that the top hit is right; never above the share of the question the index knows (the
 * re-ranker's softmax share is relative: with one weak candidate it is 1, yet nothing was understood).
 */
export function confidence(f: ConfidenceFeatures): number {
  return Math.min(logistic(CONFIDENCE_MODEL, f), f.coverage);
}

/** Calibrated probability that a right hit is among the first three (drives clarify vs fallback); capped like `confidence`. */
export function confidenceTop3(f: ConfidenceFeatures): number {
  return Math.min(logistic(CONFIDENCE_TOP3_MODEL, f), f.coverage);
}

/** Features of a ranking (re-ranked when the hits carry `share`). */
export function features(hits: (Fused | Reranked)[], maxFused: number, s: ChannelScores): ConfidenceFeatures {
  if (hits.length === 0 || maxFused <= 0) return { top: 0, margin: 0, coverage: s.coverage, share: 0, window: 0 };
  const first = hits[0];
  if ('share' in first) {
    const second = hits[1] as Reranked | undefined;
    return {
      top: first.fused / maxFused,
      margin: first.share - (second?.share ?? 0),
      coverage: s.coverage,
      share: first.share,
      window: first.windowCoverage,
    };
  }
  const top = first.score;
  const second = hits.length > 1 ? hits[1].score : 0;
  return { top: top / maxFused, margin: top > 0 ? (top - second) / top : 0, coverage: s.coverage, share: 1, window: 0 };
}

