// Compiles a language's concept lexicon and reads a text's words the way that language's writers may spell them:
// accents or none, Latin letters for Russian and Ukrainian, Arabizi and dialect for Arabic.
import type { Lang } from '../knowledge/types';
import { arabiziSkeleton, arabiziSkeletons, looksArabiziText } from '../language/arabizi';
import { dialectVariants } from '../language/arabicDialect';
import { foldAccents, normaliseText } from '../language/normalise';
import { latinToCyrillic, looksLatinCyrillic } from '../language/translit';
import type { ConceptRule, DangerKind, DangerLexicon } from './types';

/** Marks a form or pattern that is an Arabizi consonant skeleton, so it never meets an Arabic-script word. */
const SKELETON = '§';
/** Shortest Arabizi skeleton a prefix pattern may have: shorter ones meet too many unrelated words. */
const MIN_SKELETON_PREFIX = 3;

/** One word of a term: the form to meet, whether any word starting with it counts, whether a typo is forgiven. */
interface WordPattern {
  form: string;
  prefix: boolean;
  /** A long whole word (Latin or Cyrillic script): one letter wrong, missing, extra or swapped still matches. */
  typo?: boolean;
  /**
   * Matches only a word's first form (an Arabizi word's whole skeleton, not the ones read without a prefix): a
   * two-consonant skeleton ("rs") is what is left of "merci" or "papiers" once a letter is taken for a prefix.
   */
  whole?: boolean;
}

/** Shortest word whose typos are forgiven: shorter words are too close to other words ("agresse", "adresse"). */
export const MIN_TYPO_LENGTH = 8;

/** Words a `TermIndex` and `readText` remember the forms or terms of (a person's words, in memory only, then forgotten). */
const WORDS_REMEMBERED = 4096;

/**
 * Whole words written in any compiled lexicon: such a word is never read as a typo of another ("homeless" is not
 * "hopeless", "facture" is not "fracture").
 */
const KNOWN_WORDS = new Set<string>();

/**
 * The letter rows of the keyboards people type these languages on (QWERTY, AZERTY, ЙЦУКЕН Russian and Ukrainian, Arabic):
 * a letter typed for another is a neighbour on one of them. Any other letter changed makes another word more often
 * than a typo: "verdienen" (to earn) is not "verdwenen" (gone missing).
 */
const KEYBOARDS: readonly (readonly string[])[] = [
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
  ['azertyuiop', 'qsdfghjklm', 'wxcvbn'],
  ['йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю'],
  ['йцукенгшщзхї', 'фівапролджє', 'ячсмитьбю'],
  ['ضصثقفغعهخحجد', 'شسيبلاتنمكط', 'ئءؤرلاىةوزظ'],
];

/** Letters next to each letter on one of `KEYBOARDS` (same row, or the rows above and below it, one key either way). */
const NEIGHBOURS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const out = new Map<string, Set<string>>();
  const link = (x: string | undefined, y: string | undefined): void => {
    if (!x || !y || x === y) return;
    if (!out.has(x)) out.set(x, new Set());
    out.get(x)?.add(y);
  };
  for (const keyboard of KEYBOARDS) {
    const rows = keyboard.map((r) => [...r]);
    rows.forEach((row, r) =>
      row.forEach((c, i) => {
        for (const d of [-1, 1]) link(c, row[i + d]);
        for (const other of [rows[r - 1], rows[r + 1]]) for (const d of [-1, 0, 1]) link(c, other?.[i + d]);
      }),
    );
  }
  return out;
})();

/** Whether a letter typed for another is a slip of the finger: a neighbour key, or letters with no layout here. */
function slip(typed: string, meant: string): boolean {
  const near = NEIGHBOURS.get(meant);
  return near === undefined || !NEIGHBOURS.has(typed) || near.has(typed);
}

/**
 * Whether two words differ by at most one letter added, removed, two neighbours swapped, or one letter changed for
 * a key next to it.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return slip(a[i], b[i]);
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The word with one letter removed, each way (the keys under which words one edit apart meet). */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
/** A term: its words, found in any order within their number plus one. */
export type TermPattern = WordPattern[];

export interface CompiledRule {
  kind: DangerKind;
  weight: ConceptRule['weight'];
  terms: TermPattern[];
  with: string[];
  /** The rule's first term as written: names the rule in traces and tests. */
  label: string;
}

export interface CompiledLexicon {
  lang: Lang;
  groups: Map<string, TermPattern[]>;
  rules: CompiledRule[];
  /** Every term by the forms of its words (exact words by form, prefixes by their first two letters). */
  index: TermIndex;
  /** The rules each danger term belongs to. */
  rulesOf: Map<TermPattern, CompiledRule[]>;
}

