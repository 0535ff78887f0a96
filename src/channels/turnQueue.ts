// Turns of one conversation run one after another: in this process by a queue per conversation, across processes
// by running a turn again when its state write met a newer eTag (another process saved the conversation first).
import { DeliveryModes, type TurnContext } from 'botbuilder';
import { STORE_TURN, StoreTurn } from '../store/storeTurn';
import type { TurnLogic } from './botFrameworkAdapter';

/** Options of the turn queue. */
export interface TurnQueueOptions {
  /** Most runs of one turn when its state keeps meeting a newer eTag (1 = never run again). */
  maxAttempts: number;
  /** Reloads the turn's state from the store before a new run (BotState.load with force). */
  reload: (context: TurnContext) => Promise<void>;
  /** Told when a turn is run again (logs; never receives text). */
  onRetry?: (attempt: number, channelId: string | undefined) => void;
  /** Told when a turn's state stays unsaved (replies already sent, or attempts used up). */
  onLost?: (attempts: number, channelId: string | undefined) => void;
  /** Told when records the turn wrote (usage event, profile) could not be committed; the answer still goes out. */
  onRecordsLost?: (error: unknown) => void;
}

export const DEFAULT_TURN_QUEUE_OPTIONS: Omit<TurnQueueOptions, 'reload'> = { maxAttempts: 3 };

/** Runs promises in order per key; a key's entry goes once its last turn is done, so idle conversations cost nothing. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Keys with a turn running or waiting (tests). */
  get size(): number {
    return this.tails.size;
  }

  run<T>(key: string | undefined, fn: () => Promise<T>): Promise<T> {
    if (key === undefined) return fn();
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(fn, fn);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

/**
 * Wraps the bot's turn logic: its records are committed with its state (one commit per turn, embedded store), a
 * second message of a conversation waits for the first (same process), and a turn
 * whose state write lost an eTag race (another process) runs again on the fresh state, when its replies are still
 * buffered (expectReplies: /api/messages callers that ask for it, Direct Line) so nobody sees them twice.
 */
export function orderedTurns(logic: TurnLogic, options: Pick<TurnQueueOptions, 'reload'> & Partial<TurnQueueOptions>): TurnLogic {
  const o = { ...DEFAULT_TURN_QUEUE_OPTIONS, ...options };
  const queue = new KeyedQueue();
  return (context) =>
    queue.run(context.activity.conversation?.id, async () => {
      // A run again replaces the records (usage event, review item) of the run before: one turn, one event.
      const prefixes = new Map<string, string>();
      for (let attempt = 1; ; attempt++) {
        // Handed to the store's calls through the context (`storeTurnOf`): the turn's records share one commit with
        // its state, the answer waits for that commit, and its eTag conflicts are counted here.
        const turn = new StoreTurn(prefixes);
        context.turnState.set(STORE_TURN, turn);
        if (attempt > 1) {
          context.bufferedReplyActivities.length = 0;
          await o.reload(context);
        }
        try {
          const { recordsError } = await turn.run(() => logic(context));
          if (recordsError !== undefined) o.onRecordsLost?.(recordsError);
        } finally {
          context.turnState.delete(STORE_TURN);
        }
        const conflicts = turn.conflicts.length;
        const buffered = context.activity.deliveryMode === DeliveryModes.ExpectReplies;
        if (conflicts === 0) return;
        if (!buffered || attempt >= o.maxAttempts) {
          o.onLost?.(attempt, context.activity.channelId);
          return;
        }
        o.onRetry?.(attempt + 1, context.activity.channelId);
      }
    });
}
