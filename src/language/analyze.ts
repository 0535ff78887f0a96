// The one text pipeline used by both index and query: normalise, tokenise, drop stop words, fold accents, stem.
import { foldAccents, normaliseText } from './normalise';
import { stemmerFor } from './stem';
import { stopwords } from './stopwords';
import { tokenize } from './tokenize';

/** One analysed word: its stem (the index term) and its unstemmed folded surface form. */
export interface AnalyzedToken {
  term: string;
  surface: string;
}

/** Options of `analyzeTokens`. */
export interface AnalyzeOptions {
  /** Drop stop words (default true). Kept when the text has nothing else. */
  removeStopwords: boolean;
}

export const DEFAULT_ANALYZE_OPTIONS: AnalyzeOptions = { removeStopwords: true };

/**
 * The last few texts analysed, with their tokens (frozen: shared by the callers that ask again): a turn's message is
 * analysed by the search, its evidence and the name matchers in turn. A few entries only, not a store of messages.
 */
const RECENT_TEXTS = 8;
const recent = new Map<string, readonly AnalyzedToken[]>();

/** Normalised tokens with stems, in text order. */
export function analyzeTokens(text: string, lang: string, options?: Partial<AnalyzeOptions>): AnalyzedToken[] {
  const opts = { ...DEFAULT_ANALYZE_OPTIONS, ...options };
  const key = `${opts.removeStopwords ? 's' : 'a'}${lang}\u0000${text}`;
  const known = recent.get(key);
  if (known !== undefined) return known.slice();
  const stop = stopwords(lang);
  const stem = stemmerFor(lang);
  const raw = tokenize(normaliseText(text), lang);
  const kept = opts.removeStopwords ? raw.filter((t) => !stop.has(t)) : raw;
  const words = kept.length > 0 ? kept : raw;
  const tokens = words.map((w) => {
    // Fold before stemming: people type "refugies" as often as "réfugiés", and both must meet one stem.
    const surface = foldAccents(w);
    return Object.freeze({ term: stem(surface), surface });
  });
  if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value as string);
  recent.set(key, tokens);
  return tokens.slice();
}

/** Normalise + tokenise + stop words + stem: the index terms of a text in a language. */
export function analyze(text: string, lang: string): string[] {
  return analyzeTokens(text, lang).map((t) => t.term);
}
