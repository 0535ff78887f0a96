// Russian, Ukrainian and Arabic typed in Latin letters ("dobryj den, ya student v Namure", "bghit ninscrit weldi f
// l'école"): a phone without the keyboard, or a habit. The n-gram detector takes them for Spanish or French and the
// search finds nothing; here such a message is recognised and read back into its own script, so it is answered in
// its language from the entries written in it. Readings are approximate by nature: the search's typo tolerance and
// consonant keys absorb what a letter-by-letter reading gets wrong.
import { arabiziToArabic, looksArabizi, looksArabiziText } from './arabizi';
import { dialectToMsa } from './arabicDialect';
import { foldAccents, normaliseText } from './normalise';
import { stopwords } from './stopwords';
import { words } from './tokenize';
import { looksLatinCyrillic } from './translit';

/** How a Latin-letter message is written: Russian or Ukrainian, or Arabic (Arabizi). */
export type Romanised = 'cyrillic' | 'arabizi';

/** Arabizi words of a message: a digit used as a letter ("3ndi", "ma3rftch") or a frequent spoken-Arabic word. */
function arabiziWords(tokens: readonly string[]): number {
  return tokens.filter((t) => looksArabiziText([t]) && (looksArabizi(t) || t.length >= 3)).length;
}

/**
 * Whether a Latin-letter text holds a word of Arabic in Latin letters ("w les horaires? rani nkhdem lil"): one is not
 * enough to call a message Arabizi (`romanisedScript`), but in a conversation held in Arabic it says the person still
 * writes Arabic, with French words in it.
 */
export function holdsArabiziWord(text: string): boolean {
  const { letters, latin } = letterCounts(text);
  return letters > 0 && latin / letters >= 0.8 && arabiziWords(words(text)) >= 1;
}

/**
 * Everyday question words of Russian and Ukrainian as typed in Latin letters, besides the crisis markers of
 * `looksLatinCyrillic`: two of them make a message Latin-letter Russian or Ukrainian. None is a French, English or
 * Dutch word.
 */
const CYRILLIC_QUESTION_WORDS = new Set([
  'mozhna', 'mozhno', 'treba', 'nado', 'nuzhno', 'nuzhna', 'nuzhen', 'potribno', 'potriben', 'skilky', 'skolko', 'chy',
  'yak', 'yaky', 'yakyy', 'yakyi', 'yaka', 'kak', 'kakoy', 'kakoj', 'kuda', 'kudy', 'gde', 'hde', 'de', 'koly', 'kogda',
  'chomu', 'pochemu', 'znayty', 'znaity', 'nayty', 'naiti', 'najti', 'robota', 'robotu', 'rabota', 'rabotu', 'rabotat',
  'pracyuvaty', 'pratsyuvaty', 'likar', 'likarya', 'likarnya', 'vrach', 'vracha', 'zhytlo', 'zhilye', 'zhile', 'kvartyra',
  'kvartira', 'kvartiru', 'dopomoha', 'dopomogu', 'pomoshch', 'pomosh', 'pomoshi', 'dokumenty', 'dokumenti', 'hroshi',
  'groshi', 'dengi', 'deneg', 'dytyna', 'dytyny', 'rebenok', 'rebenka', 'shkola', 'shkolu', 'shkoly', 'movu', 'mova',
  'yazyk', 'kursy', 'kursi', 'zapysatysya', 'zapisatsya', 'otkazal', 'vidmovyly', 'otkazali', 'zhyty', 'zhit', 'zhyvu',
  'zhivu', 'meni', 'mne', 'menya', 'mene', 'ya', 'my', 'vy', 'u', 'v', 'na', 'dlya', 'tut', 'zdes', 'tozhe', 'tezh',
  // What, I know, I can, I want, I have, a right, now, if, when, an answer, hello, please, thanks, as typed without
  // the keyboard (writer BA's Latin-letter group: "ja podala na azyl 2 misjaci tomu, koly meni dadut vidpovid?" and
  // "sho take leefloon i 4y ja maju na n'ogo pravo?" were read as French and fell back). Not "ja", "ne", "i", "po",
  // "take", "den" or "tak": Dutch, French, English and Filipino English words.
  'shcho', 'shho', 'shto', 'chto', '4to', '4y', 'znaju', 'znayu', 'znaiu', 'robyty', 'delat', 'mozhu', 'mogu',
  'khochu', 'hochu', 'ho4u', 'xo4u', 'maju', 'mayu', 'maiu', 'pravo', 'zhenu', 'zhinku', 'detej', 'detey', 'ditey', 'ditej',
  'rabote', 'roboti', 'teper', 'seychas', 'sejchas', 'dobryj', 'dobryi', 'dobryy', 'dobriy', 'pryvit', 'privet',
  'spasibo', 'dyakuyu', 'diakuiu', 'pozhaluysta', 'pozhalujsta', 'yakshcho', 'yakscho', 'yesli', 'esli', 'tomu', 'otvet',
  'vidpovid', 'vidpovidi', 'dadut', 'pidkazhit', 'pidkazhite', 'podskazhite', 'podskazhyte', 'skazhite', 'dopomozhit',
  'pomogite', 'pomohite', 'zdravstvuyte', 'zdravstvujte', 'pytannya', 'pytannia', 'vopros',
]);

