// Arabizi read through the Arabic words the knowledge base and its messages actually use. The letter-by-letter
// reading (`arabiziToArabic`) spells what the Latin letters say, and Arabizi writers do not write long vowels the way
// Arabic does: "shahada" became شهدا where the entries write شهادة, "mohandis" موهنديس for مهندس, "madrase" مدرس (a
// teacher) for مدرسة. Both are compared here by their consonants, the part every writer spells alike.

import { normaliseArabic } from '../language/arabic';
import { dialectToMsa } from '../language/arabicDialect';
import { ARABIZI_WORDS, arabiziSkeleton, arabiziToArabic } from '../language/arabizi';
import { foldAccents, normaliseText } from '../language/normalise';
import { editDistance } from './typo';

/** The consonant class of each Arabic letter, in `arabiziSkeleton`'s classes (ج and ق have two: Egyptian g, Maghrebi g). */
const ARABIC_CLASSES: Readonly<Record<string, string>> = {
  'ب': 'b', 'ت': 't', 'ث': 't', 'ج': 'jg', 'ح': 'h', 'خ': 'x', 'د': 'd', 'ذ': 'd', 'ر': 'r', 'ز': 'z', 'س': 's',
  'ش': 'c', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'd', 'ع': '3', 'غ': 'g', 'ف': 'f', 'ق': 'qg', 'ك': 'k', 'ل': 'l',
  'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'w', 'ي': 'y',
};

/** Article and conjunction prefixes of an Arabic word (normalised), longest first. */
const ARABIC_PREFIXES = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال'];

/** Latin proclitics glued to an Arabizi word, as skeletons: the article l-, "in/with" b-, "and" w-, "for" l-. */
const LATIN_PROCLITICS = ['l', 'b', 'w', 'f'];

/**
 * The key both sides are compared on: the skeleton without w and y after its first letter (they are long vowels as
 * often as consonants: "ibni" / ابني, "mohandis" / مهندس) and without a final h (the feminine ending ة, which
 * Arabizi writes as a vowel or not at all), doubled letters collapsed.
 */
function looseKey(skeleton: string): string {
  let s = skeleton[0] + skeleton.slice(1).replace(/[wy]/g, '');
  if (s.length > 1 && s.endsWith('h')) s = s.slice(0, -1);
  return s.replace(/(.)\1+/g, '$1');
}

/** A normalised Arabic word without its article ("الشهاده" → "شهاده"): what a Latin spelling is compared with. */
function withoutArticle(word: string): string {
  for (const p of ARABIC_PREFIXES) if (word.startsWith(p) && word.length - p.length >= 3) return word.slice(p.length);
  return word;
}

/** The keys of a normalised Arabic word without its article (several when ج or ق is in it). */
function arabicKeys(w: string): string[] {
  let keys = [''];
  for (const ch of w) {
    const cls = ARABIC_CLASSES[ch];
    if (cls === undefined) continue;
    keys = keys.flatMap((k) => [...cls].map((c) => (k.endsWith(c) ? k : k + c)));
    if (keys.length > 8) return [];
  }
  return keys.filter((k) => k !== '').map(looseKey);
}

/**
 * A word's letters by sound class: each consonant as its class (ت ط ث are one t, س ص one s, د ض ذ ظ one d), the
 * vowel letters as they are. Latin letters cannot tell the emphatic consonants from the plain ones: "tbib" read letter
 * by letter is تبيب, the entries write طبيب, and its two consonants (t, b) are too few for the consonant keys.
 */
function soundLetters(word: string): string {
  return [...word].map((ch) => (ARABIC_CLASSES[ch] !== undefined ? `${ARABIC_CLASSES[ch]}.` : ch)).join('');
}

/** Least consonants of a key matched: two-consonant keys (ابن, بين, بنا share "bn") say too little. */
const MIN_KEY = 3;

/** Options of `ArabiziVocabulary`. */
export interface ArabiziVocabularyOptions {
  /** Least consonants of a word's key for it to be read through the vocabulary (shorter: letter by letter). */
  minKey: number;
}

export const DEFAULT_ARABIZI_VOCABULARY_OPTIONS: ArabiziVocabularyOptions = { minKey: MIN_KEY };

/** How far (in letters) a word of the vocabulary may be from the letter-by-letter reading to be preferred by it. */
const NEAR = 3;

/** How many looked-up words are remembered before the memory starts again. */
const SEEN_SIZE = 20_000;

/** The Arabic words of a body of texts by consonant key, with how often each was met. */
export class ArabiziVocabulary {
  private readonly byKey: ReadonlyMap<string, ReadonlyMap<string, number>>;
  private readonly words: ReadonlySet<string>;
  /** The most frequent word of each `soundLetters` spelling. */
  private readonly bySound: ReadonlyMap<string, string>;
  private readonly options: ArabiziVocabularyOptions;
  /** Words already looked up, and what they were read as (`word`). */
  private readonly seen = new Map<string, string | undefined>();

