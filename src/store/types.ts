// The Store port: everything the bot keeps, whatever engine keeps it (embedded by default, MongoDB in production).
import type { TurnStorage } from './botStorage';
import type { StoreTurn } from './storeTurn';
import type { Lang, Region, Status, Topic } from '../knowledge/types';

/** What a person chose to tell the bot. No name, no free text, no national number. */
export interface UserProfile {
  userId: string;
  lang?: Lang;
  postalCode?: string;
  region?: Region;
  status?: Status;
  /** ISO date-time the privacy notice was shown. */
  noticeShownAt?: string;
  updatedAt: string;
}

export type Outcome = 'answered' | 'clarified' | 'fallback' | 'emergency';

/** Anonymous usage event: no user id, no text. */
export interface UsageEvent {
  /** YYYY-MM-DD (UTC). */
  day: string;
  topic?: Topic;
  entryId?: string;
  lang: Lang;
  outcome: Outcome;
  channel?: string;
}

export type FeedbackValue = 'useful' | 'not-useful' | 'wrong';

/** Anonymous feedback on one entry. */
export interface FeedbackRecord {
  entryId: string;
  value: FeedbackValue;
  lang: Lang;
  day: string;
}

/** An unanswered question for the maintainers' review queue: text already scrubbed. */
export interface ReviewItem {
  id: string;
  /** Scrubbed text (phone numbers, e-mails, IBANs, national numbers, street addresses removed). */
  text: string;
  lang: Lang;
  day: string;
  region?: Region;
}

/** Direct Line conversation record (channels/directline). */
export interface DirectLineConversation {
  conversationId: string;
  /** User id bound to the conversation's token. */
  userId?: string;
  createdAt: string;
}

/**
 * Everything the bot keeps. Each method is async and throws StoreError on failure. The writes a turn makes take the
 * turn's `StoreTurn` (`storeTurnOf(context)`): the embedded engine then commits them with the turn's state.
 */
export interface Store {
  /** botbuilder Storage (conversation and user state), with eTag optimistic concurrency. */
  readonly botStorage: TurnStorage;

  getProfile(userId: string): Promise<UserProfile | undefined>;
  putProfile(profile: UserProfile, turn?: StoreTurn): Promise<void>;

  addEvent(event: UsageEvent, turn?: StoreTurn): Promise<void>;
  addFeedback(feedback: FeedbackRecord, turn?: StoreTurn): Promise<void>;
  /**
   * Adds to the review queue. The text is scrubbed again before storage. `userId`, when given, is kept out of
   * `listReviewItems` and only lets "forget me" erase that person's questions too.
   */
  addReviewItem(item: Omit<ReviewItem, 'id'> & { userId?: string }, turn?: StoreTurn): Promise<void>;
  listReviewItems(limit?: number): Promise<ReviewItem[]>;

  getTranslation(key: string): Promise<string | undefined>;
  putTranslation(key: string, value: string): Promise<void>;

  getKnowledgeVersion(): Promise<string | undefined>;
  setKnowledgeVersion(version: string): Promise<void>;

  /** Direct Line: conversations and their activity queues. */
  createDirectLineConversation(conv: DirectLineConversation): Promise<void>;
  getDirectLineConversation(conversationId: string): Promise<DirectLineConversation | undefined>;
  /** Appends an activity and returns its watermark (0-based position in the conversation). */
  appendDirectLineActivity(conversationId: string, activity: object): Promise<number>;
  /** Takes the next `count` positions of the conversation's queue in one atomic step; returns the first. */
  reserveDirectLinePositions(conversationId: string, count: number): Promise<number>;
  /** Stores activities at the reserved positions `first`, `first + 1`, … (all in one commit on the embedded engine). */
  putDirectLineActivities(conversationId: string, first: number, activities: object[]): Promise<void>;
  /** Activities after `watermark` (exclusive; -1 or undefined = from the start), with the new watermark. */
  getDirectLineActivities(
    conversationId: string,
    watermark?: number,
  ): Promise<{ activities: object[]; watermark: number }>;

  /**
   * Records that `userId` takes part in `conversationId`, so "forget me" finds that conversation's state later.
   * Called once per conversation by `ConversationOwnerMiddleware`; cheap to repeat.
   */
  linkConversation(userId: string, conversationId: string, turn?: StoreTurn): Promise<void>;
  /**
   * Erases every record of this user id in every collection ("forget me"): profile, user state, the state and
   * Direct Line queues of every conversation linked to the user (plus `options.conversationIds`), review items.
   * Returns how many records went.
   */
  forgetUser(userId: string, options?: ForgetOptions): Promise<number>;
  /** Deletes what is past its retention period. Returns how many records went. */
  purgeExpired(now?: Date): Promise<number>;
  /** Anonymous figures for maintainers. */
  report(): Promise<Report>;
  /** True when the engine answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Extra scope for `forgetUser`. */
export interface ForgetOptions {
  /** Conversations known to belong to the user besides the linked ones (e.g. the current turn's). */
  conversationIds?: string[];
  /** The turn asking ("forget me" in the chat): its held writes are committed before the erasure, not after. */
  turn?: StoreTurn;
}

/** Analytics report (`npm run report`). */
export interface Report {
  generatedAt: string;
  questions: number;
  byTopic: Record<string, number>;
  byLang: Record<string, number>;
  byOutcome: Record<string, number>;
  /** fallback / all questions (emergencies excluded from the denominator). */
  unansweredRate: number;
  feedbackByEntry: Record<string, { useful: number; 'not-useful': number; wrong: number }>;
  /** Questions per entry answered ("none": no entry); guided browsing offers the most asked first. */
  byEntry: Record<string, number>;
  reviewQueue: number;
}

/** Retention periods in days (configured, defaults in README). */
export interface RetentionOptions {
  /** Conversation state. */
  conversationDays: number;
  /** User profiles and user state, counted from the last update. */
  profileDays: number;
  /** Anonymous usage events and feedback. */
  eventDays: number;
  /** Review queue items. */
  reviewDays: number;
  /** Translation cache. */
  translationDays: number;
  /** Direct Line conversations and activities. */
  directLineDays: number;
  /** Console sessions, counted from the last request. */
  consoleSessionDays: number;
  /** Console audit log (who changed what, when). */
  auditDays: number;
}

export const DEFAULT_RETENTION: RetentionOptions = {
  conversationDays: 30,
  profileDays: 180,
  eventDays: 396,
  reviewDays: 90,
  translationDays: 90,
  directLineDays: 2,
  consoleSessionDays: 1,
  auditDays: 730,
};

/** Store failure, naming the engine and operation. */
export class StoreError extends Error {
  constructor(
    readonly engine: string,
    readonly operation: string,
    cause?: unknown,
  ) {
    // `cause` kept so the resilient wrapper can tell a store that is down from data it cannot store.
    super(`StoreError: ${engine} ${operation} failed${cause instanceof Error ? `: ${cause.message}` : ''}`, { cause });
    this.name = 'StoreError';
  }
}