/** Whether the lower-case words read as Russian or Ukrainian questions: two everyday words, or the crisis markers. */
function looksCyrillicQuestion(tokens: readonly string[]): boolean {
  if (looksLatinCyrillic(tokens)) return true;
  // Short words ("u", "v", "na", "my") count only beside a longer one: "my" and "na" are English and Dutch too.
  const found = tokens.filter((t) => CYRILLIC_QUESTION_WORDS.has(t));
  return found.filter((t) => t.length >= 4).length >= 1 && found.length >= 2 && found.length / tokens.length >= 0.25;
}

/** A letter (`\p{L}`) at a position of a text, read without taking it out as a string. */
const LETTER_AT = /\p{L}/uy;

/** Letters of a text (code points of `\p{L}`) and how many of them are ASCII letters, counted without a string each. */
function letterCounts(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) {
        letters++;
        latin++;
      }
      continue;
    }
    LETTER_AT.lastIndex = i;
    if (LETTER_AT.test(text)) letters++;
    // A pair of surrogates is one code point.
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
  }
  return { letters, latin };
}

/**
 * Whether a message is Russian/Ukrainian or Arabic typed in Latin letters: most of its letters Latin, and two signs
 * of it (one in a message of four words or fewer), so a French "niveau A2" or an English "ana" is not taken for one.
 */
export function romanisedScript(text: string): Romanised | undefined {
  // A turn asks it of the same text several times (language, then place): the last answers are kept.
  if (RECENT.has(text)) return RECENT.get(text);
  const found = romanisedScriptOf(text);
  if (RECENT.size >= RECENT_SIZE) RECENT.delete(RECENT.keys().next().value as string);
  RECENT.set(text, found);
  return found;
}

const RECENT = new Map<string, Romanised | undefined>();
const RECENT_SIZE = 16;

function romanisedScriptOf(text: string): Romanised | undefined {
  const { letters, latin } = letterCounts(text);
  if (letters === 0 || latin / letters < 0.8) return undefined;
  const tokens = words(text);
  const needed = tokens.length <= 4 ? 1 : 2;
  if (arabiziWords(tokens) >= needed) return 'arabizi';
  if (looksCyrillicQuestion(tokens) || readsAsCyrillic(tokens)) return 'cyrillic';
  return undefined;
}

/** Languages whose function words a Latin-letter message may be written with. */
const LATIN_LANGS = ['fr', 'nl', 'en', 'de'];

/**
 * Whether the words, read back in Cyrillic, hold more Ukrainian or Russian function words (at least two) than they
 * hold French, Dutch, English or German ones as written: "jak vidkryty rahunok u banku bez adresy" is "як … у … без",
 * whatever spelling of й or я the writer chose, where a list of whole words knows only the spellings it was given.
 * On the tuning batches and the probes: 47 of 49 Latin-letter Ukrainian and Russian messages recognised (the
 * word list alone: 39), none of 1,228 French, Dutch, English and Arabic ones taken for it (Arabizi is tested first).
 */
