// The associations' console (/console): its own room on the same core. Sessions, CSRF, rate limits and security
// headers come from maintained libraries (express-session, csrf-sync, express-rate-limit, helmet), scoped to /console.
import path from 'node:path';
import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import session from 'express-session';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { csrfSync } from 'csrf-sync';
import { HttpError } from '../http/errors';
import type { Localizer } from '../i18n/localizer';
import type { DocStore } from '../store/docStore';
import { AccountError, Accounts } from './accounts';
import { html, join } from './html';
import { DocSessionStore } from './sessionStore';
import { DocLimitStore } from './limitStore';
import { CONSOLE_LANGS, ConsoleError, DEFAULT_OPTIONS, ROLES, type ConsoleOptions, type ConsolePerson, type Role } from './types';
import { field, form, layout, loginPage, messagePage, table, type PageContext } from './views';
import { entryRoutes, type ConsoleKnowledge } from './entries';
import { reviewRoutes } from './reviewRoutes';
import { dashboardRoutes } from './dashboard';
import { serviceRoutes } from './services';

declare module 'express-session' {
  interface SessionData {
    username?: string;
    lang?: string;
    flash?: string;
  }
}

/** Minimal logger (pino-compatible). */
export interface ConsoleLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** What the console needs from the composition root. */
export interface ConsoleDeps {
  store: DocStore;
  knowledge: ConsoleKnowledge;
  /** Console texts (namespace `console`, fr/nl/en). */
  i18n: Localizer;
  /** The bot's texts, for previews rendered as the bot renders them. */
  botI18n: Localizer;
  logger: ConsoleLogger;
  /** Folder of the console's static files (public/console). */
  staticDir: string;
  options?: Partial<ConsoleOptions>;
  now?: () => Date;
  /** Rooms of other surfaces served behind the console's accounts (the desk with DESK_ACCESS=accounts). */
  rooms?: ConsoleRoom[];
}

/** Who is signed in, as a room sees them. */
export interface RoomPerson {
  username: string;
  displayName: string;
  /** The session's CSRF token: the room's pages send it back in `_csrf` (forms) or `x-csrf-token` (fetch). */
  csrfToken: string;
}

/**
 * A room of another surface inside the console: it gets the console's session, CSRF check, rate-limited sign-in
 * and security headers, and only people with one of `roles` enter. Its errors (JSON APIs) go on to the app's
 * error handler, not to the console's pages.
 */
export interface ConsoleRoom {
  /** Where it lives under /console, e.g. "/desk"; its router's own paths start with it. */
  path: string;
  roles: readonly Role[];
  /** Key of its menu item in locales/<lang>/console.json. */
  navKey: string;
  /** Its routes, given who is signed in (undefined: nobody, or someone without the role). */
  router(signedIn: (req: Request) => RoomPerson | undefined): Router;
}

/** A page to return to after sign-in: a console path only, never another site (`//host`, `/\host`). */
export function safeNext(raw: unknown): string | undefined {
  if (typeof raw !== 'string' || raw.length > 300) return undefined;
  return /^\/console\/[\w\-./?=&%]*$/.test(raw) && !raw.includes('//') && !raw.includes('/..') ? raw : undefined;
}

/** Per-request helpers the route modules share. */
export interface ConsoleKit {
  accounts: Accounts;
  deps: ConsoleDeps;
  options: ConsoleOptions;
  now: () => Date;
  page(req: Request): PageContext;
  /** Renders a full page. */
  send(res: Response, status: number, body: string): void;
  /** Guards a route: a signed-in person with one of the roles (403 otherwise). */
  need(...roles: Role[]): RequestHandler;
  person(req: Request): ConsolePerson;
  /** Redirects after a POST with a message shown once. */
  done(req: Request, res: Response, to: string, flash: string): void;
  takeFlash(req: Request): string | undefined;
}

const async =
  (fn: (req: Request, res: Response, next: NextFunction) => Promise<void>): RequestHandler =>
  (req, res, next) => {
    fn(req, res, next).catch(next);
  };
