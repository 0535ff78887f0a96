// Questions nobody wrote as sample questions, in each language, reaching the entries added for issue 14 (statuses,
// needs, the German-speaking Community) on the real answerer over the real knowledge base.
import path from 'node:path';
import { Answerer } from '../../src/answer/answerer';
import type { Status } from '../../src/knowledge/types';
import { loadKnowledge, loadPostalCodes } from '../../src/loaders/knowledgeFiles';
import { CASES } from './coverageCases';

let answerer: Answerer;
beforeAll(async () => {
  const { kb } = await loadKnowledge(path.join(__dirname, '..', '..', 'knowledge'));
  answerer = new Answerer({ kb, postal: await loadPostalCodes() });
});

/** The entry a person gets: the answer, else the first choice offered. */
function reached(text: string, lang: string, postalCode?: string, status?: Status): string | undefined {
  const place = postalCode ? answerer.placeFromPostalCode(postalCode) : undefined;
  const d = answerer.decide({ text, lang, place, status });
  if (d.kind === 'answer') return d.entry.id;
  if (d.kind === 'clarify') return `clarify:${d.choices.map((c) => c.id).join('|')}`;
  return d.kind;
}

describe('questions reach the entries for every status and need', () => {
  // Fixed-length rows: jest would take a missing trailing argument for its `done` callback.
  const rows = CASES.map(([lang, text, expected, postalCode, status]) => [lang, text, expected, postalCode ?? '', status ?? ''] as const);
  it.each(rows)('%s %s → %s (%s)', (lang, text, expected, postalCode, status) => {
    expect(reached(text, lang, postalCode || undefined, (status || undefined) as Status | undefined)).toBe(expected);
  });
});
