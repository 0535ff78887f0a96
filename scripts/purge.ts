// `node dist/scripts/purge.js`: deletes what is past its retention period (MongoDB also does it with TTL indexes).
import { openConfiguredStore, processIO, reportFailure, takeDataDir, type CommandIO } from '../src/store/cli';

/** Applies retention, printing what went per collection; returns the exit code. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  const { dataDir, rest } = takeDataDir(argv);
  if (rest.length > 0) {
    io.err(`purge: unexpected argument "${rest[0]}"; usage: npm run purge [-- --data-dir DIR]`);
    return 2;
  }
  try {
    const store = await openConfiguredStore('purge', io, dataDir);
    try {
      const r = store.retention;
      io.err(
        `purge: retention (days): conversation ${r.conversationDays}, profile ${r.profileDays}, events ${r.eventDays}, ` +
          `review ${r.reviewDays}, translation ${r.translationDays}, Direct Line ${r.directLineDays}`,
      );
      const counts = await store.purgeExpiredByCollection();
      for (const [collection, n] of Object.entries(counts)) if (n > 0) io.err(`purge:   ${collection}: ${n} deleted`);
      io.out(`purge: ${Object.values(counts).reduce((a, b) => a + b, 0)} expired record(s) deleted`);
    } finally {
      await store.close();
    }
    return 0;
  } catch (err) {
    return reportFailure('purge', io, err);
  }
}

if (require.main === module) {
  void main(process.argv.slice(2), processIO()).then((code) => (process.exitCode = code));
}
