// Composition root: the only place that builds objects. Reads the configuration, wires core, edges and routes.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { TurnContext } from 'botbuilder';
import express, { type Express } from 'express';
import { Answerer, servedRegions } from './answer/answerer';
import { Router } from './routing/router';
import { RelaisAdapter } from './channels/botFrameworkAdapter';
import { createDirectLineRouter, DEFAULT_OPTIONS as DIRECT_LINE_DEFAULTS } from './channels/directline';
import { createDeskRouter, type DeskEngine } from './desk';
import { workerShare } from './cluster';
import { orderedTurns } from './channels/turnQueue';
import { createWebChatRouter } from './channels/webchat';
import type { Config } from './config';
import { createHealthRouter } from './http/health';
import { createMessagesRouter } from './http/messages';
import { errorHandler, notFound } from './http/errors';
import { createLocalizer, loadLocaleResources } from './i18n';
import { detectLanguage } from './language/detect';
import { loadPostalCodes, loadValidKnowledge } from './loaders/knowledgeFiles';
import { createLogger, type Logger } from './logger';
import { createRelaisBot } from '../dialogs/conversation';
import { ConversationOwnerMiddleware, createStore, ResilientStore, startPurgeSchedule, storeOptionsOf, StoredConversationState, StoredUserState, type DocStore } from './store';
import { createMachineTranslation } from './translate/machineTranslation';
import { apologyActivity } from './bot/replier';
import type { AnswererPort } from './answer/types';
import type { Entry, KnowledgeBase } from './knowledge/types';
import { createConsoleRouter, consoleStaticDir, type ConsoleRoom } from './console/router';
import type { ConsoleAnswerer } from './console/entries';

/** A running (or ready to run) Relais instance. */
export interface Relais {
  app: Express;
  config: Config;
  logger: Logger;
  store: ResilientStore;
  /** Knowledge snapshot figures (health route, logs). */
  knowledge: { version: string; entries: number; services: number };
  /** Starts listening on config.port (0 = ephemeral); resolves with the bound URL. */
  listen(): Promise<string>;
  /** Stops listening, timers and the store. */
  close(): Promise<void>;
}

/** What tests may replace: the log destination, the clock of the store purge. */
export interface RelaisOverrides {
  logDestination?: import('pino').DestinationStream;
  /** Skip the periodic retention purge (tests). */
  purge?: boolean;
  /** A store opened by the caller instead of the configured one (tests: a fault-injecting engine). */
  store?: DocStore;
}

/** The project folder (holds locales/ and public/), whether running from src/ (ts-jest) or dist/src/ (built). */
export function projectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 4; i += 1) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'locales'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

/**
 * Builds Relais from a validated configuration. Throws KnowledgeError (invalid knowledge base), StoreError (store
 * cannot open) or LocaleError; `src/index.ts` prints them and exits non-zero.
 */
