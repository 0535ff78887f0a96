// Structured logs (pino): ids, topics and outcomes only; never the text a person wrote.
import pino, { type Logger } from 'pino';

export type { Logger };

/** Options of the process logger. */
export interface LoggerOptions {
  /** pino level; `silent` in tests. */
  level: string;
  /** Destination stream (stdout by default); tests pass a buffer. */
  destination?: pino.DestinationStream;
}

/** Creates the process logger; message text is never passed to it (see README, Privacy). */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'relais' },
      // Defence in depth: if a future log call passes an activity, its text never reaches the log.
      redact: { paths: ['text', '*.text', 'activity.text', 'req.body'], censor: '[redacted]' },
    },
    options.destination,
  );
}
