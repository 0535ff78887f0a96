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
