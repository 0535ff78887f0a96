// Knowledge model shared by the loader, validation, search, routing and dialogs: plain data, no I/O.

/** ISO 639-1 language code. */
export type Lang = string;

/** Languages with curated text, in the order offered to people. */
export const CURATED_LANGS = ['fr', 'nl', 'en', 'uk', 'ru', 'ar'] as const;
export type CuratedLang = (typeof CURATED_LANGS)[number];

/** The pivot language: every entry has it, machine translation goes through it. */
export const PIVOT_LANG = 'fr';

/** Languages written right to left. */
export const RTL_LANGS: ReadonlySet<string> = new Set(['ar', 'fa', 'ps', 'ur', 'he', 'ckb']);

/** Topic taxonomy of CONTRACT.md. */
export const TOPICS = [
  'residence',
  'integration-pathway',
  'cpas',
  'housing',
  'health',
  'education',
  'language-courses',
  'employment',
  'legal-aid',
  'family-reunification',
  'emergency',
  'daily-life',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Service taxonomy of CONTRACT.md. */
export const SERVICE_TYPES = [
  'commune',
  'cpas',
  'cri',
  'bapa',
  'ili',
  'legal-aid',
  'housing',
  'health',
  'employment',
  'language-course',
  'school',
  'emergency',
  'federal',
  'association',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** Belgian regions. Flanders is modelled so routing can say "not covered yet", not to answer for it. */
export const REGIONS = ['brussels', 'wallonia', 'flanders'] as const;
export type Region = (typeof REGIONS)[number];

/** Provinces (and Brussels-Capital), ids used in territories. */
export const PROVINCES = [
  'brussels-capital',
  'walloon-brabant',
  'flemish-brabant',
  'antwerp',
  'limburg',
  'liege',
  'namur',
  'hainaut',
  'luxembourg',
  'west-flanders',
  'east-flanders',
] as const;
export type Province = (typeof PROVINCES)[number];

/** Residence statuses an entry can be specific to (audience). */
export const STATUSES = [
  'refugee',
  'subsidiary-protection',
  'temporary-protection',
  'family-reunification',
  'asylum-seeker',
  'other-legal-resident',
  // Without a residence permit: urgent medical aid through the CPAS, no integration pathway.
  'undocumented',
  // EU/EEA/Swiss citizens: exempt from the Walloon, Brussels and German-speaking pathways.
  'eu-citizen',
  'student',
] as const;
export type Status = (typeof STATUSES)[number];

/** Where a source fact comes from: a seed document (file name in shared/seeds) or a public URL. */
export interface Source {
  /** File name of a seed document, e.g. "refufam-policy-brief-3.txt". */
  seed?: string;
  /** Public page the fact was checked against. */
  url?: string;
  /** Section, page or remark ("§4", "2022 source: may be outdated"). */
  note?: string;
  /** The seed document's title, filled by the loader from `knowledge/reference/seeds.yaml` (never written in an entry). */
  title?: string;
}

/** One language's curated text of an entry. */
export interface EntryText {
  title: string;
  /** How people really ask: several per language, used for retrieval. */
  questions: string[];
  /** Plain-words answer. */
  answer: string;
  /** What to do next, in order. */
  steps?: string[];
  /** Documents to bring. */
  documents?: string[];
  /** Extra search terms (synonyms, abbreviations, common misspellings). */
  keywords?: string[];
}

/** A knowledge entry: one answer to one need, for some regions and audiences. */
export interface Entry {
  id: string;
  topic: Topic;
  /** Regions the entry applies to; empty or absent = everywhere. */
  regions?: Region[];
  /** Postal codes or commune ids the entry is restricted to (rare: a local service's own entry). */
  communes?: string[];
  /**
   * Postal codes or ranges ("4700-4791") where the entry does not apply although its region does: the Walloon
   * pathway's entries are not for the German-speaking communes, which have their own.
   */
  excludePostalCodes?: string[];
  /** Statuses the entry is specific to; empty or absent = everyone. */
  audience?: Status[];
  /** Types of local services to route the person to, most useful first (resolved for their place). */
  serviceTypes?: ServiceType[];
  /** Fixed service ids to always show (regional or federal bodies, helplines). */
  services?: string[];
  /** Curated text per language; `fr` is required. */
  text: Record<Lang, EntryText>;
  sources: Source[];
  /** Maintaining organisation, accountable for the entry. */
  owner: string;
  /** Last review date, YYYY-MM-DD. */
  reviewed: string;
  /** Days after `reviewed` when the entry is stale. */
  reviewIntervalDays: number;
  /** True only when a maintainer confirmed every fact against its source. */
  verified: boolean;
  /** Who verified it (the console writes the reviewer's name; `reviewed` holds the date). */
  verifiedBy?: string;
  /** Source file, filled by the loader (for error messages). */
  file?: string;
}

/** Where a service works. Any field matching makes the service serve that place; all absent = everywhere. */
export interface Territory {
  regions?: Region[];
  provinces?: Province[];
  /** Single codes ("1080") or inclusive ranges ("1000-1299"). */
  postalCodes?: string[];
  /** Commune ids (lower-case French name slug, e.g. "namur", "saint-ghislain"). */
  communes?: string[];
  /** Postal codes or ranges excluded even when another field matches (e.g. German-speaking communes). */
  excludePostalCodes?: string[];
}

/** Contact fields: only ones found in a seed or a named source; unknown ones stay absent. */
export interface Contact {
  address?: string;
  phone?: string;
  email?: string;
  website?: string;
}

/** Contact details of one commune's office of a per-commune service (the CPAS of Schaerbeek), from a named source. */
export interface CommuneContact {
  /** Commune ids (French name slug) the details belong to. */
  communes: string[];
  contact?: Contact;
  /** Opening hours as written in the source. */
  hours?: string;
  sources: Source[];
}

/** A service people are sent to. */
export interface Service {
  id: string;
  type: ServiceType;
  /** Proper name (not translated: people must recognise it on the door). */
  name: string;
  /** What the service does, per language (fr required). */
  description?: Record<Lang, string>;
  territory: Territory;
  topics: Topic[];
  /** Languages spoken at the service, when known. */
  languages?: Lang[];
  contact?: Contact;
  /** Opening hours as written in the source, when known. */
  hours?: string;
  /** Postal code of the office (from a source), used only to show the nearest offices first. */
  seat?: string;
  /**
   * A template instantiated for every commune of its territory ("the CPAS of <commune>"): `name` holds
   * "{commune}", the routed service gets id `<id>:<commune id>` and no contact fields.
   */
  perCommune?: boolean;
  /** For a per-commune template: contact details sourced for some communes' offices, each with its own source. */
  communeContacts?: CommuneContact[];
  sources: Source[];
  verified: boolean;
  /** Who verified the contact fields, and when (YYYY-MM-DD); written by the console's *verify*. */
  verifiedBy?: string;
  verifiedOn?: string;
  file?: string;
}

/**
 * One way a person may word an entry's need, from `knowledge/phrasings/*.jsonl`: the topic model learns from it, the
 * search does not match it (an entry's own `questions` are what a question is matched against and shown with).
 * Without `entry`, a message outside what Relais covers (`"outside": true` in the file): the model learns that too.
 */
export interface Phrasing {
  entry?: string;
  lang: string;
  text: string;
}

/**
 * A message as a person wrote it, labelled with the need it is about (`topic`) or with none when it is outside what
 * Relais covers, from `knowledge/messages/*.jsonl`: the lines of the blind batches used for tuning, by writers who
 * read no code and no entry. The topic model learns from them as from the phrasings; nothing else reads them (their
 * place names and misspellings are people's, not the knowledge base's own words).
 */
export interface LabelledMessage {
  topic?: string;
  lang: string;
  text: string;
}

/** An immutable snapshot of the knowledge base, swapped atomically on change. */
export interface KnowledgeBase {
  entries: Entry[];
  services: Service[];
  /** Phrasings the topic model learns from (absent: none). */
  phrasings?: Phrasing[];
  /** Labelled messages the topic model learns from (absent: none). */
  messages?: LabelledMessage[];
  /** Content hash of the snapshot, stored as the knowledge version. */
  version: string;
}

/** Where a person lives, as resolved by routing. */
export interface Place {
  postalCode?: string;
  /** Commune id (slug of the French municipality name). */
  commune?: string;
  /** Municipality display name (French, from bpost). */
  communeName?: string;
  province?: Province;
  region?: Region;
  /** In the German-speaking Community (Eupen, Sankt Vith, …): its integration pathway is not the Walloon one. */
  germanSpeaking?: boolean;
  /** The commune was inferred from a neighbouring postal code (bpost list has no municipality row for it). */
  communeApproximate?: boolean;
}

/** A service resolved for a person's place, ready to show. */
export interface RoutedService {
  id: string;
  type: ServiceType;
  name: string;
  description?: string;
  contact?: Contact;
  hours?: string;
  verified: boolean;
}
