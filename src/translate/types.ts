// The Translator port: machine translation behind one small interface (LibreTranslate today).
import type { Lang } from '../knowledge/types';

export interface Detection {
  language: Lang;
  /** 0..100 as LibreTranslate reports it. */
  confidence: number;
}

/** A machine-translation engine. Implementations throw TranslateError on failure or timeout. */
export interface Translator {
  detect(text: string): Promise<Detection[]>;
  /** Translates each text from `source` to `target`, keeping order. */
  translate(texts: string[], source: Lang, target: Lang): Promise<string[]>;
  languages(): Promise<{ code: Lang; name: string; targets?: Lang[] }[]>;
}

export class TranslateError extends Error {
  constructor(
    readonly component: string,
    message: string,
    readonly status?: number,
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
  detect(text: string): Promise<Lang | undefined>;
  /** Translates with protected spans (URLs, phones, e-mails, service names, codes) kept intact; cached. */
  translate(texts: string[], source: Lang, target: Lang): Promise<string[] | undefined>;
}
