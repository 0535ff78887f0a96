// Applies retention inside the bot process: the embedded engine has no TTL indexes, so expired records go on a timer.
import type { Store } from './types';
import type { StoreLogger } from './resilientStore';

/** Options of the purge schedule. */
export interface PurgeScheduleOptions {
  /** Time between two purges, ms (how chosen: retention is counted in days, so a few runs a day are plenty). */
  intervalMs: number;
  /** Also purge once right at start. */
  runAtStart: boolean;
  logger?: StoreLogger;
  /** Called after each purge with how many records went (tests, metrics). */
  onPurged?: (count: number) => void;
}

export const DEFAULT_PURGE_SCHEDULE: PurgeScheduleOptions = {
  intervalMs: 6 * 3_600_000,
  runAtStart: true,
};

/** Starts purging expired records on a timer that never keeps the process alive; returns a stop function. */
export function startPurgeSchedule(store: Pick<Store, 'purgeExpired'>, options: Partial<PurgeScheduleOptions> = {}): () => void {
  const o = { ...DEFAULT_PURGE_SCHEDULE, ...options };
  let running = false;
  const run = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      const n = await store.purgeExpired();
      if (n > 0) o.logger?.info({ component: 'store', purged: n }, 'expired records deleted');
      o.onPurged?.(n);
    } catch (err) {
      o.logger?.warn({ component: 'store', error: err instanceof Error ? err.name : 'unknown' }, 'purge failed; retried at the next run');
    } finally {
      running = false;
    }
  };
  if (o.runAtStart) void run();
  const timer = setInterval(() => void run(), o.intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
