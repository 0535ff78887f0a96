// A local Direct Line 3.0 endpoint (polling) so the official Web Chat and DirectLineJS talk to the bot unchanged.
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { timingSafeEqual } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { scrubActivity } from '../../privacy/scrub';
import { activityFieldProblem } from '../activityLimits';
import type { BotRunner } from '../types';
import { DirectLineError, resolveOptions, type DirectLineOptions, type DirectLineStore } from './options';
import { RateLimiter } from './rateLimit';
import { randomId, TokenSigner, type TokenClaims } from './tokens';

/** The few logger methods the channel uses (pino's Logger fits). */
export interface DirectLineLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Everything `createDirectLineRouter` needs. */
export type DirectLineRouterOptions = Partial<DirectLineOptions> & {
  /** HMAC key signing tokens (the lead passes it from config; generated at start when unset). */
  tokenSecret: string;
  /** The bot. */
  runner: BotRunner;
  /** Where conversations and activity queues live (shared by every process). */
  store: DirectLineStore;
  logger?: DirectLineLogger;
  /** Clock in ms (tests of expiry). */
  now?: () => number;
};

/** Direct Line 3.0 conversation object, as the client expects it. */
interface ConversationBody {
  conversationId: string;
  token: string;
  expires_in: number;
  /** Always absent: this endpoint serves polling only, so clients must set `webSocket: false`. */
  streamUrl?: string;
}

/** Who is calling: a trusted server holding the secret, or a browser holding a token. */
type Caller = { kind: 'secret' } | { kind: 'token'; claims: TokenClaims };

