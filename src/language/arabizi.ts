// Arabic typed in Latin letters ("Arabizi": "3afak", "7aja", "y9tel", "khouya"), as people write it on phones that have
// no Arabic keyboard. Two readings: into Arabic script, letter by letter, for search; and into a consonant skeleton
// ("kaydrobni" → "kydrbn"), which ignores the vowels every writer spells differently, for word lists.

/** Digits used as letters: 2 hamza, 3 ain, 5 kha, 6 ṭa, 7 ḥa, 8 gha (rare), 9 qaf (Maghreb) or ṣad (Gulf). */
const DIGIT_LETTERS = /[235679]/;

/** Whether a lower-case token reads as Arabizi: a digit-letter inside letters ("3andi", "s7abi", "y9tel", "ma3a"). */
export function looksArabizi(token: string): boolean {
  return /^[a-z235679']+$/.test(token) && /[a-z]/.test(token) && DIGIT_LETTERS.test(token) && !/^\d+$/.test(token) && !NOT_ARABIZI.test(token);
}

/**
 * Letters and digits that are not Arabizi: language levels ("A2", "B1", "NT2": a Dutch course level once read a
 * Dutch question as Arabizi and its words as danger words), ordinals ("2eme", "1er", "3rd") and times of day as
 * French and Dutch write them ("6h", "14h30", "9u"): "je travaille de 6h a 14h ... m'expulser si je le fais pas" was
 * read as Arabizi, and its French words as a weapon and a wound.
 */
const NOT_ARABIZI = /^(?:[abc][12]|nt[12]|\d+(?:e|er|ere|eme|ieme|de|ste|st|nd|rd|th)|\d{1,2}[hu]\d{0,2})$/;

/** Latin sequences first, longest first, then single letters (vowels handled apart). */
const TO_ARABIC_MULTI: ReadonlyArray<[string, string]> = [
  ["3'", 'غ'], ["7'", 'خ'], ["9'", 'ض'], ["6'", 'ظ'],
  ['kh', 'خ'], ['gh', 'غ'], ['sh', 'ش'], ['ch', 'ش'], ['th', 'ث'], ['dh', 'ذ'],
  ['ou', 'و'], ['oo', 'و'], ['ee', 'ي'], ['ii', 'ي'], ['aa', 'ا'],
];
const TO_ARABIC_SINGLE: Readonly<Record<string, string>> = {
  '2': 'ء', '3': 'ع', '5': 'خ', '6': 'ط', '7': 'ح', '8': 'غ', '9': 'ق',
  b: 'ب', t: 'ت', j: 'ج', g: 'ج', d: 'د', r: 'ر', z: 'ز', s: 'س', f: 'ف', q: 'ق', k: 'ك', l: 'ل', m: 'م', n: 'ن',
  h: 'ه', w: 'و', y: 'ي', v: 'ف', p: 'ب', x: 'كس', c: 'ك',
  u: 'و', o: 'و', i: 'ي',
};

/**
 * Short Arabizi words the letters cannot spell (their long vowels are dropped: "kayn" read كين, "dyal" ديل, which no
 * Arabic text holds), as Darija and the other dialects write them in Arabic script: "there is", "of", "free of
 * charge" (writer BJ, orient-131: "fin kayn cours dyal fransawiya b blach" fell back on كين and ديل, unknown words).
 */
export const ARABIZI_WORDS: ReadonlyMap<string, string> = new Map([
  ...['kayn', 'kayen', 'kain', 'kaayn', 'kayin'].map((w) => [w, 'كاين'] as const),
  ...['kayna', 'kayena', 'kaina', 'kayne'].map((w) => [w, 'كاينه'] as const),
  ...['makaynch', 'makaynsh', 'makaynach', 'makaynash', 'makaench', 'makanch'].map((w) => [w, 'ماكاينش'] as const),
  ...['dyal', 'dial', 'diyal', 'dyel', 'dyl'].map((w) => [w, 'ديال'] as const),
  ...['dyali', 'diali', 'diyali'].map((w) => [w, 'ديالي'] as const),
  ...['dyalek', 'dialek', 'dyalk', 'dialk'].map((w) => [w, 'ديالك'] as const),
  ...['ta3', 'taa3'].map((w) => [w, 'تاع'] as const),
  ...['mta3', 'mte3', 'mt3', 'mtaa3'].map((w) => [w, 'متاع'] as const),
  ...['bta3', 'bte3', 'btaa3'].map((w) => [w, 'بتاع'] as const),
  ...['blach', 'blech', 'blash', 'balash', 'bilash', 'belech', 'fabor', 'fabour', 'faabor'].map((w) => [w, 'بلاش'] as const),
  // A student, an hour, how many: through the vocabulary "talib" met طلب (a request), "sa3a" was سعا.
  ...['talib', 'taleb', 'taalib'].map((w) => [w, 'طالب'] as const),
  ...['taliba', 'taleba', 'taaliba'].map((w) => [w, 'طالبه'] as const),
  ...['sa3a', 'sa3aa', 'saa3a'].map((w) => [w, 'ساعه'] as const),
  ...['sa3at', 'sa3aat', 's3at', 'swaye3'].map((w) => [w, 'ساعات'] as const),
  ['kam', 'كم'],
  // Egyptian "I want" and "in the" (dropped vowels made them عيز and فل).
  ...['3ayez', '3ayz', '3awez', '3awz', '3ayza', '3awza'].map((w) => [w, 'عايز'] as const),
  ...['fel', 'fil'].map((w) => [w, 'في'] as const),
]);

/**
 * The Arabic-script reading of a lower-case Arabizi word ("3andi" → "عندي", "khouya" → "خويا"): short vowels a/e are
 * dropped except at the start (an alef), u/o/i become و/ي, a doubled consonant is one. Approximate by nature; the
 * result is normalised Arabic.
 */
export function arabiziToArabic(word: string): string {
  const whole = ARABIZI_WORDS.get(word);
  if (whole !== undefined) return whole;
  let out = '';
  let i = 0;
  while (i < word.length) {
    const multi = TO_ARABIC_MULTI.find(([latin]) => word.startsWith(latin, i));
    if (multi) {
      out += multi[1];
      i += multi[0].length;
      continue;
    }
    const c = word[i];
    // A doubled consonant is one letter in Arabic (its shadda is not written): "at3allam" is اتعلم, "3alla" علا.
    if (i > 0 && c === word[i - 1] && c !== 'a' && c !== 'e' && TO_ARABIC_SINGLE[c] !== undefined && !/[0-9]/.test(c)) {
      i += 1;
      continue;
    }
    if (c === 'a' || c === 'e') {
      // An initial vowel is written with an alef; a final -a is often ا or ة (ه after normalisation): keep ا.
      if (i === 0 || (i === word.length - 1 && c === 'a')) out += 'ا';
    } else {
      out += TO_ARABIC_SINGLE[c] ?? '';
    }
    i += 1;
  }
  return out;
}

/** Letter classes of the skeleton: sounds Arabizi writers spell several ways fall together. */
const SKELETON_MULTI: ReadonlyArray<[string, string]> = [
  ["3'", 'g'], ["7'", 'x'], ["9'", 'd'], ['kh', 'x'], ['gh', 'g'], ['sh', 'c'], ['ch', 'c'], ['th', 't'], ['dh', 'd'],
];
const SKELETON_SINGLE: Readonly<Record<string, string>> = {
  '2': '', '3': '3', '5': 'x', '6': 't', '7': 'h', '8': 'g', '9': 'q', q: 'q', k: 'k', g: 'g',
  b: 'b', p: 'b', t: 't', d: 'd', j: 'j', r: 'r', z: 'z', s: 's', f: 'f', v: 'f', l: 'l', m: 'm', n: 'n', h: 'h',
  w: 'w', y: 'y', x: 'x',
};

/**
 * A lone c (not in ch) is met in French words of a mixed message ("cours", "ça", "commune"), rarely in Arabizi: s before
 * e, i and y, else q, never k, which is the Maghrebi proclitic ka- and would leave "cours" as "rs" (the stem of
 * "rsas", bullets).
 */
function skeletonOfC(next: string | undefined): string {
  return next === 'e' || next === 'i' || next === 'y' ? 's' : 'q';
}

/**
 * The consonant skeleton of a lower-case Arabizi word: vowels dropped, digraphs and digit-letters unified, doubled
 * letters collapsed ("kaydrobni", "kaydarbni" → "kydrbn"; "9tel", "qtal" → "qtl"; "khouya" → "xy").
 */
export function arabiziSkeleton(word: string): string {
  let out = '';
  let i = 0;
  while (i < word.length) {
    const multi = SKELETON_MULTI.find(([latin]) => word.startsWith(latin, i));
    const [step, cls] = multi
      ? [multi[0].length, multi[1]]
      : [1, word[i] === 'c' ? skeletonOfC(word[i + 1]) : (SKELETON_SINGLE[word[i]] ?? '')];
    if (cls && out[out.length - 1] !== cls) out += cls;
    i += step;
  }
  return out;
}

/**
 * Verb and noun proclitics of spoken Arabic in Latin letters, as skeletons: Maghrebi ka-/ta-/kay-, Levantine and
 * Egyptian b-/bi-/3am, future ra7/7a-, negation ma-, imperfect y-/t-/n-, and "and" w-.
 */
const SKELETON_PREFIXES = ['ky', 'kt', 'kn', 'k', 't', 'by', 'bt', 'bn', 'b', '3m', 'rh', 'h', 'my', 'mt', 'm', 'y', 'n', 'w', 'l'];

/**
 * The skeleton of a word and of the word without one or two proclitics ("kaydrobni" → ["kydrbn", "ydrbn", "drbn"]),
 * each at least `min` letters long; for matching against stems written as skeletons ("drb").
 */
export function arabiziSkeletons(word: string, min = 2): string[] {
  const s = arabiziSkeleton(word);
  const out = new Set<string>([s]);
  for (const p of SKELETON_PREFIXES) {
    if (!s.startsWith(p)) continue;
    const rest = s.slice(p.length);
    out.add(rest);
    for (const q of SKELETON_PREFIXES) if (rest.startsWith(q)) out.add(rest.slice(q.length));
  }
  return [...out].filter((x) => x.length >= min);
}

/**
 * Frequent Arabizi words that are not French, English or Dutch words: one of them, or a digit-letter word, marks a
 * message as Arabic in Latin letters (so that "mort" or "dame" in a French message is not read as Arabic).
 */
const ARABIZI_MARKERS = new Set([
  'rajli', 'rajel', 'mrati', 'wldi', 'weldi', 'wlidi', 'bnti', 'binti', 'khouya', 'khoya', 'khti', 'okhti', 'wladi', 'drari',
  'bghit', 'baghi', 'bghina', 'bghiti', 'afak', 'bezaf', 'bzaf', 'bzzaf', 'daba', 'dyal', 'dial', 'diali', 'dyali', 'chno',
  'chnou', 'chnu', 'wach', 'kifach', 'kifash', 'mabghitch', 'kayn', 'kayna', 'makaynch', 'nta', 'nti', 'howa',
  'hiya', 'hna', 'ntoma', 'homa', 'yalla', 'inchallah', 'wallah', 'walah', 'ghadi', 'rah', 'raha', 'dghya', 'bzf', 'lah',
  'kaydrob', 'kaydrobni', 'darbni', 'ana', 'ahna', 'ehna', 'mabqitch', 'zen9a', 'zenqa', 'chare3', 'fissa', 'bolis',
  'jouzi', 'zawji', 'mish', 'msh', 'ma3ndich', 'ma3ndnach', 'sahbi', 'kanbato', 'mayt', 'mout', 'nmout', 'jafil',
  // Question and everyday words written without digit-letters ("fin nqra lfrancais b blach"): not "fin", "hit" or
  // "bla", which are French or English too.
  'nqra', 'nqri', 'blach', 'blash', 'chhal', 'chhal', 'imta', 'fach', 'mnin', 'khdma', 'khedma', 'lkhedma', 'nkhdem',
  'nkhdm', 'nqder', 'nqdr', 'ndir', 'bach', 'wakha', 'walakin', 'ghir', 'hadchi', 'kolchi', 'mzyan', 'bghyt', 'kandir',
  'kifech', 'kifah', 'chnowa', 'chnoua', 'fen', 'feen', 'lwra9', 'lwraq', 'lkra', 'lflous', 'flous',
  'bgha', 'bghat', 'sghar', 'sghir', 'sghira', 'wlidat', 'wlidati', 'chta',
  // Renting, the doctor, the hospital, school ("kraya dar mouscron" was read as French): not "dar" alone.
  'kraya', 'lkraya', 'nkri', 'nkriw', 'tbib', 'tbiba', 'ttbib', 'sbitar', 'lsbitar', 'lmadrasa', 'madrasa', 'qraya', 'lqraya',
  // Levantine, Egyptian, Iraqi, Gulf and Sudanese everyday words ("bidi at3allam fransawi" was two signs short of one):
  // not "shu", "wen" or "bala", which other languages write too.
  'bidi', 'baddi', 'biddi', 'shou', 'shoo', 'wein', 'wain', 'fein', 'kteer', 'ktir', 'ktiir', 'kaman', 'kamaan', 'heik',
  'hallaq', 'halla2', 'hala2', 'lesh', 'leish', 'leesh', 'mafi', 'mafish', 'mafeesh', 'ayez', 'ayza', 'awez', 'awza',
  'ezay', 'izzay', 'ezzay', 'keda', 'kida', 'delwa2ti', 'dilwa2ti', 'dilwa2ty', 'shlon', 'shlonak', 'aku', 'maku',
  'hwaya', 'abgha', 'abga', 'wayed', 'wayid', 'shunu', 'fransawi', 'faransawi', 'fransawiya', 'faransi', 'lfransawi',
  'hollandi', 'lhollandi', 'fulus', 'masari', 'mesari',
  // Algerian and Tunisian ("rani nkhdem", "famma chkoun", "brabi"), and words of every dialect for yes, enough, still.
  'rani', 'rahi', 'rak', 'raki', 'nheb', 'n7eb', 'n7ab', 'brabi', 'famma', 'fama', 'chkoun', 'chkon', 'barcha', 'barsha',
  'bech', 'besh', 'mta3', 'nta3', 'ta3', 'kifeh', 'wesh', 'wech', 'chwiya', 'chwia', 'chouia', 'labes', 'mazal',
  'mazel', 'ba9i', 'baqi', 'safi', 'bsah', 'kima', 'hakka', 'iwa', 'aywa', 'ya3ni', 'inshallah', 'hamdullah', 'mashallah',
  'fransi', 'lfransi', 'kursat', 'korsat',
]);

/** Whether a lower-case Latin word is one of the everyday Darija words above ("bghit", "blach", "nqra"). */
export function isArabiziMarker(word: string): boolean {
  return ARABIZI_MARKERS.has(word);
}

/** Whether the lower-case words of a message read as Arabizi (one digit-letter word or one marker word). */
export function looksArabiziText(tokens: readonly string[]): boolean {
  return tokens.some((t) => looksArabizi(t) || ARABIZI_MARKERS.has(t));
}
