// The desk room: the "primo-arrivants" desk page and the JSON API it calls. Stateless by design: nothing about the
// person (language, postal code, status, question) is stored or logged; the page forgets it on "Next person".
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import QRCode from 'qrcode';
import { HttpError, requireJson } from '../http/errors';
import type { LocaleNamespace, Localizer } from '../i18n/localizer';
import { CURATED_LANGS, STATUSES, TOPICS, type Entry, type Lang, type Place, type Status } from '../knowledge/types';
import type { Logger } from '../logger';
import { deskAccessGuard, DEFAULT_DESK_NETWORKS, type DeskAccess, type DeskAccount } from './access';
import type { DeskEngine } from './engine';
import { deskServices, dirOf, entrySide, entrySources, type DeskSide, type DeskSource } from './render';

/** Options of the desk room. */
export interface DeskOptions {
  /** Folder holding the page (`index.html`, `desk.js`, `desk.css`). */
  publicDir: string;
  /**
   * `open`: anyone who reaches the server; `network`: only clients in `networks`; `accounts`: people signed in to
   * the console (the router is then mounted inside the console, which checks the role; `account` says who).
   */
  access: Exclude<DeskAccess, 'off'>;
  /** CIDR ranges allowed with `network` access. */
  networks: readonly string[];
  /** With `accounts` access: who is signed in (undefined: nobody). */
  account?: (req: Request) => DeskAccount | undefined;
  /**
   * Public address of the chat page, printed in the handout's QR code (the desk often runs on an internal
   * address the person's phone cannot reach). Absent: the address the desk page was opened at.
   */
  publicUrl?: string;
  /** Longest question accepted, characters. */
  maxQuestionChars: number;
  /** Largest accepted request body, bytes. */
  maxBodyBytes: number;
}