function readsAsCyrillic(tokens: readonly string[]): boolean {
  const latin = tokens.filter((t) => /^[a-z']+$/.test(t));
  // A digit-letter ("3ndi") is Arabizi, whatever its other words read as.
  if (latin.length < 2 || tokens.some((t) => /[a-z][2-9]|[2-9][a-z]/.test(t))) return false;
  const own = LATIN_LANGS.map((l) => stopwords(l));
  const asWritten = latin.filter((t) => own.some((s) => s.has(t))).length;
  for (const lang of ['uk', 'ru'] as const) {
    const list = stopwords(lang);
    const read = latin.filter((t) => list.has(foldAccents(cyrillicWord(t, lang)))).length;
    if (read >= 2 && read > asWritten) return true;
  }
  return false;
}

/** Latin sequences read first (longest first), then single letters: the usual phone transliterations. */
const MULTI: ReadonlyArray<[string, { ru: string; uk: string }]> = [
  ['shch', { ru: 'щ', uk: 'щ' }],
  ['sch', { ru: 'щ', uk: 'щ' }],
  ['zh', { ru: 'ж', uk: 'ж' }],
  ['kh', { ru: 'х', uk: 'х' }],
  ['ch', { ru: 'ч', uk: 'ч' }],
  ['sh', { ru: 'ш', uk: 'ш' }],
  ['ts', { ru: 'ц', uk: 'ц' }],
  ['tz', { ru: 'ц', uk: 'ц' }],
  ['ya', { ru: 'я', uk: 'я' }],
  ['ja', { ru: 'я', uk: 'я' }],
  ['yu', { ru: 'ю', uk: 'ю' }],
  ['ju', { ru: 'ю', uk: 'ю' }],
  ['yo', { ru: 'ё', uk: 'йо' }],
  ['jo', { ru: 'ё', uk: 'йо' }],
  ['ye', { ru: 'е', uk: 'є' }],
  ['je', { ru: 'е', uk: 'є' }],
  ['yi', { ru: 'ый', uk: 'ї' }],
  ['ji', { ru: 'ый', uk: 'ї' }],
  ['iy', { ru: 'ий', uk: 'ій' }],
  ['ij', { ru: 'ий', uk: 'ій' }],
  ['yj', { ru: 'ый', uk: 'ий' }],
  ['yy', { ru: 'ый', uk: 'ий' }],
];
const SINGLE: Readonly<Record<string, { ru: string; uk: string }>> = {
  a: { ru: 'а', uk: 'а' }, b: { ru: 'б', uk: 'б' }, c: { ru: 'ц', uk: 'ц' }, d: { ru: 'д', uk: 'д' },
  e: { ru: 'е', uk: 'е' }, f: { ru: 'ф', uk: 'ф' }, g: { ru: 'г', uk: 'г' }, h: { ru: 'х', uk: 'г' },
  i: { ru: 'и', uk: 'і' }, j: { ru: 'й', uk: 'й' }, k: { ru: 'к', uk: 'к' }, l: { ru: 'л', uk: 'л' },
  m: { ru: 'м', uk: 'м' }, n: { ru: 'н', uk: 'н' }, o: { ru: 'о', uk: 'о' }, p: { ru: 'п', uk: 'п' },
  q: { ru: 'к', uk: 'к' }, r: { ru: 'р', uk: 'р' }, s: { ru: 'с', uk: 'с' }, t: { ru: 'т', uk: 'т' },
  u: { ru: 'у', uk: 'у' }, v: { ru: 'в', uk: 'в' }, w: { ru: 'в', uk: 'в' }, x: { ru: 'кс', uk: 'кс' },
  y: { ru: 'ы', uk: 'и' }, z: { ru: 'з', uk: 'з' }, "'": { ru: 'ь', uk: '' },
};
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** One lower-case Latin word read in Cyrillic the way a Russian or a Ukrainian writer meant it. */
export function cyrillicWord(word: string, lang: 'ru' | 'uk'): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    // "tymchasovyi", "novyi": a final yi after a consonant is the adjective ending ий, not ї.
    if (lang === 'uk' && i === word.length - 2 && word.endsWith('yi') && i > 0 && !VOWELS.has(word[i - 1])) {
      out += 'ий';
      break;
    }
    const multi = MULTI.find(([latin]) => word.startsWith(latin, i));
    if (multi) {
      out += multi[1][lang];
      i += multi[0].length;
      continue;
    }
    const c = word[i];
    // "moy", "dobryy", "kray": y after a vowel is й.
    if (c === 'y' && i > 0 && VOWELS.has(word[i - 1])) out += 'й';
    else out += SINGLE[c]?.[lang] ?? c;
    i += 1;
  }
  return out;
}

