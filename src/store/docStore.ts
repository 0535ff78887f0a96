// The Store logic, written once on top of the document-collection abstraction that both engines implement.
import { createHash, randomUUID } from 'node:crypto';
import { scrub } from '../privacy/scrub';
import { EngineStorage, type TurnStorage } from './botStorage';
import type { CollectionSpec, DocCollection, DocEngine, Filter } from './engine';
import type { StoreTurn } from './storeTurn';
import {
  DEFAULT_RETENTION,
  StoreError,
  type DirectLineConversation,
  type FeedbackRecord,
  type ForgetOptions,
  type Report,
  type RetentionOptions,
  type ReviewItem,
  type Store,
  type UsageEvent,
  type UserProfile,
} from './types';

/** Collection names, the same in both engines (MongoDB collections, SQLite tables `c_<name>`). */
export const COLLECTIONS = {
  conversationState: 'conversationState',
  userState: 'userState',
  conversationUsers: 'conversationUsers',
  profiles: 'profiles',
  events: 'events',
  feedback: 'feedback',
  reviewQueue: 'reviewQueue',
  translations: 'translations',
  meta: 'meta',
  directLineConversations: 'directLineConversations',
  directLineActivities: 'directLineActivities',
  directLineCounters: 'directLineCounters',
  consoleAccounts: 'consoleAccounts',
  consoleSessions: 'consoleSessions',
  consoleAudit: 'consoleAudit',
  consoleLimits: 'consoleLimits',
} as const;

type CollectionKey = keyof typeof COLLECTIONS;

/** The collections the associations' console keeps (src/console): its accounts, sessions and audit log. */
export type ConsoleCollectionKey = 'consoleAccounts' | 'consoleSessions' | 'consoleAudit' | 'consoleLimits';

/** Options of the document store. */
export interface DocStoreOptions {
  /** Retention periods in days; missing fields take DEFAULT_RETENTION. */
  retention: Partial<RetentionOptions>;
  /** Current time (tests pass a fixed clock). */
  now: () => Date;
}

export const DEFAULT_DOC_STORE_OPTIONS: DocStoreOptions = {
  retention: DEFAULT_RETENTION,
  now: () => new Date(),
};

const DAY_MS = 86_400_000;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const KNOWLEDGE_VERSION_ID = 'knowledgeVersion';
/** Digits of a Direct Line sequence in activity ids, so ids sort like sequences. */
const SEQ_DIGITS = 10;
const DEFAULT_REVIEW_LIMIT = 100;
/** How long a retention date may lag (profiles) or lead (links) so unchanged records are not rewritten every turn. */
const REFRESH_MS = 3_600_000;

/** Retention in days of each collection; undefined = kept until deleted. */
function retentionOf(r: RetentionOptions): Record<CollectionKey, number | undefined> {
  return {
    conversationState: r.conversationDays,
    userState: r.profileDays,
    // A link must live as long as the longest-kept record it leads to.
    conversationUsers: Math.max(r.conversationDays, r.directLineDays),
    profiles: r.profileDays,
    events: r.eventDays,
    feedback: r.eventDays,
    reviewQueue: r.reviewDays,
    translations: r.translationDays,
    meta: undefined,
    directLineConversations: r.directLineDays,
    directLineActivities: r.directLineDays,
    directLineCounters: r.directLineDays,
    consoleAccounts: undefined,
    consoleSessions: r.consoleSessionDays,
    consoleAudit: r.auditDays,
    // Login-attempt windows last minutes; a day is far past any of them.
    consoleLimits: r.consoleSessionDays,
  };
}

const dayOf = (d: Date): string => d.toISOString().slice(0, 10);
const dayDate = (day: string, fallback: Date): Date => (DAY_RE.test(day) ? new Date(`${day}T00:00:00.000Z`) : fallback);
const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** Keeps only the listed fields that are defined (nothing unexpected, such as question text, reaches storage). */
function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

