// Schema and cross-reference checks of hand-edited knowledge files: turns untrusted parsed YAML into typed entries and services.
import {
  CURATED_LANGS,
  PIVOT_LANG,
  PROVINCES,
  REGIONS,
  SERVICE_TYPES,
  STATUSES,
  TOPICS,
  type CommuneContact,
  type Contact,
  type Entry,
  type EntryText,
  type Service,
  type Source,
  type Territory,
} from './types';
import type { KnowledgeProblem } from './problems';

/** Options of the validator. */
export interface ValidateOptions {
  /** Today's date (YYYY-MM-DD) for staleness warnings; default: the current UTC date. */
  today: string;
  /** Longest accepted text field, in characters (an answer is a few paragraphs; more is a pasted document). */
  maxStringChars: number;
  /** Longest accepted list (questions, steps, postal codes…). */
  maxListItems: number;
  /** Sample questions required per language version of an entry. */
  minQuestions: number;
  /** Sample questions below which a language version gets a warning (retrieval needs several phrasings). */
  recommendedQuestions: number;
}

/** Defaults: limits chosen well above the largest real entry (about 3,000 characters, 20 questions). */
export const DEFAULT_VALIDATE_OPTIONS: ValidateOptions = {
  today: new Date().toISOString().slice(0, 10),
  maxStringChars: 20_000,
  maxListItems: 500,
  minQuestions: 1,
  recommendedQuestions: 3,
};

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
const LANG_PATTERN = /^[a-z]{2,3}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const POSTAL_PATTERN = /^(\d{4})(?:-(\d{4}))?$/;
const COMMUNE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') return 'text';
  return `a ${typeof v} (${String(v).slice(0, 40)})`;
}

/** Collects problems for one item of one file, with field paths relative to the item. */
class Checker {
  readonly problems: KnowledgeProblem[] = [];
  constructor(
    readonly file: string,
    private readonly prefix: string,
    readonly opts: ValidateOptions,
  ) {}

  path(field: string): string {
    if (!this.prefix) return field;
    return field ? `${this.prefix}.${field}` : this.prefix;
  }

  error(field: string, message: string): void {
    this.problems.push({ severity: 'error', file: this.file, field: this.path(field), message });
  }

  warn(field: string, message: string): void {
    this.problems.push({ severity: 'warning', file: this.file, field: this.path(field), message });
  }

  unknownFields(obj: Obj, allowed: readonly string[], field: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) {
        const at = field ? `${field}.${key}` : key;
        this.error(at, `unknown field (allowed: ${allowed.join(', ')})`);
      }
    }
  }

  string(obj: Obj, key: string, field: string, required: boolean): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (required) this.error(field, 'is missing');
      return undefined;
    }
    if (typeof v !== 'string') {
      this.error(field, `must be text, found ${describe(v)}`);
      return undefined;
    }
    if (v.trim() === '') {
      if (required) this.error(field, 'is empty');
      return undefined;
    }
    if (v.length > this.opts.maxStringChars) {
      this.error(field, `is ${v.length} characters long, more than the ${this.opts.maxStringChars} allowed`);
      return undefined;
    }
    return v;
  }

  stringList(obj: Obj, key: string, field: string, required: boolean): string[] | undefined {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (required) this.error(field, 'is missing');
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.error(field, `must be a list, found ${describe(v)}`);
      return undefined;
    }
    if (v.length > this.opts.maxListItems) {
      this.error(field, `has ${v.length} items, more than the ${this.opts.maxListItems} allowed`);
      return undefined;
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item === 'number' && Number.isFinite(item)) item = String(item);
      if (typeof item !== 'string') {
        this.error(`${field}[${i}]`, `must be text, found ${describe(item)}`);
      } else if (item.trim() === '') {
        this.error(`${field}[${i}]`, 'is empty');
      } else if (item.length > this.opts.maxStringChars) {
        this.error(`${field}[${i}]`, `is ${item.length} characters long, more than the ${this.opts.maxStringChars} allowed`);
      } else {
        out.push(item);
      }
    });
    return out;
  }

  enumList<T extends string>(obj: Obj, key: string, field: string, allowed: readonly T[], required = false): T[] | undefined {
    const list = this.stringList(obj, key, field, required);
    if (!list) return undefined;
    const out: T[] = [];
    list.forEach((item, i) => {
      if ((allowed as readonly string[]).includes(item)) out.push(item as T);
      else this.error(`${field}[${i}]`, `"${item}" is not one of: ${allowed.join(', ')}`);
    });
    return out;
  }

  boolean(obj: Obj, key: string, field: string, required: boolean): boolean | undefined {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (required) this.error(field, 'is missing (true or false)');
      return undefined;
    }
    if (typeof v !== 'boolean') {
      this.error(field, `must be true or false, found ${describe(v)}`);
      return undefined;
    }
    return v;
  }
}

