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

  async reserveDirectLinePositions(conversationId: string, count: number): Promise<number> {
    const queue = this.queues.get(conversationId);
    if (!queue) throw new Error(`MemoryDirectLineStore: no conversation "${conversationId}"`);
    const first = queue.length;
    // Reserved positions hold nothing until stored (a reader sees the queue up to the first hole).
    queue.length += count;
    return first;
  }

  async putDirectLineActivities(conversationId: string, first: number, activities: object[]): Promise<void> {
    const queue = this.queues.get(conversationId);
    if (!queue) throw new Error(`MemoryDirectLineStore: no conversation "${conversationId}"`);
    activities.forEach((a, i) => (queue[first + i] = JSON.parse(JSON.stringify(a)) as object));
  }

  async getDirectLineActivities(conversationId: string, watermark?: number): Promise<{ activities: object[]; watermark: number }> {
    const queue = this.queues.get(conversationId) ?? [];
    const from = watermark === undefined ? 0 : watermark + 1;
    const hole = queue.findIndex((a, i) => i >= from && a === undefined);
    const stored = hole < 0 ? queue.length : hole;
    return { activities: queue.slice(from, Math.max(from, stored)), watermark: Math.max(stored - 1, watermark ?? -1) };
  }
}
