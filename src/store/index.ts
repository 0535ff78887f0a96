// Store entry point: picks the engine (embedded SQLite by default, MongoDB when configured) and opens the Store.
import type { Config } from '../config';
import { DocStore } from './docStore';
import type { DocEngine } from './engine';
import { MongoEngine } from './mongoEngine';
import { ResilientStore, type StoreLogger } from './resilientStore';
import { DEFAULT_SQLITE_OPTIONS, SqliteEngine, type SqliteEngineOptions } from './sqliteEngine';
import { StoreError, type RetentionOptions } from './types';

/** What `createStore` needs (from `loadConfig()`; this module reads no environment variable). */
export interface StoreOptions {
  /** Folder of the embedded engine's file (DATA_DIR). */
  dataDir: string;
  /** MongoDB connection string; absent = embedded engine. */
  mongodbUrl?: string;
  /** MongoDB database name. */
  mongodbDb: string;
  /** Embedded engine: when commits are fsynced (`full`: before acknowledging; `normal`: in the background). */
  sqliteSync: SqliteEngineOptions['sync'];
  /** Embedded engine with `normal`: time between two background fsyncs of the write-ahead log, ms. */
  sqliteSyncIntervalMs: number;
  /** Retention periods in days; missing fields take DEFAULT_RETENTION. */
  retention: Partial<RetentionOptions>;
  logger?: StoreLogger;
}

export const DEFAULT_STORE_OPTIONS: Omit<StoreOptions, 'dataDir'> = {
  mongodbDb: 'relais',
  sqliteSync: DEFAULT_SQLITE_OPTIONS.sync,
  sqliteSyncIntervalMs: DEFAULT_SQLITE_OPTIONS.syncIntervalMs,
  retention: {},
};

/** The store options of a configuration (the composition root and the cluster primary open the same store). */
export function storeOptionsOf(config: Config): StoreOptions {
  return {
    dataDir: config.dataDir,
    mongodbUrl: config.mongodbUrl,
    mongodbDb: config.mongodbDb,
    sqliteSync: config.storeSync,
    sqliteSyncIntervalMs: config.storeSyncIntervalMs,
    retention: config.retention,
  };
}

/** Opens the engine chosen by the options; throws StoreError naming the engine when it cannot start. */
export async function openEngine(options: Pick<StoreOptions, 'dataDir'> & Partial<StoreOptions>): Promise<DocEngine> {
  const o = { ...DEFAULT_STORE_OPTIONS, ...options };
  if (o.mongodbUrl) {
    try {
      return await MongoEngine.connect({ url: o.mongodbUrl, dbName: o.mongodbDb });
    } catch (err) {
      throw new StoreError('mongodb', `connect to database "${o.mongodbDb}"`, err);
    }
  }
  try {
    return new SqliteEngine({ dataDir: o.dataDir, sync: o.sqliteSync, syncIntervalMs: o.sqliteSyncIntervalMs });
  } catch (err) {
    throw new StoreError('sqlite', `open ${o.dataDir}`, err);
  }
}

/** Opens the Store (engine chosen by the options). Wrap it in `ResilientStore` for the conversation path. */
export async function createStore(options: Pick<StoreOptions, 'dataDir'> & Partial<StoreOptions>): Promise<DocStore> {
  const o = { ...DEFAULT_STORE_OPTIONS, ...options };
  const engine = await openEngine(o);
  try {
    const store = await DocStore.open(engine, { retention: o.retention });
    o.logger?.info({ engine: engine.name }, 'store open');
    return store;
  } catch (err) {
    await engine.close().catch(() => undefined);
    throw err;
  }
}

export { DocStore, COLLECTIONS, toDay, type ConsoleCollectionKey } from './docStore';
export { ResilientStore, DEFAULT_RESILIENT_OPTIONS, StoreDataError, causedByData } from './resilientStore';
export type { ResilientStoreOptions, StoreLogger } from './resilientStore';
export { EngineStorage, EtagConflictError, parseStateKey, type TurnStorage } from './botStorage';
export { StoreTurn, STORE_TURN, storeTurnOf } from './storeTurn';
export { ConversationOwnerMiddleware } from './ownerMiddleware';
export { StoredConversationState, StoredUserState } from './botState';
export { startPurgeSchedule, DEFAULT_PURGE_SCHEDULE } from './purgeSchedule';
export type { PurgeScheduleOptions } from './purgeSchedule';
export { SqliteEngine } from './sqliteEngine';
export { MongoEngine } from './mongoEngine';
export { MemoryEngine } from './memoryEngine';
export * from './types';