function checkSources(c: Checker, obj: Obj): Source[] {
  const v = obj.sources;
  if (v === undefined || v === null) {
    c.error('sources', 'is missing: name at least one seed document or public page');
    return [];
  }
  if (!Array.isArray(v)) {
    c.error('sources', `must be a list, found ${describe(v)}`);
    return [];
  }
  if (v.length === 0) c.error('sources', 'is empty: name at least one seed document or public page');
  const out: Source[] = [];
  v.forEach((item, i) => {
    const field = `sources[${i}]`;
    if (!isObj(item)) {
      c.error(field, `must be a mapping with seed, url or note, found ${describe(item)}`);
      return;
    }
    c.unknownFields(item, ['seed', 'url', 'note'], field);
    const seed = c.string(item, 'seed', `${field}.seed`, false);
    const url = c.string(item, 'url', `${field}.url`, false);
    const note = c.string(item, 'note', `${field}.note`, false);
    if (!seed && !url) c.error(field, 'needs a seed (document file name) or a url');
    if (url && !/^https?:\/\/\S+$/.test(url) && !/^[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i.test(url)) {
      c.error(`${field}.url`, `"${url}" is not a web address`);
    }
    const s: Source = {};
    if (seed) s.seed = seed;
    if (url) s.url = url;
    if (note) s.note = note;
    out.push(s);
  });
  return out;
}

function checkDate(c: Checker, obj: Obj, key: string): string | undefined {
  const v = obj[key];
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  const s = c.string(obj, key, key, true);
  if (!s) return undefined;
  const m = DATE_PATTERN.exec(s);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) {
    c.error(key, `"${s}" is not a date written YYYY-MM-DD`);
    return undefined;
  }
  if (s > c.opts.today) c.warn(key, `${s} is in the future`);
  return s;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const ENTRY_FIELDS = [
  'id', 'topic', 'regions', 'communes', 'excludePostalCodes', 'audience', 'serviceTypes', 'services', 'text', 'sources', 'owner',
  'reviewed', 'reviewIntervalDays', 'verified',
] as const;
const TEXT_FIELDS = ['title', 'questions', 'answer', 'steps', 'documents', 'keywords'] as const;

/** Field prefix of an item in a file holding several: its id when readable, else its position. */
function itemPrefix(raw: unknown, index: number | undefined): string {
  const id = isObj(raw) && typeof raw.id === 'string' && ID_PATTERN.test(raw.id) ? raw.id : undefined;
  if (index === undefined) return '';
  return id ?? `[${index}]`;
}

function checkEntryText(c: Checker, raw: unknown, lang: string): EntryText | undefined {
  const field = `text.${lang}`;
  if (!isObj(raw)) {
    c.error(field, `must be a mapping with title, questions and answer, found ${describe(raw)}`);
    return undefined;
  }
  c.unknownFields(raw, TEXT_FIELDS, field);
  const title = c.string(raw, 'title', `${field}.title`, true);
  const questions = c.stringList(raw, 'questions', `${field}.questions`, true);
  const answer = c.string(raw, 'answer', `${field}.answer`, true);
  const steps = c.stringList(raw, 'steps', `${field}.steps`, false);
  const documents = c.stringList(raw, 'documents', `${field}.documents`, false);
  const keywords = c.stringList(raw, 'keywords', `${field}.keywords`, false);
  if (questions && questions.length < c.opts.minQuestions) {
    c.error(`${field}.questions`, `needs at least ${c.opts.minQuestions} sample question${c.opts.minQuestions > 1 ? 's' : ''}`);
  } else if (questions && questions.length < c.opts.recommendedQuestions) {
    c.warn(`${field}.questions`, `has ${questions.length}; ${c.opts.recommendedQuestions} or more phrasings help people find the entry`);
  }
  if (!title || !questions || !answer) return undefined;
  const t: EntryText = { title, questions, answer };
  if (steps) t.steps = steps;
  if (documents) t.documents = documents;
  if (keywords) t.keywords = keywords;
  return t;
}

/**
 * Checks one parsed entry: every field's type and value, a French version, sample questions per language,
 * staleness. Returns the typed entry only when it has no error.
 */
export function validateEntry(
  raw: unknown,
  file: string,
  index?: number,
  options: Partial<ValidateOptions> = {},
): { entry?: Entry; problems: KnowledgeProblem[] } {
  const opts = { ...DEFAULT_VALIDATE_OPTIONS, ...options };
  const c = new Checker(file, itemPrefix(raw, index), opts);
  if (!isObj(raw)) {
    c.error('', `an entry must be a mapping of fields (id, topic, text, …), found ${describe(raw)}`);
    return { problems: c.problems };
  }
  c.unknownFields(raw, ENTRY_FIELDS, '');
  const id = c.string(raw, 'id', 'id', true);
  if (id && !ID_PATTERN.test(id)) c.error('id', `"${id}" must be lower-case letters, digits and dashes (e.g. cpas-ris)`);
  const topicRaw = c.string(raw, 'topic', 'topic', true);
  const topic = topicRaw && (TOPICS as readonly string[]).includes(topicRaw) ? (topicRaw as Entry['topic']) : undefined;
  if (topicRaw && !topic) c.error('topic', `"${topicRaw}" is not one of: ${TOPICS.join(', ')}`);
  const regions = c.enumList(raw, 'regions', 'regions', REGIONS);
  const communes = c.stringList(raw, 'communes', 'communes', false);
  communes?.forEach((cm, i) => {
    if (!POSTAL_PATTERN.test(cm) && !COMMUNE_ID_PATTERN.test(cm)) {
      c.error(`communes[${i}]`, `"${cm}" is neither a postal code nor a commune id (lower-case, dashes)`);
    }
  });
  const excludePostalCodes = checkPostalList(c, raw, 'excludePostalCodes', 'excludePostalCodes');
  const audience = c.enumList(raw, 'audience', 'audience', STATUSES);
  const serviceTypes = c.enumList(raw, 'serviceTypes', 'serviceTypes', SERVICE_TYPES);
  const services = c.stringList(raw, 'services', 'services', false);

  const text: Record<string, EntryText> = {};
  const rawText = raw.text;
  if (rawText === undefined || rawText === null) {
    c.error('text', 'is missing: give at least the French version (text.fr)');
  } else if (!isObj(rawText)) {
    c.error('text', `must be a mapping of languages (fr, nl, en, …), found ${describe(rawText)}`);
  } else {
    if (!(PIVOT_LANG in rawText)) c.error(`text.${PIVOT_LANG}`, 'is missing: every entry needs a French version');
    for (const [lang, t] of Object.entries(rawText)) {
      if (!LANG_PATTERN.test(lang)) {
        c.error(`text.${lang}`, `"${lang}" is not a language code (two letters: fr, nl, en, uk, ru, ar)`);
        continue;
      }
      const checked = checkEntryText(c, t, lang);
      if (checked) text[lang] = checked;
    }
    const missing = CURATED_LANGS.filter((l) => !(l in rawText));
    if (missing.length > 0 && PIVOT_LANG in rawText) {
      c.warn('text', `no curated version in ${missing.join(', ')} (machine translation of the French will be used)`);
    }
  }

  const sources = checkSources(c, raw);
  const owner = c.string(raw, 'owner', 'owner', true);
  const reviewed = checkDate(c, raw, 'reviewed');
  const interval = raw.reviewIntervalDays;
  let reviewIntervalDays: number | undefined;
  if (interval === undefined || interval === null) c.error('reviewIntervalDays', 'is missing (days, e.g. 180)');
  else if (typeof interval !== 'number' || !Number.isInteger(interval) || interval < 1 || interval > 3650) {
    c.error('reviewIntervalDays', `must be a whole number of days between 1 and 3650, found ${describe(interval)}`);
  } else reviewIntervalDays = interval;
  const verified = c.boolean(raw, 'verified', 'verified', true);

  if (reviewed && reviewIntervalDays !== undefined) {
    const due = addDays(reviewed, reviewIntervalDays);
    if (due < opts.today) c.warn('reviewed', `stale: reviewed ${reviewed}, review was due ${due}`);
  }

  const failed = c.problems.some((p) => p.severity === 'error');
  if (failed || !id || !topic || !owner || !reviewed || reviewIntervalDays === undefined || verified === undefined) {
    return { problems: c.problems };
  }
  const entry: Entry = { id, topic, text, sources, owner, reviewed, reviewIntervalDays, verified, file };
  if (regions && regions.length) entry.regions = regions;
  if (communes && communes.length) entry.communes = communes;
  if (excludePostalCodes && excludePostalCodes.length) entry.excludePostalCodes = excludePostalCodes;
  if (audience && audience.length) entry.audience = audience;
  if (serviceTypes && serviceTypes.length) entry.serviceTypes = serviceTypes;
  if (services && services.length) entry.services = services;
  return { entry, problems: c.problems };
}

const SERVICE_FIELDS = [
  'id', 'type', 'name', 'description', 'territory', 'topics', 'languages', 'contact', 'hours', 'seat', 'perCommune',
  'communeContacts', 'sources', 'verified',
] as const;
const COMMUNE_CONTACT_FIELDS = ['communes', 'contact', 'hours', 'sources'] as const;
const TERRITORY_FIELDS = ['regions', 'provinces', 'postalCodes', 'communes', 'excludePostalCodes'] as const;
const CONTACT_FIELDS = ['address', 'phone', 'email', 'website'] as const;

function checkPostalList(c: Checker, obj: Obj, key: string, field: string): string[] | undefined {
  const list = c.stringList(obj, key, field, false);
  list?.forEach((code, i) => {
    const m = POSTAL_PATTERN.exec(code);
    if (!m) c.error(`${field}[${i}]`, `"${code}" is not a postal code (4 digits) or range (1000-1299)`);
    else if (Number(m[1]) < 1000) c.error(`${field}[${i}]`, `"${code}": Belgian postal codes run from 1000 to 9999`);
    else if (m[2] && Number(m[2]) < Number(m[1])) c.error(`${field}[${i}]`, `"${code}": the range ends before it starts`);
  });
  return list;
}

function checkTerritory(c: Checker, raw: unknown): Territory | undefined {
  if (raw === undefined || raw === null) {
    c.error('territory', 'is missing: give regions, provinces, postalCodes or communes (or {} for everywhere)');
    return undefined;
  }
  if (!isObj(raw)) {
    c.error('territory', `must be a mapping (regions, provinces, postalCodes, communes), found ${describe(raw)}`);
    return undefined;
  }
  c.unknownFields(raw, TERRITORY_FIELDS, 'territory');
  const t: Territory = {};
  const regions = c.enumList(raw, 'regions', 'territory.regions', REGIONS);
  const provinces = c.enumList(raw, 'provinces', 'territory.provinces', PROVINCES);
  const postalCodes = checkPostalList(c, raw, 'postalCodes', 'territory.postalCodes');
  const excludePostalCodes = checkPostalList(c, raw, 'excludePostalCodes', 'territory.excludePostalCodes');
  const communes = c.stringList(raw, 'communes', 'territory.communes', false);
  communes?.forEach((cm, i) => {
    if (!COMMUNE_ID_PATTERN.test(cm)) c.error(`territory.communes[${i}]`, `"${cm}" is not a commune id (lower-case, dashes, e.g. saint-ghislain)`);
  });
  if (regions?.length) t.regions = regions;
  if (provinces?.length) t.provinces = provinces;
  if (postalCodes?.length) t.postalCodes = postalCodes;
  if (excludePostalCodes?.length) t.excludePostalCodes = excludePostalCodes;
  if (communes?.length) t.communes = communes;
  return t;
}

/** Checks one parsed service; returns the typed service only when it has no error. */
export function validateService(
  raw: unknown,
  file: string,
  index?: number,
  options: Partial<ValidateOptions> = {},
): { service?: Service; problems: KnowledgeProblem[] } {
  const opts = { ...DEFAULT_VALIDATE_OPTIONS, ...options };
  const c = new Checker(file, itemPrefix(raw, index), opts);
  if (!isObj(raw)) {
    c.error('', `a service must be a mapping of fields (id, type, name, …), found ${describe(raw)}`);
    return { problems: c.problems };
  }
  c.unknownFields(raw, SERVICE_FIELDS, '');
  const id = c.string(raw, 'id', 'id', true);
  if (id && !ID_PATTERN.test(id)) c.error('id', `"${id}" must be lower-case letters, digits and dashes (e.g. cri-namur)`);
  const typeRaw = c.string(raw, 'type', 'type', true);
  const type = typeRaw && (SERVICE_TYPES as readonly string[]).includes(typeRaw) ? (typeRaw as Service['type']) : undefined;
  if (typeRaw && !type) c.error('type', `"${typeRaw}" is not one of: ${SERVICE_TYPES.join(', ')}`);
  const name = c.string(raw, 'name', 'name', true);
  const perCommune = c.boolean(raw, 'perCommune', 'perCommune', false);
  if (perCommune && name && !name.includes('{commune}')) {
    c.error('name', 'a perCommune service name must contain {commune} (e.g. "CPAS de {commune}")');
  }

  let description: Record<string, string> | undefined;
  const rawDesc = raw.description;
  if (rawDesc !== undefined && rawDesc !== null) {
    if (!isObj(rawDesc)) c.error('description', `must be a mapping of languages (fr, en, …), found ${describe(rawDesc)}`);
    else {
      description = {};
      for (const lang of Object.keys(rawDesc)) {
        if (!LANG_PATTERN.test(lang)) {
          c.error(`description.${lang}`, `"${lang}" is not a language code (two letters)`);
          continue;
        }
        const d = c.string(rawDesc, lang, `description.${lang}`, true);
        if (d) description[lang] = d;
      }
      if (!(PIVOT_LANG in rawDesc)) c.error(`description.${PIVOT_LANG}`, 'is missing: describe the service in French');
      if (!('en' in rawDesc)) c.warn('description.en', 'is missing: add at least an English description');
    }
  } else {
    c.warn('description', 'is missing: people will only see the name');
  }

  const territory = checkTerritory(c, raw.territory);
  const topics = c.enumList(raw, 'topics', 'topics', TOPICS, true);
  const languages = c.stringList(raw, 'languages', 'languages', false);
  languages?.forEach((l, i) => {
    if (!LANG_PATTERN.test(l)) c.error(`languages[${i}]`, `"${l}" is not a language code`);
  });

  const contact = checkContact(c, raw.contact, 'contact');
  if (perCommune && contact && Object.keys(contact).length > 0) {
    c.error('contact', 'a perCommune service cannot have contact details: they differ per commune (use communeContacts)');
  }
  const communeContacts = checkCommuneContacts(c, raw.communeContacts, Boolean(perCommune));
  const hours = c.string(raw, 'hours', 'hours', false);
  const seatRaw = raw.seat;
  const seat = typeof seatRaw === 'number' ? String(seatRaw) : c.string(raw, 'seat', 'seat', false);
  if (seat !== undefined && !/^\d{4}$/.test(seat)) c.error('seat', `"${seat}" is not a postal code (4 digits)`);
  if (seat !== undefined && perCommune) c.error('seat', 'a perCommune service has no single seat');
  const sources = checkSources(c, raw);
  const verified = c.boolean(raw, 'verified', 'verified', true);

  const failed = c.problems.some((p) => p.severity === 'error');
  if (failed || !id || !type || !name || !territory || !topics || verified === undefined) return { problems: c.problems };
  const service: Service = { id, type, name, territory, topics, sources, verified, file };
  if (description) service.description = description;
  if (languages?.length) service.languages = languages;
  if (contact && Object.keys(contact).length) service.contact = contact;
  if (hours) service.hours = hours;
  if (seat) service.seat = seat;
  if (perCommune) service.perCommune = true;
  if (communeContacts?.length) service.communeContacts = communeContacts;
  return { service, problems: c.problems };
}

/** A contact mapping (address, phone, email, website): each field a string, phone and e-mail well formed. */
function checkContact(c: Checker, raw: unknown, field: string): Contact | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObj(raw)) {
    c.error(field, `must be a mapping (address, phone, email, website), found ${describe(raw)}`);
    return undefined;
  }
  c.unknownFields(raw, CONTACT_FIELDS, field);
  const contact: Contact = {};
  for (const key of CONTACT_FIELDS) {
    const v = c.string(raw, key, `${field}.${key}`, false);
    if (v) contact[key] = v;
  }
  if (contact.phone && !/^[+0-9][0-9 ./()-]{1,24}$/.test(contact.phone)) {
    c.error(`${field}.phone`, `"${contact.phone}" is not a phone number (digits, spaces, +)`);
  }
  if (contact.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact.email)) {
    c.error(`${field}.email`, `"${contact.email}" is not an e-mail address`);
  }
  return contact;
}

