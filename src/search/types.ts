// Search core contract: documents in, ranked hits and a calibrated decision out. Pure, no I/O.
import type { Lang } from '../knowledge/types';

/** One indexable document (a knowledge entry in one language, or an eval corpus page). */
export interface SearchDoc {
  /** Id returned in hits (entry id, page id). */
  id: string;
  lang: Lang;
  /** Where it applies (region, commune, city id); absent = everywhere. */
  scope?: string | string[];
  title: string;
  /** Sample questions (knowledge entries) — strong evidence. */
  questions?: string[];
  /** Body text (answer, steps, page text). */
  text: string;
  keywords?: string[];
}

export interface SearchQuery {
  text: string;
  /** Language of the text: documents in this language are searched. */
  lang: Lang;
  /** Only documents with one of these scopes, or with none, are candidates. */
  scopes?: string[];
  /** Hits to return (default 5). */
  limit?: number;
}

export interface SearchHit {
  id: string;
  score: number;
}

export type Decision = 'answer' | 'clarify' | 'fallback';

export interface SearchResult {
  hits: SearchHit[];
  /** Calibrated 0..1 confidence that hits[0] is right. */
  confidence: number;
  decision: Decision;
  /** Calibrated 0..1 confidence that a right hit is among the first three (clarify vs fallback). */
  confidenceTop3?: number;
  /** What the confidence was computed from (top score, margin, query coverage; each 0..1), for diagnostics. */
  signals?: { top: number; margin: number; coverage: number; share?: number; window?: number };
}
