// botbuilder Storage on the document engine: conversation and user state with eTag optimistic concurrency.
import { randomUUID } from 'node:crypto';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { scrubDeep } from '../privacy/scrub';
import { parsedStateJson, writtenStateJson, type DocCollection, type Envelope } from './engine';
import type { StoreTurn } from './storeTurn';
import { StoreError } from './types';

/** Where a botbuilder key lives and whom it belongs to. */
export interface KeyInfo {
  kind: 'conversation' | 'user';
  conversationId?: string;
  userId?: string;
}

const PRIVATE_KEY = /^[^/]+\/conversations\/([^/]+)\/users\/([^/]+)(?:\/.*)?$/;
const CONVERSATION_KEY = /^[^/]+\/conversations\/([^/]+)(?:\/.*)?$/;
const USER_KEY = /^[^/]+\/users\/([^/]+)(?:\/.*)?$/;

/**
 * Reads botbuilder's keys: `${channelId}/conversations/${conversationId}/${namespace}` (ConversationState),
 * `${channelId}/conversations/${conversationId}/users/${userId}/${namespace}` (PrivateConversationState),
 * `${channelId}/users/${userId}/${namespace}` (UserState); the namespace part is optional. Any other key is kept
 * with conversation state, owned by nobody.
 */
export function parseStateKey(key: string): KeyInfo {
  const p = PRIVATE_KEY.exec(key);
  if (p) return { kind: 'conversation', conversationId: p[1], userId: p[2] };
  const c = CONVERSATION_KEY.exec(key);
  if (c) return { kind: 'conversation', conversationId: c[1] };
  const u = USER_KEY.exec(key);
  if (u) return { kind: 'user', userId: u[1] };
  return { kind: 'conversation' };
}

/** Message botbuilder's MemoryStorage uses for a stale eTag (kept identical so callers can match it). */
export const etagConflictMessage = (key: string): string => `Storage: error writing "${key}" due to eTag conflict.`;

/** Error thrown when a write carries a stale eTag; not a store outage. */
export class EtagConflictError extends Error {
  constructor(readonly key: string) {
    super(etagConflictMessage(key));
    this.name = 'EtagConflictError';
  }
}

/** An eTag no record carries (stored eTags are UUIDs): the conditional write then only inserts. */
const ONLY_INSERT = 'absent';

/** botbuilder Storage whose calls may name the turn they belong to (`EngineStorage`, and the resilient wrapper). */
export interface TurnStorage extends Storage {
  read(keys: string[], turn?: StoreTurn): Promise<StoreItems>;
  write(changes: StoreItems, turn?: StoreTurn): Promise<void>;
  delete(keys: string[], turn?: StoreTurn): Promise<void>;
}

/** The two collections state lives in, the engine name for errors and a clock. */
export interface EngineStorageOptions {
  conversations: DocCollection;
  users: DocCollection;
  engineName: string;
  /** Current time (tests pass a fixed clock). */
  now: () => Date;
}

/**
 * botbuilder Storage with MemoryStorage's eTag rules: a write without eTag or with `'*'` overwrites; a write with
 * the stored eTag succeeds; any other eTag throws EtagConflictError. Each write stores a new eTag, which is also set
 * on the written item.
 *
 * One addition so BotState gets real concurrency control: BotState always writes its cached state back with
 * `eTag: '*'`; when the written object is one this storage returned from `read`, the eTag it was read with is used
 * instead of `'*'`, so two turns that read the same state and both write it cannot silently overwrite each other:
 * the later one throws.
 */
export class EngineStorage implements TurnStorage {
  /** eTag each object returned by `read` carried (object identity, so nothing outlives the turn). */
  private readonly readEtags = new WeakMap<object, string>();

  constructor(private readonly options: EngineStorageOptions) {}

  private collectionFor(info: KeyInfo): DocCollection {
    return info.kind === 'user' ? this.options.users : this.options.conversations;
  }

  /**
   * Inside a turn (`turn`, see `StoreTurn`), keys found absent are noted, so the turn's write of them only inserts.
   * The extra parameter reaches here from `StoredConversationState` and `StoredUserState`; botbuilder's own callers
   * leave it out.
   */
  async read(keys: string[], turn?: StoreTurn): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const out: StoreItems = {};
    for (const key of keys) {
      let doc: Envelope<Record<string, unknown>> | undefined;
      try {
        doc = await this.collectionFor(parseStateKey(key)).get<Record<string, unknown>>(key);
      } catch (err) {
        throw new StoreError(this.options.engineName, `read state "${key}"`, err);
      }
      if (!doc) {
        turn?.absent.add(key);
        continue;
      }
      turn?.absent.delete(key);
      const item: StoreItem = { ...doc.data, eTag: doc.etag };
      // The text it was parsed from is the item's JSON without its eTag (same keys, same order), unless the data
      // had an eTag of its own, which the item's replaced.
      const json = parsedStateJson.take(doc.data);
      if (json !== undefined && !Object.hasOwn(doc.data, 'eTag')) parsedStateJson.note(item, json);
      if (doc.etag) this.readEtags.set(item, doc.etag);
      out[key] = item;
    }
    return out;
  }

  /** Inside a turn (`turn`), a write that meets a newer eTag is counted in `turn.conflicts` (the turn may run again). */
  async write(changes: StoreItems, turn?: StoreTurn): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    for (const [key, item] of Object.entries(changes)) {
      const info = parseStateKey(key);
      const given: unknown = item?.eTag;
      const tracked = item && typeof item === 'object' ? this.readEtags.get(item) : undefined;
      let expected = typeof given === 'string' && given !== '*' && given !== '' ? given : given === '*' ? tracked : undefined;
      // BotState writes a fresh object (with '*') for state this turn read as absent: it must not replace a record
      // another turn or process created meanwhile, so it only inserts.
      if (given === '*' && tracked === undefined && turn?.absent.has(key)) expected = ONLY_INSERT;
      turn?.absent.delete(key);
      const { eTag: _dropped, ...rest } = (item ?? {}) as StoreItem;
      // The item's JSON without its eTag, when its change check just computed it: the data's, if scrubbing kept it.
      const json = writtenStateJson.take(item);
      const data = scrubDeep(rest);
      if (json !== undefined && data === rest) writtenStateJson.note(data, json);
      const etag = randomUUID();
      const doc: Envelope = { id: key, data, etag, at: this.options.now() };
      if (info.userId !== undefined) doc.userId = info.userId;
      if (info.conversationId !== undefined) doc.ref = info.conversationId;
      let ok: boolean;
      try {
        const c = this.collectionFor(info);
        ok = expected === undefined ? (await c.put(doc, turn), true) : await c.putIfEtag(doc, expected, turn);
      } catch (err) {
        throw new StoreError(this.options.engineName, `write state "${key}"`, err);
      }
      if (!ok) {
        // Counted even when the caller catches the error (the bot keeps answering when its state was not saved).
        turn?.conflicts.push(key);
        throw new EtagConflictError(key);
      }
      if (item && typeof item === 'object') {
        item.eTag = etag;
        this.readEtags.set(item, etag);
      }
    }
  }

  async delete(keys: string[], turn?: StoreTurn): Promise<void> {
    for (const key of keys) {
      turn?.absent.delete(key);
      try {
        await this.collectionFor(parseStateKey(key)).deleteMany({ id: key }, turn);
      } catch (err) {
        throw new StoreError(this.options.engineName, `delete state "${key}"`, err);
      }
    }
  }
}
