// Records which user takes part in which conversation, so "forget me" can find that conversation's state later.
import type { Middleware, TurnContext } from 'botbuilder';
import { storeTurnOf } from './storeTurn';
import type { Store } from './types';

/**
 * botbuilder middleware: before each incoming activity from a person, calls `store.linkConversation(from.id,
 * conversation.id)`. It writes every turn on purpose (one small upsert): a link cached in this process would
 * survive a "forget me" and never be written again, and several processes share one store. A failure never
 * breaks the turn.
 */
export class ConversationOwnerMiddleware implements Middleware {
  constructor(private readonly store: Pick<Store, 'linkConversation'>) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const a = context.activity;
    const userId = a?.from?.id;
    const conversationId = a?.conversation?.id;
    if (userId && conversationId && a.from.role !== 'bot') {
      try {
        await this.store.linkConversation(userId, conversationId, storeTurnOf(context));
      } catch {
        // Linked again on the next turn; the turn itself goes on.
      }
    }
    await next();
  }
}
