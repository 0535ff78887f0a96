// Golden questions: asked before and after a save, so an editor sees every answer the change would alter.
import { readFileSync, existsSync } from 'node:fs';
import type { ConsoleAnswerer } from './entries';

/** One golden question (the probe format of tests/fixtures/probes: id, lang, question, optional postal code). */
export interface GoldenQuestion {
  id: string;
  lang: string;
  question: string;
  postalCode?: string;
  /** The entry a good answer comes from, when the set says so. */
  expectEntryId?: string;
}

/** How the bot reads one question: what kind of reply, from which entry. */
export interface GoldenReading {
  kind: string;
  entryId?: string;
}

/** A golden question whose reading the change alters. */
export interface GoldenChange {
  question: GoldenQuestion;
  before: GoldenReading;
  after: GoldenReading;
  /** It was answered from the expected entry before and is not after. */
  broken: boolean;
}

/** Reads a JSON Lines golden file; lines that are not questions are skipped. */
export function readGolden(file: string | undefined): GoldenQuestion[] {
  if (!file || !existsSync(file)) return [];
  const out: GoldenQuestion[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const p = JSON.parse(line) as { id?: unknown; lang?: unknown; question?: unknown; postalCode?: unknown; expect?: { entryId?: unknown } };
      if (typeof p.question !== 'string' || typeof p.lang !== 'string') continue;
      out.push({
        id: typeof p.id === 'string' ? p.id : `line-${out.length + 1}`,
        lang: p.lang,
        question: p.question,
        postalCode: typeof p.postalCode === 'string' ? p.postalCode : undefined,
        expectEntryId: typeof p.expect?.entryId === 'string' ? p.expect.entryId : undefined,
      });
    } catch {
      // A malformed line is not a question.
    }
  }
  return out;
}

/** The bot's reading of one question. */
export function readQuestion(answerer: ConsoleAnswerer, q: GoldenQuestion): GoldenReading {
  const place = q.postalCode ? answerer.placeFromPostalCode(q.postalCode) : answerer.placeFromText(q.question);
  const d = answerer.decide({ text: q.question, lang: q.lang, place });
  if (d.kind === 'answer') return { kind: 'answer', entryId: d.entry.id };
  if (d.kind === 'clarify') return { kind: 'clarify', entryId: d.choices[0]?.id };
  return { kind: 'fallback' };
}

const cacheKey = (q: GoldenQuestion): string => `${q.lang}\u0000${q.postalCode ?? ''}\u0000${q.question}`;
/** Readings of the running answerer, kept until it is replaced (a reload builds a new one). */
const readings = new WeakMap<ConsoleAnswerer, Map<string, GoldenReading>>();

/** Every golden question read differently by `after` than by `before` (the readings of `before` are cached). */
export function compareGolden(before: ConsoleAnswerer, after: ConsoleAnswerer, questions: readonly GoldenQuestion[]): GoldenChange[] {
  const changes: GoldenChange[] = [];
  let cache = readings.get(before);
  if (!cache) readings.set(before, (cache = new Map()));
  for (const q of questions) {
    const key = cacheKey(q);
    const b = cache.get(key) ?? readQuestion(before, q);
    cache.set(key, b);
    const a = readQuestion(after, q);
    if (a.kind === b.kind && a.entryId === b.entryId) continue;
    const wasRight = b.kind === 'answer' && q.expectEntryId !== undefined && b.entryId === q.expectEntryId;
    changes.push({ question: q, before: b, after: a, broken: wasRight && a.entryId !== q.expectEntryId });
  }
  return changes;
}
