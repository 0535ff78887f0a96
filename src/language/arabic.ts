// Arabic orthographic normalisation and a light stemmer (Larkey et al. "light10" prefixes/suffixes).

const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Removes vowel marks and tatweel, unifies alef/hamza/yeh/teh-marbuta variants and digits. */
export function normaliseArabic(text: string): string {
  return text
    .replace(TASHKEEL, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627') // آ أ إ ٱ → ا
    .replace(/\u0649/g, '\u064A') // ى → ي
    .replace(/\u06CC/g, '\u064A') // Persian ی → ي
    .replace(/\u06A9/g, '\u0643') // Persian ک → ك
    // p and v as Egyptian, Iraqi and Maghrebi writers spell borrowed words ("السي پي ايه اس", the CPAS): b and f.
    .replace(/\u067E/g, '\u0628') // پ → ب
    .replace(/\u06A4/g, '\u0641') // ڤ → ف
    // g as Iraqi, Gulf and Moroccan writers spell the ق they say g ("يگولون", "ڭالت"), and the Iraqi چ for ك
    // ("چان", "شچد"): the letters the entries write.
    .replace(/[\u06AF\u06AD]/g, '\u0642') // گ ڭ → ق
    .replace(/\u0686/g, '\u0643') // چ → ك
    .replace(/\u0629/g, '\u0647') // ة → ه
    .replace(/\u0624/g, '\u0648') // ؤ → و
    .replace(/\u0626/g, '\u064A') // ئ → ي
    .replace(ARABIC_INDIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

/** light10 prefixes, longest first (after normalisation). */
const PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
/** light10 suffixes, longest first (ة already mapped to ه). */
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/**
 * Light stemmer: strips a leading و (and), one article/preposition prefix and repeated suffixes,
 * keeping at least two letters (three for the conjunction). Works on normalised text.
 */
export function stemArabic(word: string): string {
  let w = word;
  if (w.length > 3 && w.startsWith('و')) w = w.slice(1);
  for (const p of PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  let changed = true;
  while (changed && w.length > 2) {
    changed = false;
    for (const s of SUFFIXES) {
      if (w.endsWith(s) && w.length - s.length >= 2) {
        w = w.slice(0, -s.length);
        changed = true;
        break;
      }
    }
  }
  return w;
}

/** One-letter prepositions/conjunctions glued to a word (bi-, li-, ka-, fa-) that light10 leaves on. */
const CLITIC_PREFIXES = ['ب', 'ل', 'ك', 'ف'];
/** Possessive pronoun suffixes light10 leaves on (their, your, our). */
const CLITIC_SUFFIXES = ['هم', 'هن', 'كم', 'نا'];

/**
 * Other stems a (normalised, unstemmed) Arabic word may stand for once a one-letter proclitic or a pronoun suffix
 * is removed (لفتح → فتح, حقوقهم → حقوق). Not applied at indexing (لغه "language" must keep its ل): the search
 * tries them only for a question word the index does not know.
 */
export function arabicVariants(word: string): string[] {
  const out: string[] = [];
  const w = word.startsWith('و') && word.length > 4 ? word.slice(1) : word;
  const bases = [w];
  if (w.length >= 5 && CLITIC_PREFIXES.includes(w[0])) bases.push(w.slice(1));
  for (const b of bases) {
    out.push(stemArabic(b));
    for (const s of CLITIC_SUFFIXES) if (b.endsWith(s) && b.length - s.length >= 3) out.push(stemArabic(b.slice(0, -s.length)));
  }
  return [...new Set(out)].filter((x) => x !== stemArabic(word));
}

/** The word without its leading و and article/preposition prefix (light10 prefixes only): the form whose
 * character n-grams the search indexes, so that والمدرسه and مدرسه share their n-grams. */
export function arabicNgramForm(word: string): string {
  let w = word;
  if (w.length > 3 && w.startsWith('و')) w = w.slice(1);
  for (const p of PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) return w.slice(p.length);
  }
  return w;
}