export async function createRelais(config: Config, overrides: RelaisOverrides = {}): Promise<Relais> {
  const logger = createLogger({ level: config.logLevel, destination: overrides.logDestination });
  const root = projectRoot();

  const postal = await loadPostalCodes();
  // Same checks as `npm run kb -- validate`, commune ids included: an invalid knowledge base never starts.
  const { kb, problems } = await loadValidKnowledge(config.knowledgeDir, { communeIds: new Set(postal.data.municipalities.keys()) });
  for (const p of problems) logger.warn({ component: 'knowledge', file: p.file, field: p.field }, p.message);
  // The live knowledge: the console's saves swap it without a restart. The bot holds a view that always asks the
  // current answerer and router, and an entry list refilled in place.
  const communeIds = new Set(postal.data.municipalities.keys());
  let liveKb: KnowledgeBase = kb;
  let liveRouter = new Router(kb, postal);
  let liveAnswerer = new Answerer({ kb, router: liveRouter });
  const liveEntries: Entry[] = [...kb.entries];
  const live = <T extends object>(current: () => T): T =>
    new Proxy({} as T, {
      get: (_target, key) => {
        const target = current();
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const answerer = live<AnswererPort>(() => liveAnswerer);
  const router = live<Router>(() => liveRouter);
  const reloadKnowledge = async (): Promise<KnowledgeBase> => {
    const loaded = await loadValidKnowledge(config.knowledgeDir, { communeIds });
    liveRouter = new Router(loaded.kb, postal);
    liveAnswerer = new Answerer({ kb: loaded.kb, router: liveRouter });
    liveKb = loaded.kb;
    liveEntries.splice(0, liveEntries.length, ...loaded.kb.entries);
    Object.assign(figures, { version: loaded.kb.version, entries: loaded.kb.entries.length, services: loaded.kb.services.length });
    await store.setKnowledgeVersion(loaded.kb.version).catch(() => undefined);
    logger.info({ component: 'knowledge', ...figures }, 'knowledge base reloaded');
    return loaded.kb;
  };
  const locales = loadLocaleResources(path.join(root, 'locales'));
  const i18n = createLocalizer(locales);

  const inner: DocStore = overrides.store ?? (await createStore({ ...storeOptionsOf(config), logger }));
  const store = new ResilientStore(inner, { logger });
  store.on('degraded', (err) => logger.error({ component: 'store', err: err.message }, 'store unreachable; answering without memory'));
  store.on('recovered', () => logger.info({ component: 'store' }, 'store reachable again'));
  await store.setKnowledgeVersion(kb.version).catch(() => undefined);
  const stopPurge = overrides.purge === false ? () => undefined : startPurgeSchedule(store, { logger });

  const translation = createMachineTranslation(
    {
      url: config.libreTranslateUrl,
      apiKey: config.libreTranslateApiKey,
      timeoutMs: config.translateTimeoutMs,
      protectedTerms: kb.services.map((s) => s.name.replace('{commune}', '').trim()).filter((n) => n.length > 2),
      onError: (e) => logger.warn({ component: 'translate', reason: e.reason, status: e.status }, e.message),
    },
    store,
  );

  const conversationState = new StoredConversationState(store.botStorage);
  const userState = new StoredUserState(store.botStorage);
  const bot = createRelaisBot({
    conversationState,
    userState,
    store,
    answerer,
    router,
    entries: liveEntries,
    detectLanguage,
    translation,
    i18n,
    logger,
    options: { profileDays: config.retention.profileDays, reviewDays: config.retention.reviewDays },
  });

  const adapter = new RelaisAdapter(config);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ component: 'bot', err: error.message, stack: error.stack, channel: context.activity.channelId }, 'turn failed');
    try {
      await context.sendActivity(apologyActivity(i18n, context.activity.locale, context.activity.text));
    } catch {
      // The channel itself is failing; nothing more to tell the person.
    }
  };
  // One turn of a conversation at a time (each turn's translator calls share one budget, TRANSLATE_TIMEOUT_MS, kept in its TurnInfo); a turn whose state another process saved first runs again.
  // The link person → conversation (for "forget me") is written inside the turn, so it shares the turn's one commit.
  const owner = new ConversationOwnerMiddleware(store);
  const logic = orderedTurns((context: TurnContext) => owner.onTurn(context, () => bot.run(context)), {
    reload: async (context) => {
      await conversationState.load(context, true);
      await userState.load(context, true);
    },
    onRetry: (attempt, channel) => logger.info({ component: 'bot', attempt, channel }, 'state saved meanwhile by another process: turn run again'),
    onLost: (attempts, channel) => logger.warn({ component: 'bot', attempts, channel }, 'state saved meanwhile by another process: turn state lost'),
    onRecordsLost: (err) => logger.warn({ component: 'store', err: err instanceof Error ? err.message : String(err) }, 'turn records not saved'),
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(createHealthRouter({ knowledge: () => figures, storePing: () => store.ping(), storeWritable: () => store.writable() }));
  app.use(
    createMessagesRouter({
      adapter,
      logic,
      maxBodyBytes: config.maxBodyBytes,
      rateLimit: { capacity: Math.max(1, Math.ceil(config.messagesRatePerMinute / 4)), refillPerSecond: config.messagesRatePerMinute / 60 },
    }),
  );
  app.use(
    createDirectLineRouter({
      tokenSecret: config.directLineSecret ?? randomBytes(32).toString('hex'),
      tokenTtlSeconds: config.directLineTokenTtlSeconds,
      // WORKERS=N: each process allows its share, so together they never allow more than one process would.
      rateLimits: {
        start: workerShare(DIRECT_LINE_DEFAULTS.rateLimits.start, config.workers),
        post: workerShare(DIRECT_LINE_DEFAULTS.rateLimits.post, config.workers),
        read: workerShare(DIRECT_LINE_DEFAULTS.rateLimits.read, config.workers),
      },
      runner: adapter.runner(logic),
      store,
      logger,
      corsOrigins: config.directLineCorsOrigins,
    }),
  );
  app.use(createWebChatRouter(config.webChatFrameAncestors ? { frameAncestors: config.webChatFrameAncestors } : {}));
  const rooms: ConsoleRoom[] = [];
  if (config.deskAccess !== 'off') {
    const texts = Object.fromEntries(Object.entries(locales).map(([lang, ns]) => [lang, ns.desk ?? {}]));
    const detect = (text: string, candidates: readonly string[]) => {
      const found = detectLanguage(text, { candidates, fallback: 'und' });
      return found.reliable ? found.lang : undefined;
    };
    const deskDeps = { engine: deskEngine(answerer, router, liveEntries), i18n, texts, detect, logger };
    const deskOptions = { access: config.deskAccess, networks: config.deskNetworks, publicUrl: config.publicUrl };
    if (config.deskAccess === 'accounts') {
      // Behind the console's accounts the desk is a room of the console, at /console/desk, rather than /desk with
      // the console's session cookie widened to path "/": the cookie then never travels with the public chat's
      // requests, and the desk gets the console's session, CSRF check, rate-limited sign-in and security headers
      // as they are. /desk (bookmarks, the README) sends there.
      rooms.push({ path: '/desk', roles: ['desk', 'admin'], navKey: 'nav.desk', router: (signedIn) => createDeskRouter(deskDeps, { ...deskOptions, account: signedIn }) });
      app.get(['/desk', '/desk/'], (req, res) => res.redirect(303, `/console/desk${req.originalUrl.slice(req.path.length)}`));
    } else app.use(createDeskRouter(deskDeps, deskOptions));
  }
  app.use(
    '/console',
    await createConsoleRouter({
      store: inner,
      knowledge: {
        current: () => ({ kb: liveKb, answerer: consoleView(liveAnswerer, liveRouter) }),
        answererFor: (candidate) => {
          const r = new Router(candidate, postal);
          return consoleView(new Answerer({ kb: candidate, router: r }), r);
        },
        reload: reloadKnowledge,
        dir: config.knowledgeDir,
        communeIds,
      },
      i18n: createLocalizer(locales, { defaultNamespace: 'console' }),
      botI18n: i18n,
      logger,
      staticDir: consoleStaticDir(root),
      options: { goldenFile: config.consoleGoldenFile, gitCommit: config.consoleGitCommit },
      rooms,
    }),
  );
  app.use(notFound);
  app.use(errorHandler(logger));

  const figures = { version: kb.version, entries: kb.entries.length, services: kb.services.length };
  logger.info({ component: 'knowledge', ...figures }, 'knowledge base loaded');

  let server: http.Server | undefined;
  return {
    app,
    config,
    logger,
    store,
    knowledge: figures,
    listen: () =>
      new Promise<string>((resolve, reject) => {
        server = http.createServer(app);
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const { port } = server!.address() as AddressInfo;
          const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
          resolve(`http://${host}:${port}`);
        });
      }),
    close: async () => {
      stopPurge();
      if (server) {
        const s = server;
        await new Promise<void>((resolve) => s.close(() => resolve()));
        s.closeAllConnections?.();
      }
      await store.close();
    },
  };
}

