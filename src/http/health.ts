// GET /healthz: 200 once the knowledge base is loaded and the store answers and takes writes, 503 otherwise (CONTRACT.md).
import express, { type Router } from 'express';

/** What the health route reads. */
export interface HealthOptions {
  knowledge: () => { version: string; entries: number; services: number } | undefined;
  storePing: () => Promise<boolean>;
  /** True when the store takes a write (a full disk answers pings but refuses every write). */
  storeWritable?: () => Promise<boolean>;
  /** How long a successful write check is reused, ms: a flood of health requests must not become a flood of writes. */
  writeCheckIntervalMs?: number;
}

/** Default reuse of a successful write check: health probes come every few seconds; one write per 5 s is plenty. */
export const DEFAULT_WRITE_CHECK_INTERVAL_MS = 5000;

/** Router serving GET /healthz. `store` is "ok", "read-only" (writes fail) or "unreachable". */
export function createHealthRouter(options: HealthOptions): Router {
  const router = express.Router();
  const started = Date.now();
  const interval = options.writeCheckIntervalMs ?? DEFAULT_WRITE_CHECK_INTERVAL_MS;
  // Only a successful check is reused: a failing store is checked again at once, so recovery shows at once.
  let lastSuccess = Number.NEGATIVE_INFINITY;
  const writable = async (): Promise<boolean> => {
    if (!options.storeWritable || Date.now() - lastSuccess < interval) return true;
    const ok = await options.storeWritable().catch(() => false);
    if (ok) lastSuccess = Date.now();
    return ok;
  };
  router.get('/healthz', async (_req, res) => {
    const knowledge = options.knowledge();
    let reachable = false;
    try {
      reachable = await options.storePing();
    } catch {
      reachable = false;
    }
    const canWrite = reachable && (await writable());
    const ok = knowledge !== undefined && reachable && canWrite;
    res.set('Cache-Control', 'no-store');
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'unavailable',
      knowledge: knowledge ?? null,
      store: !reachable ? 'unreachable' : canWrite ? 'ok' : 'read-only',
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
    });
  });
  return router;
}