export { async as asyncRoute };

/**
 * Saves the session, then redirects. express-session saves at res.end but sends the headers first, so a client
 * following the redirect at once could arrive before the session is stored and be sent back to sign in (measured
 * in tests: 2 logins in 40 under load).
 */
async function savedThenRedirect(req: Request, res: Response, to: string): Promise<void> {
  await new Promise<void>((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
  res.redirect(303, to);
}

/** Builds the /console router (async: the session secret is read from the store). */
export async function createConsoleRouter(deps: ConsoleDeps): Promise<Router> {
  const options: ConsoleOptions = { ...DEFAULT_OPTIONS, ...deps.options };
  const now = deps.now ?? (() => new Date());
  const accounts = new Accounts(deps.store.consoleCollection('consoleAccounts'), deps.store.consoleCollection('consoleAudit'), {
    bcryptRounds: options.bcryptRounds,
    minPasswordLength: options.minPasswordLength,
    now,
  });
  const secret = await accounts.sessionSecret();
  const router = express.Router();

  router.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        // No upgrade-insecure-requests: a console reached over plain HTTP on a local network must still load its CSS.
        directives: { 'script-src': ["'self'"], 'style-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'form-action': ["'self'"], 'frame-ancestors': ["'none'"], 'upgrade-insecure-requests': null },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  router.use('/static', express.static(deps.staticDir, { fallthrough: true, index: false }));
  // Chart.js's browser build, from node_modules (no CDN); its package exports only the module builds, found beside it.
  const chartJs = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');
  router.get('/static/chart.umd.js', (_req, res) => res.sendFile(chartJs));
  router.use(
    session({
      name: 'relais.console',
      secret,
      store: new DocSessionStore(deps.store.consoleCollection('consoleSessions'), options.sessionIdleMs, now),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      proxy: undefined,
      cookie: { httpOnly: true, sameSite: 'strict', secure: 'auto', path: '/console', maxAge: options.sessionIdleMs },
    }),
  );
  router.use(express.urlencoded({ extended: false, limit: '512kb', parameterLimit: 2000 }));
  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    // Forms send `_csrf`; a room's pages that POST JSON with fetch (the desk) send the `x-csrf-token` header.
    getTokenFromRequest: (req) =>
      typeof req.body?._csrf === 'string' ? (req.body._csrf as string) : typeof req.headers['x-csrf-token'] === 'string' ? req.headers['x-csrf-token'] : undefined,
    errorConfig: { statusCode: 403, code: 'EBADCSRFTOKEN', message: 'invalid csrf token' },
  });
  router.use(csrfSynchronisedProtection);

  const peopleCache = new WeakMap<Request, ConsolePerson | undefined>();
  router.use(
    async(async (req, _res, next) => {
      const wanted = typeof req.query.lang === 'string' ? req.query.lang : undefined;
      if (wanted && (CONSOLE_LANGS as readonly string[]).includes(wanted)) req.session.lang = wanted;
      const person = req.session.username ? await accounts.person(req.session.username) : undefined;
      peopleCache.set(req, person);
      next();
    }),
  );

  const langOf = (req: Request): string => {
    if (req.session.lang) return req.session.lang;
    const p = peopleCache.get(req);
    if (p) return p.lang;
    return req.acceptsLanguages(...CONSOLE_LANGS) || 'fr';
  };

  const rooms = deps.rooms ?? [];
  const mayEnter = (p: ConsolePerson | undefined, room: ConsoleRoom): p is ConsolePerson => !!p && p.roles.some((r) => room.roles.includes(r));
  const inRoom = (req: Request) => rooms.some((r) => req.path === r.path || req.path.startsWith(`${r.path}/`));

  const kit: ConsoleKit = {
    accounts,
    deps,
    options,
    now,
    page: (req) => {
      const lang = langOf(req);
      const t = (key: string, params?: Record<string, string | number>) => deps.i18n.t(lang, `console:${key}`, params);
      const person = peopleCache.get(req);
      return {
        t,
        lang,
        person,
        csrf: generateToken(req),
        path: req.baseUrl + req.path,
        rooms: rooms.filter((r) => mayEnter(person, r)).map((r) => ({ href: `/console${r.path}`, label: t(r.navKey) })),
      };
    },
    send: (res, status, body) => {
      res.status(status).type('html').send(body);
    },
    need:
      (...roles) =>
      (req, _res, next) => {
        const p = peopleCache.get(req);
        if (!p) return next(new ConsoleError(401, 'errors.signin'));
        if (roles.length > 0 && !p.roles.some((r) => roles.includes(r))) return next(new ConsoleError(403, 'errors.forbidden'));
        next();
      },
    person: (req) => {
      const p = peopleCache.get(req);
      if (!p) throw new ConsoleError(401, 'errors.signin');
      return p;
    },
    done: (req, res, to, flash) => {
      req.session.flash = flash;
      savedThenRedirect(req, res, to).catch((err: unknown) => {
        deps.logger.error({ component: 'console', err: err instanceof Error ? err.message : String(err) }, 'console session not saved');
        if (!res.headersSent) res.status(500).type('text').send('500');
      });
    },
    takeFlash: (req) => {
      const f = req.session.flash;
      if (f) delete req.session.flash;
      return f;
    },
  };

  // Login: rate-limited per client address (failed and successful attempts alike).
  const loginLimit = rateLimit({
    windowMs: options.loginWindowMs,
    limit: options.loginAttempts,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    store: new DocLimitStore(deps.store.consoleCollection('consoleLimits'), now),
    handler: (req, res) => {
      const c = kit.page(req);
      kit.send(res, 429, loginPage(c, c.t('login.tooMany')));
    },
  });
  router.get('/login', (req, res) => kit.send(res, 200, loginPage(kit.page(req), undefined, '', safeNext(req.query.next))));
  router.post(
    '/login',
    loginLimit,
    async(async (req, res) => {
      const username = typeof req.body.username === 'string' ? req.body.username.slice(0, 100) : '';
      const password = typeof req.body.password === 'string' ? req.body.password : '';
      const person = await accounts.verify(username, password);
      if (!person) {
        deps.logger.info({ component: 'console', event: 'login-failed' }, 'console login refused');
        const c = kit.page(req);
        kit.send(res, 401, loginPage(c, c.t('login.failed'), username, safeNext(req.body.next)));
        return;
      }
      const lang = req.session.lang;
      // A new session id after login: a session fixed before login is worth nothing.
      await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
      req.session.username = person.username;
      if (lang) req.session.lang = lang;
      await accounts.record(person.username, 'login');
      await savedThenRedirect(req, res, safeNext(req.body.next) ?? '/console/');
    }),
  );
  router.post(
    '/logout',
    async(async (req, res) => {
      const who = req.session.username;
      await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
      if (who) await accounts.record(who, 'logout');
      res.clearCookie('relais.console', { path: '/console' });
      // Signing out at the desk leaves the sign-in page ready for the next worker, who lands on the desk again.
      const next = safeNext(req.body.next);
      res.redirect(303, next ? `/console/login?next=${encodeURIComponent(next)}` : '/console/login');
    }),
  );

  for (const room of rooms) {
    // Nobody signed in: the sign-in page, then back here (an API call gets a 401 it can read). Signed in without
    // the role: a page saying which role is missing (an API call: 403 in JSON).
    router.use(room.path, (req, res, next) => {
      const p = peopleCache.get(req);
      const api = req.path.startsWith('/api/');
      if (mayEnter(p, room)) return next();
      if (api) {
        const [status, code, message] = p ? [403, 'Forbidden', `your account has none of the roles ${room.roles.join(', ')}`] : [401, 'SignInRequired', 'sign in first at /console/login'];
        res.status(status).json({ error: { code, message: `HttpError: ${message}` } });
        return;
      }
      if (!p) {
        res.redirect(303, `/console/login?next=${encodeURIComponent(safeNext(req.originalUrl) ?? `/console${room.path}`)}`);
        return;
      }
      const c = kit.page(req);
      next(new ConsoleError(403, 'errors.roomForbidden', { room: c.t(room.navKey), roles: room.roles.map((r) => c.t(`roles.${r}`)).join(', ') }));
    });
    router.use(
      room.router((req) => {
        const p = peopleCache.get(req);
        return mayEnter(p, room) ? { username: p.username, displayName: p.displayName, csrfToken: generateToken(req) } : undefined;
      }),
    );
  }

  dashboardRoutes(router, kit);
  reviewRoutes(router, kit);
  entryRoutes(router, kit);
  serviceRoutes(router, kit);
  adminRoutes(router, kit);

  router.use((req, _res, next) => next(new ConsoleError(404, 'errors.notFound')));
  router.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    // A room answers its own errors (the desk's API speaks JSON with precise codes); the console's own refusals
    // at a room's door stay console pages.
    if (inRoom(req) && !(err instanceof ConsoleError)) {
      const csrf = (err as { code?: string }).code === 'EBADCSRFTOKEN';
      return next(csrf ? new HttpError(403, 'InvalidCsrfToken', 'HttpError: the x-csrf-token header is missing or not this session\'s; reload the page') : err);
    }
    const e = err as { code?: string; status?: number; type?: string };
    let status = 500;
    let key = 'errors.internal';
    if (err instanceof ConsoleError) ({ status, key } = err);
    else if (e.code === 'EBADCSRFTOKEN') ({ status, key } = { status: 403, key: 'errors.csrf' });
    else if (e.type === 'entity.too.large') ({ status, key } = { status: 413, key: 'errors.tooLarge' });
    else if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) ({ status, key } = { status: e.status, key: 'errors.badRequest' });
    if (status >= 500) deps.logger.error({ component: 'console', err: err instanceof Error ? err.message : String(err), path: req.path }, 'console request failed');
    if (status === 401 && req.method === 'GET') {
      res.redirect(303, '/console/login');
      return;
    }
    let c: PageContext;
    try {
      c = kit.page(req);
    } catch {
      res.status(status).type('text').send(String(status));
      return;
    }
    kit.send(res, status, messagePage(c, c.t('errors.title', { status }), c.t(key, err instanceof ConsoleError ? err.params : {})));
  });
  return router;
}

