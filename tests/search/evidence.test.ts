// Evidence per hit: how much of a query a document holds where it counts, and how well the language's documents cover it.
import path from 'node:path';
import { entryDocs } from '../../src/answer/answerer';
import { DEFAULT_POLICY_OPTIONS } from '../../src/answer/policy';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { loadKnowledge } from '../../src/loaders/knowledgeFiles';
import { SearchIndex } from '../../src/search/index';

let kb: KnowledgeBase;
let index: SearchIndex;
beforeAll(async () => {
  kb = (await loadKnowledge(path.join(__dirname, '..', 'fixtures', 'knowledge', 'valid'))).kb;
  index = SearchIndex.build(kb.entries.flatMap((e) => entryDocs(e)));
});

/** The evidence of one document for a query (searched among all the language's documents). */
function evidence(text: string, id?: string, forgiven = 0) {
  const r = index.search({ text, lang: 'fr', limit: 50, forgiven });
  return { coverage: r.query.coverage, ...(r.hits.find((h) => h.id === id)?.evidence ?? { support: 0, supportWords: 0, topical: false }) };
}

describe('SearchIndex hit evidence', () => {
  it('says how much of a question an entry’s title, questions and keywords cover', () => {
    const full = evidence('revenu d’intégration', 'cpas-ris');
    expect(full.coverage).toBe(1);
    expect(full.support).toBe(1);
    expect(evidence('revenu d’intégration', 'pathway-wallonia').support).toBeLessThan(0.5);
  });

  it('counts words no document has against the question, and forgives a place name', () => {
    expect(evidence('frobnicate wibble').coverage).toBe(0);
    expect(evidence('revenu Gembloux', 'cpas-ris').support).toBeLessThan(0.7);
    expect(evidence('revenu Gembloux', 'cpas-ris', 1).support).toBe(1);
  });

  it('forgives the words it is told to only when no document has them (a trade the person says they are)', () => {
    const search = (text: string, forgivable?: string) =>
      index.search({ text, lang: 'fr', limit: 50, forgivable }).hits.find((h) => h.id === 'cpas-ris')?.evidence.support ?? 0;
    expect(search('plombier revenu')).toBeLessThan(0.7);
    expect(search('plombier revenu', 'plombier')).toBe(1);
    // A word the documents have still counts: it may be the need.
    expect(search('revenu ukrainien', 'ukrainien')).toBe(search('revenu ukrainien'));
    expect(search('revenu ukrainien')).toBeLessThan(1);
  });

  it('still recognises a word with a typo or an extra ending, for a little less', () => {
    const typo = evidence('integrasion', 'cpas-ris');
    expect(typo.support).toBeGreaterThan(0.5);
    expect(typo.support).toBeLessThan(1);
  });

  it('marks a hit topical when a query word is in its title or keywords', () => {
    expect(evidence('revenu', 'cpas-ris').topical).toBe(true);
  });

  it('weighs a word of when ("week-end", "dimanche") little, and never as what an entry is about', () => {
    const docs = [
      { id: 'doctor', lang: 'fr', title: 'Un médecin la nuit ou le week-end', keywords: ['médecin', 'week-end', 'dimanche', 'garde'], text: 'Appelez le médecin de garde.' },
      { id: 'school', lang: 'fr', title: 'Inscrire un enfant à l’école', keywords: ['école', 'inscription'], text: 'Adressez-vous à l’école.' },
    ];
    const of = (idx: SearchIndex, text: string) => idx.search({ text, lang: 'fr', limit: 5 }).hits.find((h) => h.id === 'doctor')?.evidence;
    const weighed = SearchIndex.build(docs);
    const flat = SearchIndex.build(docs, { evidence: { unknownWordWeight: 1, textOnlyWeight: 0, nearMatchWeight: 0.7, circumstanceWeight: 1, nearMatchMinLength: 5 } });
    expect(of(flat, 'piscine ouverte le week-end dimanche')?.topical).toBe(true);
    expect(of(weighed, 'piscine ouverte le week-end dimanche')?.topical).toBe(false);
    expect(of(weighed, 'piscine ouverte le week-end dimanche')?.support).toBeLessThan(0.6 * (of(flat, 'piscine ouverte le week-end dimanche')?.support ?? 0));
    // The need said, the same words of when still leave the entry held enough to be answered.
    expect(of(weighed, 'médecin de garde le week-end')).toMatchObject({ topical: true });
    expect(of(weighed, 'médecin de garde le week-end')?.support).toBeGreaterThanOrEqual(DEFAULT_POLICY_OPTIONS.minSupport);
  });

  it('computes evidence over the stated need when it differs from the searched text', () => {
    const r = index.search({ text: 'revenu d’intégration Namur', needText: 'revenu d’intégration', lang: 'fr', limit: 50 });
    expect(r.hits.find((h) => h.id === 'cpas-ris')?.evidence.support).toBe(1);
  });
});