/** `communeContacts` of a per-commune template: commune ids, contact or hours, and the page they were read on. */
function checkCommuneContacts(c: Checker, raw: unknown, perCommune: boolean): CommuneContact[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!perCommune) {
    c.error('communeContacts', 'only a perCommune service has per-commune contact details (use contact)');
    return undefined;
  }
  if (!Array.isArray(raw)) {
    c.error('communeContacts', `must be a list, found ${describe(raw)}`);
    return undefined;
  }
  const out: CommuneContact[] = [];
  raw.forEach((item, i) => {
    const field = `communeContacts[${i}]`;
    if (!isObj(item)) {
      c.error(field, `must be a mapping (communes, contact, hours, sources), found ${describe(item)}`);
      return;
    }
    c.unknownFields(item, COMMUNE_CONTACT_FIELDS, field);
    const communes = c.stringList(item, 'communes', `${field}.communes`, true);
    communes?.forEach((cm, j) => {
      if (!COMMUNE_ID_PATTERN.test(cm)) c.error(`${field}.communes[${j}]`, `"${cm}" is not a commune id (lower-case, dashes)`);
    });
    const contact = checkContact(c, item.contact, `${field}.contact`);
    const hours = c.string(item, 'hours', `${field}.hours`, false);
    if (!hours && !(contact && Object.keys(contact).length)) c.error(field, 'needs contact details or hours');
    const before = c.problems.length;
    const sources = checkSources(c, item);
    // checkSources names the field "sources"; say which commune entry it is.
    const plain = c.path('sources');
    for (const p of c.problems.slice(before)) {
      if (p.field.startsWith(plain)) p.field = c.path(`${field}.sources`) + p.field.slice(plain.length);
    }
    if (!communes?.length) return;
    const cc: CommuneContact = { communes, sources };
    if (contact && Object.keys(contact).length) cc.contact = contact;
    if (hours) cc.hours = hours;
    out.push(cc);
  });
  return out;
}

