// The answerer as the dialogs see it: answers in the person's language, filtered by place and status, with the
// services of their commune; clarify and fallback when unsure; the emergency reply always available.
import path from 'node:path';
import { Answerer, entryDocs, PhraseList } from '../../src/answer/answerer';
import { Router } from '../../src/routing/router';
import { KnowledgeError } from '../../src/knowledge/problems';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { loadKnowledge, loadPostalCodes, type PostalRouting } from '../../src/loaders/knowledgeFiles';

let kb: KnowledgeBase;
let postal: PostalRouting;
let router: Router;
let answerer: Answerer;
beforeAll(async () => {
  kb = (await loadKnowledge(path.join(__dirname, '..', 'fixtures', 'knowledge', 'valid'))).kb;
  postal = await loadPostalCodes();
  router = new Router(kb, postal);
  answerer = new Answerer({ kb, router });
});

const place = (code: string) => router.placeFromPostalCode(code);

describe('Answerer.decide', () => {
  it('answers with the Walloon pathway and the CRI of the person’s province', () => {
    const d = answerer.decide({ text: 'Dois-je suivre le parcours d’intégration ?', lang: 'fr', place: place('5000') });
    expect(d).toMatchObject({ kind: 'answer', entry: { id: 'pathway-wallonia' }, textLang: 'fr', needsPlace: false });
    if (d.kind === 'answer') expect(d.services.map((s) => s.id)).toEqual(['cri-namur']);
  });

  it('answers the same question with the Brussels pathway and the nearest BAPA for a Brussels place', () => {
    const d = answerer.decide({ text: 'Is the integration pathway mandatory?', lang: 'en', place: place('1190') });
    expect(d).toMatchObject({ kind: 'answer', entry: { id: 'pathway-brussels' }, textLang: 'en' });
    if (d.kind === 'answer') expect(d.services.map((s) => s.id)).toEqual(['bapa-far', 'bapa-near']);
  });

  it('offers a choice between regions when the place is unknown', () => {
    const d = answerer.decide({ text: 'Is the integration pathway mandatory?', lang: 'en' });
    expect(d.kind).toBe('clarify');
    if (d.kind === 'clarify') expect(d.choices.map((c) => c.id).sort()).toEqual(['pathway-brussels', 'pathway-wallonia']);
  });

  it('names the CPAS of the commune and no contact details', () => {
    const d = answerer.decide({ text: 'Comment demander le revenu d’intégration au CPAS ?', lang: 'fr', place: place('6001') });
    expect(d).toMatchObject({ kind: 'answer', entry: { id: 'cpas-ris' } });
    if (d.kind === 'answer') expect(d.services).toEqual([{ id: 'cpas:charleroi', type: 'cpas', name: 'CPAS de Charleroi', description: 'Le CPAS de votre commune.', verified: false }]);
  });

  it('says the place is needed when it routes to a commune service without one', () => {
    const d = answerer.decide({ text: 'Comment demander le revenu d’intégration au CPAS ?', lang: 'fr' });
    expect(d).toMatchObject({ kind: 'answer', entry: { id: 'cpas-ris' }, services: [], needsPlace: true });
  });

  it('keeps entries for another status out, and shows them to people with that status', () => {
    const q = { text: 'protection temporaire aide sociale du CPAS', lang: 'fr', place: place('5000') };
    const refugee = answerer.decide({ ...q, status: 'refugee' });
    const ukrainian = answerer.decide({ ...q, status: 'temporary-protection' });
    const ids = (d: typeof refugee) => (d.kind === 'answer' ? [d.entry.id] : d.kind === 'clarify' ? d.choices.map((c) => c.id) : []);
    expect(ids(refugee)).not.toContain('cpas-temporary-protection');
    expect(ids(ukrainian)[0]).toBe('cpas-temporary-protection');
  });

  it('weighs down entries written for one status when the person’s status is unknown', () => {
    const q = { text: 'aide du CPAS', lang: 'fr', place: place('5000') };
    const top = (a: Answerer, status?: 'temporary-protection') => {
      const d = a.decide({ ...q, status });
      return d.kind === 'answer' ? d.entry.id : d.kind === 'clarify' ? d.choices[0].id : undefined;
    };
    const neutral = new Answerer({ kb, router, options: { unknownStatusAudienceWeight: 1 } });
    const cautious = new Answerer({ kb, router, options: { unknownStatusAudienceWeight: 0.1 } });
    expect(top(neutral)).toBe('cpas-temporary-protection');
    expect(top(cautious)).toBe('cpas-ris');
    expect(top(cautious, 'temporary-protection')).toBe('cpas-temporary-protection');
  });

  it('shows the French text when the entry has no version in the person’s language', () => {
    const d = answerer.decide({ text: 'How do I get the integration income from the CPAS?', lang: 'en', place: place('4000') });
    // cpas-ris exists only in French: the English question finds nothing in English, and its content words
    // ("integration income CPAS", without the English function words) find the French entry, shown in French…
    expect(d).toMatchObject({ kind: 'answer', entry: { id: 'cpas-ris' }, textLang: 'fr' });
    const none = answerer.decide({ text: 'How do I get a fishing licence?', lang: 'en', place: place('4000') });
    expect(none.kind).toBe('fallback');
    const fr = answerer.decide({ text: 'revenu d’intégration CPAS', lang: 'uk', place: place('4000') });
    // …while a language without any curated entry is searched in the pivot and answered in French.
    expect(fr).toMatchObject({ kind: 'answer', entry: { id: 'cpas-ris' }, textLang: 'fr' });
  });

  it('falls back to people who can help when nothing matches', () => {
    const d = answerer.decide({ text: 'zzzz qqqq', lang: 'fr', place: place('5000') });
    expect(d.kind).toBe('fallback');
    if (d.kind === 'fallback') expect(d.services.map((s) => s.id)).toEqual(['cpas:namur', 'cri-namur', 'commune:namur']);
  });
});

