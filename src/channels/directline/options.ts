// Direct Line options, their defaults and the typed error of the channel: one place to tune the endpoint.
import type { Store } from '../../store/types';
import { DEFAULT_ACTIVITY_LIMITS, type ActivityLimits } from '../activityLimits';

/**
 * Store methods the Direct Line channel needs (conversations and their activity queues), and whether the store
 * is unreachable right now (ResilientStore's `degraded`).
 */
export type DirectLineStore = Pick<
  Store,
  | 'createDirectLineConversation'
  | 'getDirectLineConversation'
  | 'reserveDirectLinePositions'
  | 'putDirectLineActivities'
  | 'getDirectLineActivities'
> & { readonly degraded?: boolean };

/** One token bucket: `capacity` requests at once, refilled at `refillPerSecond`. */
export interface BucketOptions {
  /** Largest burst. */
  capacity: number;
  /** Tokens added back per second. */
  refillPerSecond: number;
}

/** Rate limits of the Direct Line routes (per process; see README "Scale"). */
export interface DirectLineRateLimits {
  /** Token generation and conversation start, per client IP. */
  start: BucketOptions;
  /** Posting activities, per conversation. */
  post: BucketOptions;
  /** Reading activities (polling) and reconnecting, per conversation. */
  read: BucketOptions;
}

/** Options of the Direct Line 3.0 endpoint. */
export interface DirectLineOptions {
  /** HMAC-SHA256 key signing tokens; processes serving the same conversations share it. Required. */
  tokenSecret: string;
  /**
   * Direct Line secret for trusted servers (a commune's backend): `Authorization: Bearer <secret>` may generate
   * tokens for any user id and start conversations. Empty = no secret accepted.
   */
  directLineSecret: string;
  /** Lets anonymous browsers (the public web chat page) generate a token. */
  allowAnonymousTokens: boolean;
  /** Token lifetime in seconds; `tokens/refresh` extends it. */
  tokenTtlSeconds: number;
  /** Largest JSON body, bytes; larger bodies get 413. */
  maxBodyBytes: number;
  /** Longest message text, characters; longer texts get 413. */
  maxTextLength: number;
  /** Most activities returned by one GET (the client asks again with the new watermark). */
  maxActivitiesPerGet: number;
  /** Bot account written in `from` of the bot's replies. */
  botId: string;
  /** Channel id written in activities handed to the bot. */
  channelId: string;
  /** Queues a bot `typing` activity while the bot works on a message, so Web Chat shows it is answering. */
  typingIndicator: boolean;
  /**
   * Rate limits (token buckets kept in this process's memory). Keep `read` well above the client's polling
   * rate: DirectLineJS stops polling for good after a 429 on GET activities.
   */
  rateLimits: DirectLineRateLimits;
  /** Browser origins allowed to call the endpoint from another site (CORS); empty = same origin only. */
  corsOrigins: string[];
  /** Depth and size limits of an activity's free-form fields (value, channelData, entities…). */
  activityLimits: ActivityLimits;
}

/**
 * Defaults. Limits chosen for a person typing on a phone: Web Chat polls once a second (read bucket refills
 * 3/s, so polling plus a reconnect never trips it), a person sends at most a few messages in a burst (post: 10,
 * then 1/s), and one IP may open about 10 conversations a minute (start: burst 20, refill 1 per 3 s; a page
 * load costs 2: generate + start) — enough for a shared library computer or a mobile carrier's NAT, too few to
 * fill the store.
 */
export const DEFAULT_OPTIONS: Omit<DirectLineOptions, 'tokenSecret'> = {
  directLineSecret: '',
  allowAnonymousTokens: true,
  tokenTtlSeconds: 1800,
  maxBodyBytes: 16 * 1024,
  maxTextLength: 2000,
  maxActivitiesPerGet: 100,
  botId: 'relais',
  channelId: 'directline',
  typingIndicator: true,
  rateLimits: {
    start: { capacity: 20, refillPerSecond: 1 / 3 },
    post: { capacity: 10, refillPerSecond: 1 },
    read: { capacity: 30, refillPerSecond: 3 },
  },
  corsOrigins: [],
  activityLimits: DEFAULT_ACTIVITY_LIMITS,
};

/** A Direct Line request refused: HTTP status, Direct Line error code, message naming the value. */
export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds to wait before retrying (429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(`DirectLineError: ${message}`);
    this.name = 'DirectLineError';
  }
}

/** Merges options over the defaults and validates them once; throws DirectLineError naming the bad field. */
export function resolveOptions(options: Partial<DirectLineOptions> & { tokenSecret: string }): DirectLineOptions {
  const merged: DirectLineOptions = {
    ...DEFAULT_OPTIONS,
    ...options,
    rateLimits: { ...DEFAULT_OPTIONS.rateLimits, ...options.rateLimits },
  };
  const bad = (field: string, value: unknown, want: string): never => {
    throw new DirectLineError(500, 'BadOptions', `option "${field}" is ${JSON.stringify(value)}; expected ${want}`);
  };
  if (typeof merged.tokenSecret !== 'string' || merged.tokenSecret.length < 16) {
    bad('tokenSecret', merged.tokenSecret ? '(too short)' : merged.tokenSecret, 'a string of at least 16 characters');
  }
  if (merged.directLineSecret && merged.directLineSecret.length < 16) {
    bad('directLineSecret', '(too short)', 'empty or at least 16 characters');
  }
  for (const field of ['tokenTtlSeconds', 'maxBodyBytes', 'maxTextLength', 'maxActivitiesPerGet'] as const) {
    const v = merged[field];
    if (!Number.isInteger(v) || v <= 0) bad(field, v, 'a positive integer');
  }
  for (const [name, bucket] of Object.entries(merged.rateLimits)) {
    if (!(bucket.capacity >= 1) || !(bucket.refillPerSecond > 0)) {
      bad(`rateLimits.${name}`, bucket, 'capacity >= 1 and refillPerSecond > 0');
    }
  }
  return merged;
}
