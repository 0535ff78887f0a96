// Cluster mode (WORKERS=N): the primary forks N Relais workers that share one port, restarts one that dies, runs
// the retention purge once for all of them, and stops them all on SIGTERM.
import { randomBytes } from 'node:crypto';
import cluster, { type Worker } from 'node:cluster';
import type { Config } from './config';
import { createLogger, type Logger } from './logger';
import { createStore, startPurgeSchedule, storeOptionsOf, type DocStore } from './store';

/** Options of the primary process. */
export interface ClusterOptions {
  /** Worker restarts allowed within `restartWindowMs` before the primary gives up (a crash loop). */
  maxRestarts: number;
  restartWindowMs: number;
  /** Longest wait for workers to stop after SIGTERM before they are killed, ms. */
  stopTimeoutMs: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { maxRestarts: 10, restartWindowMs: 60_000, stopTimeoutMs: 10_000 };

/** A running primary: `stop()` ends the workers and the purge store; `exited` resolves with the exit code to use. */
export interface Primary {
  logger: Logger;
  url: string;
  stop(): Promise<void>;
  exited: Promise<number>;
}

/** Per-worker share of a rate limit, so N processes together never allow more than the configured limit. */
export function workerShare<T extends { capacity: number; refillPerSecond: number }>(bucket: T, workers: number): T {
  return { ...bucket, capacity: Math.max(1, Math.ceil(bucket.capacity / workers)), refillPerSecond: bucket.refillPerSecond / workers };
}

/**
 * Starts the primary: forks `config.workers` workers (each runs `main()` without the purge timer), resolves once
 * all listen, or rejects when one dies before listening (its own start-up message says why). Workers share the
 * Direct Line token secret (generated here when not configured) so a token made by one is accepted by all.
 */
export async function startPrimary(config: Config, options: Partial<ClusterOptions> = {}): Promise<Primary> {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const logger = createLogger({ level: config.logLevel });
  const workerEnv = { DIRECTLINE_SECRET: config.directLineSecret ?? randomBytes(32).toString('hex') };
  let stopping = false;
  const restarts: number[] = [];
  let resolveExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((r) => (resolveExit = r));
  const workers = new Set<Worker>();
  let purgeStore: DocStore | undefined;
  let stopPurge = (): void => undefined;

  const fork = (): Worker => {
    const w = cluster.fork(workerEnv);
    workers.add(w);
    return w;
  };

  let url = '';
  await new Promise<void>((resolve, reject) => {
    let listening = 0;
    cluster.on('listening', (_w, address) => {
      url ||= `http://${address.address === '0.0.0.0' || !address.address ? '127.0.0.1' : address.address}:${address.port}`;
      listening += 1;
      if (listening === config.workers) resolve();
    });
    cluster.on('exit', (w, code, signal) => {
      workers.delete(w);
      if (stopping) return;
      if (listening < config.workers) {
        reject(new Error(`worker ${w.process.pid} exited (code ${code ?? signal}) before listening`));
        return;
      }
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && restarts[0] < now - o.restartWindowMs) restarts.shift();
      logger.error({ component: 'cluster', pid: w.process.pid, code, signal }, 'worker died');
      if (restarts.length > o.maxRestarts) {
        logger.fatal({ component: 'cluster', restarts: restarts.length }, 'workers keep dying: stopping');
        void stop().then(() => resolveExit(1));
        return;
      }
      fork();
    });
    for (let i = 0; i < config.workers; i++) fork();
  }).catch(async (err: unknown) => {
    await stop();
    throw err;
  });

  // Retention runs here, once for all workers (each worker runs without its own purge timer).
  try {
    purgeStore = await createStore(storeOptionsOf(config));
    stopPurge = startPurgeSchedule(purgeStore, { logger });
  } catch (err) {
    logger.warn({ component: 'cluster', err: err instanceof Error ? err.message : String(err) }, 'retention purge not started in the primary');
  }

  async function stop(): Promise<void> {
    stopping = true;
    stopPurge();
    const all = [...workers];
    await Promise.all(
      all.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.isDead()) return resolve();
            const timer = setTimeout(() => w.process.kill('SIGKILL'), o.stopTimeoutMs);
            w.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            w.process.kill('SIGTERM');
          }),
      ),
    );
    await purgeStore?.close().catch(() => undefined);
  }

  logger.info({ component: 'cluster', workers: config.workers, url }, `Relais listening on ${url} with ${config.workers} workers`);
  return { logger, url, stop, exited };
}