const BASE = '/v3/directline';
const ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const USER_ID_PATTERN = /^[A-Za-z0-9_.:@-]{1,64}$/;
const LOCALE_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;
const CLIENT_TYPES = new Set(['message', 'event', 'typing']);
/** Bot reply types the client never needs to see. */
const HIDDEN_REPLY_TYPES = new Set(['trace', 'delay']);
const NO_LOGGER: DirectLineLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Activity id: conversation id and 0-based position, as Azure's Direct Line writes them. */
export function activityId(conversationId: string, position: number): string {
  return `${conversationId}|${String(position).padStart(7, '0')}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function constantTimeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Parses `?watermark=`: absent or empty = from the start. */
function parseWatermark(raw: unknown): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !/^-?\d{1,10}$/.test(raw) || Number(raw) < -1) {
    throw new DirectLineError(400, 'BadArgument', `watermark "${String(raw).slice(0, 20)}" is not an integer >= -1`);
  }
  return Number(raw);
}

/**
 * Router serving `/v3/directline/*` (mount at the app's root):
 * `POST tokens/generate`, `POST tokens/refresh`, `POST conversations`, `GET conversations/:id` (reconnect),
 * `GET|POST conversations/:id/activities`.
 */
export function createDirectLineRouter(input: DirectLineRouterOptions): Router {
  const { runner, store, logger = NO_LOGGER, now = Date.now, ...rest } = input;
  const options = resolveOptions(rest);
  const signer = new TokenSigner(options.tokenSecret, options.tokenTtlSeconds, now);
  const limits = {
    start: new RateLimiter(options.rateLimits.start, now),
    post: new RateLimiter(options.rateLimits.post, now),
    read: new RateLimiter(options.rateLimits.read, now),
  };
  const router = express.Router();
  const json = express.json({ limit: options.maxBodyBytes, type: ['application/json', 'application/*+json'] });

  const limit = (bucket: keyof typeof limits, key: string): void => {
    const result = limits[bucket].take(key);
    if (!result.allowed) {
      throw new DirectLineError(429, 'TooManyRequests', `rate limit "${bucket}" reached`, result.retryAfterSeconds);
    }
  };

  const clientIp = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';

  const authenticate = (req: Request): Caller => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match || match[1] === 'undefined' || match[1] === 'null') {
      throw new DirectLineError(401, 'MissingToken', 'Authorization header "Bearer <token>" is missing');
    }
    if (options.directLineSecret && constantTimeEqual(match[1], options.directLineSecret)) return { kind: 'secret' };
    return { kind: 'token', claims: signer.verify(match[1]) };
  };

  /** Checks the caller may use conversation `id` and that it exists. */
  const authorizeConversation = async (req: Request): Promise<{ caller: Caller; conversationId: string; userId?: string }> => {
    const caller = authenticate(req);
    const conversationId = req.params.id;
    if (caller.kind === 'token' && caller.claims.conv !== conversationId) {
      throw new DirectLineError(403, 'Forbidden', 'token is not valid for this conversation');
    }
    if (!ID_PATTERN.test(conversationId)) {
      throw new DirectLineError(404, 'BadArgument', `conversation "${conversationId.slice(0, 64)}" does not exist`);
    }
    const conversation = await store.getDirectLineConversation(conversationId);
    if (!conversation) {
      // While the store is unreachable it cannot say whether the conversation exists. A 404 would end the web
      // chat for good (DirectLineJS stops on 404): a signed token bound to this conversation is trusted instead.
      if (store.degraded && caller.kind === 'token') return { caller, conversationId, userId: caller.claims.user };
      throw new DirectLineError(404, 'BadArgument', `conversation "${conversationId}" does not exist`);
    }
    return { caller, conversationId, userId: conversation.userId };
  };

  const conversationBody = (conversationId: string, userId: string): ConversationBody => {
    const { token, expiresIn } = signer.sign(conversationId, userId);
    return { conversationId, token, expires_in: expiresIn };
  };

  /** Requested user id, only honoured for callers holding the secret (a browser could otherwise impersonate). */
  const requestedUserId = (caller: Caller, body: unknown): string | undefined => {
    if (caller.kind !== 'secret' || !isObject(body) || !isObject(body.user)) return undefined;
    const id = body.user.id;
    if (id === undefined) return undefined;
    if (typeof id !== 'string' || !USER_ID_PATTERN.test(id)) {
      throw new DirectLineError(400, 'BadArgument', `user id "${String(id).slice(0, 64)}" must match ${USER_ID_PATTERN}`);
    }
    return id;
  };

  const newUserId = (): string => `dl_${randomId(12)}`;

  /** A bot reply as the queue keeps it, stamped as coming from the bot; undefined for types the client never sees. */
  const botActivity = (conversationId: string, userId: string, reply: Partial<Activity>, replyToId?: string): object | undefined => {
    const type = reply.type ?? 'message';
    if (HIDDEN_REPLY_TYPES.has(type)) return undefined;
    const { serviceUrl: _s, deliveryMode: _d, id: _i, ...kept } = reply;
    return {
      ...kept,
      type,
      channelId: options.channelId,
      conversation: { id: conversationId },
      from: { id: options.botId, name: options.botId, role: 'bot' },
      recipient: { id: userId, role: 'user' },
      timestamp: new Date(now()).toISOString(),
      ...(replyToId ? { replyToId } : {}),
    };
  };

  /** Appends bot replies to the queue: their positions in one step, the replies in one commit. */
  const appendReplies = async (
    conversationId: string,
    userId: string,
    replies: Partial<Activity>[],
    replyToId?: string,
  ): Promise<void> => {
    const kept = replies.map((r) => botActivity(conversationId, userId, r, replyToId)).filter((a): a is object => a !== undefined);
    if (kept.length === 0) return;
    const first = await store.reserveDirectLinePositions(conversationId, kept.length);
    await store.putDirectLineActivities(conversationId, first, kept);
  };

  /** Starts a conversation in the store (once) and lets the bot greet. */
  const startConversation = async (conversationId: string, userId: string, locale: string | undefined): Promise<boolean> => {
    if (await store.getDirectLineConversation(conversationId)) return false;
    await store.createDirectLineConversation({ conversationId, userId, createdAt: new Date(now()).toISOString() });
    const update: Partial<Activity> = {
      type: 'conversationUpdate',
      id: `${conversationId}|start`,
      channelId: options.channelId,
      conversation: { id: conversationId } as Activity['conversation'],
      from: { id: userId, role: 'user' } as Activity['from'],
      recipient: { id: options.botId, role: 'bot' } as Activity['recipient'],
      membersAdded: [
        { id: options.botId, name: options.botId, role: 'bot' },
        { id: userId, role: 'user' },
      ] as Activity['membersAdded'],
      timestamp: new Date(now()),
      ...(locale ? { locale } : {}),
    };
    try {
      await appendReplies(conversationId, userId, await runner.run(update));
    } catch (err) {
      // The conversation is usable even if the greeting failed; the person can still ask.
      logger.warn({ err, conversationId }, 'directline: bot failed on conversation start');
    }
    return true;
  };

  const localeOf = (body: unknown): string | undefined =>
    isObject(body) && typeof body.locale === 'string' && LOCALE_PATTERN.test(body.locale) ? body.locale : undefined;

  /** Keeps the fields a client may set; everything identifying comes from the token. */
  const sanitizeIncoming = (body: unknown, conversationId: string, userId: string): Record<string, unknown> => {
    if (!isObject(body) || typeof body.type !== 'string' || !CLIENT_TYPES.has(body.type)) {
      throw new DirectLineError(400, 'BadArgument', `activity type must be one of ${[...CLIENT_TYPES].join(', ')}`);
    }
    if (body.text !== undefined && typeof body.text !== 'string') {
      throw new DirectLineError(400, 'BadArgument', 'activity text must be a string');
    }
    if (typeof body.text === 'string' && body.text.length > options.maxTextLength) {
      throw new DirectLineError(
        413,
        'MessageSizeTooBig',
        `activity text of ${body.text.length} characters is over the limit of ${options.maxTextLength}`,
      );
    }
    if (body.channelData !== undefined && !isObject(body.channelData)) {
      throw new DirectLineError(400, 'BadArgument', 'activity channelData must be an object');
    }
    for (const key of ['name', 'textFormat', 'localTimezone', 'localTimestamp'] as const) {
      if (body[key] !== undefined && typeof body[key] !== 'string') {
        throw new DirectLineError(400, 'BadArgument', `activity ${key} must be a string`);
      }
    }
    if (body.entities !== undefined && !Array.isArray(body.entities)) {
      throw new DirectLineError(400, 'BadArgument', 'activity entities must be an array');
    }
    // Before anything is stored or run: a field nested thousands of levels deep would overflow the stack later.
    const problem = activityFieldProblem(body, options.activityLimits);
    if (problem) throw new DirectLineError(problem.status, problem.status === 413 ? 'MessageSizeTooBig' : 'BadArgument', problem.message);
    if (Array.isArray(body.attachments) && body.attachments.length > 0) {
      throw new DirectLineError(400, 'BadArgument', 'attachments are not accepted on this channel');
    }
    const out: Record<string, unknown> = {
      type: body.type,
      channelId: options.channelId,
      conversation: { id: conversationId },
      // No `name`: the bot keeps nothing personal; from.id is the token's user, whatever the client wrote.
      from: { id: userId, role: 'user' },
      recipient: { id: options.botId, role: 'bot' },
      timestamp: new Date(now()).toISOString(),
    };
    for (const key of ['text', 'textFormat', 'value', 'name', 'channelData', 'localTimezone', 'localTimestamp'] as const) {
      if (body[key] !== undefined) out[key] = body[key];
    }
    const locale = localeOf(body);
    if (locale) out.locale = locale;
    if (Array.isArray(body.entities)) out.entities = body.entities.filter(isObject);
    return out;
  };

  type Handler = (req: Request, res: Response) => Promise<void>;
  const route =
    (handler: Handler) =>
    (req: Request, res: Response, next: NextFunction): void => {
      res.set('Cache-Control', 'no-store');
      handler(req, res).catch(next);
    };

  // CORS for a commune's site embedding Web Chat directly (the iframe embed needs none).
  router.use(BASE, (req, res, next) => {
    const origin = req.get('origin');
    if (origin && options.corsOrigins.includes(origin)) {
      res.set({
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, x-ms-bot-agent',
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
      if (req.method === 'OPTIONS') {
        res.sendStatus(204);
        return;
      }
    }
    next();
  });

  router.post(
    `${BASE}/tokens/generate`,
    json,
    route(async (req, res) => {
      limit('start', clientIp(req));
      let caller: Caller | undefined;
      if (req.get('authorization')) caller = authenticate(req);
      if (caller?.kind === 'token') {
        throw new DirectLineError(403, 'Forbidden', 'tokens/generate needs the secret, not a token');
      }
      if (!caller && !options.allowAnonymousTokens) {
        throw new DirectLineError(401, 'MissingToken', 'tokens/generate needs "Authorization: Bearer <secret>"');
      }
      const userId = (caller && requestedUserId(caller, req.body)) ?? newUserId();
      res.status(200).json(conversationBody(randomId(), userId));
    }),
  );

  router.post(
    `${BASE}/tokens/refresh`,
    route(async (req, res) => {
      const caller = authenticate(req);
      if (caller.kind !== 'token') throw new DirectLineError(400, 'BadArgument', 'tokens/refresh needs a token');
      limit('read', caller.claims.conv);
      res.status(200).json(conversationBody(caller.claims.conv, caller.claims.user));
    }),
  );

  router.post(
    `${BASE}/conversations`,
    json,
    route(async (req, res) => {
      limit('start', clientIp(req));
      const caller = authenticate(req);
      const locale = localeOf(req.body);
      if (caller.kind === 'token') {
        const { conv, user } = caller.claims;
        const created = await startConversation(conv, user, locale);
        // Same token back: it is already bound to this conversation and user.
        const token = req.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '';
        const body: ConversationBody = { conversationId: conv, token, expires_in: caller.claims.exp - Math.floor(now() / 1000) };
        res.status(created ? 201 : 200).json(body);
        return;
      }
      const userId = requestedUserId(caller, req.body) ?? newUserId();
      const conversationId = randomId();
      await startConversation(conversationId, userId, locale);
      res.status(201).json(conversationBody(conversationId, userId));
    }),
  );

  router.get(
    `${BASE}/conversations/:id`,
    route(async (req, res) => {
      const { caller, conversationId, userId } = await authorizeConversation(req);
      limit('read', conversationId);
      parseWatermark(req.query.watermark);
      const user = caller.kind === 'token' ? caller.claims.user : (userId ?? newUserId());
      res.status(200).json(conversationBody(conversationId, user));
    }),
  );

  router.get(
    `${BASE}/conversations/:id/activities`,
    route(async (req, res) => {
      const { conversationId } = await authorizeConversation(req);
      limit('read', conversationId);
      const after = parseWatermark(req.query.watermark);
      const page = await store.getDirectLineActivities(conversationId, after);
      const first = page.watermark - page.activities.length + 1;
      const kept = page.activities.slice(0, options.maxActivitiesPerGet);
      const activities = kept.map((a, i) => ({ ...a, id: activityId(conversationId, first + i) }));
      const watermark = kept.length > 0 ? first + kept.length - 1 : page.watermark;
      res.status(200).json({ activities, ...(watermark >= 0 ? { watermark: String(watermark) } : {}) });
    }),
  );

  router.post(
    `${BASE}/conversations/:id/activities`,
    json,
    route(async (req, res) => {
      const { caller, conversationId, userId: storedUser } = await authorizeConversation(req);
      limit('post', conversationId);
      const userId =
        caller.kind === 'token'
          ? caller.claims.user
          : isObject(req.body) && isObject(req.body.from) && typeof req.body.from.id === 'string' && USER_ID_PATTERN.test(req.body.from.id)
            ? req.body.from.id
            : (storedUser ?? newUserId());
      const incoming = sanitizeIncoming(req.body, conversationId, userId);
      if (incoming.type === 'typing') {
        // Not queued and not run: the bot has nothing to say to a typing indicator.
        res.status(200).json({ id: `${conversationId}|typing` });
        return;
      }
      // The activity and the typing indicator take their positions in one step, and are stored (in one commit)
      // while the bot runs: the answer waits for both. Stored scrubbed (phone numbers in a card's value, addresses
      // in channelData…); the bot gets it as sent.
      const typing = options.typingIndicator && incoming.type === 'message';
      const position = await store.reserveDirectLinePositions(conversationId, typing ? 2 : 1);
      const id = activityId(conversationId, position);
      const typingActivity = typing ? botActivity(conversationId, userId, { type: 'typing' }, id) : undefined;
      const queued = store.putDirectLineActivities(conversationId, position, typingActivity ? [scrubActivity(incoming), typingActivity] : [scrubActivity(incoming)]);
      // Handled now (a store failure while the bot runs is not an unhandled rejection); awaited below.
      const stored = queued.then(
        () => ({ failed: false as const }),
        (error: unknown) => ({ failed: true as const, error }),
      );
      let replies: Partial<Activity>[];
      try {
        replies = await runner.run({ ...incoming, id, timestamp: new Date(now()) } as Partial<Activity>);
      } catch (err) {
        await stored;
        logger.error({ err, conversationId }, 'directline: bot failed on an activity');
        throw new DirectLineError(502, 'BotError', 'the bot failed to handle the activity');
      }
      const outcome = await stored;
      if (outcome.failed) throw outcome.error;
      await appendReplies(conversationId, userId, replies, id);
      res.status(200).json({ id });
    }),
  );

  router.post(
    `${BASE}/conversations/:id/upload`,
    route(async () => {
      throw new DirectLineError(400, 'BadArgument', 'file upload is not accepted on this channel');
    }),
  );

  router.all(
    `${BASE}/*`,
    route(async (req) => {
      throw new DirectLineError(404, 'NotFound', `no Direct Line route ${req.method} ${req.path.slice(0, 200)}`);
    }),
  );

  // One error boundary for the channel: Direct Line's error body `{ error: { code, message } }`.
  router.use(BASE, (err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const parserError = err as { type?: string; status?: number; limit?: number; length?: number };
    let e: DirectLineError;
    if (err instanceof DirectLineError) e = err;
    else if ((err as { name?: string } | null)?.name === 'StoreDataError') {
      e = new DirectLineError(400, 'BadArgument', 'the activity cannot be stored (too deeply nested or too large)');
    } else if ((err as { name?: string } | null)?.name === 'StoreError') {
      logger.warn({ path: req.path.replace(/\/conversations\/[^/]+/, '/conversations/:id') }, 'directline: store unavailable');
      e = new DirectLineError(503, 'ServiceUnavailable', 'the conversation store is unavailable; retry shortly', 5);
    } else if (parserError.type === 'entity.too.large') {
      e = new DirectLineError(413, 'MessageSizeTooBig', `body of ${parserError.length ?? '?'} bytes is over ${parserError.limit ?? '?'} bytes`);
    } else if (parserError.type === 'entity.parse.failed') {
      e = new DirectLineError(400, 'BadArgument', 'body is not valid JSON');
    } else if (typeof parserError.status === 'number' && parserError.status >= 400 && parserError.status < 500) {
      e = new DirectLineError(parserError.status, 'BadArgument', 'request refused');
    } else {
      logger.error({ err, path: req.path }, 'directline: request failed');
      e = new DirectLineError(500, 'ServiceError', 'internal error');
    }
    if (e.status < 500) logger.info({ status: e.status, code: e.code, path: req.path.replace(/\/conversations\/[^/]+/, '/conversations/:id') }, 'directline: refused');
    if (e.retryAfterSeconds) res.set('Retry-After', String(e.retryAfterSeconds));
    res.set('Cache-Control', 'no-store');
    res.status(e.status).json({ error: { code: e.code, message: e.message } });
  });

  return router;
}