/** Finds, for a text, the terms one of whose words occurs in it: only those are matched in full. */
export class TermIndex {
  /**
   * Terms with a word met by its exact form alone (not a prefix, no typo forgiven), filed under the longest such
   * form: such a term is found only in a text holding that form. The maps below file the other terms.
   */
  private readonly anchored = new Map<string, TermPattern[]>();
  private readonly exact = new Map<string, TermPattern[]>();
  /**
   * Prefix words by their whole form (two letters or more), met by the beginnings of the text's words: a word
   * "за*" or "поби*" no longer brings every term of a word starting "за" or "по" to check. Shorter prefixes keep
   * their first-two-letters key in `prefixes`, as before.
   */
  private readonly prefixForms = new Map<string, TermPattern[]>();
  private longestPrefix = 0;
  private readonly prefixes = new Map<string, TermPattern[]>();
  /** Long words by themselves and by each one-letter deletion: a typo meets one of these keys. */
  private readonly typos = new Map<string, TermPattern[]>();

  add(term: TermPattern): void {
    this.byWord.clear();
    const put = (map: Map<string, TermPattern[]>, key: string): void => {
      const list = map.get(key) ?? [];
      if (!list.includes(term)) list.push(term);
      map.set(key, list);
    };
    const required = term.filter((w) => !w.prefix && w.typo !== true).map((w) => w.form);
    if (required.length > 0) {
      put(this.anchored, required.reduce((a, b) => (b.length > a.length ? b : a)));
      return;
    }
    for (const w of term) {
      if (w.prefix && w.form.length >= 2) {
        put(this.prefixForms, w.form);
        this.longestPrefix = Math.max(this.longestPrefix, w.form.length);
      } else if (w.prefix) put(this.prefixes, w.form.slice(0, 2));
      else put(this.exact, w.form);
      if (w.typo) [w.form, ...deletions(w.form)].forEach((k) => put(this.typos, k));
    }
  }

  /** The terms that may be found in these words (a superset: each is then matched in full). */
  candidates(words: readonly string[][]): Set<TermPattern> {
    const out = new Set<TermPattern>();
    // A term is found only when each of its words is: one met by its exact form alone must be among the forms (most
    // terms share a small word such as "my" or "de" with the text and lack another).
    const present = new Set<string>();
    for (const forms of words) for (const f of forms) present.add(f);
    if (this.byWordKnown !== KNOWN_WORDS.size) {
      this.byWord.clear();
      this.byWordKnown = KNOWN_WORDS.size;
    }
    for (const forms of words) {
      for (const f of forms) {
        for (const t of this.termsOfWord(f)) {
          if (!out.has(t) && t.every((w) => w.prefix || w.typo === true || present.has(w.form))) out.add(t);
        }
      }
    }
    return out;
  }

  /**
   * Remembered per word (bounded; forgotten when a term is added or a lexicon compiled since adds known words): the
   * terms filed under one of the text's word forms, in the order `candidates` meets them (anchored, exact, the
   * first two letters, each prefix, each typo key), so the set it builds is the same, in the same order.
   */
  private readonly byWord = new Map<string, readonly TermPattern[]>();
  private byWordKnown = -1;

  private termsOfWord(f: string): readonly TermPattern[] {
    let list = this.byWord.get(f);
    if (list !== undefined) return list;
    const found: TermPattern[] = [];
    const push = (ts: readonly TermPattern[] | undefined): void => {
      if (ts) for (const t of ts) found.push(t);
    };
    push(this.anchored.get(f));
    push(this.exact.get(f));
    push(this.prefixes.get(f.slice(0, 2)));
    for (let n = 2; n <= f.length && n <= this.longestPrefix; n++) push(this.prefixForms.get(f.slice(0, n)));
    if (f.length >= MIN_TYPO_LENGTH - 1 && !KNOWN_WORDS.has(f)) for (const k of [f, ...deletions(f)]) push(this.typos.get(k));
    list = found;
    if (this.byWord.size >= WORDS_REMEMBERED) this.byWord.clear();
    this.byWord.set(f, list);
    return list;
  }
}

