// Every string a person reads comes from locales/<lang>/<namespace>.json through this one i18next instance.
import i18next, { type i18n as I18nInstance } from 'i18next';
import { CURATED_LANGS, PIVOT_LANG, type Lang } from '../knowledge/types';

/** A namespace's content: nested keys to strings or lists of strings (phrase lists). */
export interface LocaleNamespace {
  [key: string]: string | string[] | LocaleNamespace;
}

/** All locale files: language → namespace → content (what `loadLocaleResources` reads from `locales/`). */
export type LocaleResources = Record<Lang, Record<string, LocaleNamespace>>;

/** Options of the localizer. */
export interface LocalizerOptions {
  /** Language used when a key is missing in the requested one. */
  fallbackLang: Lang;
  /** Namespace used for keys without a `ns:` prefix. */
  defaultNamespace: string;
}

export const DEFAULT_OPTIONS: LocalizerOptions = { fallbackLang: PIVOT_LANG, defaultNamespace: 'bot' };

/** Translates keys and exposes phrase lists (interrupts, crisis words) of every language. */
export interface Localizer {
  /** Languages that have locale files, curated ones first. */
  readonly languages: readonly Lang[];
  /** The text of `key` in `lang` (falls back to French), with `{{params}}` interpolated. */
  t(lang: Lang, key: string, params?: Record<string, string | number>): string;
  /** The phrase list at `key` of namespace `ns` for each language that has one. */
  phrases(ns: string, key: string): Map<Lang, string[]>;
  /** True when `lang` has locale files. */
  has(lang: Lang): boolean;
}

/** Raised when locale resources are unusable. */
export class LocaleError extends Error {
  constructor(message: string) {
    super(`LocaleError: ${message}`);
    this.name = 'LocaleError';
  }
}

/** Most texts without parameters kept looked up (the locale files hold about 400 keys per language). */
const MAX_PLAIN_TEXTS = 20_000;

/** i18next options and features (plurals, context, nesting): a text asked with one of them goes to i18next. */
const I18NEXT_OPTIONS = new Set(['count', 'context', 'ordinal', 'lng', 'lngs', 'ns', 'defaultValue', 'replace', 'returnObjects', 'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'fallbackLng', 'keySeparator', 'nsSeparator', 'skipInterpolation']);
/** A placeholder as the locale files write them: `{{name}}` (i18next also allows spaces inside the braces). */
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Plain values for plain placeholders: no i18next option among the names, no placeholder inside a value. */
function simpleParams(params: Record<string, string | number>): boolean {
  for (const [name, value] of Object.entries(params)) {
    if (I18NEXT_OPTIONS.has(name)) return false;
    if (typeof value === 'string' ? value.includes('{{') : typeof value !== 'number') return false;
  }
  return true;
}

/** Every `{{…}}` of the text is a plain placeholder (no format, no unescaped `{{- x}}`), and nothing is nested. */
function simpleTemplate(text: string): boolean {
  return !text.includes('$t(') && text.split('{{').length - 1 === (text.match(PLACEHOLDER)?.length ?? 0);
}

function lookup(ns: LocaleNamespace | undefined, key: string): string | string[] | LocaleNamespace | undefined {
  let node: string | string[] | LocaleNamespace | undefined = ns;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || Array.isArray(node)) return undefined;
    node = node[part];
  }
  return node;
}

/** Builds a localizer over already-loaded resources (no I/O here: see loadLocales.ts). */
export function createLocalizer(resources: LocaleResources, options: Partial<LocalizerOptions> = {}): Localizer {
  const opts: LocalizerOptions = { ...DEFAULT_OPTIONS, ...options };
  if (!resources[opts.fallbackLang]) {
    throw new LocaleError(`fallback language "${opts.fallbackLang}" has no locale files`);
  }
  const instance: I18nInstance = i18next.createInstance();
  const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))];
  void instance.init({
    resources,
    lng: opts.fallbackLang,
    fallbackLng: opts.fallbackLang,
    ns: namespaces,
    defaultNS: opts.defaultNamespace,
    initAsync: false,
    // Texts go to chat channels, not HTML: no escaping (markdown channels render what we send).
    interpolation: { escapeValue: false },
    returnNull: false,
    // No vendor banner in the bot's output or the test logs.
    showSupportNotice: false,
  });
  const curated: readonly string[] = CURATED_LANGS;
  const languages = Object.keys(resources).sort((a, b) => {
    const ia = curated.indexOf(a);
    const ib = curated.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  // A text is the same on every call (the resources never change after init): asked for again on every turn (topic
  // titles in six languages, labels, contact lines), it is looked up in i18next once per language, and its
  // `{{name}}` placeholders are filled here. Anything i18next would treat otherwise goes to i18next.
  const texts = new Map<string, Map<string, { text: string; simple: boolean }>>();
  let size = 0;
  const plain = (lng: string, key: string): { text: string; simple: boolean } => {
    let byKey = texts.get(lng);
    if (!byKey) texts.set(lng, (byKey = new Map()));
    let found = byKey.get(key);
    if (found === undefined) {
      // Keys are the code's own; the bound only keeps a caller that builds keys from input from growing it.
      if (size >= MAX_PLAIN_TEXTS) {
        for (const m of texts.values()) m.clear();
        size = 0;
      }
      const text = instance.t(key, { lng });
      found = { text, simple: simpleTemplate(text) };
      byKey.set(key, found);
      size += 1;
    }
    return found;
  };
  return {
    languages,
    has: (lang) => Boolean(resources[lang]),
    t(lang, key, params) {
      const lng = resources[lang] ? lang : opts.fallbackLang;
      const { text, simple } = plain(lng, key);
      if (!params) return text;
      if (!simple || !simpleParams(params)) return instance.t(key, { lng, ...params });
      return text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
    },
    phrases(ns, key) {
      const out = new Map<Lang, string[]>();
      for (const lang of languages) {
        const value = lookup(resources[lang]?.[ns], key);
        if (Array.isArray(value)) out.set(lang, value);
      }
      return out;
    },
  };
}
