// Services for a place, with the shipped services: the right CRI or BAPA, CPAS by commune, German-speaking and
// Wallonie picarde exceptions, and no invented contact details.
import path from 'node:path';
import type { Place, Service } from '../../src/knowledge/types';
import { loadKnowledge, loadPostalCodes, type PostalRouting } from '../../src/loaders/knowledgeFiles';
import { placeFromPostalCode, regionForPostalCode, isGermanSpeakingPostalCode } from '../../src/routing/postal';
import { postalCodeInList, routeIds, routeTypes, territoryCovers } from '../../src/routing/services';

let services: Service[];
let postal: PostalRouting;
beforeAll(async () => {
  services = (await loadKnowledge(path.join(__dirname, '..', '..', 'knowledge'))).kb.services;
  postal = await loadPostalCodes();
});

const at = (code: string): Place => {
  const p = placeFromPostalCode(postal.data, code);
  if (!p) throw new Error(`no place for ${code}`);
  return p;
};
const ids = (code: string, type: Parameters<typeof routeTypes>[1][number], lang = 'fr') =>
  routeTypes(services, [type], at(code), lang, { coords: postal.data.coords, maxPerType: 3 }).services.map((s) => s.id);

describe('postalCodeInList', () => {
  it.each([
    ['1000', ['1000-1299'], true],
    ['1299', ['1000-1299'], true],
    ['1300', ['1000-1299'], false],
    ['0999', ['1000-1299'], false],
    ['4700', ['4700'], true],
    ['4701', ['4700'], false],
  ])('%s in %j is %s', (code, list, expected) => {
    expect(postalCodeInList(code, list)).toBe(expected);
  });
});

describe('the integration pathway office for a place', () => {
  it.each([
    ['5000', ['cri-namur']],
    ['5500', ['cri-namur']],
    ['4000', ['cri-liege']],
    ['4500', ['cri-liege']],
    ['4300', ['cri-liege']],
    ['4800', ['cri-verviers']],
    ['4960', ['cri-verviers']],
    ['6000', ['cri-charleroi']],
    ['6500', ['cri-charleroi']],
    ['7100', ['cri-la-louviere']],
    ['7060', ['cri-la-louviere']],
    ['7000', ['cri-cimb']],
    ['7330', ['cri-cimb']],
    ['6800', ['cri-luxembourg']],
    ['6700', ['cri-luxembourg']],
    ['1400', ['cri-brabant-wallon']],
    ['1300', ['cri-brabant-wallon']],
  ])('%s → %j', (code, expected) => {
    expect(ids(code, 'cri')).toEqual(expected);
  });

  it.each(['7500', '7700', '7800', '7321'])('Wallonie picarde %s → both CIMB and CeRAIC, the commune confirms', (code) => {
    const routed = routeTypes(services, ['cri'], at(code), 'fr').services;
    expect(routed.map((s) => s.id).sort()).toEqual(['cri-cimb', 'cri-la-louviere']);
    for (const s of routed) expect(s.description).toMatch(/commune vous le confirmera/);
  });

  it.each(['4700', '4720', '4750', '4780', '4790'])('German-speaking %s → no Walloon CRI, the commune says so', (code) => {
    const routed = routeTypes(services, ['cri', 'ili'], at(code), 'en').services;
    expect(routed.some((s) => s.type === 'cri' || s.type === 'ili')).toBe(false);
    expect(routed.map((s) => s.id)).toEqual([`commune-german-speaking:${at(code).commune}`]);
    expect(routed[0].description).toMatch(/German-speaking Community/);
  });

  it('routes every listed Walloon postal code outside the German-speaking area to at least one CRI', () => {
    const orphans = [...postal.data.byCode.keys()].filter(
      (code) => regionForPostalCode(code) === 'wallonia' && !isGermanSpeakingPostalCode(code) && ids(code, 'cri').length === 0,
    );
    expect(orphans).toEqual([]);
  });

  it('routes Brussels to the nearest three BAPA offices, and Dutch speakers to BON first', () => {
    expect(ids('1030', 'bapa')).toEqual(['bapa-via-schaerbeek', 'bapa-bxl', 'bapa-via-molenbeek']);
    expect(ids('1190', 'bapa')[0]).toBe('bapa-convivial-forest');
    expect(ids('1070', 'bapa')[0]).toBe('bapa-convivial-anderlecht');
    expect(ids('1000', 'bapa', 'nl')[0]).toBe('bapa-bon');
  });

  it('sends Flanders and Brussels to no CRI, and Wallonia to no BAPA', () => {
    expect(ids('1030', 'cri')).toEqual(['commune:schaerbeek']);
    expect(ids('5000', 'bapa')).toEqual(['commune:namur']);
    expect(ids('2000', 'cri')).toEqual(['commune:antwerpen']);
  });
});

