// Per-language stemmers: `natural`'s Porter/Snowball ports where they exist, the light Arabic stemmer otherwise.
import PorterEn = require('natural/lib/natural/stemmers/porter_stemmer');
import PorterFr = require('natural/lib/natural/stemmers/porter_stemmer_fr');
import PorterDe = require('natural/lib/natural/stemmers/porter_stemmer_de');
import PorterNl = require('natural/lib/natural/stemmers/porter_stemmer_nl');
import PorterRu = require('natural/lib/natural/stemmers/porter_stemmer_ru');

import PorterEs = require('natural/lib/natural/stemmers/porter_stemmer_es');
import PorterIt = require('natural/lib/natural/stemmers/porter_stemmer_it');
import PorterPt = require('natural/lib/natural/stemmers/porter_stemmer_pt');
import { stemArabic } from './arabic';
import { stemUkrainian } from './ukrainian';

/** A function from a lower-case word to its stem. */
export type Stemmer = (word: string) => string;

const STEMMERS: Readonly<Record<string, Stemmer>> = {
  en: (w) => PorterEn.stem(w),
  fr: (w) => PorterFr.stem(w),
  de: (w) => PorterDe.stem(w),
  nl: (w) => PorterNl.stem(w),
  ru: (w) => PorterRu.stem(w),
  uk: stemUkrainian,
  es: (w) => PorterEs.stem(w),
  it: (w) => PorterIt.stem(w),
  pt: (w) => PorterPt.stem(w),
  ar: stemArabic,
};

/** Words shorter than this are not stemmed (stemmers over-strip short words and numbers). */
const MIN_STEM_LENGTH = 3;

/** Stems remembered per language (the Porter ports cost microseconds a word; vocabularies repeat). Bounded. */
const CACHE_LIMIT = 200_000;
const caches = new Map<string, Map<string, string>>();

/** The stemmer of a language, or identity when none is known. Never throws on odd input. */
export function stemmerFor(lang: string): Stemmer {
  const s = STEMMERS[lang];
  if (!s) return (w) => w;
  let cache = caches.get(lang);
  if (!cache) {
    cache = new Map();
    caches.set(lang, cache);
  }
  const c = cache;
  return (w) => {
    if (w.length < MIN_STEM_LENGTH || /^\d+$/.test(w)) return w;
    const hit = c.get(w);
    if (hit !== undefined) return hit;
    let r = w;
    try {
      const out = s(w);
      if (out.length > 0) r = out;
    } catch {
      r = w;
    }
    if (c.size >= CACHE_LIMIT) c.clear();
    c.set(w, r);
    return r;
  };
}

/** Languages that have a real stemmer here. */
export const STEMMED_LANGS: readonly string[] = Object.keys(STEMMERS);
