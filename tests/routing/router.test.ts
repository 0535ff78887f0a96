// The router: places read from text and postal codes, and the services of an entry, a topic or an emergency for a place.
import path from 'node:path';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { loadKnowledge, loadPostalCodes } from '../../src/loaders/knowledgeFiles';
import { Router } from '../../src/routing/router';

let kb: KnowledgeBase;
let router: Router;
let postal: Awaited<ReturnType<typeof loadPostalCodes>>;
beforeAll(async () => {
  kb = (await loadKnowledge(path.join(__dirname, '..', 'fixtures', 'knowledge', 'valid'))).kb;
  postal = await loadPostalCodes();
  router = new Router(kb, postal);
});

const place = (code: string) => router.placeFromPostalCode(code);
const entry = (id: string) => {
  const e = kb.entries.find((x) => x.id === id);
  if (!e) throw new Error(`fixture entry ${id} missing`);
  return e;
};

describe('Router', () => {
  it('gives the German-speaking commune instead of a Walloon CRI', () => {
    const r = router.servicesForEntry(entry('pathway-wallonia'), place('4700'), 'en');
    expect(r.services.map((s) => [s.id, s.name])).toEqual([['commune-german-speaking:eupen', 'Gemeindeverwaltung Eupen']]);
  });

  it('finds places in text and postal codes', () => {
    expect(router.placeFromText('Я живу в Намюре')?.commune).toBe('namur');
    expect(router.placeFromText('bonjour')).toBeUndefined();
    // Ukrainian spellings, Russian typed in Latin letters with its case endings, and the Brussels abbreviation.
    expect(router.placeFromText('В яку школу записати в Іксель?')?.commune).toBe('ixelles');
    expect(router.placeFromText('ya student iz Uzbekistana v Namure')?.commune).toBe('namur');
    expect(router.placeFromText('CPAS v Sharleroi otkazal')?.commune).toBe('charleroi');
    expect(router.placeFromText('je cherche un kot a bxl')?.commune).toBe('bruxelles');
    expect(router.placeFromPostalCode('0999')).toBeUndefined();
  });

  it('lists human services for a topic, most useful first', () => {
    expect(router.servicesForTopic('legal-aid', place('1000')).map((s) => s.id)).toEqual(['legal-aid-first-line']);
    expect(router.servicesForTopic(undefined, place('1000')).map((s) => s.id)).toEqual(['cpas:bruxelles', 'bapa-near', 'bapa-far', 'commune:bruxelles']);
  });

  it('puts 112 and the police first in the emergency services', () => {
    const ids = router.emergencyServices(entry('emergency-help'), place('1000'), 'fr').map((s) => s.id);
    expect(ids.slice(0, 1)).toEqual(['emergency-112']);
  });

  it('cuts the words naming a commune out of a text, in any spelling it knows', () => {
    expect(router.withoutPlaceName('ou est le CPAS a Namur svp', 'namur').replace(/\s+/g, ' ')).toBe('ou est le CPAS a svp');
    expect(router.withoutPlaceName('де знайти роботу в Намюрі', 'namur').trim()).toBe('де знайти роботу в');
  });

  it('refuses invalid options with the option named', () => {
    expect(() => new Router(kb, postal, { maxServices: 0 })).toThrow(
      /RoutingError: option "maxServices" must be a whole number from 1, got 0/,
    );
  });
});
