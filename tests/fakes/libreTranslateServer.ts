// A fake LibreTranslate server on 127.0.0.1 (ephemeral port) speaking its documented API, for tests that must stay on the machine.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake misbehaves: LibreTranslate's documented error answers. */
export type FakeFailure = 'none' | 'bad-request' | 'forbidden' | 'slowdown' | 'server-error' | 'garbage';

/** What the fake does with `⟦n⟧` placeholders: keep them, add spaces like some engines, or drop them. */
export type PlaceholderMode = 'keep' | 'spaced' | 'arabic-digits' | 'drop';

export interface FakeLibreTranslateOptions {
  /** When set, requests must carry this `api_key` (else 403 `{"error":"Invalid API key"}`). */
  apiKey?: string;
  /** Milliseconds to wait before answering (slow mode); the wait ends when the client goes away. */
  delayMs: number;
  /** Failure mode for every request. */
  failure: FakeFailure;
  /** Fails only the next N requests with `failure`, then answers normally (for retry tests); undefined = always. */
  failFirst?: number;
  /** Placeholder handling in translations. */
  placeholders: PlaceholderMode;
  /** Languages the server offers (codes); others get 400 `"xx is not supported"`. */
  languages: string[];
}

export const DEFAULT_FAKE_OPTIONS: FakeLibreTranslateOptions = {
  delayMs: 0,
  failure: 'none',
  placeholders: 'keep',
  languages: ['en', 'fr', 'nl', 'ar', 'ru', 'uk', 'es', 'tr', 'fa', 'ps', 'de'],
};

const NAMES: Record<string, string> = {
  en: 'English', fr: 'French', nl: 'Dutch', ar: 'Arabic', ru: 'Russian', uk: 'Ukrainian', es: 'Spanish',
  tr: 'Turkish', fa: 'Persian', ps: 'Pashto', de: 'German',
};

/**
 * Deterministic "translations" of a few test phrases, by `source>target`. Anything else becomes
 * `[tr:<target>] <text>` so tests see that it went through the engine and what the engine received.
 */
export const FAKE_DICTIONARY: Record<string, Record<string, string>> = {
  'es>fr': { '¿Dónde puedo aprender francés?': 'Où puis-je apprendre le français ?' },
  'fr>es': { 'Vous pouvez suivre des cours de français.': 'Puede seguir cursos de francés.' },
  'fa>fr': { 'کجا می‌توانم فرانسوی یاد بگیرم؟': 'Où puis-je apprendre le français ?' },
  'fr>fa': { 'Vous pouvez suivre des cours de français.': 'می‌توانید در کلاس‌های فرانسوی شرکت کنید.' },
};

/** Guesses a language the way a test needs: script first, then a few marker words. */
export function fakeDetect(text: string): { language: string; confidence: number }[] {
  const t = text.toLowerCase();
  if (/[پچژگی]/u.test(text) || /می‌/u.test(text)) return [{ language: 'fa', confidence: 92 }, { language: 'ar', confidence: 30 }];
  if (/\p{Script=Arabic}/u.test(text)) return [{ language: 'ar', confidence: 90 }, { language: 'fa', confidence: 25 }];
  if (/[іїєґ]/u.test(t)) return [{ language: 'uk', confidence: 90 }, { language: 'ru', confidence: 40 }];
  if (/\p{Script=Cyrillic}/u.test(text)) return [{ language: 'ru', confidence: 88 }, { language: 'uk', confidence: 35 }];
  if (/[¿¡ñ]|\b(dónde|puedo|hola)\b/u.test(t)) return [{ language: 'es', confidence: 95 }];
  if (/[ğış]|\b(nerede|merhaba)\b/u.test(t)) return [{ language: 'tr', confidence: 93 }];
  if (/\b(où|je|le|la|vous|bonjour)\b/u.test(t)) return [{ language: 'fr', confidence: 90 }];
  if (/\b(waar|ik|hoe)\b/u.test(t)) return [{ language: 'nl', confidence: 85 }];
  return [{ language: 'en', confidence: 20 }];
}

/** The fake engine's translation of one text. */
export function fakeTranslate(text: string, source: string, target: string, mode: PlaceholderMode = 'keep'): string {
  const known = FAKE_DICTIONARY[`${source}>${target}`]?.[text];
  let out = known ?? `[tr:${target}] ${text}`;
  switch (mode) {
    case 'spaced':
      out = out.replace(/⟦(\d+)⟧/g, ' ⟦ $1 ⟧ ');
      break;
    case 'arabic-digits':
      out = out.replace(/⟦(\d+)⟧/g, (_, d: string) => `⟦${[...d].map((c) => String.fromCharCode(0x660 + Number(c))).join('')}⟧`);
      break;
    case 'drop':
      out = out.replace(/⟦\d+⟧/g, '');
      break;
    default:
      break;
  }
  return out;
}

