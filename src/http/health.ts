// GET /healthz: 200 once the knowledge base is loaded and the store answers, 503 otherwise (CONTRACT.md).
import express, { type Router } from 'express';

/** What the health route reads. */
export interface HealthOptions {
  knowledge: () => { version: string; entries: number; services: number } | undefined;
  storePing: () => Promise<boolean>;
}

/** Router serving GET /healthz. */
export function createHealthRouter(options: HealthOptions): Router {
  const router = express.Router();
  const started = Date.now();
  router.get('/healthz', async (_req, res) => {
    const knowledge = options.knowledge();
    let store = false;
    try {
      store = await options.storePing();
    } catch {
      store = false;
    }
    const ok = knowledge !== undefined && store;
    res.status(ok ? 200 : 503).json({
      status: ok ? 'ok' : 'unavailable',
      knowledge: knowledge ?? null,
      store: store ? 'ok' : 'unreachable',
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
    });
  });
  return router;
}
