// Executable entry point: load the configuration, build Relais, listen; clear messages and exit 1 on bad start-up.
process.env.DOTENV_CONFIG_QUIET = 'true'; // `natural` loads dotenv on import; its banner has no place in the logs.

import { createRelais, type Relais } from './app';
import { ConfigError, loadConfig } from './config';
import { KnowledgeError } from './knowledge/problems';
import { formatProblem } from './loaders/knowledgeFiles';

/** Where start-up messages go (tests pass their own). */
export interface MainIO {
  error(line: string): void;
}

/** Starts the server; returns the running instance, or undefined after printing why it could not start. */
export async function main(env: NodeJS.ProcessEnv = process.env, io: MainIO = { error: (l) => console.error(l) }): Promise<{ relais: Relais; url: string } | undefined> {
  let relais: Relais;
  try {
    const config = loadConfig(env);
    relais = await createRelais(config);
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

if (require.main === module) {
  main().then(
    (started) => {
      if (!started) {
        process.exitCode = 1;
        return;
      }
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
    },
    (err: unknown) => {
      console.error(`Relais cannot start: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
