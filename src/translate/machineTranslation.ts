// Machine translation as a careful fallback: protected spans, cache, breaker and a hard deadline; never throws.
import { CURATED_LANGS, PIVOT_LANG, type Lang } from '../knowledge/types';
import { CircuitBreaker, type CircuitBreakerOptions } from './breaker';
import { TranslationCache, type TranslationStore } from './cache';
import { LibreTranslateClient, type LibreTranslateOptions } from './libreTranslate';
import { PROTECTED_TERMS, protect, restoreStrict } from './protect';
import {
  TranslateError,
  type MachineTranslateOptions,
  type MachineTranslation,
  type TranslationBudget,
  type Translator,
} from './types';

export interface MachineTranslationOptions {
  /**
   * Milliseconds all detect and translate calls of one turn may take together (cache, engine, retries) when they
   * share its `TranslationBudget`; a single call without one gets the same. Past it they resolve undefined.
   */
  deadlineMs: number;
  /** Names and codes never translated (built-in list plus, typically, the knowledge base's service names). */
  protectedTerms: readonly string[];
  /**
   * Lowest detection confidence (0..100, LibreTranslate's scale) accepted by `detect`. 0 trusts the engine's top
   * guess: a wrong guess costs one reply in the wrong language, which the person can change, whereas refusing
   * short messages would leave many newcomers with no translation at all.
   */
  minDetectConfidence: number;
  /** Circuit breaker tuning. */
  breaker: Partial<CircuitBreakerOptions>;
  /** Told about each failure (for logs); carries no text of the person. */
  onError?: (err: TranslateError) => void;
}

/** Defaults: the two-second limit; the built-in protected terms. */
export const DEFAULT_MACHINE_TRANSLATION_OPTIONS: MachineTranslationOptions = {
  deadlineMs: 2000,
  protectedTerms: PROTECTED_TERMS,
  minDetectConfidence: 0,
  breaker: {},
};

const COMPONENT = 'machine-translation';

/**
 * Resolves `work`'s result, or `timedOut` once `ms` have passed (then aborts `controller`). `onTimeout` runs in
 * the timer itself, before the abort settles anything, so the caller sees what was in flight at that moment.
 */
function withDeadline<T>(
  work: (signal: AbortSignal) => Promise<T>,
  ms: number,
  onTimeout: () => void = () => undefined,
): Promise<{ value: T } | { timedOut: true } | { error: unknown }> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<{ timedOut: true }>((resolve) => {
    timer = setTimeout(() => {
      onTimeout();
      controller.abort();
      resolve({ timedOut: true });
    }, ms);
  });
  const run = work(controller.signal).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  return Promise.race([run, deadline]).finally(() => clearTimeout(timer));
}

/** True when a failure says nothing bad about the engine's health (it answered, e.g. "zz is not supported"). */
function engineAnswered(err: unknown): boolean {
  return err instanceof TranslateError && err.reason === 'http' && err.status === 400;
}

function asTranslateError(err: unknown): TranslateError {
  if (err instanceof TranslateError) return err;
  return new TranslateError(COMPONENT, err instanceof Error ? err.message : String(err), undefined, 'network');
}

/**
 * MachineTranslation over a Translator: protects spans, uses the store cache, respects a circuit breaker and a
 * deadline. Every method resolves (undefined on any failure); nothing waits past `deadlineMs`.
 */
export class MachineTranslationService implements MachineTranslation {
  private readonly options: MachineTranslationOptions;
  private readonly breaker: CircuitBreaker;
  private readonly cache?: TranslationCache;

  constructor(
    private readonly translator: Translator,
    store?: TranslationStore,
    options: Partial<MachineTranslationOptions> = {},
  ) {
    this.options = { ...DEFAULT_MACHINE_TRANSLATION_OPTIONS, ...options };
    if (!(this.options.deadlineMs > 0)) {
      throw new TranslateError(COMPONENT, `deadlineMs must be > 0, got ${this.options.deadlineMs}`, undefined, 'config');
    }
    this.breaker = new CircuitBreaker(this.options.breaker);
    this.cache = store ? new TranslationCache(store) : undefined;
  }

  /**
   * Milliseconds the next call may take: what the turn (`spent`, shared by its calls) has not yet spent waiting for
   * translations (the bot's own work between calls does not count), or a whole budget for a call without one: a
   * message needing a detection and several translations never waits longer than `deadlineMs` for them in all.
   */
  private budget(spent: TranslationBudget | undefined): number {
    return this.options.deadlineMs - (spent?.spentMs ?? 0);
  }

