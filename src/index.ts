// Executable entry point: load the configuration, build Relais, listen; clear messages and exit 1 on bad start-up.
process.env.DOTENV_CONFIG_QUIET = 'true'; // `natural` loads dotenv on import; its banner has no place in the logs.

import cluster from 'node:cluster';
import { createRelais, type Relais, type RelaisOverrides } from './app';
import { startPrimary } from './cluster';
import { ConfigError, loadConfig, type Config } from './config';
import { KnowledgeError } from './knowledge/problems';
import { formatProblem } from './loaders/knowledgeFiles';

/** Where start-up messages go (tests pass their own). */
export interface MainIO {
  error(line: string): void;
}

/** Starts the server; returns the running instance, or undefined after printing why it could not start. */
export async function main(
  env: NodeJS.ProcessEnv = process.env,
  io: MainIO = { error: (l) => console.error(l) },
  overrides: RelaisOverrides = {},
): Promise<{ relais: Relais; url: string } | undefined> {
  let relais: Relais;
  try {
    const config = loadConfig(env);
    relais = await createRelais(config, overrides);
  } catch (err) {
    for (const line of startupMessages(err)) io.error(line);
    return undefined;
  }
  const url = await relais.listen();
  relais.logger.info({ url, knowledge: relais.knowledge }, `Relais listening on ${url}`);
  return { relais, url };
}

/** One line per problem, without stack traces: what an operator needs to fix the start. */
export function startupMessages(err: unknown): string[] {
  if (err instanceof ConfigError) return ['Relais cannot start: invalid configuration', ...err.problems.map((p) => `  ${p}`)];
  if (err instanceof KnowledgeError) {
    const lines = err.problems.filter((p) => p.severity === 'error').map((p) => `  ${formatProblem(p)}`);
    return ['Relais cannot start: invalid knowledge base (run `npm run kb -- validate`)', ...(lines.length ? lines : [`  ${err.message}`])];
  }
  const message = err instanceof Error ? err.message : String(err);
  return [`Relais cannot start: ${message}`];
}

/** WORKERS > 1 in the primary process: fork the workers and supervise them. Returns false when it did not start. */
async function runPrimary(config: Config): Promise<boolean> {
  let primary;
  try {
    primary = await startPrimary(config);
  } catch (err) {
    console.error(`Relais cannot start: ${err instanceof Error ? err.message : String(err)}`);
    return false;
  }
  const { logger, stop, exited } = primary;
  const onSignal = (signal: string) => {
    logger.info({ signal }, 'stopping');
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => onSignal('SIGINT'));
  process.once('SIGTERM', () => onSignal('SIGTERM'));
  void exited.then((code) => process.exit(code));
  return true;
}

/** The command: one process, or (WORKERS > 1) a primary and its workers. */
async function run(): Promise<boolean> {
  if (cluster.isPrimary) {
    let config: Config;
    try {
      config = loadConfig();
    } catch (err) {
      for (const line of startupMessages(err)) console.error(line);
      return false;
    }
    if (config.workers > 1) return runPrimary(config);
  }
  // A worker leaves retention to the primary (one purge for all processes).
  const started = await main(process.env, undefined, cluster.isWorker ? { purge: false } : {});
  if (!started) return false;
  const { relais } = started;
  const stop = (signal: string) => {
    relais.logger.info({ signal }, 'stopping');
    relais.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return true;
}

if (require.main === module) {
  run().then(
    (ok) => {
      // A worker stays attached to its primary: exit explicitly so the primary sees the failed start.
      if (!ok) process.exit(1);
    },
    (err: unknown) => {
      console.error(`Relais cannot start: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
