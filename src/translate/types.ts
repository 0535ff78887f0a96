// The Translator port: machine translation behind one small interface (LibreTranslate today).
import type { Lang } from '../knowledge/types';

export interface Detection {
  language: Lang;
  /** 0..100 as LibreTranslate reports it. */
  confidence: number;
}

/** Per-call options of a Translator. */
export interface TranslatorCallOptions {
  /** Aborts the call (and its retries); the call then rejects with a TranslateError. */
  signal?: AbortSignal;
}

/** A machine-translation engine. Implementations throw TranslateError on failure or timeout. */
export interface Translator {
  detect(text: string, options?: TranslatorCallOptions): Promise<Detection[]>;
  /** Translates each text from `source` to `target`, keeping order. */
  translate(texts: string[], source: Lang, target: Lang, options?: TranslatorCallOptions): Promise<string[]>;
  languages(options?: TranslatorCallOptions): Promise<{ code: Lang; name: string; targets?: Lang[] }[]>;
}

/** Why a translation call failed: decides retries (client) and whether the circuit breaker counts it. */
export type TranslateFailure = 'timeout' | 'network' | 'aborted' | 'http' | 'bad-response' | 'config';

export class TranslateError extends Error {
  constructor(
    readonly component: string,
    message: string,
    /** HTTP status when the server answered. */
    readonly status?: number,
    /** Failure kind (absent in errors made before the kind existed: treat as 'network'). */
    readonly reason?: TranslateFailure,
  ) {
    super(`TranslateError: ${component}: ${message}`);
    this.name = 'TranslateError';
  }
}

/**
 * What the conversation uses: machine translation that never throws and never hangs. Every method resolves to
 * undefined when no translator is configured, the breaker is open, or the call failed or took too long.
 */
export interface MachineTranslation {
  /** True when a translator is configured and its circuit breaker is closed. */
  readonly available: boolean;
  detect(text: string, options?: { budget?: TranslationBudget }): Promise<Lang | undefined>;
  /**
   * Translates with protected spans (URLs, phones, e-mails, service names, codes) kept intact. Cached when the
   * source is the pivot language (curated text going out), never for a person's own words, unless `options.cache`
   * says otherwise.
   */
  translate(
    texts: string[],
    source: Lang,
    target: Lang,
    options?: MachineTranslateOptions,
  ): Promise<string[] | undefined>;
}

/**
 * One translation budget per turn of the conversation (TRANSLATE_TIMEOUT_MS), whatever number of calls it makes: the
 * turn creates one and hands it to each call (a parameter, not an AsyncLocalStorage, which would make Node run a
 * hook on every promise of the process).
 */
export interface TranslationBudget {
  /** Milliseconds the turn's calls have spent waiting for the translator so far. */
  spentMs: number;
}

/** Per-call options of MachineTranslation.translate. */
export interface MachineTranslateOptions {
  /**
   * Use the translation cache. Default: true when `source` is the pivot language (curated text), false otherwise,
   * so what a person wrote is never kept in the store.
   */
  cache?: boolean;
  /** More names to keep as they are (service names of the reply), in addition to the built-in list. */
  protectedTerms?: readonly string[];
  /** The turn's budget, shared with its other calls; without one the call gets a whole budget. */
  budget?: TranslationBudget;
}