/** The project's `public/desk/` folder, whether running from `src/` (ts-jest) or `dist/src/` (built). */
function defaultPublicDir(): string {
  const candidates = [path.resolve(__dirname, '../../public/desk'), path.resolve(__dirname, '../../../public/desk')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? candidates[0];
}

export const DEFAULT_OPTIONS: DeskOptions = {
  publicDir: defaultPublicDir(),
  access: 'network',
  networks: DEFAULT_DESK_NETWORKS,
  maxQuestionChars: 500,
  maxBodyBytes: 8192,
};

/** What the desk room is built from. */
export interface DeskDeps {
  engine: DeskEngine;
  i18n: Localizer;
  /** The `desk` namespace of each language (locales/<lang>/desk.json): the page's labels, sent as they are. */
  texts: Record<Lang, LocaleNamespace>;
  /** The language a question is written in, among `candidates`; undefined when unsure. */
  detect(text: string, candidates: readonly Lang[]): Lang | undefined;
  logger: Logger;
}

/** Desk phrases, in the order the page offers them (keys of `phrases` in locales/<lang>/desk.json). */
export const PHRASE_IDS = ['greeting', 'pleaseWait', 'interpreter', 'repeat', 'comeBack', 'wrongPlace', 'goodbye'] as const;

/** Body of POST /desk/api/answer. */
export interface DeskAnswerRequest {
  workerLang: Lang;
  personLang: Lang;
  question?: string;
  entryId?: string;
  postalCode?: string;
  status?: Status;
}

/** Reply of POST /desk/api/answer. */
export interface DeskAnswerReply {
  kind: 'answer' | 'clarify' | 'fallback';
  /** Language the typed question was read in (absent for a picked entry). */
  questionLang?: Lang;
  entryId?: string;
  /** `outsideArea`: the place is in a region the entries are not written for (Flanders); the page says so. */
  place: { postalCode: string; label: string; outsideArea?: true } | null;
  /** The entry sends people to a local service and no postal code was given. */
  needsPlace: boolean;
  /** Answer or fallback, in both languages. */
  worker?: DeskSide;
  person?: DeskSide;
  sources: DeskSource[];
  reviewed?: string;
  verified?: boolean;
  /** Clarify: close entries, titled in both languages. */
  choices?: { entryId: string; worker: string; person: string }[];
  /** The chat on the same answer, in the person's language, and its QR code (an SVG data URL). */
  chat?: { url: string; qr: string };
}

const BODY_FIELDS = new Set(['workerLang', 'personLang', 'question', 'entryId', 'postalCode', 'status']);
const POSTAL_CODE = /^[1-9]\d{3}$/;

const bad = (code: string, message: string) => new HttpError(400, code, `HttpError: ${message}`);

/** Checks the body of POST /desk/api/answer; throws a 400 naming the field and the value. */
export function parseAnswerRequest(body: unknown, maxQuestionChars: number): DeskAnswerRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw bad('InvalidBody', 'the body must be a JSON object');
  const b = body as Record<string, unknown>;
  const unknown = Object.keys(b).filter((k) => !BODY_FIELDS.has(k));
  if (unknown.length) throw bad('UnknownField', `unknown field "${unknown[0].slice(0, 40)}"; expected ${[...BODY_FIELDS].join(', ')}`);
  const langs: readonly string[] = CURATED_LANGS;
  for (const field of ['workerLang', 'personLang'] as const) {
    if (typeof b[field] !== 'string' || !langs.includes(b[field] as string)) {
      throw bad('InvalidLanguage', `${field} must be one of ${langs.join(', ')}, got ${JSON.stringify(b[field] ?? null).slice(0, 40)}`);
    }
  }
  const req: DeskAnswerRequest = { workerLang: b.workerLang as Lang, personLang: b.personLang as Lang };
  if (b.question !== undefined && b.entryId !== undefined) throw bad('QuestionAndEntry', 'send either question or entryId, not both');
  if (b.entryId !== undefined) {
    if (typeof b.entryId !== 'string' || !/^[\w.-]{1,100}$/.test(b.entryId)) throw bad('InvalidEntryId', 'entryId must be an entry id');
    req.entryId = b.entryId;
  } else {
    if (typeof b.question !== 'string' || b.question.trim() === '') throw bad('MissingQuestion', 'question must be a non-empty text (or send entryId)');
    const question = b.question.trim();
    if (question.length > maxQuestionChars) throw bad('QuestionTooLong', `question has ${question.length} characters; at most ${maxQuestionChars}`);
    req.question = question;
  }
  if (b.postalCode !== undefined && b.postalCode !== '') {
    if (typeof b.postalCode !== 'string' || !POSTAL_CODE.test(b.postalCode.trim())) {
      throw bad('InvalidPostalCode', `postalCode must be a Belgian postal code of 4 digits, got ${JSON.stringify(b.postalCode).slice(0, 20)}`);
    }
    req.postalCode = b.postalCode.trim();
  }
  if (b.status !== undefined && b.status !== '') {
    const statuses: readonly string[] = STATUSES;
    if (typeof b.status !== 'string' || !statuses.includes(b.status)) {
      throw bad('InvalidStatus', `status must be one of ${statuses.join(', ')}, got ${JSON.stringify(b.status).slice(0, 40)}`);
    }
    req.status = b.status as Status;
  }
  return req;
}