/** The Store on any DocEngine. */
export class DocStore implements Store {
  readonly botStorage: TurnStorage;
  readonly retention: RetentionOptions;

  private constructor(
    readonly engine: DocEngine,
    private readonly c: Record<CollectionKey, DocCollection>,
    retention: RetentionOptions,
    private readonly now: () => Date,
  ) {
    this.retention = retention;
    this.botStorage = new EngineStorage({
      conversations: c.conversationState,
      users: c.userState,
      engineName: engine.name,
      now,
    });
  }

  /** Opens every collection (creating tables and indexes) on the engine. */
  static async open(engine: DocEngine, options: Partial<DocStoreOptions> = {}): Promise<DocStore> {
    const o = { ...DEFAULT_DOC_STORE_OPTIONS, ...options };
    const retention: RetentionOptions = { ...DEFAULT_RETENTION, ...o.retention };
    const days = retentionOf(retention);
    const entries = await Promise.all(
      (Object.keys(COLLECTIONS) as CollectionKey[]).map(async (k) => {
        const spec: CollectionSpec = { name: COLLECTIONS[k], retentionDays: days[k] };
        try {
          return [k, await engine.collection(spec)] as const;
        } catch (err) {
          throw new StoreError(engine.name, `open collection "${spec.name}"`, err);
        }
      }),
    );
    return new DocStore(engine, Object.fromEntries(entries) as Record<CollectionKey, DocCollection>, retention, o.now);
  }

  /** A console collection (src/console keeps its own records there; the bot never reads them). */
  consoleCollection(key: ConsoleCollectionKey): DocCollection {
    return this.c[key];
  }

