// Direct Line 3.0 channel: the endpoint the bot's own web chat page (and any Web Chat embed) talks to.
export { createDirectLineRouter, activityId, type DirectLineRouterOptions, type DirectLineLogger } from './router';
export {
  DEFAULT_OPTIONS,
  DirectLineError,
  resolveOptions,
  type DirectLineOptions,
  type DirectLineRateLimits,
  type DirectLineStore,
  type BucketOptions,
} from './options';
export { TokenSigner, randomId, type TokenClaims } from './tokens';
export { RateLimiter } from './rateLimit';
