// express-rate-limit's Store on the project's store (collection consoleLimits): login attempts are counted across
// every process that shares the store (MongoDB), in fixed windows, with the engine's atomic counter.
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { DocCollection } from '../store/engine';

export class DocLimitStore implements Store {
  /** Counts are shared: express-rate-limit must not assume they live in this process. */
  readonly localKeys = false;
  private windowMs = 60_000;

  constructor(
    private readonly limits: DocCollection,
    private readonly now: () => Date = () => new Date(),
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private window(key: string): { id: string; start: number } {
    const start = Math.floor(this.now().getTime() / this.windowMs) * this.windowMs;
    return { id: `${key}@${start}`, start };
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const { id, start } = this.window(key);
    const doc = await this.limits.get(id);
    return doc ? { totalHits: (doc.seq ?? 0) + 1, resetTime: new Date(start + this.windowMs) } : undefined;
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const { id, start } = this.window(key);
    // The counter starts at 0 on its first increment: that is the first hit.
    const seq = await this.limits.increment(id, { at: new Date(start) });
    return { totalHits: seq + 1, resetTime: new Date(start + this.windowMs) };
  }

  /** Only called with skipFailedRequests/skipSuccessfulRequests (not atomic; the console sets neither). */
  async decrement(key: string): Promise<void> {
    const { id } = this.window(key);
    const doc = await this.limits.get(id);
    if (doc && (doc.seq ?? 0) > 0) await this.limits.put({ ...doc, seq: (doc.seq ?? 0) - 1 });
    else if (doc) await this.limits.deleteMany({ id });
  }

  async resetKey(key: string): Promise<void> {
    await this.limits.deleteMany({ idPrefix: `${key}@` });
  }
}