  /** Runs `work` under the deadline, counting the wait against the turn's budget. */
  private async timed<T>(work: (signal: AbortSignal) => Promise<T>, budget: number, spent: TranslationBudget | undefined, onTimeout?: () => void) {
    const started = Date.now();
    try {
      return await withDeadline(work, budget, onTimeout);
    } finally {
      if (spent) spent.spentMs += Date.now() - started;
    }
  }

  /** True when the breaker lets calls through (closed, or half-open with its trial free). */
  get available(): boolean {
    return this.breaker.canAttempt;
  }

  /** Breaker state, for health pages and tests. */
  get breakerState(): 'closed' | 'open' | 'half-open' {
    return this.breaker.state;
  }

  /** The most likely language of `text`, or undefined (blank text, low confidence, engine down or slow). */
  async detect(text: string, options: { budget?: TranslationBudget } = {}): Promise<Lang | undefined> {
    if (text.trim().length === 0) return undefined;
    const detections = await this.call((signal) => this.translator.detect(text, { signal }), options.budget);
    const top = detections?.[0];
    if (!top || top.confidence < this.options.minDetectConfidence) return undefined;
    return top.language;
  }

  /**
   * Translates `texts` from `source` to `target`, keeping order; blank texts are kept as they are. Undefined when
   * the engine is down, slow, refuses the language, or lost a protected span in any text.
   */
  async translate(
    texts: string[],
    source: Lang,
    target: Lang,
    options: MachineTranslateOptions = {},
  ): Promise<string[] | undefined> {
    if (source === target) return [...texts];
    const useCache = (options.cache ?? source === PIVOT_LANG) && this.cache !== undefined;
    const terms = options.protectedTerms
      ? [...this.options.protectedTerms, ...options.protectedTerms]
      : this.options.protectedTerms;

    const out: (string | undefined)[] = texts.map((t) => (t.trim().length === 0 ? t : undefined));
    const budget = this.budget(options.budget);
    // The turn's budget is spent: the reply goes out untranslated at once (not a failure of the engine).
    if (budget <= 0) return undefined;
    // Only a slow engine counts against the breaker, not a slow cache read or write.
    let engineInFlight = false;
    let engineTimedOut = false;
    const result = await this.timed(async (signal) => {
      if (useCache && this.cache) {
        const cache = this.cache;
        await Promise.all(
          texts.map(async (t, i) => {
            if (out[i] === undefined) out[i] = await cache.get(source, target, t);
          }),
        );
      }
      const missing = out.flatMap((t, i) => (t === undefined ? [i] : []));
      if (missing.length === 0) return 'done' as const;
      if (signal.aborted) return 'aborted' as const;
      if (!this.breaker.allow()) return 'refused' as const;
      try {
        const protectedTexts = missing.map((i) => protect(texts[i], terms));
        engineInFlight = true;
        const translated = await this.translator.translate(
          protectedTexts.map((p) => p.text),
          source,
          target,
          { signal },
        );
        engineInFlight = false;
        if (signal.aborted) return 'aborted' as const;
        this.breaker.success();
        const restored = protectedTexts.map((p, k) => restoreStrict(translated[k] ?? '', p.spans));
        if (restored.some((r) => r === undefined)) {
          this.report(new TranslateError(COMPONENT, `${source}->${target} lost a protected span`, undefined, 'bad-response'));
          return 'lost-span' as const;
        }
        missing.forEach((i, k) => (out[i] = restored[k]));
        if (useCache && this.cache) {
          const cache = this.cache;
          await Promise.all(missing.map((i) => cache.put(source, target, texts[i], out[i] ?? '')));
        }
        return 'done' as const;
      } catch (err) {
        engineInFlight = false;
        if (signal.aborted) return 'aborted' as const;
        if (engineAnswered(err)) this.breaker.success();
        else this.breaker.failure();
        this.report(asTranslateError(err));
        return 'failed' as const;
      }
    }, budget, options.budget, () => {
      engineTimedOut = engineInFlight;
    });

    if ('timedOut' in result) {
      // A translator that does not answer in time is failing, like one that refuses the connection.
      if (engineTimedOut) this.breaker.failure();
      this.report(new TranslateError(COMPONENT, `${source}->${target} took over ${budget} ms`, undefined, 'timeout'));
      return undefined;
    }
    if ('error' in result || result.value !== 'done') return undefined;
    return out.every((t): t is string => t !== undefined) ? out : undefined;
  }