describe('Answerer.emergency', () => {
  it('returns the emergency entry with 112 and the police first, wherever the person is', () => {
    const e = answerer.emergency(undefined, 'en');
    expect(e.entry.id).toBe('emergency-help');
    expect(e.services.slice(0, 2).map((s) => [s.id, s.contact?.phone, s.description])).toEqual([
      ['emergency-112', '112', 'Emergencies.'],
      ['police-101', '101', 'Police.'],
    ]);
  });

  it('refuses invalid options with the option named', () => {
    expect(() => new Answerer({ kb, router, options: { searchLimit: 0 } })).toThrow(/answerer option "searchLimit" must be a whole number from 1, got 0/);
    expect(() => new Answerer({ kb, router, options: { minSupport: 1.5 } })).toThrow(/answerer option "minSupport" must be in \[0, 1\], got 1.5/);
  });

  it('refuses to start without an emergency entry', () => {
    const noEmergency = { ...kb, entries: kb.entries.filter((e) => e.topic !== 'emergency') };
    expect(() => new Answerer({ kb: noEmergency, router })).toThrow(KnowledgeError);
    expect(() => new Answerer({ kb: noEmergency, router })).toThrow(/no emergency entry: entry "emergency-help"/);
  });
});

describe('entryDocs', () => {
  it("lends a language the keywords of another, without their function words, after its own", () => {
    const withNl = {
      ...kb.entries[0],
      text: {
        nl: { title: 'Leefloon', questions: ['hoe krijg ik leefloon'], answer: 'Bij het OCMW.', keywords: ['het leefloon', 'OCMW', 'de'] },
        ru: { title: 'Доход интеграции', questions: ['как получить доход интеграции'], answer: 'В CPAS.', keywords: ['CPAS', 'пособие'] },
      },
    };
    const ru = entryDocs(withNl, { ru: ['nl'] }).find((d) => d.lang === 'ru');
    expect(ru?.keywords).toEqual(['CPAS', 'пособие', 'leefloon', 'ocmw']);
    expect(ru?.lentFrom).toBe(2);
    const plain = entryDocs(withNl).find((d) => d.lang === 'ru');
    expect(plain?.keywords).toEqual(['CPAS', 'пособие']);
    expect(plain).not.toHaveProperty('lentFrom');
  });
});

describe('PhraseList', () => {
  const list = new PhraseList({ nl: ['het weer', 'club brugge'] });

  it('finds whole phrases of the language, as written, and leaves the rest when asked', () => {
    expect(list.has('hoe is het weer morgen', 'nl')).toBe(true);
    expect(list.has('het weerbericht', 'nl')).toBe(false);
    expect(list.has('het weer', 'fr')).toBe(false);
    expect(list.without('wie wint, club brugge of anderlecht? het weer is slecht', 'nl')).toBe('wie wint of anderlecht is slecht');
    expect(list.without('hoe laat is het', 'nl')).toBe('hoe laat is het');
  });
});
