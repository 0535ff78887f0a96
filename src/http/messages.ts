// POST /api/messages: the Bot Framework activity endpoint (CloudAdapter), behind size, type and shape checks.
import express, { type Router } from 'express';
import type { RelaisAdapter, TurnLogic } from '../channels/botFrameworkAdapter';
import { validateActivity } from './activity';
import { HttpError, requireJson } from './errors';

/** Options of the messages route. */
export interface MessagesRouteOptions {
  adapter: RelaisAdapter;
  logic: TurnLogic;
  /** Largest accepted body in bytes. */
  maxBodyBytes: number;
}

/** Router serving POST /api/messages (and 405 for other methods). */
export function createMessagesRouter(options: MessagesRouteOptions): Router {
  const router = express.Router();
  router.post(
    '/api/messages',
    requireJson,
    express.json({ limit: options.maxBodyBytes, strict: true }),
    (req, res, next) => {
      try {
        validateActivity(req.body);
      } catch (err) {
        next(err);
        return;
      }
      options.adapter.process(req, res, options.logic).catch(next);
    },
  );
  router.all('/api/messages', (req, _res, next) => {
    next(new HttpError(405, 'MethodNotAllowed', `HttpError: ${req.method} is not allowed on /api/messages; use POST`));
  });
  return router;
}
