// Turns an entry and its routed services into one side of the desk's bilingual view: plain data, the page lays it out.
import { PIVOT_LANG, RTL_LANGS, type Entry, type Lang, type RoutedService } from '../knowledge/types';

/** A routed service as the page shows it: only the contact fields the knowledge base holds. */
export interface DeskService {
  id: string;
  type: string;
  name: string;
  description?: string;
  phone?: string;
  email?: string;
  website?: string;
  address?: string;
  hours?: string;
  /** False: the contact details were not yet confirmed by a maintainer (the page says so). */
  verified: boolean;
}

/** One language's side of an answer. */
export interface DeskSide {
  /** Language of the texts below (the requested one, or French when the entry has no curated text in it). */
  lang: Lang;
  dir: 'ltr' | 'rtl';
  /** True when the entry has no curated text in the requested language and French is shown instead. */
  pivotShown: boolean;
  title: string;
  answer: string;
  steps: string[];
  documents: string[];
  services: DeskService[];
}

/** Where an answer comes from, for the worker to check (the same in both languages). */
export interface DeskSource {
  label: string;
  url?: string;
}

export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return RTL_LANGS.has(lang) ? 'rtl' : 'ltr';
}

export function deskServices(services: readonly RoutedService[]): DeskService[] {
  return services.map((s) => ({
    id: s.id,
    type: s.type,
    name: s.name,
    ...(s.description ? { description: s.description } : {}),
    ...(s.contact?.phone ? { phone: s.contact.phone } : {}),
    ...(s.contact?.email ? { email: s.contact.email } : {}),
    ...(s.contact?.website ? { website: s.contact.website } : {}),
    ...(s.contact?.address ? { address: s.contact.address } : {}),
    ...(s.hours ? { hours: s.hours } : {}),
    verified: s.verified,
  }));
}

/** The entry in `lang` (French when it has no curated text in it) with the services routed for that language. */
export function entrySide(entry: Entry, lang: Lang, services: readonly RoutedService[]): DeskSide {
  const own = entry.text[lang];
  const shownLang = own ? lang : PIVOT_LANG;
  const text = own ?? entry.text[PIVOT_LANG];
  return {
    lang: shownLang,
    dir: dirOf(shownLang),
    pivotShown: !own,
    title: text.title,
    answer: text.answer,
    steps: text.steps ?? [],
    documents: text.documents ?? [],
    services: deskServices(services),
  };
}

/** The entry's sources: a public page when known, else the seed document's title. */
export function entrySources(entry: Entry): DeskSource[] {
  return entry.sources.map((s) => ({ label: s.title ?? s.url ?? s.seed ?? '', ...(s.url ? { url: s.url } : {}) })).filter((s) => s.label);
}
