// Tuning of the search engine: field weights, BM25 constants, fusion weights and the evidence of each hit.

/** Options of `SearchIndex.build`; every constant was tuned on the OMoS train split (docs/eval.md). */
/** How a hit's evidence is weighed (chosen on the probes and the belgium set; see docs/eval.md). */
export interface EvidenceOptions {
  /**
   * Weight of a query word no document has, relative to the rarest word. 1: an unknown word counts against a hit
   * as much as a rare known word counts for it (0.7–0.8 changed nothing on the probes).
   */
  unknownWordWeight: number;
  /**
   * Weight of a word found only in a document's text (not its title, questions or keywords). 0: answers mention
   * "yesterday" or "week-end" in passing; that is no sign the entry is about them (0.25 and 0.5: no better).
   */
  textOnlyWeight: number;
  /** Weight of a query word matched only through a near form (one typo, a shared long prefix, an affix). */
  nearMatchWeight: number;
  /**
   * What a word of when ("week-end", "Sunday", "open": `CIRCUMSTANCE_WORD_LISTS`) is worth towards a document's
   * support, relative to another word of the same rarity; such a word never makes a document topical when below 1.
   * It still counts in the question's weight and in the ranking. 1 turns it off.
   */
  circumstanceWeight: number;
  /** Shortest query word corrected for typos (shorter words are too easily confused; affixes from 3 letters). */
  nearMatchMinLength: number;
}

export interface SearchOptions {
  /** BM25 term-frequency saturation for the document-level channels. */
  k1: number;
  /** BM25 length normalisation (0 = none, 1 = full) for the document-level channels. */
  b: number;
  /** Field weights of the word (BM25F) and n-gram channels. */
  fieldWeights: { title: number; questions: number; keywords: number; text: number };
  /** Sentences (or lines) per passage window of the passage channel. */
  passageSize: number;
  /** Step between passage windows (in sentences). */
  passageStride: number;
  /** BM25 k1 / b of the passage channel. */
  passageK1: number;
  passageB: number;
  /** Passage-channel weight of a sample question relative to a text passage. */
  questionPassageBoost: number;
  /** Smallest and largest character n-gram length of the sub-word channel. */
  ngramMin: number;
  ngramMax: number;
  /**
   * Large-index mode for languages with more documents than this: n-grams of title and keywords only, of length
   * `ngramLargeLength`; very common words and n-grams skipped; fairly common ones gated (`rareTermDfRatio`).
   * Keeps 100k-entry builds within seconds and searches within milliseconds; smaller indexes score everything
   * (the gating costs about 4 points of recall@3 when forced on the OMoS corpora).
   */
  largeIndexDocs: number;
  /** n-gram length used in large-index mode. */
  ngramLargeLength: number;
  /** In large-index mode, n-grams found in more than this share of documents are skipped (they carry almost no IDF). */
  ngramMaxDfRatio: number;
  /**
   * In large-index mode, query words found in more than this share of documents are skipped when the query has
   * rarer words (their IDF is near zero; skipping them bounds latency).
   */
  commonTermDfRatio: number;
  /**
   * In large-index mode, words and n-grams found in more than this share of documents only re-score documents that
   * rarer query words found (they cannot bring new candidates); the query's rarest word always can.
   */
  rareTermDfRatio: number;
  /** Pseudo-relevance feedback: documents read (0 = off), terms added, and their total weight (query words weigh 1 each). */
  prfDocs: number;
  prfTerms: number;
  prfWeight: number;
  /** Candidates of the first stage re-sorted by the learned re-ranker (`RERANK_MODEL` in rank.ts); 0 = off. */
  rerankDepth: number;
  /** Window (in tokens) of the re-ranker's proximity feature. */
  rerankWindow: number;
  /** Letters of a stem kept as its prefix for the re-ranker's prefix features. */
  rerankPrefix: number;
  /** Re-ranker weights (defaults to the fitted `RERANK_MODEL`); for experiments and fitting. */
  rerankWeights?: readonly number[];
  /** Fusion weights of the normalised channel scores. */
  fusion: { word: number; passage: number; ngram: number; bigram: number; titleMatch: number };
  /** Weight of a word found only through typo correction (edit distance 1), relative to an exact term. */
  typoWeight: number;
  /** Query terms shorter than this are never typo-corrected. */
  typoMinLength: number;
  /** How each hit's evidence is weighed (`evidence.ts`). */
  evidence: EvidenceOptions;
  /** Hits returned when the query does not say (`SearchQuery.limit`). */
  defaultLimit: number;
}

