// An in-memory Store for conversation tests: botbuilder's MemoryStorage plus plain arrays, with a switch to fail.
import { MemoryStorage } from 'botbuilder';
import type {
  DirectLineConversation,
  FeedbackRecord,
  ForgetOptions,
  Report,
  ReviewItem,
  Store,
  UsageEvent,
  UserProfile,
} from '../../../src/store/types';
import { StoreError } from '../../../src/store/types';

/** Records everything the bot writes so tests can assert on it. */
export class FakeStore implements Store {
  readonly botStorage = new MemoryStorage();
  readonly profiles = new Map<string, UserProfile>();
  readonly events: UsageEvent[] = [];
  readonly feedback: FeedbackRecord[] = [];
  readonly reviews: (Omit<ReviewItem, 'id'> & { userId?: string })[] = [];
  readonly forgotten: string[] = [];
  /** Set to make profile, event and feedback calls throw (a store outage). */
  failing = false;
  /** What a ResilientStore would expose while on its fallback. */
  degraded = false;

  private check(operation: string): void {
    if (this.failing) throw new StoreError('fake', operation, new Error('down'));
  }

  async getProfile(userId: string): Promise<UserProfile | undefined> {
    this.check('getProfile');
    return this.profiles.get(userId);
  }
  async putProfile(profile: UserProfile): Promise<void> {
    this.check('putProfile');
    this.profiles.set(profile.userId, { ...profile });
  }
  async addEvent(event: UsageEvent): Promise<void> {
    this.check('addEvent');
    this.events.push(event);
  }
  async addFeedback(feedback: FeedbackRecord): Promise<void> {
    this.check('addFeedback');
    this.feedback.push(feedback);
  }
  async addReviewItem(item: Omit<ReviewItem, 'id'> & { userId?: string }): Promise<void> {
    this.check('addReviewItem');
    this.reviews.push(item);
  }
  async listReviewItems(): Promise<ReviewItem[]> {
    return this.reviews.map((r, i) => ({ id: String(i), text: r.text, lang: r.lang, day: r.day, region: r.region }));
  }
  async getTranslation(): Promise<string | undefined> {
    return undefined;
  }
  async putTranslation(): Promise<void> {}
  async getKnowledgeVersion(): Promise<string | undefined> {
    return undefined;
  }
  async setKnowledgeVersion(): Promise<void> {}
  async createDirectLineConversation(conv: DirectLineConversation): Promise<void> {
    void conv;
  }
  async getDirectLineConversation(): Promise<DirectLineConversation | undefined> {
    return undefined;
  }
  async appendDirectLineActivity(): Promise<number> {
    return 0;
  }
  async getDirectLineActivities(): Promise<{ activities: object[]; watermark: number }> {
    return { activities: [], watermark: -1 };
  }
  async linkConversation(): Promise<void> {}
  async forgetUser(userId: string, options?: ForgetOptions): Promise<number> {
    this.check('forgetUser');
    this.forgotten.push(userId);
    let n = this.profiles.delete(userId) ? 1 : 0;
    for (let i = this.reviews.length - 1; i >= 0; i--) {
      if (this.reviews[i].userId === userId) {
        this.reviews.splice(i, 1);
        n++;
      }
    }
    void options;
    return n;
  }
  async purgeExpired(): Promise<number> {
    return 0;
  }
  async report(): Promise<Report> {
    return {
      generatedAt: new Date(0).toISOString(),
      questions: this.events.length,
      byTopic: {},
      byLang: {},
      byOutcome: {},
      unansweredRate: 0,
      feedbackByEntry: {},
      byEntry: this.events.reduce<Record<string, number>>((out, e) => ({ ...out, [e.entryId ?? 'none']: (out[e.entryId ?? 'none'] ?? 0) + 1 }), {}),
      reviewQueue: this.reviews.length,
    };
  }
  async ping(): Promise<boolean> {
    return !this.failing;
  }
  async close(): Promise<void> {}
}
