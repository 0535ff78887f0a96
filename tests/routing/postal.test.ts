// Postal codes → province, region, commune: every Belgian range, its boundaries, invalid codes, German-speaking communes.
import { loadPostalCodes } from '../../src/loaders/knowledgeFiles';
import {
  checkPostalCode,
  displayName,
  isGermanSpeakingPostalCode,
  placeFromPostalCode,
  provinceForPostalCode,
  regionForPostalCode,
  type PostalData,
} from '../../src/routing/postal';

let data: PostalData;
beforeAll(async () => {
  data = (await loadPostalCodes()).data;
});

describe('provinceForPostalCode and regionForPostalCode', () => {
  it.each([
    ['1000', 'brussels-capital', 'brussels'],
    ['1299', 'brussels-capital', 'brussels'],
    ['1300', 'walloon-brabant', 'wallonia'],
    ['1499', 'walloon-brabant', 'wallonia'],
    ['1500', 'flemish-brabant', 'flanders'],
    ['1999', 'flemish-brabant', 'flanders'],
    ['2000', 'antwerp', 'flanders'],
    ['2999', 'antwerp', 'flanders'],
    ['3000', 'flemish-brabant', 'flanders'],
    ['3499', 'flemish-brabant', 'flanders'],
    ['3500', 'limburg', 'flanders'],
    ['3999', 'limburg', 'flanders'],
    ['4000', 'liege', 'wallonia'],
    ['4999', 'liege', 'wallonia'],
    ['5000', 'namur', 'wallonia'],
    ['5999', 'namur', 'wallonia'],
    ['6000', 'hainaut', 'wallonia'],
    ['6599', 'hainaut', 'wallonia'],
    ['6600', 'luxembourg', 'wallonia'],
    ['6999', 'luxembourg', 'wallonia'],
    ['7000', 'hainaut', 'wallonia'],
    ['7999', 'hainaut', 'wallonia'],
    ['8000', 'west-flanders', 'flanders'],
    ['8999', 'west-flanders', 'flanders'],
    ['9000', 'east-flanders', 'flanders'],
    ['9999', 'east-flanders', 'flanders'],
  ])('%s is in %s (%s)', (code, province, region) => {
    expect(provinceForPostalCode(code)).toBe(province);
    expect(regionForPostalCode(code)).toBe(region);
  });

  it.each(['0999', '999', '10000', 'abcd', '', '12 34'])('"%s" has no province', (code) => {
    expect(provinceForPostalCode(code)).toBeUndefined();
    expect(regionForPostalCode(code)).toBeUndefined();
  });

  it('agrees with the bpost list for every listed code', () => {
    for (const [code, info] of data.byCode) expect([code, provinceForPostalCode(code)]).toEqual([code, info.province]);
  });
});

describe('checkPostalCode', () => {
  it.each([
    ['1030', '1030'],
    [' 5000 ', '5000'],
    ['B-4000', '4000'],
    ['b 6000', '6000'],
  ])('accepts "%s" as %s', (input, code) => {
    expect(checkPostalCode(input)).toEqual({ ok: true, code });
  });

  it.each([
    ['103', 'not-four-digits', 'postal code "103" must be four digits'],
    ['10300', 'not-four-digits', 'postal code "10300" must be four digits'],
    ['1o30', 'not-four-digits', 'postal code "1o30" must be four digits'],
    ['', 'not-four-digits', 'postal code "" must be four digits'],
    ['0999', 'out-of-range', 'postal code "0999" is not Belgian (they run from 1000 to 9999)'],
  ])('refuses "%s" with a clear reason', (input, reason, message) => {
    expect(checkPostalCode(input)).toEqual({ ok: false, reason, message });
  });
});

describe('placeFromPostalCode', () => {
  it.each([
    ['5000', 'namur', 'Namur', 'namur', 'wallonia'],
    ['4000', 'liege', 'Liège', 'liege', 'wallonia'],
    ['1030', 'schaerbeek', 'Schaerbeek', 'brussels-capital', 'brussels'],
    ['1080', 'molenbeek-saint-jean', 'Molenbeek-Saint-Jean', 'brussels-capital', 'brussels'],
    ['7100', 'la-louviere', 'La Louvière', 'hainaut', 'wallonia'],
    ['1420', 'braine-l-alleud', "Braine-l'Alleud", 'walloon-brabant', 'wallonia'],
    ['7330', 'saint-ghislain', 'Saint-Ghislain', 'hainaut', 'wallonia'],
    ['2000', 'antwerpen', 'Antwerpen', 'antwerp', 'flanders'],
  ])('%s → %s', (code, commune, communeName, province, region) => {
    expect(placeFromPostalCode(data, code)).toEqual({ postalCode: code, commune, communeName, province, region });
  });

  it.each([
    ['1120', 'bruxelles'],
    ['1130', 'bruxelles'],
    ['5100', 'namur'],
    ['6001', 'charleroi'],
    ['4032', 'liege'],
  ])('%s (no municipality row) belongs to %s', (code, commune) => {
    expect(placeFromPostalCode(data, code)?.commune).toBe(commune);
  });

  it.each(['4700', '4701', '4720', '4730', '4750', '4760', '4770', '4780', '4790', '4791'])(
    '%s is a German-speaking commune (its pathway is not the Walloon one)',
    (code) => {
      const place = placeFromPostalCode(data, code);
      expect(place?.region).toBe('wallonia');
      expect(place?.germanSpeaking).toBe(true);
      expect(isGermanSpeakingPostalCode(code)).toBe(true);
    },
  );

  it.each(['4699', '4800', '4837', '4960'])('%s is not German-speaking', (code) => {
    expect(placeFromPostalCode(data, code)?.germanSpeaking).toBeUndefined();
  });

  it('gives province and region by range for a code missing from the 2017 list', () => {
    expect(data.byCode.has('5999')).toBe(false);
    expect(placeFromPostalCode(data, '5999')).toEqual({ postalCode: '5999', province: 'namur', region: 'wallonia' });
  });

  it.each(['0500', '123', 'abcd', '99999'])('"%s" is not a Belgian place', (code) => {
    expect(placeFromPostalCode(data, code)).toBeUndefined();
  });

  it('finds a commune for every listed code of Brussels and Wallonia', () => {
    const missing = [...data.byCode]
      .filter(([code, info]) => info.province && regionForPostalCode(code) !== 'flanders' && !info.commune)
      .map(([code]) => code);
    expect(missing).toEqual([]);
  });
});

describe('displayName', () => {
  it.each([
    ['LA LOUVIÈRE', 'La Louvière'],
    ["BRAINE-L'ALLEUD", "Braine-l'Alleud"],
    ['OTTIGNIES-LOUVAIN-LA-NEUVE', 'Ottignies-Louvain-la-Neuve'],
    ['SAINT-JOSSE-TEN-NOODE', 'Saint-Josse-ten-Noode'],
    ["FONTAINE-L'EVÊQUE", "Fontaine-l'Evêque"],
  ])('%s → %s', (source, shown) => {
    expect(displayName(source)).toBe(shown);
  });
});
