// Which services serve a place: territory matching, per-commune templates (CPAS, commune) and the pathway exceptions.
import type { Lang, Place, RoutedService, Service, ServiceType, Territory } from '../knowledge/types';
import { PIVOT_LANG } from '../knowledge/types';
import { distanceKm, type GeoPoint } from './postal';

/** Types of the integration pathway: where none serves a known place (German-speaking communes, Flanders), the commune orients. */
export const PATHWAY_TYPES: ReadonlySet<ServiceType> = new Set<ServiceType>(['cri', 'bapa', 'ili']);

/** True when a postal code is in a list of codes and inclusive ranges ("1000-1299"). */
export function postalCodeInList(code: string, list: readonly string[]): boolean {
  const n = Number(code);
  return list.some((item) => {
    const [from, to] = item.split('-');
    if (to === undefined) return item === code;
    return n >= Number(from) && n <= Number(to);
  });
}

/** True when the territory has no restriction at all (a national line, a federal body). */
export function isEverywhere(t: Territory): boolean {
  return !t.regions?.length && !t.provinces?.length && !t.postalCodes?.length && !t.communes?.length;
}

/** Whether a service's territory covers a place. A place with no region cannot match a restricted territory. */
export function territoryCovers(t: Territory, place: Place | undefined): boolean {
  if (place?.postalCode && t.excludePostalCodes?.length && postalCodeInList(place.postalCode, t.excludePostalCodes)) {
    return false;
  }
  if (isEverywhere(t)) return true;
  if (!place) return false;
  if (place.region && t.regions?.includes(place.region)) return true;
  if (place.province && t.provinces?.includes(place.province)) return true;
  if (place.postalCode && t.postalCodes?.length && postalCodeInList(place.postalCode, t.postalCodes)) return true;
  if (place.commune && t.communes?.includes(place.commune)) return true;
  return false;
}

/** A service's description in a language: the language's own, else the pivot's. */
export function describeService(s: Service, lang: Lang): string | undefined {
  return s.description?.[lang] ?? s.description?.[PIVOT_LANG];
}

/**
 * German names of the nine German-speaking communes, by commune id (the bpost list has the French ones): their
 * cards read "Gemeindeverwaltung Sankt Vith", not "Gemeindeverwaltung Saint-Vith".
 */
export const GERMAN_COMMUNE_NAMES: Readonly<Record<string, string>> = {
  eupen: 'Eupen',
  'la-calamine': 'Kelmis',
  lontzen: 'Lontzen',
  raeren: 'Raeren',
  ambleve: 'Amel',
  bullange: 'Büllingen',
  butgenbach: 'Bütgenbach',
  'burg-reuland': 'Burg-Reuland',
  'saint-vith': 'Sankt Vith',
};

/** French elides "de" before a vowel and contracts it with an article: "CPAS d'Anderlecht", "CPAS du Roeulx". */
const ELIDES = /^[aeiouyàâäéèêëîïôöùûüœæ]/i;

/**
 * A per-commune template filled with the commune's name: in a German-speaking commune its German name; in French
 * "de {commune}" becomes "d'Ixelles", "du Roeulx" (Le Roeulx), "des Bons Villers" (Les Bons Villers).
 */
export function fillCommuneName(template: string, place: Pick<Place, 'commune' | 'communeName' | 'germanSpeaking'>): string {
  const name = (place.germanSpeaking && place.commune && GERMAN_COMMUNE_NAMES[place.commune]) || place.communeName || '';
  return template.replace(/(\bde )?\{commune\}/g, (_match, de: string | undefined) => {
    if (!de) return name;
    if (ELIDES.test(name)) return `d'${name}`;
    if (/^Le /.test(name)) return `du ${name.slice(3)}`;
    if (/^Les /.test(name)) return `des ${name.slice(4)}`;
    return `${de}${name}`;
  });
}

/** Renders a service for a place; per-commune templates need the commune (undefined without it). */
export function routeService(s: Service, place: Place | undefined, lang: Lang): RoutedService | undefined {
  const description = describeService(s, lang);
  if (s.perCommune) {
    if (!place?.commune || !place.communeName) return undefined;
    const routed: RoutedService = {
      id: `${s.id}:${place.commune}`,
      type: s.type,
      name: fillCommuneName(s.name, place),
      verified: s.verified,
    };
    if (description) routed.description = description;
    // Contact details sourced for this commune's office only (CPAS d'Anderlecht, …); others stay without.
    const local = s.communeContacts?.find((c) => c.communes.includes(place.commune ?? ''));
    if (local?.contact) routed.contact = { ...local.contact };
    if (local?.hours) routed.hours = local.hours;
    return routed;
  }
  const routed: RoutedService = { id: s.id, type: s.type, name: s.name, verified: s.verified };
  if (description) routed.description = description;
  if (s.contact) routed.contact = { ...s.contact };
  if (s.hours) routed.hours = s.hours;
  return routed;
}

