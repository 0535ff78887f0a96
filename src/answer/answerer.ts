// The answerer: searches the knowledge base in the person's language, filters by place and status, decides answer /
// clarify / fallback and routes the services of the answer's topic for where the person lives.
import { KnowledgeError } from '../knowledge/problems';
import {
  PIVOT_LANG,
  type Entry,
  type KnowledgeBase,
  type Lang,
  type Place,
  type RoutedService,
  type ServiceType,
  type Topic,
} from '../knowledge/types';
import { placeFromPostalCode, type PostalData } from '../routing/postal';
import { placeFromText, type NameIndex } from '../routing/places';
import { routeIds, routeTypes, type RouteContext } from '../routing/services';
import { SearchIndex, type SearchDoc, type SearchOptions } from '../search/index';
import type { AnswerDecision, AnswererPort, AnswerRequest } from './types';

/** Options of the answerer. */
export interface AnswererOptions {
  /** Most services shown with an answer (a phone screen holds about six). */
  maxServices: number;
  /** Most services of one type with an answer (the nearest BAPA offices, not all six). */
  maxPerType: number;
  /** Most services offered by the fallback's "talk to a person" step. */
  maxFallbackServices: number;
  /** Most entries offered when the question is ambiguous (CONTRACT: top-3 choices). */
  maxChoices: number;
  /** Hits asked from the search engine before filtering by place and status. */
  searchLimit: number;
  /** Id of the emergency entry; any entry with topic "emergency" is used when it is missing. */
  emergencyEntryId: string;
  /** Service ids always added to the emergency reply when present in the knowledge base (112 and police first). */
  emergencyServiceIds: string[];
  /**
   * Score factor of an entry written for some statuses only (e.g. temporary protection) when the person's
   * status is unknown: the general entry wins unless the specific one is clearly better. 0.8 lets a question
   * that names the status ("as a Ukrainian with temporary protection") still reach the specific entry
   * (on the belgium questions, a question naming the status scores 1.4x or more above the best general entry).
   */
  unknownStatusAudienceWeight: number;
  /** Search engine options. */
  search: Partial<SearchOptions>;
}

/** Defaults. */
export const DEFAULT_OPTIONS: AnswererOptions = {
  maxServices: 6,
  maxPerType: 3,
  maxFallbackServices: 4,
  maxChoices: 3,
  searchLimit: 10,
  emergencyEntryId: 'emergency-help',
  emergencyServiceIds: ['emergency-112', 'police-101'],
  unknownStatusAudienceWeight: 0.8,
  search: {},
};

/** Routing data as loaded by `loadPostalCodes` (src/loaders/knowledgeFiles.ts). */
export interface AnswererPostal {
  data: PostalData;
  names: NameIndex;
}

/** What builds an answerer: one knowledge-base snapshot, the routing data, options. */
export interface AnswererInit {
  kb: KnowledgeBase;
  postal: AnswererPostal;
  options?: Partial<AnswererOptions>;
}

/** Who the fallback sends people to, most useful first ("talk to a person"). */
const HUMAN_TYPES: readonly ServiceType[] = [
  'bapa', 'cri', 'cpas', 'commune', 'legal-aid', 'association', 'ili', 'housing', 'health', 'employment',
  'language-course', 'school', 'federal',
];
/** Fallback without a topic: the generalists of the person's place. */
const GENERALIST_TYPES: readonly ServiceType[] = ['cpas', 'bapa', 'cri', 'commune'];

/** Search documents of an entry: one per curated language, scoped to the entry's regions. */
export function entryDocs(entry: Entry): SearchDoc[] {
  return Object.entries(entry.text).map(([lang, t]) => {
    const doc: SearchDoc = {
      id: entry.id,
      lang,
      title: t.title,
      questions: t.questions,
      text: [t.answer, ...(t.steps ?? []), ...(t.documents ?? [])].join('\n'),
    };
    if (entry.regions?.length) doc.scope = [...entry.regions];
    if (t.keywords?.length) doc.keywords = t.keywords;
    return doc;
  });
}

/** Implements the dialogs' port over one immutable knowledge-base snapshot. */
export class Answerer implements AnswererPort {
  private readonly options: AnswererOptions;
  private readonly kb: KnowledgeBase;
  private readonly postal: AnswererPostal;
  private readonly index: SearchIndex;
  private readonly byId: Map<string, Entry>;
  private readonly curatedLangs: Set<Lang>;
  private readonly emergencyEntry: Entry;

  constructor(init: AnswererInit) {
    this.options = { ...DEFAULT_OPTIONS, ...init.options };
    for (const key of ['maxServices', 'maxPerType', 'maxFallbackServices', 'maxChoices', 'searchLimit'] as const) {
      const v = this.options[key];
      if (!Number.isInteger(v) || v < 1) throw new KnowledgeError(`answerer option "${key}" must be a whole number from 1, got ${v}`);
    }
    const w = this.options.unknownStatusAudienceWeight;
    if (!(w > 0 && w <= 1)) throw new KnowledgeError(`answerer option "unknownStatusAudienceWeight" must be in (0, 1], got ${w}`);
    this.kb = init.kb;
    this.postal = init.postal;
    this.byId = new Map(init.kb.entries.map((e) => [e.id, e]));
    this.curatedLangs = new Set(init.kb.entries.flatMap((e) => Object.keys(e.text)));
    this.index = SearchIndex.build(init.kb.entries.flatMap(entryDocs), this.options.search);
    const emergency =
      this.byId.get(this.options.emergencyEntryId) ?? init.kb.entries.find((e) => e.topic === 'emergency');
    if (!emergency) {
      throw new KnowledgeError(
        `no emergency entry: entry "${this.options.emergencyEntryId}" (or any entry with topic "emergency") is required`,
      );
    }
    this.emergencyEntry = emergency;
  }