/** Router serving the desk page (`/desk`), its assets (`/desk/static/*`) and its API (`/desk/api/*`). */
export function createDeskRouter(deps: DeskDeps, input: Partial<DeskOptions> = {}): Router {
  const options: DeskOptions = { ...DEFAULT_OPTIONS, ...input };
  const indexFile = path.join(options.publicDir, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`DeskError: file "${indexFile}" is missing`);
  // The page names its assets from /desk/static/; mounted inside the console (DESK_ACCESS=accounts) they are
  // under /console/desk/static/, so the page is served with the prefix it is reached at.
  const indexHtml = readFileSync(indexFile, 'utf8');
  const pageAt = (prefix: string) => (prefix ? indexHtml.replaceAll('"/desk/static/', `"${prefix}/desk/static/`) : indexHtml);
  const { engine, i18n } = deps;
  const byId = new Map(engine.entries().map((e) => [e.id, e]));
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    // The QR code is an SVG data URL made by the server.
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');

  const router = express.Router();
  router.use('/desk', deskAccessGuard(options.access, options.networks, options.account));
  router.use('/desk', (_req, res, next) => {
    // Nothing about the person is kept, by the server or by caches between the desk and the server.
    res.set({
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': csp,
      'X-Frame-Options': 'DENY',
    });
    next();
  });
  router.get('/desk', (req, res) => {
    res.type('html').send(pageAt(req.baseUrl));
  });
  router.use('/desk/static', express.static(options.publicDir, { index: false, maxAge: 0 }));

  router.get('/desk/api/labels', (_req, res) => {
    const labels: Record<string, unknown> = {};
    for (const lang of CURATED_LANGS) {
      const own = deps.texts[lang] ?? deps.texts.fr;
      labels[lang] = {
        ui: own.ui,
        sheet: own.sheet,
        topics: own.topics,
        statuses: Object.fromEntries(STATUSES.map((s) => [s, i18n.t(lang, `status.${s}`)])),
      };
    }
    res.json({ languages: CURATED_LANGS.map((code) => ({ code, name: i18n.t(code, 'language.name'), dir: dirOf(code) })), labels });
  });

  // Who is signed in, and the token the page sends back with its POSTs (null unless DESK_ACCESS=accounts).
  router.get('/desk/api/account', (req, res) => {
    const account = options.account?.(req);
    res.json({ account: account ? { displayName: account.displayName, csrfToken: account.csrfToken } : null });
  });

  router.get('/desk/api/phrases', (_req, res) => {
    const phrases: Record<string, Record<string, string>> = {};
    for (const lang of CURATED_LANGS) phrases[lang] = Object.fromEntries(PHRASE_IDS.map((id) => [id, i18n.t(lang, `desk:phrases.${id}`)]));
    res.json({ ids: PHRASE_IDS, phrases });
  });

  router.get('/desk/api/questions', (req, res, next) => {
    const lang = req.query.lang;
    if (typeof lang !== 'string' || !(CURATED_LANGS as readonly string[]).includes(lang)) {
      next(bad('InvalidLanguage', `lang must be one of ${CURATED_LANGS.join(', ')}`));
      return;
    }
    const topics = TOPICS.map((topic) => ({
      topic,
      label: i18n.t(lang, `desk:topics.${topic}`),
      entries: engine
        .entries()
        .filter((e) => e.topic === topic)
        .map((e) => ({ entryId: e.id, title: (e.text[lang] ?? e.text.fr).title }))
        .sort((a, b) => a.title.localeCompare(b.title, lang)),
    })).filter((t) => t.entries.length > 0);
    res.json({ lang, topics });
  });

  router.post('/desk/api/answer', requireJson, express.json({ limit: options.maxBodyBytes, strict: true }), (req, res, next) => {
    answer(req, res).catch(next);
  });
  router.all('/desk/api/answer', (req, _res, next) => {
    next(new HttpError(405, 'MethodNotAllowed', `HttpError: ${req.method} is not allowed on /desk/api/answer; use POST`));
  });

  async function answer(req: Request, res: Response): Promise<void> {
    const ask = parseAnswerRequest(req.body, options.maxQuestionChars);
    let place: Place | undefined;
    if (ask.postalCode) {
      place = engine.place(ask.postalCode);
      if (!place) throw bad('UnknownPostalCode', `postal code ${ask.postalCode} is not a Belgian postal code`);
    }
    const reply: DeskAnswerReply = {
      kind: 'answer',
      place:
        place && ask.postalCode
          ? {
              postalCode: ask.postalCode,
              label: [ask.postalCode, place.communeName].filter(Boolean).join(' '),
              ...(engine.serves(place) ? {} : { outsideArea: true as const }),
            }
          : null,
      needsPlace: false,
      sources: [],
    };
    let entry: Entry | undefined;
    if (ask.entryId) {
      entry = byId.get(ask.entryId);
      if (!entry) throw new HttpError(404, 'UnknownEntry', `HttpError: no entry "${ask.entryId}"`);
    } else {
      const question = ask.question ?? '';
      const candidates = [...new Set([ask.workerLang, ask.personLang, 'fr', 'nl'])];
      const lang = deps.detect(question, candidates) ?? ask.workerLang;
      reply.questionLang = lang;
      const found = engine.find(question, lang, place, ask.status);
      if (found.kind === 'answer') entry = byId.get(found.entryId);
      else if (found.kind === 'clarify') {
        reply.kind = 'clarify';
        reply.choices = found.entryIds.flatMap((id) => {
          const e = byId.get(id);
          return e ? [{ entryId: id, worker: (e.text[ask.workerLang] ?? e.text.fr).title, person: (e.text[ask.personLang] ?? e.text.fr).title }] : [];
        });
      } else {
        reply.kind = 'fallback';
        const side = (lang: Lang): DeskSide => {
          const routed = engine.services({ topic: found.topic }, lang, place);
          return {
            lang,
            dir: dirOf(lang),
            pivotShown: false,
            title: i18n.t(lang, 'desk:sheet.noAnswerTitle'),
            answer: i18n.t(lang, routed.services.length ? 'desk:sheet.noAnswer' : 'desk:sheet.noAnswerNoPlace'),
            steps: [],
            documents: [],
            services: deskServices(routed.services),
          };
        };
        reply.worker = side(ask.workerLang);
        reply.person = side(ask.personLang);
        reply.needsPlace = !place;
        reply.chat = await chatLink(req, ask.personLang, undefined, ask.postalCode);
      }
    }
    if (entry) {
      const forWorker = engine.services({ entry }, ask.workerLang, place);
      const forPerson = engine.services({ entry }, ask.personLang, place);
      reply.entryId = entry.id;
      reply.needsPlace = forWorker.needsPlace;
      reply.worker = entrySide(entry, ask.workerLang, forWorker.services);
      reply.person = entrySide(entry, ask.personLang, forPerson.services);
      reply.sources = entrySources(entry);
      reply.reviewed = entry.reviewed;
      reply.verified = entry.verified;
      reply.chat = await chatLink(req, ask.personLang, sameAnswerQuestion(entry, ask.personLang, place), ask.postalCode);
    }
    // One line, nothing about the person: no question text, no postal code, no status.
    deps.logger.info({ component: 'desk', event: 'answer', kind: reply.kind, entryId: reply.entryId, workerLang: ask.workerLang, personLang: ask.personLang }, 'desk answer');
    res.json(reply);
  }

  /**
   * A question in the person's language that the chat answers with this entry: the first of its sample
   * questions the core sends back to it (the chat takes questions, not entry ids), else its title.
   */
  function sameAnswerQuestion(entry: Entry, lang: Lang, place?: Place): string | undefined {
    const text = entry.text[lang];
    if (!text) return undefined;
    for (const q of [...text.questions, text.title]) {
      const found = engine.find(q, lang, place);
      if (found.kind === 'answer' && found.entryId === entry.id) return q;
    }
    return undefined;
  }

  async function chatLink(req: Request, lang: Lang, question: string | undefined, postalCode: string | undefined): Promise<{ url: string; qr: string }> {
    const base = options.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const url = new URL('/', base);
    url.searchParams.set('lang', lang);
    // The commune's postal code routes the chat to the same offices; the handout already names them.
    if (postalCode) url.searchParams.set('postal', postalCode);
    if (question) url.searchParams.set('q', question);
    const svg = await QRCode.toString(url.toString(), { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
    return { url: url.toString(), qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
  }

  return router;
}