/** Organisations, people and the audit log (admin only). Accounts with a password come from the command line. */
function adminRoutes(router: Router, kit: ConsoleKit): void {
  const { accounts } = kit;
  const render = async (req: Request, res: Response, status = 200, problem?: AccountError, values: Record<string, string> = {}) => {
    const c = kit.page(req);
    const orgs = await accounts.organisations();
    const people = await accounts.people();
    const audit = await accounts.auditLog(100);
    const err = (f: string) => (problem && problem.field === f ? c.t(`admin.problems.${f}`) : undefined);
    const orgForm = form(
      c,
      '/console/admin/orgs',
      join([
        html`<h2 id="new-org">${c.t('admin.newOrg')}</h2>`,
        field('org-id', c.t('admin.orgId'), { name: 'id', value: values.id, required: true }, problem?.field === 'id' && values.kind === 'org' ? err('id') : undefined, c.t('admin.orgIdHint')),
        field('org-name', c.t('admin.orgName'), { name: 'name', value: values.name, required: true }, problem?.field === 'name' ? err('name') : undefined),
        html`<button type="submit">${c.t('admin.addOrg')}</button>`,
      ]),
      html`aria-labelledby="new-org"`,
    );
    const roleBoxes = html`<fieldset><legend>${c.t('admin.roles')}</legend>${ROLES.map(
      (r) => html`<label class="check"><input type="checkbox" name="roles" value="${r}" ${values[`role-${r}`] ? html`checked` : ''}> ${c.t(`roles.${r}`)}</label>`,
    )}${err('roles') ? html`<p class="field-error">${err('roles')}</p>` : ''}</fieldset>`;
    const userForm = form(
      c,
      '/console/admin/users',
      join([
        html`<h2 id="new-user">${c.t('admin.newUser')}</h2>`,
        html`<p class="hint">${c.t('admin.passwordHint', { min: kit.options.minPasswordLength })}</p>`,
        field('user-name', c.t('admin.username'), { name: 'username', value: values.username, required: true, autocomplete: 'off' }, err('username')),
        field('user-display', c.t('admin.displayName'), { name: 'displayName', value: values.displayName, required: true }, err('displayName')),
        html`<div class="field${err('orgId') ? ' invalid' : ''}"><label for="user-org">${c.t('admin.org')}</label><select id="user-org" name="orgId">${orgs.map(
          (o) => html`<option value="${o.id}" ${values.orgId === o.id ? html`selected` : ''}>${o.name} (${o.id})</option>`,
        )}</select>${err('orgId') ? html`<p class="field-error">${err('orgId')}</p>` : ''}</div>`,
        roleBoxes,
        field('user-password', c.t('admin.password'), { name: 'password', type: 'password', required: true, autocomplete: 'new-password' }, err('password')),
        html`<button type="submit">${c.t('admin.addUser')}</button>`,
      ]),
      html`aria-labelledby="new-user"`,
    );
    const body = [
      table(c.t('admin.orgs'), [c.t('admin.orgId'), c.t('admin.orgName')], orgs.map((o) => [o.id, o.name])),
      orgForm,
      table(
        c.t('admin.people'),
        [c.t('admin.username'), c.t('admin.displayName'), c.t('admin.org'), c.t('admin.roles')],
        people.map((p) => [p.username, p.displayName, p.orgId, p.roles.map((r) => c.t(`roles.${r}`)).join(', ')]),
      ),
      userForm,
      table(
        c.t('admin.audit'),
        [c.t('admin.when'), c.t('admin.who'), c.t('admin.what'), c.t('admin.target')],
        audit.map((a) => [a.at.replace('T', ' ').slice(0, 19), a.who, a.action, [a.target, a.detail].filter(Boolean).join(' · ')]),
      ),
    ];
    kit.send(res, status, layout(c, c.t('admin.title'), body, { flash: kit.takeFlash(req), error: problem ? c.t('admin.refused') : undefined }));
  };
  router.get('/admin', kit.need('admin'), async((req, res) => render(req, res)));
  router.post(
    '/admin/orgs',
    kit.need('admin'),
    async(async (req, res) => {
      const id = String(req.body.id ?? '');
      const name = String(req.body.name ?? '');
      try {
        await accounts.addOrganisation(id, name, kit.person(req).username);
      } catch (e) {
        if (!(e instanceof AccountError)) throw e;
        return render(req, res, 400, e, { kind: 'org', id, name });
      }
      kit.done(req, res, '/console/admin', kit.page(req).t('admin.orgAdded', { name }));
    }),
  );
  router.post(
    '/admin/users',
    kit.need('admin'),
    async(async (req, res) => {
      const raw = req.body.roles;
      const roles = (Array.isArray(raw) ? raw : raw ? [raw] : []).map(String) as Role[];
      const values: Record<string, string> = {
        kind: 'user',
        username: String(req.body.username ?? ''),
        displayName: String(req.body.displayName ?? ''),
        orgId: String(req.body.orgId ?? ''),
      };
      for (const r of roles) values[`role-${r}`] = '1';
      try {
        await accounts.addUser({ username: values.username, displayName: values.displayName, orgId: values.orgId, roles, password: String(req.body.password ?? '') }, kit.person(req).username);
      } catch (e) {
        if (!(e instanceof AccountError)) throw e;
        return render(req, res, 400, e, values);
      }
      kit.done(req, res, '/console/admin', kit.page(req).t('admin.userAdded', { name: values.displayName }));
    }),
  );
}

/** The console's static folder in the project. */
export const consoleStaticDir = (root: string): string => path.join(root, 'public', 'console');
