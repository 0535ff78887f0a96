// LibreTranslate client (self-hosted, open source MT): /detect, /translate, /languages with timeouts and retries.
import type { Lang } from '../knowledge/types';
import { TranslateError, type Detection, type Translator, type TranslatorCallOptions } from './types';

const COMPONENT = 'libretranslate';

export interface LibreTranslateOptions {
  /** Base URL of the LibreTranslate server (e.g. `http://127.0.0.1:5000`). Required. */
  url: string;
  /** API key, sent as `api_key` when the server requires one. */
  apiKey?: string;
  /** Milliseconds one HTTP attempt may take before it is aborted. */
  timeoutMs: number;
  /** Retries after a failed attempt (network error, timeout, 429, 5xx); 4xx answers are not retried. */
  retries: number;
  /** Milliseconds before the first retry; doubled for each further retry. */
  backoffMs: number;
  /** fetch implementation (Node 20 global fetch by default; injectable for tests). */
  fetch: typeof fetch;
}

/**
 * Defaults. Two seconds per attempt is the issue's "slow" limit: past it the person gets curated text instead.
 * Two retries with 200 ms, 400 ms back-off absorb a restarting server or a short 429 without piling up requests.
 */
export const DEFAULT_LIBRETRANSLATE_OPTIONS: Omit<LibreTranslateOptions, 'url' | 'fetch'> = {
  timeoutMs: 2000,
  retries: 2,
  backoffMs: 200,
};

