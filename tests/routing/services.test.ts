// Services for a place, with the shipped services: the right CRI or BAPA, CPAS by commune, German-speaking and
// Wallonie picarde exceptions, and no invented contact details.
import path from 'node:path';
import type { Place, Service } from '../../src/knowledge/types';
import { loadKnowledge, loadPostalCodes, type PostalRouting } from '../../src/loaders/knowledgeFiles';
import { placeFromPostalCode, regionForPostalCode, isGermanSpeakingPostalCode } from '../../src/routing/postal';
import { fillCommuneName, postalCodeInList, routeIds, routeTypes, territoryCovers } from '../../src/routing/services';
import { placeForMunicipality } from '../../src/routing/postal';

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

  it.each(['4700', '4720', '4750', '4780', '4790'])('German-speaking %s → no Walloon CRI or ILI: Info-Integration, and the commune in German', (code) => {
    const routed = routeTypes(services, ['cri', 'ili'], at(code), 'en').services;
    expect(routed.map((s) => s.id)).toEqual(['info-integration']);
    expect(routed[0].description).toMatch(/German-speaking Community/);
    const commune = routeTypes(services, ['commune', 'cpas'], at(code), 'de').services;
    expect(commune.map((s) => s.id)).toEqual([`commune-german-speaking:${at(code).commune}`, `cpas-german-speaking:${at(code).commune}`]);
    expect(commune[0].description).toMatch(/Info-Integration/);
  });

  it.each([
    ['4700', 'Gemeindeverwaltung Eupen', 'ÖSHZ Eupen (CPAS)'],
    ['4720', 'Gemeindeverwaltung Kelmis', 'ÖSHZ Kelmis (CPAS)'],
    ['4760', 'Gemeindeverwaltung Büllingen', 'ÖSHZ Büllingen (CPAS)'],
    ['4770', 'Gemeindeverwaltung Amel', 'ÖSHZ Amel (CPAS)'],
    ['4780', 'Gemeindeverwaltung Sankt Vith', 'ÖSHZ Sankt Vith (CPAS)'],
  ])('names German-speaking %s in German: %s, %s', (code, commune, cpas) => {
    expect(routeTypes(services, ['commune', 'cpas'], at(code), 'fr').services.map((s) => s.name)).toEqual([commune, cpas]);
    expect(routeTypes(services, ['school'], at(code), 'fr').services.map((s) => s.name)).toEqual([`Schulen in ${commune.replace('Gemeindeverwaltung ', '')} (Gemeindeverwaltung)`]);
  });

  it('sends German-speaking communes to the ADG, never to the Forem', () => {
    expect(ids('4700', 'employment')).toEqual(['adg']);
    expect(ids('4800', 'employment')).toEqual(['forem-verviers', 'forem']);
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
    // Each one's sources name the page its details were read on (CONTACTS-2026-12.md, DOMAIN-ADDENDUM-2026-12.md).
    expect(withContact).toEqual([
      'abri-de-nuit-liege', 'actiris', 'adg', 'antipoisons', 'baj-bruxelles', 'baj-huy', 'baj-liege', 'baj-verviers', 'bapa-bxl',
      'bapa-convivial-forest', 'bapa-via-molenbeek', 'bapa-via-schaerbeek', 'bjb-brussel', 'cass-liege', 'child-focus-116000',
      'cri-brabant-wallon', 'cri-charleroi', 'cri-cimb', 'cri-la-louviere', 'cri-namur', 'cri-verviers', 'dus-namur',
      'emergency-112', 'equivalences-fwb', 'escale-mons', 'exil-ssm', 'fedasil-info-point', 'fonds-logement-bruxelles', 'forem',
      'forem-verviers', 'info-integration', 'kind-en-gezin', 'line-1712', 'lire-et-ecrire-luxembourg', 'medimmigrant',
      'naric-vlaanderen', 'office-etrangers', 'one', 'pag-asa', 'payoke', 'police-101', 'premiere-ligne-liege',
      'premiere-ligne-namur', 'samusocial-brussels', 'slrb-sisp', 'suicide-prevention-cps', 'surya', 'tele-accueil-107',
      'tele-onthaal-106', 'traite-ligne-nationale', 'ulysse-ssm', 'urgence-sociale-charleroi', 'violence-conjugale-ecoute',
      'zelfmoordlijn-1813',
    ]);
    for (const s of services.filter((x) => x.contact?.phone || x.contact?.address)) {
      expect({ id: s.id, sourced: s.sources.some((src) => src.url) }).toEqual({ id: s.id, sourced: true });
    }
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

describe('commune names in service names', () => {
  it.each([
    ['Anderlecht', "CPAS d'Anderlecht"],
    ['Ixelles', "CPAS d'Ixelles"],
    ['Arlon', "CPAS d'Arlon"],
    ['Écaussinnes', "CPAS d'Écaussinnes"],
    ['Yvoir', "CPAS d'Yvoir"],
    ['Le Roeulx', 'CPAS du Roeulx'],
    ['Les Bons Villers', 'CPAS des Bons Villers'],
    ['La Louvière', 'CPAS de La Louvière'],
    ['Namur', 'CPAS de Namur'],
    ['Huy', 'CPAS de Huy'],
  ])('French elides and contracts "de": %s → %s', (communeName, expected) => {
    expect(fillCommuneName('CPAS de {commune}', { commune: 'x', communeName })).toBe(expected);
  });

  it('never reads "de" before a vowel in a French service name, for any commune of Wallonia and Brussels', () => {
    const templates = services.filter((s) => s.perCommune);
    expect(templates.length).toBeGreaterThanOrEqual(3);
    const wrong: string[] = [];
    let n = 0;
    for (const m of postal.data.municipalities.values()) {
      const place = placeForMunicipality(m);
      if (place.region === 'flanders') continue;
      for (const r of routeTypes(services, ['cpas', 'commune', 'school'], place, 'fr').services) {
        n += 1;
        if (/\bde [aeiouyàâéèêëîïôöùûœ]/i.test(r.name) || /\bde (Le|Les) /.test(r.name)) wrong.push(r.name);
      }
    }
    expect(n).toBeGreaterThan(700);
    expect(wrong).toEqual([]);
  });

  it('shows the sourced contact details of a commune\'s own CPAS, and none for the others', () => {
    const cpas = (code: string) => routeTypes(services, ['cpas'], at(code), 'fr').services[0];
    expect(cpas('1070')).toMatchObject({ name: "CPAS d'Anderlecht", contact: { address: expect.stringContaining('Vander Bruggen 62-64'), phone: '02 529 41 20' } });
    expect(cpas('1030')).toMatchObject({ name: 'CPAS de Schaerbeek', contact: { address: 'Boulevard Auguste Reyers 70, 1030 Schaerbeek', phone: '02 240 30 80' } });
    expect(cpas('1180').contact?.address).toBe("Chaussée d'Alsemberg 860, 1180 Bruxelles");
    expect(cpas('5000')).toMatchObject({ name: 'CPAS de Namur' });
    expect(cpas('5000').contact).toBeUndefined();
    expect(cpas('1050')).toMatchObject({ name: "CPAS d'Ixelles" });
    expect(cpas('1050').contact).toBeUndefined();
  });
});
