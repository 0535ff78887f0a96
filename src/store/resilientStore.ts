// Keeps the bot answering when the store is down: degrade on StoreError, probe with ping(), recover by itself.
import { EventEmitter } from 'node:events';
import type { StoreItems } from 'botbuilder';
import type { TurnStorage } from './botStorage';
import { DocStore } from './docStore';
import { MemoryEngine } from './memoryEngine';
import type { StoreTurn } from './storeTurn';
import {
  StoreError,
  type DirectLineConversation,
  type FeedbackRecord,
  type ForgetOptions,
  type Report,
  type ReviewItem,
  type Store,
  type UsageEvent,
  type UserProfile,
} from './types';

/** Minimal logger (pino-compatible). Never receives personal data. */
export interface StoreLogger {
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
}

/** Options of the resilient wrapper. */
export interface ResilientStoreOptions {
  /** First wait before probing a failed store, ms. */
  probeIntervalMs: number;
  /** Longest wait between probes (the wait doubles after each failed probe), ms. */
  maxProbeIntervalMs: number;
  logger?: StoreLogger;
}

export const DEFAULT_RESILIENT_OPTIONS: ResilientStoreOptions = {
  probeIntervalMs: 1000,
  maxProbeIntervalMs: 30_000,
};

/**
 * A store operation refused because of the data it was given (nested too deep to serialise, too large), not
 * because the store is down: the caller's request is at fault and the store stays in service for everybody else.
 */
export class StoreDataError extends StoreError {
  constructor(readonly original: StoreError) {
    super(original.engine, `${original.operation} (data refused)`, original.cause);
    this.name = 'StoreDataError';
  }
}

/** True when `err` (or what caused it) comes from the data: serialisation overflow, circular or oversized values. */
export function causedByData(err: unknown): boolean {
  for (let e = err, i = 0; e instanceof Error && i < 5; e = (e as { cause?: unknown }).cause, i += 1) {
    if (e instanceof RangeError) return true; // "Maximum call stack size exceeded", "Invalid string length"
    if (e instanceof TypeError && /JSON|BigInt|circular/i.test(e.message)) return true;
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_TOOBIG' || code === 10334 || e.name === 'BSONError' || e.name === 'BSONVersionError') return true;
  }
  return false;
}

/** Events: `degraded` (with the StoreError) when the store fails, `recovered` when a probe succeeds again. */
export interface ResilientStoreEvents {
  degraded: [error: StoreError];
  recovered: [];
}

/**
 * A Store that never throws StoreError on the conversation path. While degraded: state and profile reads return
 * nothing, writes are dropped (the bot answers from its in-memory knowledge base and says it cannot remember the
 * conversation right now), Direct Line queues live in memory so Web Chat keeps working, and `ping()` probes run
 * with backoff until the store answers again. `forgetUser`, `purgeExpired` and `report` still throw: a person must
 * know when "forget me" did not happen.
 */
export class ResilientStore extends EventEmitter<ResilientStoreEvents> implements Store {
  readonly botStorage: TurnStorage;
  private isDegraded = false;
  private timer: NodeJS.Timeout | undefined;
  private wait: number;
  private readonly options: ResilientStoreOptions;
  /** Direct Line conversations opened while degraded stay here until they expire with the process. */
  private readonly memory: Promise<DocStore>;
  private readonly memoryConversations = new Set<string>();
  /** Last knowledge version written (the write probe writes it again). */
  private knowledgeVersion: string | undefined;

  constructor(
    readonly inner: Store,
    options: Partial<ResilientStoreOptions> = {},
  ) {
    super();
    this.options = { ...DEFAULT_RESILIENT_OPTIONS, ...options };
    this.wait = this.options.probeIntervalMs;
    this.memory = DocStore.open(new MemoryEngine());
    this.botStorage = new ResilientStorage(this);
  }

  /** True while the store is unreachable. */
  get degraded(): boolean {
    return this.isDegraded;
  }