/** One language as GET /languages lists it. */
export interface LibreLanguage {
  code: Lang;
  name: string;
  targets?: Lang[];
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new TranslateError(COMPONENT, 'aborted', undefined, 'aborted'));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new TranslateError(COMPONENT, 'aborted', undefined, 'aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** A LibreTranslate server behind the Translator port. Throws TranslateError naming the route and status. */
export class LibreTranslateClient implements Translator {
  private readonly options: LibreTranslateOptions;
  private readonly base: string;

  constructor(options: Partial<LibreTranslateOptions> & { url: string }) {
    this.options = { ...DEFAULT_LIBRETRANSLATE_OPTIONS, fetch: globalThis.fetch, ...options };
    let parsed: URL;
    try {
      parsed = new URL(this.options.url);
    } catch {
      throw new TranslateError(COMPONENT, `url "${this.options.url}" is not a valid URL`, undefined, 'config');
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new TranslateError(COMPONENT, `url "${this.options.url}" must be http or https`, undefined, 'config');
    }
    if (!(this.options.timeoutMs > 0)) {
      throw new TranslateError(COMPONENT, `timeoutMs must be > 0, got ${this.options.timeoutMs}`, undefined, 'config');
    }
    if (!Number.isInteger(this.options.retries) || this.options.retries < 0) {
      throw new TranslateError(COMPONENT, `retries must be an integer >= 0, got ${this.options.retries}`, undefined, 'config');
    }
    this.base = parsed.href.replace(/\/+$/, '');
  }

  /** POST /detect: candidate languages, most likely first. */
  async detect(text: string, options: TranslatorCallOptions = {}): Promise<Detection[]> {
    const body = await this.request('POST', '/detect', { q: text }, options.signal);
    if (!Array.isArray(body)) throw new TranslateError(COMPONENT, 'POST /detect answered an unexpected body', undefined, 'bad-response');
    const out: Detection[] = [];
    for (const d of body as unknown[]) {
      if (d && typeof d === 'object') {
        const { language, confidence } = d as { language?: unknown; confidence?: unknown };
        if (typeof language === 'string') {
          out.push({ language, confidence: typeof confidence === 'number' ? confidence : 0 });
        }
      }
    }
    return out.sort((a, b) => b.confidence - a.confidence);
  }

  /** POST /translate with `q` as an array: one request for a reply's text, buttons and card texts. */
  async translate(
    texts: string[],
    source: Lang,
    target: Lang,
    options: TranslatorCallOptions = {},
  ): Promise<string[]> {
    if (texts.length === 0) return [];
    const body = await this.request(
      'POST',
      '/translate',
      { q: texts, source, target, format: 'text' },
      options.signal,
    );
    const translated = (body as { translatedText?: unknown } | null)?.translatedText;
    if (!isStringArray(translated) || translated.length !== texts.length) {
      throw new TranslateError(COMPONENT, 'POST /translate answered an unexpected body', undefined, 'bad-response');
    }
    return translated;
  }

  /** GET /languages: what the server can translate, with each language's targets. */
  async languages(options: TranslatorCallOptions = {}): Promise<LibreLanguage[]> {
    const body = await this.request('GET', '/languages', undefined, options.signal);
    if (!Array.isArray(body)) throw new TranslateError(COMPONENT, 'GET /languages answered an unexpected body', undefined, 'bad-response');
    return (body as unknown[])
      .filter((l): l is { code: string; name: string; targets?: unknown } => {
        const o = l as { code?: unknown; name?: unknown } | null;
        return !!o && typeof o.code === 'string' && typeof o.name === 'string';
      })
      .map((l) => ({ code: l.code, name: l.name, ...(isStringArray(l.targets) ? { targets: l.targets } : {}) }));
  }

  /** One call with retries and back-off; only transient failures (network, timeout, 429, 5xx) are retried. */
  private async request(
    method: 'GET' | 'POST',
    path: string,
    payload: Record<string, unknown> | undefined,
    signal?: AbortSignal,
  ): Promise<unknown> {
    let last: TranslateError | undefined;
    for (let attempt = 0; attempt <= this.options.retries; attempt += 1) {
      if (attempt > 0) await sleep(this.options.backoffMs * 2 ** (attempt - 1), signal);
      try {
        return await this.attempt(method, path, payload, signal);
      } catch (err) {
        const e = err instanceof TranslateError ? err : new TranslateError(COMPONENT, String(err), undefined, 'network');
        if (signal?.aborted || !isTransient(e)) throw e;
        last = e;
      }
    }
    throw last ?? new TranslateError(COMPONENT, `${method} ${path} failed`, undefined, 'network');
  }

  private async attempt(
    method: 'GET' | 'POST',
    path: string,
    payload: Record<string, unknown> | undefined,
    signal?: AbortSignal,
  ): Promise<unknown> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.options.timeoutMs);
    const onAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) controller.abort();
    const url = method === 'GET' && this.options.apiKey
      ? `${this.base}${path}?api_key=${encodeURIComponent(this.options.apiKey)}`
      : `${this.base}${path}`;
    try {
      const init: RequestInit = { method, signal: controller.signal, headers: { accept: 'application/json' } };
      if (payload) {
        init.headers = { 'content-type': 'application/json', accept: 'application/json' };
        init.body = JSON.stringify(this.options.apiKey ? { ...payload, api_key: this.options.apiKey } : payload);
      }
      let res: Response;
      try {
        res = await this.options.fetch(url, init);
      } catch (err) {
        if (timedOut) throw new TranslateError(COMPONENT, `${method} ${path} timed out after ${this.options.timeoutMs} ms`, undefined, 'timeout');
        if (signal?.aborted) throw new TranslateError(COMPONENT, `${method} ${path} aborted`, undefined, 'aborted');
        throw new TranslateError(COMPONENT, `${method} ${path} unreachable (${errorCode(err)})`, undefined, 'network');
      }
      let text: string;
      try {
        text = await res.text();
      } catch {
        if (timedOut) throw new TranslateError(COMPONENT, `${method} ${path} timed out after ${this.options.timeoutMs} ms`, undefined, 'timeout');
        throw new TranslateError(COMPONENT, `${method} ${path} body could not be read`, res.status, 'network');
      }
      let body: unknown;
      try {
        body = text.length > 0 ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      if (!res.ok) {
        const reason = (body as { error?: unknown } | undefined)?.error;
        throw new TranslateError(
          COMPONENT,
          `${method} ${path} answered ${res.status}${typeof reason === 'string' ? `: ${reason}` : ''}`,
          res.status,
          'http',
        );
      }
      if (body === undefined) throw new TranslateError(COMPONENT, `${method} ${path} answered non-JSON`, res.status, 'bad-response');
      return body;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }
}

/** Network failures, timeouts (no status), 429 and 5xx may pass; other 4xx will answer the same again. */
export function isTransient(err: TranslateError): boolean {
  switch (err.reason ?? 'network') {
    case 'timeout':
    case 'network':
      return true;
    case 'http':
      return err.status === 429 || (err.status ?? 0) >= 500;
    default:
      return false;
  }
}

function errorCode(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  return err instanceof Error ? err.name : 'error';
}
