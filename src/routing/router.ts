// The router: reads a place from what a person wrote and routes the services of an entry, a topic or an
// emergency for that place. Built once in the composition root and handed to the answerer and the bot.
import type { Entry, KnowledgeBase, Lang, Place, RoutedService, ServiceType, Topic } from '../knowledge/types';
import { PIVOT_LANG } from '../knowledge/types';
import { commonWords, placeFromText, postalCodeInText, type NameIndex } from './places';
import { placeFromPostalCode, type PostalData } from './postal';
import { routeIds, routeTypes, type RouteContext } from './services';
import { wordKey, wordSpans } from '../language/tokenize';

/** Options of the router. */
export interface RouterOptions {
  /** Most services shown with an answer (a phone screen holds about six). */
  maxServices: number;
  /** Most services of one type with an answer (the nearest BAPA offices, not all six). */
  maxPerType: number;
  /** Most services offered by the fallback's "talk to a person" step. */
  maxFallbackServices: number;
  /** Service ids always put first in the emergency reply when present (112 and police). */
  emergencyServiceIds: string[];
}

export const DEFAULT_ROUTER_OPTIONS: RouterOptions = {
  maxServices: 6,
  maxPerType: 3,
  maxFallbackServices: 4,
  emergencyServiceIds: ['emergency-112', 'police-101'],
};

/** Routing data as loaded by `loadPostalCodes` (src/loaders/knowledgeFiles.ts). */
export interface RouterPostal {
  data: PostalData;
  names: NameIndex;
}

/** Who the fallback sends people to, most useful first ("talk to a person"). */
const HUMAN_TYPES: readonly ServiceType[] = [
  'bapa', 'cri', 'cpas', 'commune', 'legal-aid', 'association', 'ili', 'housing', 'health', 'employment',
  'language-course', 'school', 'federal',
];
/** Fallback without a topic: the generalists of the person's place. */
const GENERALIST_TYPES: readonly ServiceType[] = ['cpas', 'bapa', 'cri', 'commune'];

/** Routing error, naming the option at fault. */
export class RoutingError extends Error {
  constructor(message: string) {
    super(`RoutingError: ${message}`);
    this.name = 'RoutingError';
  }
}

/** What the conversation needs from routing (the Router; tests may pass it a smaller knowledge base). */
export type RouterPort = Pick<Router, 'placeFromText' | 'placeFromWrittenCode' | 'placeFromPostalCode' | 'servicesForEntry' | 'servicesForTopic' | 'emergencyServices'>;

const NON_LATIN: readonly Lang[] = ['uk', 'ru', 'ar'];

/** The texts written for the knowledge base's entries and phrasings in the languages of Cyrillic and Arabic letters. */
function* knowledgeTexts(kb: Partial<Pick<KnowledgeBase, 'entries' | 'phrasings'>>): Generator<string> {
  function* strings(value: unknown): Generator<string> {
    if (typeof value === 'string') yield value;
    else if (Array.isArray(value)) for (const v of value) yield* strings(v);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* strings(v);
  }
  // Only the languages written in Cyrillic or Arabic letters hold such words.
  for (const e of kb.entries ?? []) for (const lang of NON_LATIN) yield* strings(e.text[lang]);
  for (const p of kb.phrasings ?? []) if (NON_LATIN.includes(p.lang)) yield p.text;
}

/**
 * Every Latin-letter word of the knowledge base's texts (entries and phrasings in French, Dutch, English, German):
 * words people write every day, never heard as a misspelt commune name (`communeHeardInLatin`).
 */
export function latinWords(kb: Partial<Pick<KnowledgeBase, 'entries' | 'phrasings'>>): Set<string> {
  const words = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string') for (const w of wordKey(value).split(' ')) words.add(w);
    else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  for (const e of kb.entries ?? []) for (const [lang, text] of Object.entries(e.text)) if (!NON_LATIN.includes(lang as Lang)) add(text);
  for (const p of kb.phrasings ?? []) if (!NON_LATIN.includes(p.lang)) add(p.text);
  return words;
}

/** Places and services over one knowledge-base snapshot and the postal data. */
export class Router {
  private readonly options: RouterOptions;
  /** The names of each commune with their words, in the name index's order (built on first use). */
  private namesByCommune?: Map<string, Array<{ n: NameIndex['names'][number]; parts: string[] }>>;
  /**
   * Ordinary Cyrillic and Arabic words of the knowledge base, never heard as a commune's name (`commonWords`); made on
   * the first message that needs them, not at every start.
   */
  private ordinary?: ReadonlySet<string>;
  /** The knowledge base's Latin-letter words (`latinWords`), made on first use like `ordinary`. */
  private ordinaryLatin?: ReadonlySet<string>;

