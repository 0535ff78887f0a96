// The document-collection abstraction both engines implement (SQLite, MongoDB), so the Store logic is written once.
import type { StoreTurn } from './storeTurn';

/**
 * One stored record. The engine indexes the envelope fields; `data` is opaque JSON.
 * - `userId`: the person a record belongs to (for "forget me"); absent on anonymous records.
 * - `ref`: a secondary key (a conversation id) to find related records.
 * - `seq`: an ordering number inside `ref` (Direct Line watermarks).
 * - `at`: the date retention counts from; absent = kept until deleted.
 * - `etag`: optimistic-concurrency tag (botbuilder state).
 */
export interface Envelope<T = unknown> {
  id: string;
  data: T;
  userId?: string;
  ref?: string;
  seq?: number;
  at?: Date;
  etag?: string;
}

/** Which records an operation touches: every given condition must hold. */
export interface Filter {
  id?: string;
  userId?: string;
  ref?: string;
  /** `ref` is one of these. */
  refIn?: string[];
  /** `id` starts with this prefix. */
  idPrefix?: string;
  /** `seq` strictly greater. */
  seqGt?: number;
  /** `at` strictly earlier. */
  atBefore?: Date;
}

/** One group of a `countBy`: the values of the grouped `data` fields (undefined when missing) and how many. */
export interface GroupCount {
  key: (string | undefined)[];
  count: number;
}

/** A collection of envelopes. Every method throws on engine failure (the Store turns that into StoreError). */
export interface DocCollection {
  readonly name: string;
  get<T>(id: string): Promise<Envelope<T> | undefined>;
  /**
   * Inserts or replaces unconditionally. Inside a turn (`turn`), an engine may hold the write back to commit it with
   * the turn's state (see `StoreTurn`); the others write at once.
   */
  put(doc: Envelope, turn?: StoreTurn): Promise<void>;
  /**
   * Inserts or replaces only when the stored etag equals `expectedEtag`, or when no record exists.
   * Returns false (and changes nothing) on a mismatch.
   */
  putIfEtag(doc: Envelope, expectedEtag: string, turn?: StoreTurn): Promise<boolean>;
  /** Matching records ordered by `seq` then `id`, at most `limit`. */
  find<T>(filter: Filter, limit?: number): Promise<Envelope<T>[]>;
  count(filter: Filter): Promise<number>;
  /** Groups matching records by the given top-level `data` fields. */
  countBy(fields: string[], filter?: Filter): Promise<GroupCount[]>;
  /** Returns how many went. */
  deleteMany(filter: Filter, turn?: StoreTurn): Promise<number>;
  /**
   * Atomically adds `by` (default 1) to the counter named `id`, creating it, and returns its new value; counting
   * starts at 0: the first call returns `by - 1`, so the `by` values taken are returned value - by + 1 … returned value.
   */
  increment(id: string, envelope: Omit<Envelope, 'id' | 'data' | 'seq'>, by?: number): Promise<number>;
}

/** What a collection declares to its engine. */
export interface CollectionSpec {
  name: string;
  /** Retention in days for `at` (TTL); undefined = no expiry. */
  retentionDays?: number;
}

/** A storage engine: opens collections, answers pings, closes. */
export interface DocEngine {
  /** Engine name for errors and logs ("sqlite", "mongodb"). */
  readonly name: string;
  /** Creates the collection and its indexes when missing (idempotent). */
  collection(spec: CollectionSpec): Promise<DocCollection>;
  /** Names of every collection the engine holds (used to scan for a user's records). */
  listCollections(): Promise<string[]>;
  ping(): Promise<boolean>;
  /**
   * Called after records of a person were erased, so no copy lingers in the engine's files (SQLite: checkpoint
   * and truncate the write-ahead log; deleted pages are already zeroed by `secure_delete`). Optional.
   */
  afterErase?(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Texts of JSON already at hand, noted on the object they are the JSON of, so a layer further on need not produce
 * them again: each note is taken (read and removed) by the next layer, in the same call chain, before anything can
 * change the object. Objects without a note are stringified as usual.
 */
export class JsonNotes {
  private readonly notes = new WeakMap<object, string>();

  note(value: object, json: string): void {
    this.notes.set(value, json);
  }

  take(value: unknown): string | undefined {
    if (value === null || typeof value !== 'object') return undefined;
    const json = this.notes.get(value);
    if (json !== undefined) this.notes.delete(value);
    return json;
  }
}

/**
 * The text a bot state was parsed from (the embedded engine's `get`), equal to `JSON.stringify` of it: the state's
 * change check at load (`StoredConversationState`) takes it instead of stringifying the state it was just parsed from.
 */
export const parsedStateJson = new JsonNotes();

/**
 * `JSON.stringify` of a state about to be written, as its change check just computed it: the embedded engine's row
 * takes it instead of stringifying the same state a second time.
 */
export const writtenStateJson = new JsonNotes();
