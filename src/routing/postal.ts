// Belgian postal codes → commune, province and region: pure functions over the bpost list (loaded at the edge).
import type { Place, Province, Region } from '../knowledge/types';
import { slugify } from './text';
import { wordKey } from '../language/tokenize';

/** One row of the bpost list (knowledge/reference/postal-codes-fr.csv). */
export interface PostalRow {
  postalCode: string;
  /** French name; municipalities are written in capitals in the source. */
  locality: string;
  /** True for a municipality row ("Non" in the source's isSubMunicipality column). */
  isMunicipality: boolean;
  /** French province name as in the source ("Namur", "Bruxelles (19 communes)"); empty for special codes. */
  province: string;
}

/** A municipality (commune) of the list. */
export interface Municipality {
  /** Slug of the French (or, in Flanders, Dutch) name: "saint-ghislain", "antwerpen". */
  id: string;
  /** Display name: "Saint-Ghislain". */
  name: string;
  /** Its postal codes, the municipality row's first. */
  postalCodes: string[];
  province: Province;
}

/** What a postal code resolves to. */
export interface PostalInfo {
  commune?: string;
  /** True when the commune was inferred from a neighbouring code (no municipality row for this code). */
  approximate: boolean;
  province?: Province;
  /** Locality names sharing the code. */
  localities: string[];
}

/** Routing data built once from the bpost rows. */
export interface PostalData {
  byCode: ReadonlyMap<string, PostalInfo>;
  municipalities: ReadonlyMap<string, Municipality>;
  /** Normalised locality names (unambiguous sub-municipalities of Brussels and Wallonia) → commune id. */
  localityNames: ReadonlyMap<string, string>;
  /** Approximate coordinates per postal code (OpenStreetMap, via the geo list), when loaded. */
  coords?: ReadonlyMap<string, GeoPoint>;
}

/** A point in degrees. */
export interface GeoPoint {
  lat: number;
  lon: number;
}

/** One row of knowledge/reference/postal-codes-geo.csv. */
export interface GeoRow {
  postalCode: string;
  lon: number;
  lat: number;
}

/** First coordinates per postal code (rows sharing a code are localities close to each other). */
export function buildCoords(rows: readonly GeoRow[]): Map<string, GeoPoint> {
  const out = new Map<string, GeoPoint>();
  for (const r of rows) {
    if (!out.has(r.postalCode) && Number.isFinite(r.lat) && Number.isFinite(r.lon)) out.set(r.postalCode, { lat: r.lat, lon: r.lon });
  }
  return out;
}

/** Distance in km between two points (equirectangular: precise enough inside Belgium). */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

/** Province ranges of DOMAIN.md ("Routing facts usable without a data set"), inclusive. */
export const PROVINCE_RANGES: ReadonlyArray<{ from: number; to: number; province: Province }> = [
  { from: 1000, to: 1299, province: 'brussels-capital' },
  { from: 1300, to: 1499, province: 'walloon-brabant' },
  { from: 1500, to: 1999, province: 'flemish-brabant' },
  { from: 2000, to: 2999, province: 'antwerp' },
  { from: 3000, to: 3499, province: 'flemish-brabant' },
  { from: 3500, to: 3999, province: 'limburg' },
  { from: 4000, to: 4999, province: 'liege' },
  { from: 5000, to: 5999, province: 'namur' },
  { from: 6000, to: 6599, province: 'hainaut' },
  { from: 6600, to: 6999, province: 'luxembourg' },
  { from: 7000, to: 7999, province: 'hainaut' },
  { from: 8000, to: 8999, province: 'west-flanders' },
  { from: 9000, to: 9999, province: 'east-flanders' },
];

/** Region of each province. */
export const PROVINCE_REGION: Readonly<Record<Province, Region>> = {
  'brussels-capital': 'brussels',
  'walloon-brabant': 'wallonia',
  liege: 'wallonia',
  namur: 'wallonia',
  hainaut: 'wallonia',
  luxembourg: 'wallonia',
  'flemish-brabant': 'flanders',
  antwerp: 'flanders',
  limburg: 'flanders',
  'west-flanders': 'flanders',
  'east-flanders': 'flanders',
};

/**
 * Postal codes of the nine German-speaking communes (Eupen, Kelmis/La Calamine, Lontzen, Raeren, Amel,
 * Büllingen, Bütgenbach, Burg-Reuland, Sankt Vith): every code from 4700 to 4791 belongs to one of them in the
 * bpost list. Their integration pathway is the German-speaking Community's, not the Walloon one.
 */
export const GERMAN_SPEAKING_RANGE = { from: 4700, to: 4791 } as const;

