// Test double of the Store's Direct Line methods, kept in memory (the real ones live in src/store/).
import type { DirectLineConversation } from '../../../src/store/types';
import type { DirectLineStore } from '../../../src/channels/directline';

/** In-memory conversations and activity queues with the Store port's watermark semantics. */
export class MemoryDirectLineStore implements DirectLineStore {
  readonly conversations = new Map<string, DirectLineConversation>();
  readonly queues = new Map<string, object[]>();

  async createDirectLineConversation(conv: DirectLineConversation): Promise<void> {
    this.conversations.set(conv.conversationId, { ...conv });
    this.queues.set(conv.conversationId, []);
  }

  async getDirectLineConversation(conversationId: string): Promise<DirectLineConversation | undefined> {
    return this.conversations.get(conversationId);
  }

  async appendDirectLineActivity(conversationId: string, activity: object): Promise<number> {
    const queue = this.queues.get(conversationId);
    if (!queue) throw new Error(`MemoryDirectLineStore: no conversation "${conversationId}"`);
    queue.push(JSON.parse(JSON.stringify(activity)) as object);
    return queue.length - 1;
  }

  async getDirectLineActivities(conversationId: string, watermark?: number): Promise<{ activities: object[]; watermark: number }> {
    const queue = this.queues.get(conversationId) ?? [];
    const from = watermark === undefined ? 0 : watermark + 1;
    return { activities: queue.slice(from), watermark: Math.max(queue.length - 1, watermark ?? -1) };
  }
}