  /** Runs one engine call under the breaker and the deadline. */
  private async call<T>(work: (signal: AbortSignal) => Promise<T>, spent: TranslationBudget | undefined): Promise<T | undefined> {
    const budget = this.budget(spent);
    if (budget <= 0 || !this.breaker.allow()) return undefined;
    const result = await this.timed(work, budget, spent);
    if ('value' in result) {
      this.breaker.success();
      return result.value;
    }
    if ('timedOut' in result) {
      this.breaker.failure();
      this.report(new TranslateError(COMPONENT, `call took over ${budget} ms`, undefined, 'timeout'));
      return undefined;
    }
    if (engineAnswered(result.error)) this.breaker.success();
    else this.breaker.failure();
    this.report(asTranslateError(result.error));
    return undefined;
  }

  private report(err: TranslateError): void {
    try {
      this.options.onError?.(err);
    } catch {
      // A failing logger must not turn a fallback into an error.
    }
  }
}

/** Machine translation when none is configured: unavailable, every call resolves undefined at once. */
export class NoTranslation implements MachineTranslation {
  readonly available = false;

  /** Always undefined: there is no engine to ask. */
  async detect(): Promise<Lang | undefined> {
    return undefined;
  }

  /** Always undefined: there is no engine to ask. */
  async translate(): Promise<string[] | undefined> {
    return undefined;
  }
}

/** What the composition root passes (read from LIBRETRANSLATE_URL, LIBRETRANSLATE_API_KEY, TRANSLATE_TIMEOUT_MS). */
export interface MachineTranslationConfig {
  /** LibreTranslate base URL; absent or empty = no machine translation. */
  url?: string;
  /** LibreTranslate API key, when the server requires one. */
  apiKey?: string;
  /** Deadline of all translation calls of one turn (sharing its `TranslationBudget`), ms (default 2000). */
  timeoutMs?: number;
  /** Service names to protect in addition to the built-in list. */
  protectedTerms?: readonly string[];
  /** Told about each failure (for logs). */
  onError?: (err: TranslateError) => void;
  /** Client overrides (tests: fetch, retries, backoff). */
  client?: Partial<Omit<LibreTranslateOptions, 'url' | 'apiKey' | 'timeoutMs'>>;
  /** Breaker overrides. */
  breaker?: Partial<CircuitBreakerOptions>;
}

/** Builds the MachineTranslation for a configuration: NoTranslation without a URL, else LibreTranslate behind the service. */
export function createMachineTranslation(
  config: MachineTranslationConfig,
  store?: TranslationStore,
): MachineTranslation {
  const url = config.url?.trim();
  if (!url) return new NoTranslation();
  const timeoutMs = config.timeoutMs ?? DEFAULT_MACHINE_TRANSLATION_OPTIONS.deadlineMs;
  const client = new LibreTranslateClient({
    ...config.client,
    url,
    ...(config.apiKey ? { apiKey: config.apiKey } : {}),
    timeoutMs,
  });
  return new MachineTranslationService(client, store, {
    deadlineMs: timeoutMs,
    protectedTerms: [...PROTECTED_TERMS, ...(config.protectedTerms ?? [])],
    ...(config.breaker ? { breaker: config.breaker } : {}),
    ...(config.onError ? { onError: config.onError } : {}),
  });
}

/**
 * The curated language to answer in when machine translation is not possible for `userLang`: the person's own
 * language when it is curated (also for regional tags like `fr-BE`), else the pivot, French.
 *
 * Why no "closest language" mapping (Dari → Farsi → ?, Pashto → ?, Tigrinya → Arabic?, Belarusian → Russian?):
 * second languages follow personal history, not language families. Many Afghans read no Russian, many Eritreans
 * no Arabic, and guessing Russian for a Ukrainian- or Belarusian-speaking person can hurt. French is the language
 * every entry has and the one spoken at the desks people are sent to; the reply then offers the curated
 * languages so the person chooses.
 */
export function pickCuratedFallback(userLang: Lang, curated: readonly string[] = CURATED_LANGS): string {
  const base = userLang.trim().toLowerCase().split(/[-_]/)[0];
  if (curated.includes(base)) return base;
  return PIVOT_LANG;
}