/** Defaults; thresholds chosen on the OMoS dev split, see docs/eval.md. */
export const DEFAULT_SEARCH_OPTIONS: SearchOptions = {
  k1: 3,
  b: 0.75,
  fieldWeights: { title: 3, questions: 3, keywords: 2, text: 1 },
  passageSize: 3,
  passageStride: 2,
  passageK1: 1.2,
  passageB: 0.5,
  questionPassageBoost: 1.5,
  ngramMin: 3,
  ngramMax: 5,
  largeIndexDocs: 10_000,
  ngramLargeLength: 4,
  ngramMaxDfRatio: 0.3,
  commonTermDfRatio: 0.3,
  rareTermDfRatio: 0.02,
  prfDocs: 0,
  prfTerms: 10,
  prfWeight: 1,
  rerankDepth: 20,
  rerankWindow: 12,
  rerankPrefix: 5,
  fusion: { word: 1, passage: 0.3, ngram: 1, bigram: 0.3, titleMatch: 0 },
  typoWeight: 0.6,
  typoMinLength: 4,
  // On OMoS dev: 40% of questions answered directly, 88% of them right; 23% fall back, as do 49% of
  // questions whose page was removed (see docs/eval.md).
  evidence: {
    unknownWordWeight: 1,
    textOnlyWeight: 0,
    nearMatchWeight: 0.7,
    circumstanceWeight: 0.3,
    nearMatchMinLength: 5,
  },
  defaultLimit: 5,
};

/** Error of the search layer, naming the option or document at fault. */
export class SearchError extends Error {
  constructor(message: string) {
    super(`SearchError: ${message}`);
    this.name = 'SearchError';
  }
}

/** Merges and validates options once, at build time. */
export function resolveOptions(options?: Partial<SearchOptions>): SearchOptions {
  const o: SearchOptions = {
    ...DEFAULT_SEARCH_OPTIONS,
    ...options,
    fieldWeights: { ...DEFAULT_SEARCH_OPTIONS.fieldWeights, ...options?.fieldWeights },
    fusion: { ...DEFAULT_SEARCH_OPTIONS.fusion, ...options?.fusion },
    evidence: { ...DEFAULT_SEARCH_OPTIONS.evidence, ...options?.evidence },
  };
  if (o.ngramMin < 1 || o.ngramMax < o.ngramMin) throw new SearchError(`n-gram range ${o.ngramMin}..${o.ngramMax} is invalid`);
  if (o.passageSize < 1 || o.passageStride < 1) throw new SearchError(`passage window ${o.passageSize}/${o.passageStride} is invalid`);
  for (const k of ['unknownWordWeight', 'textOnlyWeight', 'nearMatchWeight', 'circumstanceWeight'] as const) {
    const v = o.evidence[k];
    if (!(v >= 0 && v <= 1)) throw new SearchError(`evidence option "${k}" must be in [0, 1], got ${v}`);
  }
  if (!Number.isInteger(o.evidence.nearMatchMinLength) || o.evidence.nearMatchMinLength < 1) {
    throw new SearchError(`evidence option "nearMatchMinLength" must be a whole number from 1, got ${o.evidence.nearMatchMinLength}`);
  }
  return o;
}