/** A request the fake received (body parsed), for assertions on what left the bot. */
export interface FakeRequest {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

/** A running fake; `close()` it in afterEach/afterAll. */
export interface FakeLibreTranslate {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Current behaviour; change fields between requests. */
  readonly options: FakeLibreTranslateOptions;
  /** Every request received, oldest first. */
  readonly requests: FakeRequest[];
  /** Requests to one path. */
  count(path: string): number;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.length === 0) return {};
  const type = String(req.headers['content-type'] ?? '');
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Starts the fake on 127.0.0.1 with an ephemeral port. */
export async function startFakeLibreTranslate(
  options: Partial<FakeLibreTranslateOptions> = {},
): Promise<FakeLibreTranslate> {
  const state: FakeLibreTranslateOptions = { ...DEFAULT_FAKE_OPTIONS, ...options };
  const requests: FakeRequest[] = [];

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = req.method === 'POST' ? await readBody(req) : Object.fromEntries(url.searchParams);
    requests.push({ method: req.method ?? 'GET', path: url.pathname, body });

    if (state.delayMs > 0) {
      const closed = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), state.delayMs);
        res.on('close', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (closed) return;
    }

    if (state.failure !== 'none' && (state.failFirst === undefined || state.failFirst > 0)) {
      if (state.failFirst !== undefined) state.failFirst -= 1;
      switch (state.failure) {
        case 'bad-request':
          return send(res, 400, { error: 'Invalid request: missing q parameter' });
        case 'forbidden':
          return send(res, 403, { error: 'Invalid API key' });
        case 'slowdown':
          return send(res, 429, { error: 'Slowdown: 20 per 1 minute' });
        case 'server-error':
          return send(res, 500, { error: 'Cannot translate text: engine failure' });
        case 'garbage':
          if (!res.writableEnded) {
            res.writeHead(200, { 'content-type': 'text/html' });
            res.end('<html>bad gateway</html>');
          }
          return;
        default:
          break;
      }
    }

    if (state.apiKey !== undefined && body.api_key !== state.apiKey) {
      return send(res, 403, { error: 'Invalid API key' });
    }

    if (req.method === 'GET' && url.pathname === '/languages') {
      return send(
        res,
        200,
        state.languages.map((code) => ({
          code,
          name: NAMES[code] ?? code,
          targets: state.languages.filter((t) => t !== code),
        })),
      );
    }

    if (req.method === 'POST' && url.pathname === '/detect') {
      const q = body.q;
      if (typeof q !== 'string' || q.length === 0) return send(res, 400, { error: 'Invalid request: missing q parameter' });
      return send(res, 200, fakeDetect(q));
    }

    if (req.method === 'POST' && url.pathname === '/translate') {
      const { q, source, target } = body;
      const format = body.format ?? 'text';
      if (!q || (Array.isArray(q) && q.length === 0)) return send(res, 400, { error: 'Invalid request: missing q parameter' });
      if (typeof source !== 'string' || !source) return send(res, 400, { error: 'Invalid request: missing source parameter' });
      if (typeof target !== 'string' || !target) return send(res, 400, { error: 'Invalid request: missing target parameter' });
      if (format !== 'text' && format !== 'html') return send(res, 400, { error: `${String(format)} format is not supported` });
      const texts = Array.isArray(q) ? q.map(String) : [String(q)];
      if (source !== 'auto' && !state.languages.includes(source)) return send(res, 400, { error: `${source} is not supported` });
      if (!state.languages.includes(target)) return send(res, 400, { error: `${target} is not supported` });
      const detected = texts.map((t) => fakeDetect(t)[0]);
      const translated = texts.map((t, i) =>
        fakeTranslate(t, source === 'auto' ? detected[i].language : source, target, state.placeholders),
      );
      if (Array.isArray(q)) {
        return send(res, 200, {
          translatedText: translated,
          ...(source === 'auto' ? { detectedLanguage: detected } : {}),
        });
      }
      return send(res, 200, {
        translatedText: translated[0],
        ...(source === 'auto' ? { detectedLanguage: detected[0] } : {}),
      });
    }

    return send(res, 404, { error: 'Not Found' });
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, { error: 'fake server failure' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    options: state,
    requests,
    count: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
