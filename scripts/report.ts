// `npm run report`: anonymous figures for maintainers (questions per topic, language, outcome; feedback), as JSON.
import { openConfiguredStore, processIO, reportFailure, takeDataDir, type CommandIO } from '../src/store/cli';

/** Prints the report as one JSON object on `out`; returns the exit code. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  const { dataDir, rest } = takeDataDir(argv);
  if (rest.length > 0) {
    io.err(`report: unexpected argument "${rest[0]}"; usage: npm run report [-- --data-dir DIR]`);
    return 2;
  }
  try {
    const store = await openConfiguredStore('report', io, dataDir);
    try {
      io.out(JSON.stringify(await store.report(), null, 2));
    } finally {
      await store.close();
    }
    return 0;
  } catch (err) {
    return reportFailure('report', io, err);
  }
}

if (require.main === module) {
  void main(process.argv.slice(2), processIO()).then((code) => (process.exitCode = code));
}