  /** Runs one engine operation, turning any failure into a StoreError naming it. */
  private async op<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw new StoreError(this.engine.name, operation, err);
    }
  }

  getProfile(userId: string): Promise<UserProfile | undefined> {
    return this.op('getProfile', async () => (await this.c.profiles.get<UserProfile>(userId))?.data);
  }

  putProfile(profile: UserProfile, turn?: StoreTurn): Promise<void> {
    const data = pick(profile, ['userId', 'lang', 'postalCode', 'region', 'status', 'noticeShownAt', 'updatedAt'] as const);
    return this.op('putProfile', async () => {
      const now = this.now();
      // Nothing written when only the time changed and the retention date is recent (within REFRESH_MS).
      const stored = await this.c.profiles.get<UserProfile>(profile.userId);
      if (stored?.at && now.getTime() - stored.at.getTime() < REFRESH_MS && sameExceptTime(stored.data, data)) return;
      await this.c.profiles.put({ id: profile.userId, userId: profile.userId, at: now, data }, turn);
    });
  }

  addEvent(event: UsageEvent, turn?: StoreTurn): Promise<void> {
    const data = pick(event, ['day', 'topic', 'entryId', 'lang', 'outcome', 'channel'] as const);
    return this.op('addEvent', () => this.c.events.put({ id: this.newId('events', turn), at: dayDate(event.day, this.now()), data }, turn));
  }

  addFeedback(feedback: FeedbackRecord, turn?: StoreTurn): Promise<void> {
    const data = pick(feedback, ['entryId', 'value', 'lang', 'day'] as const);
    return this.op('addFeedback', () =>
      this.c.feedback.put({ id: this.newId('feedback', turn), at: dayDate(feedback.day, this.now()), data }, turn),
    );
  }

  addReviewItem(item: Omit<ReviewItem, 'id'> & { userId?: string }, turn?: StoreTurn): Promise<void> {
    const id = this.newId('reviewQueue', turn);
    const data: ReviewItem = { id, ...pick(item, ['lang', 'day', 'region'] as const), text: scrub(item.text).text };
    return this.op('addReviewItem', () =>
      this.c.reviewQueue.put({ id, userId: item.userId, at: this.now(), data }, turn),
    );
  }

  listReviewItems(limit = DEFAULT_REVIEW_LIMIT): Promise<ReviewItem[]> {
    return this.op('listReviewItems', async () =>
      (await this.c.reviewQueue.find<ReviewItem>({}, limit)).map((e) => e.data),
    );
  }

  /** Removes one item from the review queue once a maintainer has handled it. */
  removeReviewItem(id: string): Promise<void> {
    return this.op('removeReviewItem', async () => void (await this.c.reviewQueue.deleteMany({ id })));
  }

  getTranslation(key: string): Promise<string | undefined> {
    return this.op('getTranslation', async () => (await this.c.translations.get<string>(hashKey(key)))?.data);
  }

  putTranslation(key: string, value: string): Promise<void> {
    return this.op('putTranslation', () => this.c.translations.put({ id: hashKey(key), at: this.now(), data: value }));
  }

  getKnowledgeVersion(): Promise<string | undefined> {
    return this.op('getKnowledgeVersion', async () => (await this.c.meta.get<string>(KNOWLEDGE_VERSION_ID))?.data);
  }

  setKnowledgeVersion(version: string): Promise<void> {
    return this.op('setKnowledgeVersion', () =>
      this.c.meta.put({ id: KNOWLEDGE_VERSION_ID, at: this.now(), data: version }),
    );
  }

  createDirectLineConversation(conv: DirectLineConversation): Promise<void> {
    const data = pick(conv, ['conversationId', 'userId', 'createdAt'] as const);
    return this.op('createDirectLineConversation', async () => {
      const created = new Date(conv.createdAt);
      // Queued together: one transaction on the embedded engine.
      await Promise.all([
        this.c.directLineConversations.put({
          id: conv.conversationId,
          ref: conv.conversationId,
          userId: conv.userId,
          at: Number.isNaN(created.getTime()) ? this.now() : created,
          data,
        }),
        conv.userId ? this.link(conv.userId, conv.conversationId) : undefined,
      ]);
    });
  }

  getDirectLineConversation(conversationId: string): Promise<DirectLineConversation | undefined> {
    return this.op('getDirectLineConversation', async () =>
      (await this.c.directLineConversations.get<DirectLineConversation>(conversationId))?.data,
    );
  }

  appendDirectLineActivity(conversationId: string, activity: object): Promise<number> {
    return this.op('appendDirectLineActivity', async () => {
      const seq = await this.reserveDirectLinePositions(conversationId, 1);
      await this.putDirectLineActivities(conversationId, seq, [activity]);
      return seq;
    });
  }

  reserveDirectLinePositions(conversationId: string, count: number): Promise<number> {
    return this.op('reserveDirectLinePositions', async () => {
      const last = await this.c.directLineCounters.increment(conversationId, { ref: conversationId, at: this.now() }, count);
      return last - count + 1;
    });
  }

  putDirectLineActivities(conversationId: string, first: number, activities: object[]): Promise<void> {
    return this.op('putDirectLineActivities', async () => {
      const at = this.now();
      // Queued together: one transaction on the embedded engine.
      await Promise.all(
        activities.map((activity, i) =>
          this.c.directLineActivities.put({
            id: `${conversationId}#${String(first + i).padStart(SEQ_DIGITS, '0')}`,
            ref: conversationId,
            seq: first + i,
            at,
            data: scrubUserActivity(activity),
          }),
        ),
      );
    });
  }

  getDirectLineActivities(conversationId: string, watermark?: number): Promise<{ activities: object[]; watermark: number }> {
    const after = watermark ?? -1;
    return this.op('getDirectLineActivities', async () => {
      const docs = await this.c.directLineActivities.find<object>({ ref: conversationId, seqGt: after });
      const last = docs.length ? (docs[docs.length - 1].seq ?? after) : after;
      return { activities: docs.map((d) => d.data), watermark: last };
    });
  }

  linkConversation(userId: string, conversationId: string, turn?: StoreTurn): Promise<void> {
    return this.op('linkConversation', () => this.link(userId, conversationId, turn));
  }

  /**
   * Links a person to a conversation. The link's retention date is set REFRESH_MS ahead and written again only once
   * it has passed, so a conversation's turns write it about once an hour while it still outlives the state it leads
   * to (whose date is at most "now"); a link erased by "forget me" is written again on the next turn.
   */
  private async link(userId: string, conversationId: string, turn?: StoreTurn): Promise<void> {
    const id = `${conversationId}\u0000${userId}`;
    const now = this.now().getTime();
    const stored = await this.c.conversationUsers.get(id);
    if (stored?.at && stored.at.getTime() > now) return;
    await this.c.conversationUsers.put({ id, userId, ref: conversationId, at: new Date(now + REFRESH_MS), data: null }, turn);
  }

  async forgetUser(userId: string, options: ForgetOptions = {}): Promise<number> {
    return total(await this.forgetUserByCollection(userId, options));
  }

  /** `forgetUser`, reporting how many records went from each collection (for `npm run forget`). */
  forgetUserByCollection(userId: string, options: ForgetOptions = {}): Promise<Record<string, number>> {
    return this.op('forgetUser', async () => {
      const conversations = new Set(options.conversationIds ?? []);
      for (const l of await this.c.conversationUsers.find({ userId })) if (l.ref) conversations.add(l.ref);
      for (const d of await this.c.directLineConversations.find({ userId })) conversations.add(d.id);
      const byConversation: Filter = { refIn: [...conversations] };
      const byUser: Filter = { userId };
      const counts: Record<string, number> = {};
      const erase = async (k: CollectionKey, ...filters: Filter[]): Promise<void> => {
        for (const f of filters) counts[COLLECTIONS[k]] = (counts[COLLECTIONS[k]] ?? 0) + (await this.c[k].deleteMany(f, options.turn));
      };
      await erase('conversationState', byConversation, byUser);
      await erase('userState', byUser);
      await erase('profiles', byUser);
      await erase('reviewQueue', byUser);
      await erase('directLineActivities', byConversation);
      await erase('directLineCounters', byConversation);
      await erase('directLineConversations', byConversation, byUser);
      // Links go last: if anything above fails, a retry still finds the conversations.
      await erase('conversationUsers', byConversation, byUser);
      await this.engine.afterErase?.();
      return counts;
    });
  }

  /** Counts the records still holding this user id in any collection (0 after `forgetUser`). */
  remainingForUser(userId: string): Promise<number> {
    return this.op('remainingForUser', async () => {
      let n = 0;
      for (const k of Object.keys(COLLECTIONS) as CollectionKey[]) n += await this.c[k].count({ userId });
      return n;
    });
  }

  async purgeExpired(now: Date = this.now()): Promise<number> {
    return total(await this.purgeExpiredByCollection(now));
  }

  /** `purgeExpired`, reporting how many records went from each collection (for `npm run purge`). */
  purgeExpiredByCollection(now: Date = this.now()): Promise<Record<string, number>> {
    const days = retentionOf(this.retention);
    return this.op('purgeExpired', async () => {
      const counts: Record<string, number> = {};
      for (const k of Object.keys(COLLECTIONS) as CollectionKey[]) {
        const d = days[k];
        if (d === undefined) continue;
        counts[COLLECTIONS[k]] = await this.c[k].deleteMany({ atBefore: new Date(now.getTime() - d * DAY_MS) });
      }
      return counts;
    });
  }

  report(): Promise<Report> {
    return this.op('report', async () => {
      const tally = async (field: string): Promise<Record<string, number>> => {
        const out: Record<string, number> = {};
        for (const g of await this.c.events.countBy([field])) out[g.key[0] ?? 'none'] = g.count;
        return sortKeys(out);
      };
      const byTopic = await tally('topic');
      const byLang = await tally('lang');
      const byOutcome = await tally('outcome');
      const byEntry = await tally('entryId');
      const questions = Object.values(byOutcome).reduce((a, b) => a + b, 0);
      const asked = questions - (byOutcome.emergency ?? 0);
      const feedbackByEntry: Report['feedbackByEntry'] = {};
      for (const g of await this.c.feedback.countBy(['entryId', 'value'])) {
        const [entry = 'none', value] = g.key;
        const row = (feedbackByEntry[entry] ??= { useful: 0, 'not-useful': 0, wrong: 0 });
        if (value === 'useful' || value === 'not-useful' || value === 'wrong') row[value] += g.count;
      }
      return {
        generatedAt: this.now().toISOString(),
        questions,
        byTopic,
        byLang,
        byOutcome,
        unansweredRate: asked > 0 ? round4((byOutcome.fallback ?? 0) / asked) : 0,
        feedbackByEntry: sortKeys(feedbackByEntry),
        byEntry,
        reviewQueue: await this.c.reviewQueue.count({}),
      };
    });
  }

  /** Anonymous usage counts per day, topic, language and outcome (the console's charts). */
  usageByDay(): Promise<{ day?: string; topic?: string; lang?: string; outcome?: string; count: number }[]> {
    return this.op('usageByDay', async () =>
      (await this.c.events.countBy(['day', 'topic', 'lang', 'outcome'])).map((g) => ({ day: g.key[0], topic: g.key[1], lang: g.key[2], outcome: g.key[3], count: g.count })),
    );
  }

  /** Anonymous feedback counts per entry, value and day (the console's feedback over time). */
  feedbackByDay(): Promise<{ entryId?: string; value?: string; day?: string; count: number }[]> {
    return this.op('feedbackByDay', async () =>
      (await this.c.feedback.countBy(['entryId', 'value', 'day'])).map((g) => ({ entryId: g.key[0], value: g.key[1], day: g.key[2], count: g.count })),
    );
  }

  ping(): Promise<boolean> {
    return this.engine.ping();
  }

  close(): Promise<void> {
    return this.op('close', () => this.engine.close());
  }

  /** Every record of every collection (tests and audits: e.g. checking that "forget me" left nothing). */
  async dump(): Promise<Record<string, unknown[]>> {
    const out: Record<string, unknown[]> = {};
    for (const name of await this.engine.listCollections()) {
      const key = (Object.keys(COLLECTIONS) as CollectionKey[]).find((k) => COLLECTIONS[k] === name);
      const c = key ? this.c[key] : await this.engine.collection({ name });
      out[name] = await c.find({});
    }
    return out;
  }

  /**
   * Time-ordered unique id, so a collection's ids list records oldest first. Inside a turn (`run`, see `StoreTurn`)
   * the turn's n-th record of `collection` has the same id on every run of the turn: a run again replaces the
   * records the run before added instead of adding to them (one turn, one usage event).
   */
  private newId(collection: CollectionKey, run?: StoreTurn): string {
    const fresh = () => `${this.now().toISOString()}-${randomUUID().slice(0, 8)}`;
    if (!run) return fresh();
    const prefix = run.prefixes.get(collection) ?? fresh();
    run.prefixes.set(collection, prefix);
    const n = run.next.get(collection) ?? 0;
    run.next.set(collection, n + 1);
    return `${prefix}-${n}`;
  }
}

/** Same profile fields apart from `updatedAt`. */
function sameExceptTime(a: Partial<UserProfile>, b: Partial<UserProfile>): boolean {
  const keys = ['userId', 'lang', 'postalCode', 'region', 'status', 'noticeShownAt'] as const;
  return keys.every((k) => a[k] === b[k]);
}

const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

/** Direct Line activities the person sent keep their text scrubbed; the bot's own replies stay as they are. */
function scrubUserActivity(activity: object): object {
  const a = activity as { from?: { role?: string }; text?: unknown };
  if (a.from?.role !== 'user' || typeof a.text !== 'string') return activity;
  return { ...activity, text: scrub(a.text).text };
}

/** Day string (YYYY-MM-DD, UTC) for events and feedback. */
export const toDay = dayOf;
