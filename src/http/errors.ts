// The HTTP layer's typed error and its single error boundary (express error middleware).
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger';

/** An HTTP error with a status, a stable code and a precise message for the client. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds to wait before retrying (429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** 404 for any route nobody answered. */
export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'NotFound', `HttpError: no route ${req.method} ${req.path.slice(0, 200)}`));
};

/** Maps body-parser failures and HttpErrors to precise 4xx answers; anything else is a logged 500. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const e = err as { type?: string; status?: number; limit?: number; length?: number; message?: string };
    let status = 500;
    let code = 'InternalError';
    let message = 'HttpError: internal error';
    if (err instanceof HttpError) {
      ({ status, code, message } = err);
    } else if (e.type === 'entity.too.large') {
      status = 413;
      code = 'PayloadTooLarge';
      message = `HttpError: request body of ${e.length ?? '?'} bytes is over the limit of ${e.limit ?? '?'} bytes`;
    } else if (e.type === 'entity.parse.failed') {
      status = 400;
      code = 'InvalidJson';
      message = 'HttpError: request body is not valid JSON';
    } else if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
      status = 415;
      code = 'UnsupportedEncoding';
      message = `HttpError: ${e.message ?? 'unsupported encoding'}`;
    } else if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      status = e.status;
      code = 'BadRequest';
      message = `HttpError: ${e.message ?? 'bad request'}`;
    }
    if (status >= 500 && err instanceof HttpError) logger.warn({ status, code, path: req.path }, 'request not served');
    else if (status >= 500) logger.error({ err, path: req.path }, 'request failed');
    else logger.info({ status, code, path: req.path }, 'request refused');
    if (res.headersSent) return;
    if (err instanceof HttpError && err.retryAfterSeconds) res.set('Retry-After', String(err.retryAfterSeconds));
    const body: ErrorBody = { error: { code, message } };
    res.status(status).json(body);
  };
}

/** Refuses a body that is not declared as JSON (415), before parsing. */
export const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) {
    next(
      new HttpError(
        415,
        'UnsupportedMediaType',
        `HttpError: Content-Type must be application/json, got "${(req.headers['content-type'] ?? 'none').slice(0, 100)}"`,
      ),
    );
    return;
  }
  next();
};
