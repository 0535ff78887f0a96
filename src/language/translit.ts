// A coarse consonant key shared by Latin, Cyrillic and Arabic spellings of one name, so that a question that writes a
// German or French name in its own script (موسنكوس مونشن, Гланц) can meet the page that keeps the Latin spelling
// (Musenkuss München, Glanz). Vowels, h and semi-vowels are dropped; consonants fall into broad sound classes.

/** Latin digraphs read first (German sch/ch, English sh/th, ph), then single letters. */
const LATIN_DIGRAPHS: ReadonlyArray<[string, string]> = [
  ['sch', 'S'],
  ['ch', 'S'],
  ['sh', 'S'],
  ['ph', 'B'],
  ['th', 'T'],
  ['ck', 'K'],
  ['qu', 'KB'],
  ['x', 'KZ'],
];

/** Consonant class of each letter; letters absent from the table (vowels, h, w/y-like glides, signs) are dropped. */
const CLASSES: Readonly<Record<string, string>> = {
  // Latin
  b: 'B', p: 'B', v: 'B', f: 'B', w: 'B',
  c: 'K', k: 'K', q: 'K', g: 'K',
  s: 'Z', z: 'Z',
  t: 'T', d: 'T',
  m: 'M', n: 'N', l: 'L', r: 'R', j: '',
  // Cyrillic (Ukrainian and Russian)
  б: 'B', п: 'B', в: 'B', ф: 'B',
  к: 'K', г: 'K', ґ: 'K',
  х: 'S', ш: 'S', щ: 'S', ч: 'S', ж: 'S',
  с: 'Z', з: 'Z', ц: 'Z',
  т: 'T', д: 'T',
  м: 'M', н: 'N', л: 'L', р: 'R',
  // Arabic (after normalisation)
  ب: 'B', ف: 'B', ڤ: 'B', پ: 'B',
  ك: 'K', ق: 'K', ج: 'K', غ: 'K', گ: 'K',
  ش: 'S', خ: 'S', چ: 'S',
  س: 'Z', ز: 'Z', ص: 'Z', ث: 'Z', ذ: 'Z',
  ت: 'T', د: 'T', ط: 'T', ض: 'T', ظ: 'T',
  م: 'M', ن: 'N', ل: 'L', ر: 'R',
};

/** Shortest key (in consonants) worth matching: shorter ones collide too often. */
export const MIN_SCRIPT_KEY = 3;

/**
 * The consonant key of a lower-case word in Latin, Cyrillic or Arabic script (`musenkuss`, `موسنكوس` → `MZNKZ`),
 * repeated classes collapsed; '' when the key is shorter than `MIN_SCRIPT_KEY`.
 */
export function scriptKey(word: string): string {
  let w = word;
  for (const [d, k] of LATIN_DIGRAPHS) if (w.includes(d)) w = w.split(d).join(k);
  let out = '';
  for (const ch of w) {
    const c = ch >= 'A' && ch <= 'Z' ? ch : CLASSES[ch];
    if (!c) continue;
    if (out[out.length - 1] !== c) out += c;
  }
  return out.length >= MIN_SCRIPT_KEY ? out : '';
}

// Russian and Ukrainian typed in Latin letters ("pomogite", "muzh b'et", "dopomozhit"): the common phone
// transliterations read back into Cyrillic, so Cyrillic word lists can match them. Ambiguous letters (y, i, e) give
// several candidates; callers match each against their list.

/** Latin sequences read first, longest first; each maps to one or more Cyrillic candidates. */
const TO_CYRILLIC_MULTI: ReadonlyArray<[string, readonly string[]]> = [
  ['shch', ['щ']],
  // The reflexive ending of most verbs ("prosypaetsya", "zadykhaietsia"): тся, not ц + я; "tsya" alone is Ukrainian ця.
  ['tsya', ['тся', 'ця']],
  ['tsia', ['тся', 'ця']],
  ['sch', ['щ']],
  ['zh', ['ж']],
  ['kh', ['х']],
  ['ch', ['ч']],
  ['sh', ['ш']],
  ['ts', ['ц']],
  ['tz', ['ц']],
  ['ya', ['я']],
  ['ja', ['я']],
  ['yu', ['ю']],
  ['ju', ['ю']],
  ['yo', ['ё', 'йо']],
  ['jo', ['ё']],
  ['ye', ['е', 'є']],
  ['je', ['е', 'є']],
  ['yi', ['ї', 'ый']],
  ['iy', ['ий', 'ій']],
  ['yy', ['ый', 'ий']],
];

