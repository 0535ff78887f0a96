// POST /api/messages: the Bot Framework activity endpoint (CloudAdapter), behind rate, size, type and shape checks.
import express, { type Request, type Router } from 'express';
import type { Activity } from 'botbuilder';
import { isAuthenticationError, type RelaisAdapter, type TurnLogic } from '../channels/botFrameworkAdapter';
import { DEFAULT_ACTIVITY_LIMITS, type ActivityLimits } from '../channels/activityLimits';
import { RateLimiter, type BucketOptions } from '../channels/directline';
import { validateActivity } from './activity';
import { HttpError, requireJson } from './errors';

/** Options of the messages route. */
export interface MessagesRouteOptions {
  adapter: RelaisAdapter;
  logic: TurnLogic;
  /** Largest accepted body in bytes. */
  maxBodyBytes: number;
  /** Requests per client IP (token bucket); over it, 429 with Retry-After. */
  rateLimit?: BucketOptions;
  /** Depth and size limits of the activity's free-form fields. */
  activityLimits?: ActivityLimits;
}

/**
 * Default rate per client IP: a burst of 30, then 2 a second (120 a minute) — far above one person typing, low
 * enough that one address cannot keep the bot busy for everybody. Behind Azure Bot Service every request comes
 * from Microsoft's few addresses: raise MESSAGES_RATE_PER_MINUTE there.
 */
export const DEFAULT_MESSAGES_RATE: BucketOptions = { capacity: 30, refillPerSecond: 2 };

/** Router serving POST /api/messages (and 405 for other methods). */
export function createMessagesRouter(options: MessagesRouteOptions): Router {
  const router = express.Router();
  const limiter = new RateLimiter(options.rateLimit ?? DEFAULT_MESSAGES_RATE);
  const limits = options.activityLimits ?? DEFAULT_ACTIVITY_LIMITS;
  const rateLimit = (req: Request, _res: unknown, next: (err?: unknown) => void): void => {
    const { allowed, retryAfterSeconds } = limiter.take(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (allowed) next();
    else next(new HttpError(429, 'TooManyRequests', `HttpError: too many requests from this address; retry in ${retryAfterSeconds} s`, retryAfterSeconds));
  };
  router.post(
    '/api/messages',
    rateLimit,
    requireJson,
    express.json({ limit: options.maxBodyBytes, strict: true }),
    (req, res, next) => {
      try {
        validateActivity(req.body, { authenticated: options.adapter.authenticated, limits });
      } catch (err) {
        next(err);
        return;
      }
      options.adapter.processHttp(req.get('authorization') ?? '', req.body as Activity, options.logic).then(
        (response) => {
          res.status(response?.status ?? 200);
          if (response?.body === undefined) {
            res.end();
            return;
          }
          // Written directly: express's res.json would also hash the body for an ETag no Bot Framework client uses.
          // Encoded once: its length is the buffer's, where a string would be measured, then encoded.
          const json = Buffer.from(JSON.stringify(response.body));
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Content-Length', json.length);
          res.end(json);
        },
        (err: unknown) => {
          if (isAuthenticationError(err)) next(new HttpError(401, 'Unauthorized', 'HttpError: the Bot Framework token is missing, invalid or expired'));
          // Microsoft's signing keys (fetched to check a token) could not be read: nobody can be authenticated now.
          else if ((err as { name?: unknown } | null)?.name === 'FetchError') {
            next(new HttpError(503, 'AuthenticationUnavailable', 'HttpError: Bot Framework tokens cannot be checked now (signing keys unreachable); retry later'));
          } else next(err);
        },
      );
    },
  );
  router.all('/api/messages', (req, _res, next) => {
    next(new HttpError(405, 'MethodNotAllowed', `HttpError: ${req.method} is not allowed on /api/messages; use POST`));
  });
  return router;
}
