// Search core contract: documents in, ranked hits with their evidence and a calibrated confidence out. Pure, no I/O.
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
  /**
   * Keywords from this index on are lent by the document's texts in other languages (the answerer's
   * `borrowedKeywords`): searched as its own, but not what a topic model should learn of the language.
   */
  lentFrom?: number;
}

export interface SearchQuery {
  text: string;
  /** Language of the text: documents in this language are searched. */
  lang: Lang;
  /** Only documents with one of these scopes, or with none, are candidates. */
  scopes?: string[];
  /** Hits to return (default 5). */
  limit?: number;
  /**
   * The part of `text` that states the need, when it differs (the text without the town it names): evidence is
   * computed over it, ranking over `text`.
   */
  needText?: string;
  /** Words of `needText` unknown to every document that do not count against it (a place name found in the text). */
  forgiven?: number;
  /**
   * Words (as written) that do not count against the question when no document knows them: the trade a person says
   * they are ("je suis plombier, comment trouver du travail"), which says who asks, not what is asked.
   */
  forgivable?: string;
}

/** How much of the query one hit holds (in the manner of MiniSearch's `match`). */
export interface HitEvidence {
  /** Share of the query's IDF mass found in the document (title, questions, keywords; text counts `textOnlyWeight`). */
  support: number;
  /** The same mass, not divided: how many of the language's rarest words it is worth. */
  supportWords: number;
  /** One of the query's words is in the title, keywords or a one-word sample question: what the document is about. */
  topical: boolean;
}

/** How well the documents of the query's language cover it, whatever the hit. */
export interface QueryEvidence {
  /** Analysed content words of the query (stems). */
  terms: string[];
  /** Share of the query's IDF mass whose words occur in some document (exactly or near). */
  coverage: number;
}

export interface SearchHit {
  id: string;
  score: number;
  evidence: HitEvidence;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Calibrated 0..1 confidence that hits[0] is right. */
  confidence: number;
  /** The query's coverage by the language's documents; also returned when nothing was found. */
  query: QueryEvidence;
  /** Calibrated 0..1 confidence that a right hit is among the first three (clarify vs fallback). */
  confidenceTop3?: number;
  /** What the confidence was computed from (top score, margin, query coverage; each 0..1), for diagnostics. */
  signals?: { top: number; margin: number; coverage: number; share?: number; window?: number };
}
