// One run of a turn as the store sees it, handed down as a parameter (the turn's context → the store call → the
// engine's write). An AsyncLocalStorage carried it before: while any is in use, Node runs an async hook on every
// promise the process creates and copies the context onto it, whoever created it (botbuilder's generators make
// hundreds a message). What that cost: docs/performance.md, sixth pass.
import type { TurnContext } from 'botbuilder';

/** Key of the running StoreTurn in `context.turnState` (set by `orderedTurns`). */
export const STORE_TURN = Symbol('relais.storeTurn');

/** The StoreTurn of the turn `context` belongs to; undefined outside `orderedTurns` (then writes go out at once). */
export function storeTurnOf(context: TurnContext): StoreTurn | undefined {
  return context.turnState.get<StoreTurn | undefined>(STORE_TURN);
}

/**
 * What one run of a turn holds: its writes held back to share its state's commit (embedded engine), the state keys
 * it read as absent and those whose write met a newer eTag, and the ids of the records it adds.
 */
export class StoreTurn {
  /** Writes held back until the turn's next write that needs an answer, or its end: each queues itself. */
  readonly held: (() => void)[] = [];
  /** One per held write: settles once it is committed. */
  readonly barriers: Promise<unknown>[] = [];
  /** State keys whose write met a newer eTag. */
  readonly conflicts: string[] = [];
  /** State keys this run read and found absent: only inserted, never written over another turn's. */
  readonly absent = new Set<string>();
  /** How many records this run added to each collection. */
  readonly next = new Map<string, number>();

  /**
   * @param prefixes id prefix per collection, shared by every run of one turn (see `DocStore.newId`), so a run again
   * replaces the records the run before added: one turn, one usage event.
   */
  constructor(readonly prefixes: Map<string, string> = new Map()) {}

  /** Queues the held writes, in their order. */
  release(): void {
    const held = this.held.splice(0);
    for (const queue of held) queue();
  }

  /**
   * Runs the turn `fn` so that its writes without an answer (usage event, profile, review item) are acknowledged at
   * once and committed with its next write that needs one (its state, with the eTag check) or when it ends: one
   * commit per turn. Resolves once they are all committed, so whoever acknowledges the turn afterwards (the HTTP
   * answer) acknowledges stored records, with the first held write that failed, if any (an error of `fn` itself is
   * thrown as usual, after its held writes were released). Only the embedded engine holds writes.
   */
  async run(fn: () => Promise<void>): Promise<{ recordsError?: unknown }> {
    try {
      await fn();
    } finally {
      this.release();
    }
    const failed = (await Promise.allSettled(this.barriers)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
    return failed ? { recordsError: failed.reason } : {};
  }
}