  private constructor(byKey: ReadonlyMap<string, ReadonlyMap<string, number>>, options: ArabiziVocabularyOptions) {
    this.byKey = byKey;
    this.words = new Set([...byKey.values()].flatMap((m) => [...m.keys()]));
    const counts = new Map<string, number>();
    for (const m of byKey.values()) for (const [w, n] of m) counts.set(w, Math.max(counts.get(w) ?? 0, n));
    const bySound = new Map<string, string>();
    for (const [w, n] of counts) {
      const key = soundLetters(w);
      const held = bySound.get(key);
      if (held === undefined || n > (counts.get(held) ?? 0)) bySound.set(key, w);
    }
    this.bySound = bySound;
    this.options = options;
  }

  /** Learns the Arabic-script words of `texts` (other scripts are skipped). */
  static fromTexts(texts: Iterable<string>, options: Partial<ArabiziVocabularyOptions> = {}): ArabiziVocabulary {
    const byKey = new Map<string, Map<string, number>>();
    for (const text of texts) {
      for (const raw of normaliseArabic(text).match(/[\u0621-\u064A]{3,}/g) ?? []) {
        const word = withoutArticle(raw);
        for (const key of arabicKeys(word)) {
          let words = byKey.get(key);
          if (!words) byKey.set(key, (words = new Map()));
          words.set(word, (words.get(word) ?? 0) + 1);
        }
      }
    }
    return new ArabiziVocabulary(byKey, { ...DEFAULT_ARABIZI_VOCABULARY_OPTIONS, ...options });
  }

  /**
   * The Arabic word a lower-case Arabizi word stands for, when the vocabulary holds one of its consonants: the
   * letter-by-letter reading when the vocabulary has it as it is, else of the words with its consonants the nearest to
   * that reading, within `NEAR` letters ("momken": ممكن, not the more frequent مكان), the more frequent first.
   */
  word(latin: string): string | undefined {
    // Words come back in every message ("3andi", "ana", "bghit") and a turn ranks its text more than once: each is
    // looked up once (a read of 17 words took 160 µs uncached, most in comparing candidates).
    if (this.seen.has(latin)) return this.seen.get(latin);
    const found = this.lookUp(latin);
    if (this.seen.size >= SEEN_SIZE) this.seen.clear();
    this.seen.set(latin, found);
    return found;
  }

  private lookUp(latin: string): string | undefined {
    const plain = latin.replace(/'/g, '');
    const whole = ARABIZI_WORDS.get(plain);
    if (whole !== undefined) return whole;
    const letters = arabiziToArabic(plain);
    if (this.words.has(letters)) return letters;
    // The same letters but for an emphatic consonant the Latin letters could not show: "tbib" is طبيب, "sbitar" صبيطار.
    const bySound = this.bySound.get(soundLetters(letters));
    if (bySound !== undefined) return bySound;
    const skeleton = arabiziSkeleton(plain);
    if (skeleton === '') return undefined;
    const tries = [skeleton, ...LATIN_PROCLITICS.filter((p) => skeleton.startsWith(p)).map((p) => skeleton.slice(p.length))];
    for (const [i, s] of tries.entries()) {
      if (s === '') continue;
      const key = looseKey(s);
      // Without its proclitic, the reading compared is the letters after it: "lmadrasa" is مدرسه's "madrasa".
      const near = i === 0 ? letters : arabiziToArabic(plain.slice(1));
      if (key.length < this.options.minKey) continue;
      const found = this.byKey.get(key);
      if (found === undefined) continue;
      let best: string | undefined;
      let bestDistance = Infinity;
      let bestCount = 0;
      for (const [w, n] of found) {
        const d = editDistance(w, near, NEAR);
        // Too far from what the letters say to be the same word ("leefloon" is not فوالونيا, though its l, f and n are).
        if (d > NEAR) continue;
        if (d < bestDistance || (d === bestDistance && (n > bestCount || (n === bestCount && best !== undefined && w < best)))) {
          [best, bestDistance, bestCount] = [w, d, n];
        }
      }
      if (best !== undefined) return best;
    }
    return undefined;
  }

  /**
   * A Latin-letter Arabic message in Arabic script: each word the vocabulary knows by its consonants as the
   * vocabulary writes it, the others letter by letter (`arabiziToArabic`), numbers and `keepLatin` words kept; then
   * dialect words in their standard form where the table knows them, as `arabiziText` does.
   */
  read(text: string, keepLatin: (word: string) => boolean = () => false): string {
    const read = foldAccents(normaliseText(text)).replace(/[a-z235679']+/g, (w) => {
      if (keepLatin(w) || /^\d+$/.test(w)) return w;
      return this.word(w) ?? arabiziToArabic(w.replace(/'/g, ''));
    });
    return dialectToMsa(normaliseText(read));
  }
}