describe('per-commune services', () => {
  it('names the CPAS of the commune, with no invented contact details', () => {
    const routed = routeTypes(services, ['cpas'], at('4032'), 'fr').services;
    expect(routed).toEqual([expect.objectContaining({ id: 'cpas:liege', type: 'cpas', name: 'CPAS de Liège', verified: false })]);
    expect(routed[0].contact).toBeUndefined();
  });

  it('asks for the place when the commune is unknown', () => {
    expect(routeTypes(services, ['cpas', 'cri'], undefined, 'fr')).toEqual({ services: [], needsPlace: true });
  });

  it('gives a region-wide place without commune no CPAS but asks for the commune', () => {
    const r = routeTypes(services, ['cpas'], { region: 'wallonia' }, 'fr');
    expect(r).toEqual({ services: [], needsPlace: true });
  });
});

describe('fixed services of an entry', () => {
  it('keeps only the regional bodies of the place, or all of them when the place is unknown', () => {
    expect(routeIds(services, ['forem', 'actiris'], at('5000'), 'fr').services.map((s) => s.id)).toEqual(['forem']);
    expect(routeIds(services, ['forem', 'actiris'], at('1000'), 'fr').services.map((s) => s.id)).toEqual(['actiris']);
    expect(routeIds(services, ['forem', 'actiris'], undefined, 'fr').services.map((s) => s.id)).toEqual(['forem', 'actiris']);
  });

  it('shows helplines everywhere, with the numbers of DOMAIN.md', () => {
    const lines = routeIds(services, ['emergency-112', 'police-101', 'suicide-prevention-cps', 'violence-conjugale-ecoute'], undefined, 'en').services;
    expect(lines.map((s) => s.contact?.phone)).toEqual(['112', '101', '0800 32 123', '0800 30 030']);
  });
});

describe('shipped services', () => {
  it('carry sources, a French and English description, and verified: false', () => {
    for (const s of services) {
      expect([s.id, s.sources.length > 0, Boolean(s.description?.fr), Boolean(s.description?.en), s.verified]).toEqual([s.id, true, true, true, false]);
    }
  });

  it('have contact details only on services whose source gives them', () => {
    const withContact = services.filter((s) => s.contact).map((s) => s.id).sort();
    expect(withContact).toEqual([
      'actiris', 'antipoisons', 'bapa-via-molenbeek', 'bapa-via-schaerbeek', 'child-focus-116000', 'cri-charleroi', 'cri-cimb',
      'emergency-112', 'fonds-logement-bruxelles', 'line-1712', 'medimmigrant', 'office-etrangers', 'police-101', 'samusocial-brussels',
      'slrb-sisp', 'suicide-prevention-cps', 'tele-accueil-107', 'tele-onthaal-106', 'trafficking-line-24h', 'urgence-sociale-charleroi',
      'urgence-sociale-namur', 'violence-conjugale-ecoute', 'zelfmoordlijn-1813',
    ]);
  });

  it('cover the whole country with the commune service, except German-speaking communes which have their own', () => {
    const commune = services.find((s) => s.id === 'commune') as Service;
    const dg = services.find((s) => s.id === 'commune-german-speaking') as Service;
    expect(territoryCovers(commune.territory, at('4700'))).toBe(false);
    expect(territoryCovers(dg.territory, at('4700'))).toBe(true);
    expect(territoryCovers(commune.territory, at('4800'))).toBe(true);
    expect(territoryCovers(dg.territory, at('4800'))).toBe(false);
  });
});
