// `npm run forget -- <userId>`: erases every record of one person ("forget me" on a maintainer's request).
import { openConfiguredStore, processIO, reportFailure, takeDataDir, type CommandIO } from '../src/store/cli';

const USAGE = 'usage: npm run forget -- <userId> [--conversation <conversationId>]... [--data-dir DIR]';

/** Erases, printing progress per collection and a final check; returns the exit code. */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  const { dataDir, rest } = takeDataDir(argv);
  const conversationIds: string[] = [];
  const ids: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--conversation' && rest[i + 1]) conversationIds.push(rest[++i]);
    else if (rest[i].startsWith('--')) {
      io.err(`forget: unknown option "${rest[i]}"; ${USAGE}`);
      return 2;
    } else ids.push(rest[i]);
  }
  if (ids.length !== 1 || ids[0].trim() === '') {
    io.err(`forget: ${ids.length === 0 ? 'no user id given' : `one user id expected, got ${ids.length}`}; ${USAGE}`);
    return 2;
  }
  const userId = ids[0];
  try {
    const store = await openConfiguredStore('forget', io, dataDir);
    try {
      io.err(`forget: erasing every record of user "${userId}"`);
      const counts = await store.forgetUserByCollection(userId, { conversationIds });
      for (const [collection, n] of Object.entries(counts)) io.err(`forget:   ${collection}: ${n} erased`);
      const erased = Object.values(counts).reduce((a, b) => a + b, 0);
      const left = await store.remainingForUser(userId);
      io.out(`forget: ${erased} record(s) erased for user "${userId}"; ${left} left`);
      if (left > 0) {
        io.err('forget: some records are still there (a bot process wrote during the erase?); run the command again');
        return 1;
      }
    } finally {
      await store.close();
    }
    return 0;
  } catch (err) {
    return reportFailure('forget', io, err);
  }
}

if (require.main === module) {
  void main(process.argv.slice(2), processIO()).then((code) => (process.exitCode = code));
}