const isLatin = (w: string): boolean => /^[a-z0-9']+$/.test(w) && /[a-z]/.test(w);
const isNumber = (w: string): boolean => /^\d+$/.test(w);
const isArabic = (w: string): boolean => /[\u0600-\u06FF]/.test(w);

/**
 * A Russian or Ukrainian word without the signs Latin-letter writers leave out or spell many ways: apostrophe, soft
 * and hard signs, ё ("б'є" = "бє", "бьёт" = "бет", "dyshat" = "дышат" = "дышать").
 */
function slavicForm(word: string): string {
  return word.replace(/['ьъ]/g, '').replace(/ё/g, 'е');
}


/**
 * The forms under which a language's lexicon reads one raw token; [] when the token cannot belong to it. Latin
 * languages split at apostrophes (l'incendie, can't); Russian and Ukrainian drop them (б'є = бє, b'et = bet).
 */
export function tokenForms(lang: Lang, token: string, latinToo = true): string[][] {
  if (isNumber(token)) return [[token]];
  if (lang === 'ru' || lang === 'uk') {
    if (/[\u0400-\u04FF]/.test(token)) return [[slavicForm(token)]];
    const latin = latinDigits(foldAccents(token));
    if (!latinToo || !isLatin(latin)) return [];
    // Ukraine's official Latin spelling writes є, я, ю inside a word as ie, ia, iu ("dykhaie", "menia"): read them as
    // ye, ya, yu too.
    const spellings = /i[aeu]/.test(latin) ? [latin, latin.replace(/i(?=[aeu])/g, 'y')] : [latin];
    return [[...new Set(spellings.flatMap((l) => latinToCyrillic(l)).map(slavicForm))]];
  }
  if (lang === 'ar') {
    const parts = token.split("'").filter(Boolean);
    if (parts.some(isArabic)) return parts.map((p) => [...new Set(gafForms(p).flatMap(standardArabicForms).flatMap((f) => dialectVariants(f)))]);
    const latin = foldAccents(token);
    if (latinToo && isLatin(latin) && (DWELLING.test(latin) || LOANWORDS.has(latin))) return [[latin]];
    // Arabizi keeps its apostrophe (3' = غ): the whole token is read as one word, by its consonants and, last, as
    // written (for the terms marked "=", which only the word itself may meet).
    return latinToo && isLatin(latin) ? [[...arabiziSkeletons(latin, 1).map((s) => SKELETON + s), latin]] : [];
  }
  return token
    .split("'")
    .filter(Boolean)
    .map(foldAccents)
    .filter((p) => /^[\p{Script=Latin}\p{N}]+$/u.test(p))
    .flatMap((p) => (lang === 'fr' ? frenchTextingElision(p) : [p]))
    .map((p) => (lang === 'nl' && FLEMISH_NOT.has(p) ? [p, 'niet'] : [p]));
}

/**
 * French "je" glued to its verb as texted ("jtrouve plus mon fils", "jvais en finir", "jsuis"): read as "j" and the
 * verb, in the messages and in the lexicon's terms alike, so that "trouve plus mon fils" meets "jtrouve plus mon fils".
 * Only before a consonant and a verb of four letters or more: no French word begins so, and "jle", "jla" stay whole.
 */
function frenchTextingElision(word: string): string[] {
  return /^j[bcdfghklmnpqrstvwxz][a-z]{3,}$/.test(word) ? ['j', word.slice(1)] : [word];
}

/**
 * Written (standard) Arabic forms the dialect tables do not undo, read as their spoken twins too: the future "س" on a
 * verb ("سيقتلونني", they will kill me, is "يقتلونني"), the "-ون" of a plural before a pronoun ("يقتلونني" is "يقتلوني", "يقتلوننا" is "يقتلونا"), and
 * the accusative "-ا" of an indefinite noun ("يحمل سكينا", carrying a knife, is "سكين"). Formal letters of crisis-43
 * wrote a knife in the street and a death threat so, and the net read neither (two of its three crises rated none).
 */
function standardArabicForms(word: string): string[] {
  const out = [word];
  const future = word.length >= 5 && /^س[يتنا]/.test(word) ? word.slice(1) : undefined;
  for (const w of future ? [word, future] : [word]) {
    if (future && w === future) out.push(w);
    const suffixed = /^(.{3,}و)ن(ني|نا|ك|كم|ه|ها|هم)$/.exec(w);
    if (suffixed) out.push(suffixed[1] + suffixed[2]);
  }
  // Only an indefinite noun takes it, never after the article ("السما", the sky, is not "السم", poison), and a word
  // of four letters, "and" aside, is too often one of its own ("ودابا", and now, is not "داب", melted).
  const bare = word.replace(/^و/, '');
  if (bare.length >= 5 && bare.endsWith('ا') && !bare.endsWith('وا') && !/^[بفكل]?ال|^لل/.test(bare)) out.push(word.slice(0, -1));
  return out;
}

/**
 * The g letters Iraqi, Gulf and Maghrebi writers put for a spoken qaf (گ, ڨ, ڭ: "گالو", they said, "يگتلني", he kills
 * me): the word as written, then with ق. The written form stays first, for the terms read only so ("لاڭار").
 */
function gafForms(word: string): string[] {
  return /[\u06AF\u06A8\u06AD]/.test(word) ? [word, word.replace(/[\u06AF\u06A8\u06AD]/g, '\u0642')] : [word];
}

/**
 * "Living" (سكن) in Arabizi: the participle with an a after the s and one k ("ana sakin b Antwerpen", "sakna f
 * Anderlecht", "saknin", "sakeen") and the verb with an o or u after the k ("boskon", "neskon", "yaskun"). Their
 * consonants are the knife's (سكين: "sekkin", "sikin", "sekina", "sakkina"), so read as skeletons "where I live" was a
 * weapon: 8 of the tuning batches' 228 Arabizi questions (courses, school, the commune) got the full emergency reply.
 * Kept as written, they match no skeleton term.
 */
const DWELLING =
  /^(?:w|f|b|l)?saa?k(?:i|e|ee|a)?n(?:a|e|i|in|een|ine|iin|ien|o|ou|ha|hom|kom|na|t|ti|at)?$|^(?:w|f)?(?:ka|ta|ba|bi|bo|b|n|t|y|a|e|i|ne|ni|nu|no|te|ti|ye|yi)?(?:a|o|e|u|i)?sk(?:o|u|ou)n(?:o|u|ou|i|a|e|ha|hom)?$/;

/**
 * French and Belgian words Arabizi writers keep as they are, whose consonants are a danger word's: "2 mois" (two
 * months) read as "mous" (a knife) made "hadhi 2 mois fi Verviers w mazel ma 9rach" (a school question) a weapon; the
 * PMS (the school health centre) too. So does the evening ("masa2", مساء: "wein agdar at3allam fransi bel masa2", where
 * can I learn French in the evening, was a knife, "bel mous", in an orientation line of orient-93). "peinture" (paint)
 * met "bnt" (a girl) and made a rent-deposit question of orient-123 a missing child.
 */
const LOANWORDS = new Set(['mois', 'peinture', 'pms', 'masa', 'masa2', 'masaa', 'masaa2', 'lmasa', 'lmasa2', 'elmasa', 'elmasa2', 'mesa', 'msa', 'lmsa', 'flmsa', 'flmasa']);

/** Flemish spoken negation as typed ("reageert ni meer", "ademt nie"): read as "niet" too. */
const FLEMISH_NOT = new Set(['ni', 'nie']);

/**
 * Russian and Ukrainian words of danger messages as typed in Latin letters, none a French, English or Dutch word:
 * with the language module's markers, two of them make a message read back into Cyrillic ("ne khochu zhyty").
 */
const CRISIS_CYRILLIC_MARKERS = new Set([
  'hochu', 'khochu', 'hochetsya', 'khochetsya', 'zhit', 'zhyty', 'zhyt', 'bolshe', 'bilshe', 'vse', 'vsyo', 'vsio',
  'nadoelo', 'nabrydlo', 'pahnet', 'pakhnet', 'pakhne', 'gazom', 'hazom', 'kvartire', 'kvartyri', 'doma', 'vdoma',
  'babushka', 'babushki', 'babusya', 'babusi', 'dedushka', 'dedushki', 'didus', 'umer', 'umerla', 'pomer', 'pomerla',
  'upal', 'upala', 'vpav', 'vpala', 'bolit', 'bolyt', 'golova', 'holova', 'krovi', 'izbil', 'pobyv', 'ubit', 'vbyty',
  'ubyu', 'vbyu', 'zarezhu', 'propala', 'propav', 'ischez', 'ischezla', 'znykla', 'znyk', 'vernulsya', 'vernulas',
  'povernuvsya', 'povernulas', 'vyklyuchen', 'vymknenyi', 'vymknenyy', 'syna', 'synu', 'dochku', 'donku', 'nikto',
  'nikhto', 'spasite', 'ryatuyte', 'skoruyu', 'shvydku', 'politsiyu', 'boyus', 'boyusya', 'boyusia', 'lico', 'litso',
  'lytse', 'oblychchya', 'perekosilo', 'perekosylo', 'dyshit', 'dykhaye', 'ne', 'yoho', 'yiyi', 'yego', 'yeyo',
  // Pronouns and verbs of a danger seen ("u nego nozh, on mashet"): none is a French, English or Dutch word.
  'nego', 'neyo', 'nyoho', 'neyi', 'mashet', 'makhaye', 'nozhom', 'nozhem', 'pered', 'upala', 'otklikaetsya',
  // A night outside, a gun, a threat, someone lying still ("spymo v mashyni", "strelyaet", "zarezhut", "lezhit").
  'spymo', 'spim', 'nochuyemo', 'nochuiemo', 'nochuem', 'vulytsi', 'vulyci', 'ulitse', 'ulice', 'mashyni', 'mashine',
  'kholodno', 'holodno', 'sosed', 'susid', 'strelyaet', 'strilyaye', 'striliaie', "ruzh'em", 'ruzhem', 'rushnytsia',
  'zarezhut', 'zarizhut', 'porizhe', 'pridut', 'pryjdut', 'pryidut', 'segodnya', 'sohodni', 'syohodni', 'pyshe',
  'pishet', 'pishut', 'kolyshnij', 'kolyshniy', 'byvshiy', 'byvshij', 'lezhit', 'lezhyt', 'prosypaetsya', 'vygnali',
  'vyhnaly', 'rebenkom', 'dytynoyu', 'otbelivatel', 'kydajetsja', 'kydayetsya', 'kidaetsya', 'vybachte', 'latynkoju',
  'valyt', 'valit', 'dym', 'dymom', 'susidiv', 'vikna', 'chuty', 'zhytla', 'vokzali', 'vokzale', 'rokiv', 'sonnyi',
  // A knife and someone coming ("u nego nozh, on idet k nam").
  'nozh', 'nizh', 'idet', 'idyot', 'yde',
  // A fire and a trafficker's hold, typed in Latin letters (writer BH: "na balkoni zagorilas shafa, vogon vzhe
  // perekynuvsia na shtory", "dokumenty u hozyajki, ujti ne dayut").
  'zagorilas', 'zagorilos', 'zagorivsia', 'zagorelos', 'vogon', 'ogon', 'pozhezha', 'pozhar', 'perekynuvsia',
  'dokumenty', 'hozyajki', 'hozyaina', 'khaziaiky', 'ujti', 'uiti', 'dayut', 'zamanili',
  // An axe and a door being broken ("susid vyjshov z sokyroju, lamaje dveri", "sosed vyshel s toporom").
  'sokyroju', 'sokyroyu', 'toporom', 'lamaje', 'lamaye', 'lomaet', 'lomaiet', 'vyjshov', 'vyishov', 'vyshel', 'dveri',
  // A passport taken, forced work, not let out, a debt ("zabrali pasport i zastavlyayut rabotat', vyjti nel'zya").
  'zabrali', 'zabraly', 'otobrali', 'vidibraly', 'pasport', 'pasporta', 'zastavlyayut', 'zastavlyaet', 'zmushuyut',
  'zmushuiut', 'zmushuye', 'rabotat', 'pratsyuvaty', 'pracyuvaty', 'nelzya', 'nelzia', 'vyjti', 'vyiti', 'vyhodit',
  'vykhodit', 'vypuskayut', 'vypuskaiut', 'vypuskaut', 'derzhat', 'trymayut', 'dolg', 'zarplaty', 'zarplatu',
  'hozyaina', 'hozyain', 'khozyain', 'podvale', 'pidvali', 'strojke', 'stroyke', 'budovi',
  // Pills bought and someone told ("ya kupyla tabletky. vse. prosto khotila komus skazaty"); a child gone out who did
  // not come back ("malyj ushel gulyat i ne vernulsya, uzhe 3 chasa").
  'kupyla', 'kupyv', 'kupila', 'kupil', 'tabletky', 'tabletki', 'snodijne', 'snotvornoe', 'komus', 'komu-to', 'skazaty',
  'vernulsya', 'vernulas', 'vernuvsya', 'povernuvsya', 'povernulas', 'ushel', 'ushla', 'pishov', 'pishla', 'gulyat',
  'hulyaty', 'chasa', 'godyny', 'poteryalsya', 'poteryalas', 'zahubyvsya', 'zahubylas', 'malyj', 'malyy', 'malyi',
  // Food poisoning of a whole family ("otravilis gribami, vsya semya rvet", "otruilasia hrybamy, vsia simia blyuye").
  'otravilis', 'otravilsya', 'otravilas', 'otruilasia', 'otruyilasya', 'otruyilysya', 'otruilysia', 'otruivsia',
  'gribami', 'hrybamy', 'rvet', 'rvyot', 'blyuye', 'bliuie', 'blyuyut', 'semya', 'simia', 'simya',
  // Something drunk from the garage ("otec vypil kakuyu-to zhidkost iz garazha, rvet").
  'vypil', 'vypila', 'vypyv', 'vypyla', 'zhidkost', 'ridynu', 'ridyna', 'garazha', 'harazha', 'otec', 'batko',
  // Oil alight in a pan ("na kuhne zagorelos maslo na skovorode, plamya do potolka": writer AX).
  'kuhne', 'kukhne', 'kuhni', 'kukhni', 'zagorelos', 'zagorelas', 'zagorelsya', 'zagorilos', 'zahorilos', 'zagorelis',
  'plamya', 'polumya', 'potolka', 'stelyi', 'skovorode', 'skovorodi', 'gorit', 'horyt', 'dym', 'dyma',
  // Children who drank drain cleaner from under the sink ("deti vypili 4to-to iz butylki pod rakovinoj": writer BA).
  'deti', 'dity', 'vypili', 'vypyly', 'butylki', 'plyashky', 'rakovinoj', 'rakovinoy', 'sredstvo', 'zasib', 'gorlo', 'horlo',
]);

/** A 4 inside a Latin-letter word is ч, as typed without the keyboard ("4to", "ho4u", "4y"). */
function latinDigits(word: string): string {
  return /4/.test(word) ? word.replace(/(?<=[a-z])4|4(?=[a-z])/g, 'ch') : word;
}

/** Whether a message's Latin words read as Russian or Ukrainian: the language module's test, or two danger words. */
function looksLatinCyrillicDanger(latin: readonly string[]): boolean {
  if (looksLatinCyrillic(latin)) return true;
  return latin.filter((t) => CRISIS_CYRILLIC_MARKERS.has(t)).length >= 2;
}

/** Every token of a text as this language reads it: one list of candidate forms per word. */
export function readText(lang: Lang, tokens: readonly string[]): string[][] {
  // Latin words are read as Arabic or Russian/Ukrainian only in a message that looks written so: "mort" or "rana" in
  // a French or Italian sentence are not Arabizi.
  const latin = tokens.map(latinDigits).filter((t) => isLatin(t));
  // A Latin word inside an Arabic or Cyrillic message ("CPAS", "lol", "ocmw") is that message's word too: the
  // lexicon's Latin blockers and markers must see it.
  const mixed = latin.length > 0 && tokens.some((t) => (lang === 'ar' ? isArabic(t) : /[\u0400-\u04FF]/.test(t)));
  const latinToo =
    latin.length > 0 &&
    (lang === 'ar' ? mixed || looksArabiziText(latin) : lang === 'ru' || lang === 'uk' ? looksLatinCyrillicDanger(latin) : true);
  const known = formsKnown(lang, latinToo);
  // A loop, not `flatMap`: six lexicons read every message.
  const out: string[][] = [];
  for (const t of tokens) {
    let forms = known.get(t);
    if (forms === undefined) {
      forms = tokenForms(lang, t, latinToo);
      if (known.size >= WORDS_REMEMBERED) known.clear();
      known.set(t, forms);
    }
    if (forms.length === 0 && mixed && (lang === 'ru' || lang === 'uk') && isLatin(t)) out.push([foldAccents(t)]);
    else for (const f of forms) out.push(f);
  }
  return lang === 'nl' ? withDutchSeparableVerbs(out) : out;
}

/**
 * Dutch splits a separable verb in a main clause and glues it at the end of a subordinate one: "als ik niet betaal
 * maakt hij mijn broer dood", "hij zegt dat hij mij doodmaakt" are "doodmaken" (to kill), which the lexicon holds in
 * that one form. The verb's word is read as the whole verb too when its particle follows within `SEPARABLE_SPAN`
 * words, and a glued present form as its infinitive. Only "dood" and "neer" (to kill, to strike down): "maakt zijn
 * studie af" (finishes) and "maakt mijn gsm kapot" (breaks) are everyday Dutch.
 */
const SEPARABLE_VERBS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ...['maak', 'maakt', 'maken'].map((v) => [v, new Map([['dood', 'doodmaken']])] as const),
  ...['steek', 'steekt', 'steken'].map((v) => [v, new Map([['neer', 'neersteken'], ['dood', 'neersteken']])] as const),
  ...['schiet', 'schieten'].map((v) => [v, new Map([['dood', 'doodschieten'], ['neer', 'neerschieten']])] as const),
]);
const GLUED_SEPARABLE: ReadonlyMap<string, string> = new Map([
  ...['doodmaak', 'doodmaakt'].map((w) => [w, 'doodmaken'] as const),
  ...['neersteek', 'neersteekt', 'doodsteek', 'doodsteekt', 'doodsteken'].map((w) => [w, 'neersteken'] as const),
  ...['doodschiet'].map((w) => [w, 'doodschieten'] as const),
  ...['neerschiet'].map((w) => [w, 'neerschieten'] as const),
]);
const SEPARABLE_SPAN = 7;

function withDutchSeparableVerbs(words: string[][]): string[][] {
  let out = words;
  for (let i = 0; i < words.length; i++) {
    const [form] = words[i];
    const glued = GLUED_SEPARABLE.get(form);
    const particles = SEPARABLE_VERBS.get(form);
    let whole = glued;
    for (let j = i + 1; whole === undefined && particles !== undefined && j < Math.min(words.length, i + 1 + SEPARABLE_SPAN); j++) {
      whole = particles.get(words[j][0]);
    }
    if (whole === undefined) continue;
    if (out === words) out = words.slice();
    out[i] = [...words[i], whole];
  }
  return out;
}

/**
 * `tokenForms` remembered per language, Latin reading and token (bounded): six lexicons read each message's words, and
 * a word's forms never change. The lists are shared: nothing that reads a text's words changes them.
 */
const FORMS_KNOWN = new Map<string, Map<string, string[][]>>();

function formsKnown(lang: Lang, latinToo: boolean): Map<string, string[][]> {
  const key = latinToo ? lang : `${lang}-`;
  let known = FORMS_KNOWN.get(key);
  if (!known) FORMS_KNOWN.set(key, (known = new Map()));
  return known;
}

/**
 * Marks an Arabic-script word read only as written, never through the forms a prefix or suffix taken off leaves
 * ("=حبل", a rope: "حبلى", pregnant, is written "حبلي" once normalised, "my rope" read without its "my"), and a
 * Latin word read only as written, never by its Arabizi consonants ("=visa").
 */
const AS_WRITTEN = '=';

function compileWord(lang: Lang, raw: string): WordPattern[] {
  const asWritten = lang === 'ar' && raw.startsWith(AS_WRITTEN) && raw.length > 1;
  if (asWritten) raw = raw.slice(1);
  const prefix = raw.endsWith('*');
  const word = normaliseText(prefix ? raw.slice(0, -1) : raw);
  if (isNumber(word)) return [{ form: word, prefix: false }];
  if (asWritten && isArabic(word)) return [{ form: word, prefix, whole: true }];
  // A Latin word of the Arabic lexicon marked "=" is met as written only, not by its Arabizi consonants: the blocker
  // "visa" has the consonants of "fissa" (quickly), and "ps4" had those of "bas" (but) and "bus".
  if (asWritten && isLatin(word)) return [{ form: foldAccents(word), prefix }];
  if (lang === 'ar' && isLatin(word)) {
    const form = SKELETON + arabiziSkeleton(word);
    const short = form.length - 1 < MIN_SKELETON_PREFIX;
    // A short skeleton as prefix would meet half the language: it must match whole, and only a whole word's.
    return [{ form, prefix: prefix && !short, ...(short ? { whole: true } : {}) }];
  }
  const typo = (form: string, isPrefix: boolean): boolean => !isPrefix && form.length >= MIN_TYPO_LENGTH;
  if (lang === 'ru' || lang === 'uk') {
    const form = slavicForm(word);
    return [{ form, prefix, typo: typo(form, prefix) }];
  }
  const parts = word
    .split("'")
    .filter(Boolean)
    .map(foldAccents)
    .flatMap((p, i, all) => (lang === 'fr' && !(prefix && i === all.length - 1) ? frenchTextingElision(p) : [p]));
  return parts.map((p, i) => {
    const isPrefix = prefix && i === parts.length - 1;
    return { form: p, prefix: isPrefix, typo: typo(p, isPrefix) };
  });
}

/** A term of the lexicon as a pattern; throws naming the language and the term when it holds no word. */
export function compileTerm(lang: Lang, term: string): TermPattern {
  const words = term.split(/\s+/).filter(Boolean).flatMap((w) => compileWord(lang, w));
  if (words.length === 0 || words.some((w) => w.form === '' || w.form === SKELETON)) {
    throw new Error(`crisis lexicon "${lang}": term "${term}" has no word to match`);
  }
  return words;
}

export function compileLexicon(lang: Lang, lexicon: DangerLexicon): CompiledLexicon {
  const groups = new Map<string, TermPattern[]>();
  for (const [name, terms] of Object.entries(lexicon.groups)) {
    const compiled = terms.map((t) => compileTerm(lang, t));
    // A blocker must be the word itself: "raining" is no typo of "training".
    groups.set(name, name === 'blockers' || name === 'figurative' ? compiled.map((t) => t.map((w) => ({ ...w, typo: false }))) : compiled);
  }
  const rules: CompiledRule[] = [];
  for (const [kind, list] of Object.entries(lexicon.kinds) as [DangerKind, ConceptRule[]][]) {
    for (const rule of list) {
      for (const g of rule.with ?? []) {
        if (!groups.has(g)) throw new Error(`crisis lexicon "${lang}": kind "${kind}" needs group "${g}", which the lexicon lacks`);
      }
      rules.push({ kind, weight: rule.weight, terms: rule.terms.map((t) => compileTerm(lang, t)), with: rule.with ?? [], label: rule.terms[0] ?? '' });
    }
  }
  const index = new TermIndex();
  for (const terms of [...groups.values(), ...rules.map((r) => r.terms)]) {
    for (const t of terms) for (const w of t) if (!w.prefix) KNOWN_WORDS.add(w.form);
  }
  for (const terms of groups.values()) terms.forEach((t) => index.add(t));
  const rulesOf = new Map<TermPattern, CompiledRule[]>();
  for (const r of rules) {
    for (const t of r.terms) {
      index.add(t);
      rulesOf.set(t, [...(rulesOf.get(t) ?? []), r]);
    }
  }
  return { lang, groups, rules, index, rulesOf };
}

function wordMatches(p: WordPattern, forms: readonly string[]): boolean {
  // A loop, not `forms.some`: it runs for every word of every candidate term, and a closure each time is garbage.
  const n = p.whole === true ? Math.min(1, forms.length) : forms.length;
  for (let i = 0; i < n; i++) {
    const f = forms[i];
    if (p.prefix ? f.startsWith(p.form) : f === p.form || (p.typo === true && !KNOWN_WORDS.has(f) && withinOneEdit(f, p.form))) return true;
  }
  return false;
}

/** Languages whose word order is fixed enough to match terms in order ("en finir", not "finir en 18 mois"). */
const ORDERED_LANGS = new Set(['fr', 'nl', 'en']);

/** Whether the term's words occur in order from `start`, with at most one other word between them in all. */
function inOrderAt(term: TermPattern, words: readonly string[][], start: number): boolean {
  let at = start;
  let gaps = 0;
  for (let k = 0; k < term.length; k++) {
    if (at < words.length && wordMatches(term[k], words[at])) {
      at += 1;
      continue;
    }
    if (k === 0 || gaps > 0 || at + 1 >= words.length || !wordMatches(term[k], words[at + 1])) return false;
    gaps += 1;
    at += 2;
  }
  return true;
}

/**
 * Whether the term's words all occur among the text's words: in order with at most one word between them for French,
 * Dutch and English; in any order within the term's length plus one for Ukrainian, Russian and Arabic, where object
 * and verb go either way round.
 */
export function termFound(term: TermPattern, words: readonly string[][], lang?: Lang): boolean {
  return termAt(term, words, lang) >= 0;
}

/** Where the term is first found (the index of the word it starts on), or -1. */
export function termAt(term: TermPattern, words: readonly string[][], lang?: Lang): number {
  if (term.length > 1 && lang !== undefined && ORDERED_LANGS.has(lang)) {
    for (let start = 0; start < words.length; start++) if (inOrderAt(term, words, start)) return start;
    return -1;
  }
  const span = term.length + 1;
  for (let start = 0; start < words.length; start++) {
    let some = false;
    for (let k = 0; k < term.length && !some; k++) some = wordMatches(term[k], words[start]);
    if (!some) continue;
    const end = Math.min(words.length, start + span);
    // Which words of the window a term word took (no array allocated per start: one kept, cleared here).
    if (USED.length < end - start) USED = new Uint8Array(2 * (end - start));
    USED.fill(0, 0, end - start);
    let all = true;
    for (let k = 0; k < term.length && all; k++) {
      all = false;
      for (let i = start; i < end; i++) {
        if (USED[i - start] === 0 && wordMatches(term[k], words[i])) {
          USED[i - start] = 1;
          all = true;
          break;
        }
      }
    }
    if (all) return start;
  }
  return -1;
}

/** Every place the term is found (the index of the word each finding starts on). */
export function termStarts(term: TermPattern, words: readonly string[][], lang?: Lang): number[] {
  const out: number[] = [];
  for (let from = 0; from < words.length; ) {
    const i = termAt(term, from === 0 ? words : words.slice(from), lang);
    if (i < 0) break;
    out.push(from + i);
    from += i + 1;
  }
  return out;
}

/** `termAt`'s flags of the words taken in the current window (it never runs inside itself). */
let USED = new Uint8Array(16);