  constructor(
    private readonly kb: Pick<KnowledgeBase, 'services'> & Partial<Pick<KnowledgeBase, 'entries' | 'phrasings'>>,
    private readonly postal: RouterPostal,
    options?: Partial<RouterOptions>,
  ) {
    this.options = { ...DEFAULT_ROUTER_OPTIONS, ...options };
    for (const key of ['maxServices', 'maxPerType', 'maxFallbackServices'] as const) {
      const v = this.options[key];
      if (!Number.isInteger(v) || v < 1) throw new RoutingError(`option "${key}" must be a whole number from 1, got ${v}`);
    }
  }

  /** A place from a postal code or a commune name in the text, in any supported language; undefined when none. */
  placeFromText(text: string): Place | undefined {
    return placeFromText(
      this.postal.data,
      this.postal.names,
      text,
      (word) => (this.ordinary ??= commonWords(knowledgeTexts(this.kb))).has(word),
      (word) => (this.ordinaryLatin ??= latinWords(this.kb)).has(word),
    );
  }

  /** The place of a postal code written in the text ("1070"), the most specific a person can give; undefined when none. */
  placeFromWrittenCode(text: string): Place | undefined {
    const code = postalCodeInText(this.postal.data, text);
    return code ? placeFromPostalCode(this.postal.data, code) : undefined;
  }

  /** A place from a postal code; undefined when the code is not Belgian. */
  placeFromPostalCode(code: string): Place | undefined {
    return placeFromPostalCode(this.postal.data, code);
  }

  /**
   * The text without the words that name a commune (any spelling the routing knows: "Liège", "Luik", "Льєжі"),
   * each cut out where it stands; the rest of the text is left as written.
   */
  withoutPlaceName(text: string, commune: string): string {
    const tokens = wordSpans(text);
    const cuts: Array<[number, number]> = [];
    if (!this.namesByCommune) {
      // Filed once: the whole name list (2,000 spellings) was scanned on every call.
      this.namesByCommune = new Map();
      for (const n of this.postal.names.names) {
        const named = { n, parts: n.key.split(' ') };
        const list = this.namesByCommune.get(n.commune);
        if (list) list.push(named);
        else this.namesByCommune.set(n.commune, [named]);
      }
    }
    for (const { n, parts } of this.namesByCommune.get(commune) ?? []) {
      for (let i = 0; i + parts.length <= tokens.length; i += 1) {
        // A loop rather than parts.every(closure): names × positions closures a call.
        let fits = true;
        for (let j = 0; j < parts.length && fits; j++) {
          const p = parts[j];
          const t = tokens[i + j].word;
          fits = n.inflect && j === parts.length - 1 ? t.startsWith(p) && t.length - p.length <= 3 : t === p;
        }
        if (fits) cuts.push([tokens[i].start, tokens[i + parts.length - 1].end]);
      }
    }
    if (cuts.length === 0) return text;
    cuts.sort((a, b) => b[0] - a[0]);
    let out = text;
    let last = Infinity;
    for (const [start, end] of cuts) {
      if (end > last) continue;
      out = `${out.slice(0, start)} ${out.slice(end)}`;
      last = start;
    }
    return out;
  }

  /** Routed services for an entry and a place; `needsPlace` when routing needed the place and it is unknown. */
  servicesForEntry(entry: Entry, place?: Place, lang: Lang = PIVOT_LANG): { services: RoutedService[]; needsPlace: boolean } {
    const local = routeTypes(this.kb.services, entry.serviceTypes ?? [], place, lang, this.context());
    const fixed = routeIds(this.kb.services, entry.services ?? [], place, lang);
    const services = [...local.services];
    for (const s of fixed.services) if (!services.some((x) => x.id === s.id)) services.push(s);
    return { services: services.slice(0, this.options.maxServices), needsPlace: local.needsPlace || fixed.needsPlace };
  }

  /** Human services for a topic and place: the fallback ladder's last step, "talk to a person". */
  servicesForTopic(topic: Topic | undefined, place?: Place, lang: Lang = PIVOT_LANG): RoutedService[] {
    const candidates = topic ? this.kb.services.filter((s) => s.topics.includes(topic)) : this.kb.services;
    const types = topic === 'emergency' ? ['emergency' as const, ...HUMAN_TYPES] : topic ? HUMAN_TYPES : GENERALIST_TYPES;
    let services = routeTypes(candidates, types, place, lang, this.context()).services;
    if (services.length === 0) services = routeTypes(this.kb.services, GENERALIST_TYPES, place, lang, this.context()).services;
    return services.slice(0, this.options.maxFallbackServices);
  }

  /**
   * An emergency entry's services for the place when known: `first` (the kind of danger's own lines, crisis net),
   * then the emergency lines (112 and police), then the entry's own.
   */
  emergencyServices(entry: Entry, place?: Place, lang: Lang = PIVOT_LANG, first: readonly string[] = []): RoutedService[] {
    const own = this.servicesForEntry(entry, place, lang).services;
    const lines = routeIds(this.kb.services, [...new Set([...first, ...this.options.emergencyServiceIds])], place, lang).services;
    return [...lines, ...own.filter((o) => !lines.some((l) => l.id === o.id))];
  }

  private context(): RouteContext {
    return { coords: this.postal.data.coords, maxPerType: this.options.maxPerType };
  }
}