/**
 * Latin words kept as they are in a reading: the names of services and papers people write as they see them (CPAS, not
 * ЦПАС; leefloon, not леефлоон: "shcho take leefloon?" was read as nothing).
 */
const KEEP_LATIN =
  /^(?:cpas|ocmw|bapa|cri|forem|actiris|vdab|fedasil|stib|mivb|tec|onem|inami|leefloon|ziekenfonds|mutuelle|mutualite|inburgering|okan|daspa|cgra|cgvs|annexe|bijlage)$/;

/** Whether a lower-case Latin word is a service's name kept as written in a reading (`KEEP_LATIN`). */
export function keptLatin(word: string): boolean {
  return KEEP_LATIN.test(word);
}

/** A Latin-letter Russian or Ukrainian message in Cyrillic; words with other characters (numbers, CPAS) are kept. */
export function toCyrillic(text: string, lang: 'ru' | 'uk'): string {
  // A 4 inside a word is ч, as on a phone without the keyboard ("ho4u", "4to", "4y").
  return normaliseText(text).replace(/(?<=[a-z])4|4(?=[a-z])/g, 'ch').replace(/[a-z']+/g, (w) => (/^'+$/.test(w) || KEEP_LATIN.test(w) ? w : cyrillicWord(w.replace(/^'+|'+$/g, ''), lang)));
}

/** The text with ia, iu, ie after a letter spelt ya, yu, ye (`readingsOf`); undefined when it has none. */
function officialUkrainian(text: string): string | undefined {
  const respelt = text.replace(/(?<=\p{L})i([aeu])/giu, (_, v: string) => `y${v}`);
  return respelt === text ? undefined : respelt;
}

/** An Arabizi message in Arabic script, dialect words in their standard form where the table knows them. */
export function arabiziText(text: string): string {
  const read = foldAccents(normaliseText(text)).replace(/[a-z235679']+/g, (w) => (KEEP_LATIN.test(w) || /^\d+$/.test(w) ? w : arabiziToArabic(w.replace(/'/g, ''))));
  return dialectToMsa(normaliseText(read));
}

/** One more reading of a question: its words in another script or in standard Arabic, searched in `lang`. */
export interface Reading {
  text: string;
  lang: string;
}

/**
 * The other readings of a question in `lang`: a Latin-letter Russian or Ukrainian message in Cyrillic (its language
 * first, then the other); an Arabizi message in Arabic script, and as written in French and English (the words
 * Maghrebi and Levantine writers borrow: "l'école", "la commune", "appointment"); an Arabic message written in a
 * dialect, in standard Arabic. [] when there is none.
 */
export function readingsOf(text: string, lang: string): Reading[] {
  const script = romanisedScript(text);
  if (script === 'cyrillic' && (lang === 'ru' || lang === 'uk')) {
    const other = lang === 'ru' ? 'uk' : 'ru';
    const readings = [
      { text: toCyrillic(text, lang), lang },
      { text: toCyrillic(text, other), lang: other },
    ];
    // Ukraine's official Latin spelling writes я, ю, є inside a word as ia, iu, ie ("zapysuvatysia", "koshtuie",
    // "Pytaiu"); read so, the same letters would break "sotsialnyi" (соціальний): one more reading, not a rule.
    const official = officialUkrainian(text);
    if (official !== undefined) readings.push({ text: toCyrillic(official, 'uk'), lang: 'uk' });
    return readings;
  }
  if (script === 'arabizi' && lang === 'ar') {
    return [
      { text: arabiziText(text), lang: 'ar' },
      { text, lang: 'fr' },
      { text, lang: 'en' },
    ];
  }
  if (lang === 'ar' && /[\u0600-\u06FF]/.test(text)) {
    const msa = dialectToMsa(normaliseText(text));
    if (msa !== normaliseText(text)) return [{ text: msa, lang: 'ar' }];
  }
  return [];
}