/** Services found for a request, and whether knowing the place would have found more. */
export interface RoutingResult {
  services: RoutedService[];
  needsPlace: boolean;
}

/** True when knowing where the person lives would change the services of this type. */
function placeMatters(services: readonly Service[], type: ServiceType): boolean {
  return services.some((s) => s.type === type && (s.perCommune || !isEverywhere(s.territory)));
}

/**
 * Order of services of one type: those speaking the person's language first, then French-speaking ones (the
 * pivot), then the nearest office (by `seat`) when coordinates are known; otherwise the files' order.
 */
export function orderServices(
  list: readonly Service[],
  place: Place | undefined,
  lang: Lang,
  coords?: ReadonlyMap<string, GeoPoint>,
): Service[] {
  const here = place?.postalCode ? coords?.get(place.postalCode) : undefined;
  const langRank = (s: Service): number => {
    if (!s.languages?.length) return 1;
    if (s.languages.includes(lang)) return 0;
    return s.languages.includes(PIVOT_LANG) ? 1 : 2;
  };
  const dist = (s: Service): number => {
    const there = s.seat ? coords?.get(s.seat) : undefined;
    return here && there ? distanceKm(here, there) : Number.POSITIVE_INFINITY;
  };
  return list
    .map((s, i) => ({ s, i, l: langRank(s), d: dist(s) }))
    .sort((a, b) => a.l - b.l || a.d - b.d || a.i - b.i)
    .map((x) => x.s);
}

/** Extra routing context: coordinates for "nearest first", a cap per service type. */
export interface RouteContext {
  coords?: ReadonlyMap<string, GeoPoint>;
  /** Most services of one type (six BAPA offices serve all of Brussels: show the nearest few). */
  maxPerType?: number;
}

/**
 * Local services of the given types for a place, in the order of `types`. Where no pathway service (CRI, BAPA,
 * ILI) serves a known place, the commune is given instead: German-speaking communes have their own pathway.
 */
export function routeTypes(
  services: readonly Service[],
  types: readonly ServiceType[],
  place: Place | undefined,
  lang: Lang,
  ctx: RouteContext = {},
): RoutingResult {
  const out: RoutedService[] = [];
  let needsPlace = false;
  const placeKnown = Boolean(place?.region);
  const push = (r: RoutedService | undefined): void => {
    if (r && !out.some((o) => o.id === r.id)) out.push(r);
  };
  const cap = ctx.maxPerType ?? Number.POSITIVE_INFINITY;
  // The commune stands in for the pathway only when none of the requested pathway types serves the place.
  const pathwayServes = types.some(
    (t) => PATHWAY_TYPES.has(t) && services.some((s) => s.type === t && territoryCovers(s.territory, place)),
  );
  for (const type of types) {
    const before = out.length;
    const matching = services.filter((s) => s.type === type && territoryCovers(s.territory, place));
    for (const s of orderServices(matching, place, lang, ctx.coords)) {
      if (out.length - before >= cap) break;
      push(routeService(s, place, lang));
    }
    if (out.length === before && PATHWAY_TYPES.has(type) && placeKnown && !pathwayServes) {
      for (const s of services) {
        if (s.type === 'commune' && territoryCovers(s.territory, place)) push(routeService(s, place, lang));
      }
    }
    if (!placeKnown && placeMatters(services, type)) needsPlace = true;
    else if (place && !place.commune && services.some((s) => s.type === type && s.perCommune)) needsPlace = true;
  }
  return { services: out, needsPlace };
}

/**
 * Services by id, made once per list (a knowledge base's list never changes once loaded; one of another length is
 * another list): every answer routed its entry's fixed services through a map of the 92 services made anew.
 */
const BY_ID = new WeakMap<readonly Service[], { size: number; byId: ReadonlyMap<string, Service> }>();

function servicesById(services: readonly Service[]): ReadonlyMap<string, Service> {
  let known = BY_ID.get(services);
  if (known === undefined || known.size !== services.length) {
    known = { size: services.length, byId: new Map(services.map((s) => [s.id, s])) };
    BY_ID.set(services, known);
  }
  return known.byId;
}

/**
 * Fixed services by id (an entry's `services`) that serve the place, or all of them when the place is unknown;
 * unknown ids are skipped (validation reports them).
 */
export function routeIds(
  services: readonly Service[],
  ids: readonly string[],
  place: Place | undefined,
  lang: Lang,
): RoutingResult {
  const byId = servicesById(services);
  const out: RoutedService[] = [];
  let needsPlace = false;
  for (const id of ids) {
    const s = byId.get(id);
    if (!s) continue;
    // Without a place, regional bodies an entry names are all shown (Forem and Actiris): each says where it works.
    if (place?.region && !territoryCovers(s.territory, place)) continue;
    const r = routeService(s, place, lang);
    if (r) out.push(r);
    else needsPlace = true;
  }
  return { services: out, needsPlace };
}
