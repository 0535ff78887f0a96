// Serves the newcomers' web chat page and the official Web Chat bundle from node_modules (no CDN).
import express, { type Request, type Response, type Router } from 'express';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Options of the web chat page. */
export interface WebChatOptions {
  /** Folder holding `index.html` and the page's assets (`public/`). */
  publicDir: string;
  /** The Web Chat UMD bundle (full build: Markdown and cards render). */
  webChatBundle: string;
  /** Sites allowed to show the page in an iframe (CSP frame-ancestors); `['*']` lets any commune embed it. */
  frameAncestors: string[];
  /** Cache lifetime of the Web Chat bundle, seconds (changes only with an npm update; page files revalidate). */
  assetMaxAgeSeconds: number;
}

/** The project's `public/` folder, whether running from `src/` (ts-jest) or `dist/src/` (built). */
function defaultPublicDir(): string {
  const candidates = [path.resolve(__dirname, '../../../public'), path.resolve(__dirname, '../../../../public')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? candidates[0];
}

function defaultBundle(): string {
  // The package only exports its entry point (lib/index.js); the UMD bundle sits beside it in dist/.
  return path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
}

/** Defaults: any site may embed the page (it holds nothing sensitive); the bundle is cached a day. */
export const DEFAULT_OPTIONS: WebChatOptions = {
  publicDir: defaultPublicDir(),
  webChatBundle: defaultBundle(),
  frameAncestors: ['*'],
  assetMaxAgeSeconds: 86_400,
};

/** Web chat page setup failure, naming the file. */
export class WebChatError extends Error {
  constructor(message: string) {
    super(`WebChatError: ${message}`);
    this.name = 'WebChatError';
  }
}

/** A file served from memory, with a gzip copy and an ETag. */
interface CachedFile {
  raw: Buffer;
  gzip: Buffer;
  etag: string;
}

/**
 * Router serving `GET /` (the page) and `GET /static/*` (Web Chat bundle as `/static/webchat.js`, page script,
 * styles and the page's label files `/static/i18n/<lang>.json`). Mount at the app's root.
 */
export function createWebChatRouter(input: Partial<WebChatOptions> = {}): Router {
  const options: WebChatOptions = { ...DEFAULT_OPTIONS, ...input };
  const indexFile = path.join(options.publicDir, 'index.html');
  for (const file of [indexFile, options.webChatBundle]) {
    if (!existsSync(file)) throw new WebChatError(`file "${file}" is missing`);
  }
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    // Web Chat styles its components at run time (emotion): inline styles are needed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self' data:",
    "media-src 'self' blob:",
    `frame-ancestors ${options.frameAncestors.join(' ')}`,
  ].join('; ');

  // Web Chat is ~4 MB; compressed once on first use (~1 MB) so a phone on a slow line gets the page.
  const cache = new Map<string, CachedFile>();
  const load = (file: string): CachedFile => {
    let hit = cache.get(file);
    if (!hit) {
      const raw = readFileSync(file);
      hit = { raw, gzip: gzipSync(raw), etag: `"${createHash('sha1').update(raw).digest('base64url')}"` };
      cache.set(file, hit);
    }
    return hit;
  };
  const send = (req: Request, res: Response, file: string, type: string, maxAge: number): void => {
    const f = load(file);
    res.set({ 'Content-Type': type, ETag: f.etag, Vary: 'Accept-Encoding', 'X-Content-Type-Options': 'nosniff' });
    res.set('Cache-Control', maxAge > 0 ? `public, max-age=${maxAge}` : 'no-cache');
    if (req.get('if-none-match') === f.etag) {
      res.status(304).end();
      return;
    }
    if (req.acceptsEncodings('gzip') === 'gzip') {
      res.set('Content-Encoding', 'gzip');
      res.send(f.gzip);
    } else {
      res.send(f.raw);
    }
  };

  const router = express.Router();
  router.get('/', (req, res) => {
    res.set({ 'Content-Security-Policy': csp, 'Referrer-Policy': 'no-referrer' });
    send(req, res, indexFile, 'text/html; charset=utf-8', 0);
  });
  router.get('/static/webchat.js', (req, res) => {
    send(req, res, options.webChatBundle, 'application/javascript; charset=utf-8', options.assetMaxAgeSeconds);
  });
  router.use(
    '/static',
    express.static(options.publicDir, {
      index: false,
      // Page script, styles and labels are small and change with each release: always revalidated (ETag).
      maxAge: 0,
      fallthrough: true,
      setHeaders: (res) => res.set('X-Content-Type-Options', 'nosniff'),
    }),
  );
  return router;
}
