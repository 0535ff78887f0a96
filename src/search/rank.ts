// Fuses the channels' scores into one ranking and turns its shape into a calibrated confidence and a decision.
import type { ChannelScores } from './langIndex';
import type { SearchOptions } from './options';
import type { Decision } from './types';

/** One fused candidate (local document number). */
export interface Fused {
  doc: number;
  score: number;
}

const CHANNELS = ['word', 'passage', 'ngram', 'bigram'] as const;

/**
 * Normalised score fusion: each channel's scores are divided by that channel's best score among the allowed
 * documents, then summed with the fusion weights. Returns the best `limit` allowed documents, best first.
 */
export function fuse(s: ChannelScores, o: SearchOptions, allowed: (doc: number) => boolean, limit: number): Fused[] {
  const cand = s.touched.filter(allowed);
  const scale: Record<(typeof CHANNELS)[number], number> = { word: 0, passage: 0, ngram: 0, bigram: 0 };
  for (const c of CHANNELS) {
    let max = 0;
    const arr = s[c];
    for (const d of cand) if (arr[d] > max) max = arr[d];
    scale[c] = max > 0 ? o.fusion[c] / max : 0;
  }
  const out: Fused[] = [];
  for (const d of cand) {
    const score = s.word[d] * scale.word + s.passage[d] * scale.passage + s.ngram[d] * scale.ngram + s.bigram[d] * scale.bigram;
    out.push({ doc: d, score });
  }
  return topK(out, limit);
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
  /** Fused score of the top hit over the largest possible fused score. */
  top: number;
  /** (top − second) / top. */
  margin: number;
  /** Share of the query's IDF mass found in the index. */
  coverage: number;
}

/** Logistic model of P(top hit is right); coefficients fitted on the OMoS train split (docs/eval.md). */
export const CONFIDENCE_MODEL = { bias: -3, top: 2, margin: 5, coverage: 2 };

/** Calibrated probability that the top hit is right. */
export function confidence(f: ConfidenceFeatures): number {
  const m = CONFIDENCE_MODEL;
  const z = m.bias + m.top * f.top + m.margin * f.margin + m.coverage * f.coverage;
  return 1 / (1 + Math.exp(-z));
}

/** Features of a fused ranking. */
export function features(hits: Fused[], s: ChannelScores, o: SearchOptions): ConfidenceFeatures {
  if (hits.length === 0) return { top: 0, margin: 0, coverage: s.coverage };
  const maxFused = o.fusion.word + o.fusion.passage + o.fusion.ngram + o.fusion.bigram;
  const top = hits[0].score;
  const second = hits.length > 1 ? hits[1].score : 0;
  return { top: top / maxFused, margin: top > 0 ? (top - second) / top : 0, coverage: s.coverage };
}

/** answer / clarify / fallback from the confidence and the thresholds. */
export function decide(conf: number, hitCount: number, o: SearchOptions): Decision {
  if (hitCount === 0) return 'fallback';
  if (conf >= o.answerThreshold) return 'answer';
  if (conf >= o.clarifyThreshold) return 'clarify';
  return 'fallback';
}