/** The desk's view of the answerer (src/desk/engine.ts): decisions reduced to entry ids, routing per language. */
function deskEngine(answerer: AnswererPort, router: Router, entries: readonly Entry[]): DeskEngine {
  return {
    find(text, lang, place, status) {
      const d = answerer.decide({ text, lang, place, status });
      if (d.kind === 'answer') return { kind: 'answer', entryId: d.entry.id };
      if (d.kind === 'clarify') return { kind: 'clarify', entryIds: d.choices.map((e) => e.id) };
      return { kind: 'fallback', topic: d.topic };
    },
    entries: () => entries,
    services(target, lang, place) {
      if ('entry' in target) return router.servicesForEntry(target.entry, place, lang);
      return { services: router.servicesForTopic(target.topic, place, lang), needsPlace: !place };
    },
    place: (postalCode) => router.placeFromPostalCode(postalCode),
    // Read at each question: the entries are the live knowledge base's.
    serves: (place) => !place.region || servedRegions(entries).has(place.region),
  };
}

/** The console's view of one knowledge snapshot: its answerer and its router (kept per answerer, for its cache). */
const consoleViews = new WeakMap<Answerer, ConsoleAnswerer>();
function consoleView(answerer: Answerer, router: Router): ConsoleAnswerer {
  let view = consoleViews.get(answerer);
  if (!view) {
    view = {
      decide: (req) => answerer.decide(req),
      emergency: (place, lang, first) => answerer.emergency(place, lang, first),
      entry: (id) => answerer.entry(id),
      statusesIn: (text, lang) => answerer.statusesIn(text, lang),
      topicsIn: (text, lang) => answerer.topicsIn(text, lang),
      withoutStatus: (text, lang) => answerer.withoutStatus(text, lang),
      namesOffTopic: (text, lang) => answerer.namesOffTopic(text, lang),
      placeFromText: (text) => router.placeFromText(text),
      placeFromPostalCode: (code) => router.placeFromPostalCode(code),
      servicesForEntry: (entry, place, lang) => router.servicesForEntry(entry, place, lang),
    };
    consoleViews.set(answerer, view);
  }
  return view;
}
