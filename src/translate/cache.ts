// Translation cache kept in the store, so every bot process reuses what one of them already paid two seconds for.
import { createHash } from 'node:crypto';
import type { Lang } from '../knowledge/types';
import type { Store } from '../store/types';

/** The two Store methods the cache needs (tests pass a small in-memory object). */
export type TranslationStore = Pick<Store, 'getTranslation' | 'putTranslation'>;

/** Cache key: a hash of source, target and text, so the store never holds the text as a key. */
export function translationKey(source: Lang, target: Lang, text: string): string {
  return `mt1:${createHash('sha256').update(`${source}\u0000${target}\u0000${text}`, 'utf8').digest('hex')}`;
}

/**
 * Reads and writes translations through the Store port. A store failure is a cache miss, never an error for the
 * person: machine translation is a fallback and must not fail because its cache did.
 */
export class TranslationCache {
  constructor(private readonly store: TranslationStore) {}

  /** The cached translation, or undefined (absent or store failure). */
  async get(source: Lang, target: Lang, text: string): Promise<string | undefined> {
    try {
      return await this.store.getTranslation(translationKey(source, target, text));
    } catch {
      return undefined;
    }
  }

  /** Stores a translation; store failures are ignored. */
  async put(source: Lang, target: Lang, text: string, translation: string): Promise<void> {
    try {
      await this.store.putTranslation(translationKey(source, target, text), translation);
    } catch {
      // A lost cache write only costs a later translation.
    }
  }
}