/**
 * Codes whose municipality row is missing from the 2017 list and whose nearest lower municipality is wrong:
 * Neder-Over-Heembeek and Haren are part of the City of Brussels, Jambes and Erpent of Namur.
 */
const COMMUNE_OVERRIDES: Readonly<Record<string, string>> = {
  '1120': 'bruxelles',
  '1130': 'bruxelles',
  '5100': 'namur',
  '5101': 'namur',
};

const SOURCE_PROVINCES: Readonly<Record<string, Province>> = {
  anvers: 'antwerp',
  'brabant flamand': 'flemish-brabant',
  'brabant wallon': 'walloon-brabant',
  'bruxelles 19 communes': 'brussels-capital',
  'flandre occidentale': 'west-flanders',
  'flandre orientale': 'east-flanders',
  hainaut: 'hainaut',
  limbourg: 'limburg',
  liege: 'liege',
  luxembourg: 'luxembourg',
  namur: 'namur',
};

/** Why a postal code was refused. */
export type PostalCodeProblem = 'not-four-digits' | 'out-of-range';

/** A checked postal code, or why it is not one (the dialogs map `reason` to a localised message). */
export type PostalCodeCheck = { ok: true; code: string } | { ok: false; reason: PostalCodeProblem; message: string };

/** Checks that input is a Belgian postal code: four digits from 1000 to 9999 (spaces and a "B-" prefix tolerated). */
export function checkPostalCode(input: string): PostalCodeCheck {
  const cleaned = input.trim().replace(/^b\s*-?\s*(?=\d)/i, '').replace(/\s+/g, '');
  if (!/^\d{4}$/.test(cleaned)) {
    return { ok: false, reason: 'not-four-digits', message: `postal code "${input.slice(0, 20)}" must be four digits` };
  }
  const n = Number(cleaned);
  if (n < 1000) {
    return { ok: false, reason: 'out-of-range', message: `postal code "${cleaned}" is not Belgian (they run from 1000 to 9999)` };
  }
  return { ok: true, code: cleaned };
}

/** Province of a postal code by range; undefined outside 1000–9999. */
export function provinceForPostalCode(code: string): Province | undefined {
  if (!/^\d{4}$/.test(code)) return undefined;
  const n = Number(code);
  return PROVINCE_RANGES.find((r) => n >= r.from && n <= r.to)?.province;
}

/** Region of a postal code by range; undefined outside 1000–9999. */
export function regionForPostalCode(code: string): Region | undefined {
  const p = provinceForPostalCode(code);
  return p ? PROVINCE_REGION[p] : undefined;
}

/** True for the German-speaking communes' postal codes. */
export function isGermanSpeakingPostalCode(code: string): boolean {
  const n = Number(code);
  return /^\d{4}$/.test(code) && n >= GERMAN_SPEAKING_RANGE.from && n <= GERMAN_SPEAKING_RANGE.to;
}

/** "LA LOUVIÈRE" → "La Louvière", "BRAINE-L'ALLEUD" → "Braine-l'Alleud". */
export function displayName(sourceName: string): string {
  const small = new Set(['la', 'le', 'les', 'de', 'du', 'des', 'sur', 'sous', 'en', 'lez', 'lès', 'au', 'aux', 'ten', 'op', 'den', 'het', 'ter']);
  const lower = sourceName.trim().toLocaleLowerCase('fr');
  let first = true;
  return lower.replace(/[\p{L}\p{N}]+/gu, (word, offset: number) => {
    const prev = lower[offset - 1];
    const isFirst = first;
    first = false;
    if (prev === "'" && word.length > 1) return word[0].toLocaleUpperCase('fr') + word.slice(1);
    if (!isFirst && (small.has(word) || (word.length === 1 && lower[offset + 1] === "'"))) return word;
    return word[0].toLocaleUpperCase('fr') + word.slice(1);
  });
}

/** A locality named "X-sur-Y", "X-lez-Y", "X-au-Y"…: its head X (`wordKey` text, one word). */
const LOCALITY_HEAD = /^([a-z]+) (?:sur|lez|les|sous|en|aux|au|a) [a-z]/;