/** Single Latin letters; the first candidate is the Russian reading, others cover Ukrainian and common spellings. */
const TO_CYRILLIC_SINGLE: Readonly<Record<string, readonly string[]>> = {
  a: ['а'], b: ['б'], c: ['ц', 'к'], d: ['д'], e: ['е', 'э', 'є'], f: ['ф'], g: ['г', 'ґ'], h: ['х', 'г'],
  i: ['и', 'і', 'ы'], j: ['й'], k: ['к'], l: ['л'], m: ['м'], n: ['н'], o: ['о'], p: ['п'], q: ['к'], r: ['р'],
  s: ['с'], t: ['т'], u: ['у'], v: ['в'], w: ['в'], x: ['кс'], y: ['ы', 'и', 'й'], z: ['з'], "'": ['ь', ''],
};

/** Most candidates kept for one word: beyond that the ambiguous letters multiply without helping. */
const MAX_CYRILLIC_CANDIDATES = 16;

/**
 * Cyrillic readings of a lower-case Latin word ("dyshit" → ["дышит", "дишит", …]; "b'et" → ["бьет", "бет"]), the
 * most usual first; [] for a word with other characters than Latin letters and the apostrophe.
 */
export function latinToCyrillic(word: string): string[] {
  if (!/^[a-z']+$/.test(word)) return [];
  let out = [''];
  let i = 0;
  while (i < word.length) {
    const multi = TO_CYRILLIC_MULTI.find(([latin]) => word.startsWith(latin, i));
    const [step, options] = multi ? [multi[0].length, multi[1]] : [1, TO_CYRILLIC_SINGLE[word[i]] ?? ['']];
    out = out.flatMap((prefix) => options.map((o) => prefix + o)).slice(0, MAX_CYRILLIC_CANDIDATES);
    i += step;
  }
  return [...new Set(out)];
}

/**
 * Russian and Ukrainian words as typed in Latin letters that are not French, English or Dutch words: one of them
 * marks a message as Latin-letter Russian or Ukrainian, so its words are read back into Cyrillic.
 */
const LATIN_CYRILLIC_MARKERS = new Set([
  'menya', 'mene', 'meni', 'mne', 'moy', 'moya', 'moyi', 'moyo', 'muzh', 'muj', 'zhena', 'cholovik', 'druzhyna', 'druzhina',
  'rebenok', 'rebyonok', 'rebenka', 'ditina', 'dytyna', 'dytynu', 'dity', 'ditey', 'detey', 'deti', 'syn', 'sin', 'doch',
  'dochka', 'donka', 'pomogite', 'pomogi', 'pomoshch', 'dopomozhit', 'dopomozhity', 'dopomozhi', 'dopomoha', 'pozhaluysta',
  'pozhalujsta', 'laska', 'srochno', 'terminovo', 'seychas', 'sejchas', 'zaraz', 'ochen', 'duzhe', 'chto', 'shto', 'shcho',
  'scho', 'kak', 'yak', 'gde', 'nichego', 'nemaye', 'nema', 'ona', 'oni', 'vin', 'vona', 'vony', 'kogda', 'koly',
  'uzhe', 'vzhe', 'eshche', 'yeshche', 'shche', 'tolko', 'tilky', 'nozh', 'nizh', 'krov', 'ubivaet', 'ubyvaye', 'ubyet',
  'vbyye', 'byot', 'byye', 'ne', 'mogu', 'mozhu', 'dyshat', 'dykhaty', 'dyshit', 'dykhaye', 'pozhar', 'pozhezha', 'propal', 'znyk', 'nas', 'ya',
]);

/** Whether the lower-case Latin words of a message read as Russian or Ukrainian (two marker words, or one long one). */
export function looksLatinCyrillic(tokens: readonly string[]): boolean {
  const found = tokens.filter((t) => LATIN_CYRILLIC_MARKERS.has(t));
  return found.length >= 2 || found.some((t) => t.length >= 5);
}
