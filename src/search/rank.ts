// Fuses the channels' scores into one ranking and turns its shape into a calibrated confidence and a decision.
import type { ChannelScores } from './langIndex';
import type { SearchOptions } from './options';
import type { Decision } from './types';

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
  const out: Fused[] = [];
  for (const d of cand) {
    const score =
      s.word[d] * scale.word +
      s.passage[d] * scale.passage +
      s.ngram[d] * scale.ngram +
      s.bigram[d] * scale.bigram +
      s.titleMatch[d] * scale.titleMatch;
    out.push({ doc: d, score });
  }
  return { hits: topK(out, limit), maxScore };
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

/** Inputs of the confidence model, all in 0..1. */
export interface ConfidenceFeatures {
  /** Fused score of the top hit over the largest fused score reachable by this query's active channels. */
  top: number;
  /** (top − second) / top. */
  margin: number;
  /** Share of the query's IDF mass found in the index. */
  coverage: number;
}

/**
 * Logistic model of P(top hit is right). Fitted (logistic regression) on the OMoS train questions of the five
 * languages plus 750 "answer missing" questions (their page removed from the corpus), with the default options;
 * refit when fusion weights change (docs/eval.md).
 */
export const CONFIDENCE_MODEL = { bias: -5.71, top: 2.02, margin: 4.13, coverage: 2.74 };

/** Logistic model of P(a right answer is among the first three hits), fitted like `CONFIDENCE_MODEL`. */
export const CONFIDENCE_TOP3_MODEL = { bias: -5.95, top: 2.65, margin: 1.98, coverage: 3.57 };

function logistic(m: typeof CONFIDENCE_MODEL, f: ConfidenceFeatures): number {
  const z = m.bias + m.top * f.top + m.margin * f.margin + m.coverage * f.coverage;
  return 1 / (1 + Math.exp(-z));
}

/** Calibrated probability that the top hit is right. */
export function confidence(f: ConfidenceFeatures): number {
  return logistic(CONFIDENCE_MODEL, f);
}

/** Calibrated probability that a right hit is among the first three (drives clarify vs fallback). */
export function confidenceTop3(f: ConfidenceFeatures): number {
  return logistic(CONFIDENCE_TOP3_MODEL, f);
}

/** Features of a fused ranking. */
export function features(hits: Fused[], maxFused: number, s: ChannelScores): ConfidenceFeatures {
  if (hits.length === 0 || maxFused <= 0) return { top: 0, margin: 0, coverage: s.coverage };
  const top = hits[0].score;
  const second = hits.length > 1 ? hits[1].score : 0;
  return { top: top / maxFused, margin: top > 0 ? (top - second) / top : 0, coverage: s.coverage };
}

/**
 * answer when the top hit is likely right; clarify (offer the first choices) when a right hit is likely among
 * the first three; fallback otherwise.
 */
export function decide(conf: number, conf3: number, hitCount: number, o: SearchOptions): Decision {
  if (hitCount === 0) return 'fallback';
  if (conf >= o.answerThreshold) return 'answer';
  if (conf3 >= o.clarifyThreshold) return 'clarify';
  return 'fallback';
}