/** Builds the routing data from the bpost rows (one pass; codes without municipality row take the nearest lower one). */
export function buildPostalData(rows: readonly PostalRow[], geo: readonly GeoRow[] = []): PostalData {
  const municipalities = new Map<string, Municipality>();
  const byCode = new Map<string, PostalInfo>();
  const localitiesByCode = new Map<string, string[]>();
  const provinceByCode = new Map<string, Province>();
  const municipalityByCode = new Map<string, string>();
  for (const row of rows) {
    const province = SOURCE_PROVINCES[wordKey(row.province)];
    if (!province || !/^\d{4}$/.test(row.postalCode)) continue;
    provinceByCode.set(row.postalCode, province);
    const locs = localitiesByCode.get(row.postalCode) ?? [];
    locs.push(row.isMunicipality ? displayName(row.locality) : row.locality.trim());
    localitiesByCode.set(row.postalCode, locs);
    if (row.isMunicipality) {
      const id = slugify(row.locality);
      const existing = municipalities.get(id);
      if (existing) existing.postalCodes.push(row.postalCode);
      else municipalities.set(id, { id, name: displayName(row.locality), postalCodes: [row.postalCode], province });
      municipalityByCode.set(row.postalCode, id);
    }
  }
  const codes = [...provinceByCode.keys()].sort();
  let lastMunicipality: { id: string; province: Province } | undefined;
  for (const code of codes) {
    const province = provinceByCode.get(code) as Province;
    const own = municipalityByCode.get(code);
    let commune = own ?? COMMUNE_OVERRIDES[code];
    const approximate = !own;
    if (own) lastMunicipality = { id: own, province };
    else if (!commune && lastMunicipality && lastMunicipality.province === province) commune = lastMunicipality.id;
    if (commune && !own) {
      const m = municipalities.get(commune);
      if (m && !m.postalCodes.includes(code)) m.postalCodes.push(code);
    }
    byCode.set(code, { commune, approximate: approximate && !COMMUNE_OVERRIDES[code], province, localities: localitiesByCode.get(code) ?? [] });
  }
  const localityNames = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const row of rows) {
    if (row.isMunicipality) continue;
    const info = byCode.get(row.postalCode);
    if (!info?.commune || !info.province || PROVINCE_REGION[info.province] === 'flanders') continue;
    const key = wordKey(row.locality);
    // Short sub-municipality names are often ordinary words ("Heure", "Ligne", "Arbre"): only long ones.
    if (key.replace(/ /g, '').length < 7 || key === wordKey(info.commune)) continue;
    const prev = localityNames.get(key);
    if (prev !== undefined && prev !== info.commune) ambiguous.add(key);
    localityNames.set(key, info.commune);
  }
  // People name "Jupille", "Marchienne", "Montegnée" without the river or town the bpost name adds
  // ("Jupille-sur-Meuse", "Marchienne-au-Pont"): the head is read too, when it is long enough and names no other
  // place (Montignies-sur-Sambre's head is also Montignies-le-Tilleul's, a municipality: not read).
  const heads = new Map<string, string>();
  const headOf = (key: string): string | undefined => {
    const m = LOCALITY_HEAD.exec(key);
    return m && m[1].replace(/ /g, '').length >= 7 ? m[1] : undefined;
  };
  for (const m of municipalities.values()) {
    const head = headOf(wordKey(m.name));
    if (head) ambiguous.add(head);
  }
  for (const [key, commune] of localityNames) {
    const head = headOf(key);
    if (!head || ambiguous.has(head)) continue;
    if (municipalities.has(slugify(head)) || (heads.has(head) && heads.get(head) !== commune)) ambiguous.add(head);
    else heads.set(head, commune);
  }
  for (const [head, commune] of heads) if (!ambiguous.has(head) && !localityNames.has(head)) localityNames.set(head, commune);
  for (const key of ambiguous) localityNames.delete(key);
  const data: PostalData = { byCode, municipalities, localityNames };
  if (geo.length) data.coords = buildCoords(geo);
  return data;
}

/** Place of a municipality (its first postal code, province, region). */
export function placeForMunicipality(m: Municipality): Place {
  const region = PROVINCE_REGION[m.province];
  const place: Place = { postalCode: m.postalCodes[0], commune: m.id, communeName: m.name, province: m.province, region };
  if (isGermanSpeakingPostalCode(m.postalCodes[0])) place.germanSpeaking = true;
  return place;
}

/**
 * Place of a postal code: commune from the list when known, province and region by range otherwise (the list
 * dates from 2017). Undefined when the input is not a Belgian postal code.
 */
export function placeFromPostalCode(data: PostalData, input: string): Place | undefined {
  const check = checkPostalCode(input);
  if (!check.ok) return undefined;
  const code = check.code;
  const info = data.byCode.get(code);
  const province = info?.province ?? provinceForPostalCode(code);
  if (!province) return undefined;
  const place: Place = { postalCode: code, province, region: PROVINCE_REGION[province] };
  const m = info?.commune ? data.municipalities.get(info.commune) : undefined;
  if (m) {
    place.commune = m.id;
    place.communeName = m.name;
    if (info?.approximate) place.communeApproximate = true;
  }
  if (isGermanSpeakingPostalCode(code)) place.germanSpeaking = true;
  return place;
}