/**
 * Checks the knowledge base as a whole: unique ids, references to existing services, service types that
 * no service provides, an emergency entry, and (when `communeIds` is given) commune ids that exist.
 * `sharedFiles` lists files holding several items, whose field paths start with the item's id.
 */
export function validateReferences(
  entries: readonly Entry[],
  services: readonly Service[],
  entriesDir = 'knowledge/entries',
  communeIds?: ReadonlySet<string>,
  sharedFiles: ReadonlySet<string> = new Set(),
): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  // Same field paths as the schema checks: bare in a one-item file, prefixed by the id in a list file.
  const at = (item: Entry | Service, field: string): string => (item.file && sharedFiles.has(item.file) ? `${item.id}.${field}` : field);
  if (communeIds) {
    const unknown = (file: string | undefined, field: string, id: string): void => {
      problems.push({ severity: 'error', file: file ?? '(unknown file)', field, message: `commune "${id}" is not in the postal-code list (see knowledge/reference)` });
    };
    for (const s of services) {
      s.territory.communes?.forEach((c, i) => {
        if (!communeIds.has(c)) unknown(s.file, at(s, `territory.communes[${i}]`), c);
      });
    }
    for (const e of entries) {
      e.communes?.forEach((c, i) => {
        if (!/^\d{4}$/.test(c) && !communeIds.has(c)) unknown(e.file, at(e, `communes[${i}]`), c);
      });
    }
  }
  const err = (file: string | undefined, field: string, message: string): void => {
    problems.push({ severity: 'error', file: file ?? '(unknown file)', field, message });
  };
  const seenEntries = new Map<string, string>();
  for (const e of entries) {
    const first = seenEntries.get(e.id);
    if (first !== undefined) err(e.file, at(e, 'id'), `duplicate entry id "${e.id}" (also in ${first})`);
    else seenEntries.set(e.id, e.file ?? '');
  }
  const serviceById = new Map<string, Service>();
  for (const s of services) {
    const first = serviceById.get(s.id);
    if (first) err(s.file, at(s, 'id'), `duplicate service id "${s.id}" (also in ${first.file ?? ''})`);
    else serviceById.set(s.id, s);
  }
  const typesProvided = new Set(services.map((s) => s.type));
  for (const e of entries) {
    e.services?.forEach((id, i) => {
      if (!serviceById.has(id)) err(e.file, at(e, `services[${i}]`), `service "${id}" does not exist in knowledge/services`);
    });
    e.serviceTypes?.forEach((t, i) => {
      if (!typesProvided.has(t)) {
        problems.push({
          severity: 'warning',
          file: e.file ?? '(unknown file)',
          field: at(e, `serviceTypes[${i}]`),
          message: `no service of type "${t}" exists yet, nothing will be routed for it`,
        });
      }
    });
  }
  if (entries.length > 0 && !entries.some((e) => e.topic === 'emergency')) {
    err(entriesDir, 'topic', 'no entry has topic "emergency": the emergency reply needs one (id emergency-help)');
  }
  return problems;
}
