// Records which user takes part in which conversation, so "forget me" can find that conversation's state later.
import type { Middleware, TurnContext } from 'botbuilder';
import type { Store } from './types';

/** Options of the middleware. */
export interface ConversationOwnerOptions {
  /** How long a recorded link is trusted before it is written again (refreshes its retention), ms. */
  refreshMs: number;
  /** Most links remembered in this process (oldest forgotten first); the store holds them all. */
  maxCached: number;
}

export const DEFAULT_OWNER_OPTIONS: ConversationOwnerOptions = {
  refreshMs: 6 * 3_600_000,
  maxCached: 10_000,
};

/**
 * botbuilder middleware: on each incoming activity from a person, calls `store.linkConversation(from.id,
 * conversation.id)` (at most once per `refreshMs` per pair in this process). A failure never breaks the turn.
 */
export class ConversationOwnerMiddleware implements Middleware {
  private readonly seen = new Map<string, number>();
  private readonly options: ConversationOwnerOptions;

  constructor(
    private readonly store: Pick<Store, 'linkConversation'>,
    options: Partial<ConversationOwnerOptions> = {},
  ) {
    this.options = { ...DEFAULT_OWNER_OPTIONS, ...options };
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const a = context.activity;
    const userId = a?.from?.id;
    const conversationId = a?.conversation?.id;
    if (userId && conversationId && a.from.role !== 'bot') {
      const key = `${conversationId}\u0000${userId}`;
      const now = Date.now();
      const last = this.seen.get(key);
      if (last === undefined || now - last > this.options.refreshMs) {
        try {
          await this.store.linkConversation(userId, conversationId);
          this.seen.delete(key);
          this.seen.set(key, now);
          if (this.seen.size > this.options.maxCached) {
            const oldest = this.seen.keys().next().value;
            if (oldest !== undefined) this.seen.delete(oldest);
          }
        } catch {
          // The link is retried on the next turn; the turn itself goes on.
        }
      }
    }
    await next();
  }
}
