// Shared by the maintainer commands (report, forget, purge): opens the configured store and reports clearly.
import { ConfigError, loadConfig, readEnv, redactUrl } from '../config';
import type { DocStore } from './docStore';
import { createStore } from './index';
import { StoreError } from './types';

/** Where a command prints: `out` for its result (stdout), `err` for progress and problems (stderr). */
export interface CommandIO {
  env: NodeJS.ProcessEnv;
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

export const processIO = (): CommandIO => ({
  env: readEnv(),
  cwd: process.cwd(),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});

/** Removes `--data-dir DIR` (or `--data-dir=DIR`) from the arguments; the rest are returned as they came. */
export function takeDataDir(argv: string[]): { dataDir?: string; rest: string[] } {
  const rest: string[] = [];
  let dataDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data-dir') dataDir = argv[++i];
    else if (a.startsWith('--data-dir=')) dataDir = a.slice('--data-dir='.length);
    else rest.push(a);
  }
  return { dataDir, rest };
}

/** Opens the store the bot uses (DATA_DIR / MONGODB_URL, `--data-dir` wins), saying which one on `err`. */
export async function openConfiguredStore(command: string, io: CommandIO, dataDir?: string): Promise<DocStore> {
  const env = dataDir !== undefined ? { ...io.env, DATA_DIR: dataDir } : io.env;
  const config = loadConfig(env, io.cwd);
  const where = config.mongodbUrl ? `MongoDB ${redactUrl(config.mongodbUrl)} database "${config.mongodbDb}"` : `embedded store in ${config.dataDir}`;
  io.err(`${command}: opening the ${where}`);
  return createStore({ dataDir: config.dataDir, mongodbUrl: config.mongodbUrl, mongodbDb: config.mongodbDb, retention: config.retention });
}

/** Prints a failure the way a maintainer can act on it; returns the exit code. */
export function reportFailure(command: string, io: CommandIO, err: unknown): number {
  if (err instanceof ConfigError || err instanceof StoreError) io.err(`${command}: ${err.message}`);
  else io.err(`${command}: unexpected error: ${err instanceof Error ? err.message : String(err)}`);
  return 1;
}