  /**
   * Runs `fn` on the inner store; on StoreError degrades and returns `fallback` (or rethrows when `rethrow`). An
   * error caused by the data (see `causedByData`) never degrades: `fallback`, or StoreDataError when `rethrow`.
   */
  async guard<T>(fn: () => Promise<T>, fallback: () => T | Promise<T>, rethrow = false): Promise<T> {
    if (this.isDegraded && !rethrow) return fallback();
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof StoreError)) throw err;
      // One person's hostile or broken data must not put everybody's conversations on the in-memory fallback.
      // The write is dropped (or refused when the caller must know), and the store stays in service.
      if (causedByData(err)) {
        this.options.logger?.warn({ engine: err.engine, operation: err.operation }, 'store refused the data of one request');
        if (rethrow) throw new StoreDataError(err);
        return fallback();
      }
      this.degrade(err);
      if (rethrow) throw err;
      return fallback();
    }
  }

  private degrade(err: StoreError): void {
    if (this.isDegraded) return;
    this.isDegraded = true;
    this.wait = this.options.probeIntervalMs;
    this.options.logger?.warn({ engine: err.engine, operation: err.operation }, 'store unreachable: degraded');
    this.emit('degraded', err);
    this.scheduleProbe();
  }

  private scheduleProbe(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.probe(), this.wait);
    this.timer.unref();
  }

  /** One probe: recovers when the inner store answers, else waits longer. */
  async probe(): Promise<boolean> {
    this.timer = undefined;
    // The in-memory Direct Line fallback keeps the same retention as the store.
    await (await this.memory).purgeExpired().catch(() => 0);
    let ok = false;
    try {
      ok = await this.inner.ping();
    } catch {
      ok = false;
    }
    if (ok) {
      if (this.isDegraded) {
        this.isDegraded = false;
        this.options.logger?.info({}, 'store reachable again: recovered');
        this.emit('recovered');
      }
      return true;
    }
    this.wait = Math.min(this.wait * 2, this.options.maxProbeIntervalMs);
    if (this.isDegraded) this.scheduleProbe();
    return false;
  }

  getProfile(userId: string): Promise<UserProfile | undefined> {
    return this.guard(() => this.inner.getProfile(userId), () => undefined);
  }
  putProfile(profile: UserProfile, turn?: StoreTurn): Promise<void> {
    return this.guard(() => this.inner.putProfile(profile, turn), () => undefined);
  }
  addEvent(event: UsageEvent, turn?: StoreTurn): Promise<void> {
    return this.guard(() => this.inner.addEvent(event, turn), () => undefined);
  }
  addFeedback(feedback: FeedbackRecord, turn?: StoreTurn): Promise<void> {
    return this.guard(() => this.inner.addFeedback(feedback, turn), () => undefined);
  }
  addReviewItem(item: Omit<ReviewItem, 'id'> & { userId?: string }, turn?: StoreTurn): Promise<void> {
    return this.guard(() => this.inner.addReviewItem(item, turn), () => undefined);
  }
  listReviewItems(limit?: number): Promise<ReviewItem[]> {
    return this.guard(() => this.inner.listReviewItems(limit), () => []);
  }
  getTranslation(key: string): Promise<string | undefined> {
    return this.guard(() => this.inner.getTranslation(key), () => undefined);
  }
  putTranslation(key: string, value: string): Promise<void> {
    return this.guard(() => this.inner.putTranslation(key, value), () => undefined);
  }
  getKnowledgeVersion(): Promise<string | undefined> {
    return this.guard(() => this.inner.getKnowledgeVersion(), () => undefined);
  }
  setKnowledgeVersion(version: string): Promise<void> {
    this.knowledgeVersion = version;
    return this.guard(() => this.inner.setKnowledgeVersion(version), () => undefined);
  }

  /**
   * True when the store takes a write now. A full disk still answers pings (reads work) while every write
   * fails: the health check asks this too. Writes the knowledge version again (same value: harmless).
   */
  async writable(): Promise<boolean> {
    try {
      const version = this.knowledgeVersion ?? (await this.inner.getKnowledgeVersion()) ?? 'unknown';
      await this.inner.setKnowledgeVersion(version);
      return true;
    } catch {
      return false;
    }
  }
  linkConversation(userId: string, conversationId: string, turn?: StoreTurn): Promise<void> {
    return this.guard(() => this.inner.linkConversation(userId, conversationId, turn), () => undefined);
  }

  async createDirectLineConversation(conv: DirectLineConversation): Promise<void> {
    const inMemory = async (): Promise<void> => {
      this.memoryConversations.add(conv.conversationId);
      await (await this.memory).createDirectLineConversation(conv);
    };
    return this.guard(() => this.inner.createDirectLineConversation(conv), inMemory);
  }
  async getDirectLineConversation(conversationId: string): Promise<DirectLineConversation | undefined> {
    if (this.memoryConversations.has(conversationId)) return (await this.memory).getDirectLineConversation(conversationId);
    return this.guard(() => this.inner.getDirectLineConversation(conversationId), () => undefined);
  }
  async appendDirectLineActivity(conversationId: string, activity: object): Promise<number> {
    if (this.memoryConversations.has(conversationId)) return (await this.memory).appendDirectLineActivity(conversationId, activity);
    // A stored conversation cannot continue its watermarks in memory: the channel gets the StoreError.
    return this.guard(() => this.inner.appendDirectLineActivity(conversationId, activity), () => Promise.reject(this.unavailable('appendDirectLineActivity')), true);
  }
  async reserveDirectLinePositions(conversationId: string, count: number): Promise<number> {
    if (this.memoryConversations.has(conversationId)) return (await this.memory).reserveDirectLinePositions(conversationId, count);
    return this.guard(() => this.inner.reserveDirectLinePositions(conversationId, count), () => Promise.reject(this.unavailable('reserveDirectLinePositions')), true);
  }
  async putDirectLineActivities(conversationId: string, first: number, activities: object[]): Promise<void> {
    if (this.memoryConversations.has(conversationId)) return (await this.memory).putDirectLineActivities(conversationId, first, activities);
    return this.guard(() => this.inner.putDirectLineActivities(conversationId, first, activities), () => Promise.reject(this.unavailable('putDirectLineActivities')), true);
  }
  async getDirectLineActivities(conversationId: string, watermark?: number): Promise<{ activities: object[]; watermark: number }> {
    if (this.memoryConversations.has(conversationId)) return (await this.memory).getDirectLineActivities(conversationId, watermark);
    return this.guard(
      () => this.inner.getDirectLineActivities(conversationId, watermark),
      () => ({ activities: [], watermark: watermark ?? -1 }),
    );
  }

  async forgetUser(userId: string, options?: ForgetOptions): Promise<number> {
    const fromMemory = await (await this.memory).forgetUser(userId, options);
    return fromMemory + (await this.guard(() => this.inner.forgetUser(userId, options), () => 0, true));
  }
  purgeExpired(now?: Date): Promise<number> {
    return this.guard(() => this.inner.purgeExpired(now), () => 0, true);
  }
  report(): Promise<Report> {
    return this.guard(() => this.inner.report(), () => Promise.reject(this.unavailable('report')), true);
  }
  ping(): Promise<boolean> {
    return this.inner.ping().catch(() => false);
  }
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.inner.close();
  }

  private unavailable(operation: string): StoreError {
    return new StoreError('resilient', `${operation} (store degraded)`);
  }
}

/** State while degraded: reads find nothing, writes and deletes are dropped. eTag conflicts still throw. */
class ResilientStorage implements TurnStorage {
  constructor(private readonly store: ResilientStore) {}

  read(keys: string[], turn?: StoreTurn): Promise<StoreItems> {
    return this.store.guard(() => this.store.inner.botStorage.read(keys, turn), () => ({}));
  }
  write(changes: StoreItems, turn?: StoreTurn): Promise<void> {
    return this.store.guard(() => this.store.inner.botStorage.write(changes, turn), () => undefined);
  }
  delete(keys: string[], turn?: StoreTurn): Promise<void> {
    return this.store.guard(() => this.store.inner.botStorage.delete(keys, turn), () => undefined);
  }
}
