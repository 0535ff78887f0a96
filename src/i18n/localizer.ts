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
  // A text without parameters is the same on every call (the resources never change after init): asked for again on
  // every turn (topic titles in six languages, labels), it is looked up in i18next once.
  const plain = new Map<string, string>();
  return {
    languages,
    has: (lang) => Boolean(resources[lang]),
    t(lang, key, params) {
      const lng = resources[lang] ? lang : opts.fallbackLang;
      if (params) return instance.t(key, { lng, ...params });
      const cacheKey = `${lng}\u0000${key}`;
      let text = plain.get(cacheKey);
      if (text === undefined) {
        // Keys are the code's own; the bound only keeps a caller that builds keys from input from growing it.
        if (plain.size >= MAX_PLAIN_TEXTS) plain.clear();
        text = instance.t(key, { lng });
        plain.set(cacheKey, text);
      }
      return text;
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