  /** Language the question is searched in: its own when curated entries exist in it, else the pivot. */
  searchLang(lang: Lang): Lang {
    return this.curatedLangs.has(lang) ? lang : PIVOT_LANG;
  }

  decide(req: AnswerRequest): AnswerDecision {
    const lang = this.searchLang(req.lang);
    const scopes = req.place?.region ? [req.place.region] : undefined;
    const result = this.index.search({ text: req.text, lang, scopes, limit: this.options.searchLimit });
    const scored: Array<{ entry: Entry; score: number }> = [];
    for (const hit of result.hits) {
      const entry = this.byId.get(hit.id);
      if (!entry || !this.fits(entry, req) || scored.some((x) => x.entry === entry)) continue;
      const forSomeOnly = !req.status && Boolean(entry.audience?.length);
      scored.push({ entry, score: hit.score * (forSomeOnly ? this.options.unknownStatusAudienceWeight : 1) });
    }
    const candidates = scored.sort((a, b) => b.score - a.score).map((x) => x.entry);
    const confidence = result.confidence;
    if (candidates.length === 0 || result.decision === 'fallback') {
      const topic = candidates[0]?.topic;
      return { kind: 'fallback', topic, confidence, services: this.servicesForTopic(topic, req.place, req.lang) };
    }
    const regional = this.regionalAlternatives(candidates, req);
    if (regional.length >= 2) return { kind: 'clarify', choices: regional, confidence };
    const clarify = result.decision === 'clarify';
    if (clarify && candidates.length >= 2) {
      return { kind: 'clarify', choices: candidates.slice(0, this.options.maxChoices), confidence };
    }
    const entry = candidates[0];
    const routed = this.servicesForEntry(entry, req.place, req.lang);
    return {
      kind: 'answer',
      entry,
      textLang: entry.text[req.lang] ? req.lang : PIVOT_LANG,
      confidence,
      services: routed.services,
      needsPlace: routed.needsPlace,
    };
  }

  /**
   * Without a place, the same need often has one entry per region (CRI in Wallonia, BAPA in Brussels): when the
   * top entry is regional and a close one of the same topic covers another region, the person chooses.
   */
  private regionalAlternatives(candidates: readonly Entry[], req: AnswerRequest): Entry[] {
    const top = candidates[0];
    if (req.place?.region || !top?.regions?.length) return [];
    const covered = new Set(top.regions);
    const out = [top];
    for (const e of candidates.slice(1, this.options.maxChoices)) {
      if (e.topic !== top.topic || !e.regions?.length || e.regions.some((r) => covered.has(r))) continue;
      e.regions.forEach((r) => covered.add(r));
      out.push(e);
    }
    return out.length >= 2 ? out : [];
  }

  /** Whether an entry applies to the person: their status (when known) and their commune (when restricted). */
  private fits(entry: Entry, req: AnswerRequest): boolean {
    if (req.status && entry.audience?.length && !entry.audience.includes(req.status)) return false;
    if (req.place?.region && entry.regions?.length && !entry.regions.includes(req.place.region)) return false;
    if (entry.communes?.length && req.place) {
      const { postalCode, commune } = req.place;
      if (!(postalCode && entry.communes.includes(postalCode)) && !(commune && entry.communes.includes(commune))) return false;
    }
    return true;
  }

  emergency(place?: Place, lang: Lang = PIVOT_LANG): { entry: Entry; services: RoutedService[] } {
    const own = this.servicesForEntry(this.emergencyEntry, place, lang).services;
    const lines = routeIds(this.kb.services, this.options.emergencyServiceIds, place, lang).services;
    const services = [...lines.filter((l) => !own.some((o) => o.id === l.id)), ...own];
    return { entry: this.emergencyEntry, services };
  }

  entry(id: string): Entry | undefined {
    return this.byId.get(id);
  }

  servicesForEntry(entry: Entry, place?: Place, lang: Lang = PIVOT_LANG): { services: RoutedService[]; needsPlace: boolean } {
    const local = routeTypes(this.kb.services, entry.serviceTypes ?? [], place, lang, this.routeContext());
    const fixed = routeIds(this.kb.services, entry.services ?? [], place, lang);
    const services = [...local.services];
    for (const s of fixed.services) if (!services.some((x) => x.id === s.id)) services.push(s);
    return { services: services.slice(0, this.options.maxServices), needsPlace: local.needsPlace || fixed.needsPlace };
  }

  servicesForTopic(topic: Topic | undefined, place?: Place, lang: Lang = PIVOT_LANG): RoutedService[] {
    const candidates = topic ? this.kb.services.filter((s) => s.topics.includes(topic)) : this.kb.services;
    const types = topic === 'emergency' ? ['emergency' as const, ...HUMAN_TYPES] : topic ? HUMAN_TYPES : GENERALIST_TYPES;
    let services = routeTypes(candidates, types, place, lang, this.routeContext()).services;
    if (services.length === 0) services = routeTypes(this.kb.services, GENERALIST_TYPES, place, lang, this.routeContext()).services;
    return services.slice(0, this.options.maxFallbackServices);
  }

  private routeContext(): RouteContext {
    return { coords: this.postal.data.coords, maxPerType: this.options.maxPerType };
  }

  placeFromText(text: string): Place | undefined {
    return placeFromText(this.postal.data, this.postal.names, text);
  }

  placeFromPostalCode(code: string): Place | undefined {
    return placeFromPostalCode(this.postal.data, code);
  }
}
