// The shipped knowledge base and its router, loaded once per test file: the tests that say what people get from the
// real entries, phrasings and postal codes (not a fixture) build their answerers on it.
import path from 'node:path';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { loadKnowledge, loadPostalCodes } from '../../src/loaders/knowledgeFiles';
import { Router } from '../../src/routing/router';

/** The repository's `knowledge/` folder. */
export const KNOWLEDGE_DIR = path.join(__dirname, '..', '..', 'knowledge');

let loaded: Promise<{ kb: KnowledgeBase; router: Router }> | undefined;

/** The real knowledge base and a router over it with the shipped postal codes (loaded at the first call). */
export function realKnowledge(): Promise<{ kb: KnowledgeBase; router: Router }> {
  loaded ??= (async () => {
    const { kb } = await loadKnowledge(KNOWLEDGE_DIR);
    return { kb, router: new Router(kb, await loadPostalCodes()) };
  })();
  return loaded;
}
