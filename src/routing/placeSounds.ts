// Commune names written by ear in another alphabet. People write the place they live in as they hear it: "Дінан",
// "в Ерсталі", "Кукельберг", "Марш-ан-Фамен", "كواريغنون", "بأندين". Hand-written aliases cover the big towns; the
// other communes of Brussels and Wallonia are found by how their French (or Dutch) spelling sounds, compared with
// how the Cyrillic or Arabic word sounds. Arabic writes few vowels, and Cyrillic drops the French mute "e"
// ("Шатле" for Châtelet), so besides the whole sound there is its consonant skeleton, used with more care.

/** A sound: the name in plain Latin letters as it is heard, and its consonants. */
export interface Sound {
  sound: string;
  skeleton: string;
}

/** French and Dutch spelling → sound, in order; a rule with several outputs makes a name sound several ways. */
const LATIN_RULES: ReadonlyArray<[RegExp, readonly string[]]> = [
  // A written h is silent, except in the digraphs read next.
  [/(?<![cpst])h/g, ['']],
  [/eaux?|au/g, ['o']],
  [/oe/g, ['u']],
  [/ou/g, ['u']],
  // English spellings of French sounds, as speech recognition writes a dictated name ("na moor", "shar le roy").
  [/oo/g, ['o', 'u']],
  [/oy$/g, ['ua', 'oi']],
  [/oi/g, ['ua']],
  [/ae/g, ['a']],
  [/ai|ei|ay|ey/g, ['e']],
  // A nasal "en" or "em" is heard "an" (Gembloux, Жамблу).
  [/e(?=[nm](?:[^aeiou]|$))/g, ['e', 'a']],
  [/qu/g, ['k']],
  [/sch/g, ['sh', 'sk']],
  [/ch/g, ['sh', 'k']],
  [/ph/g, ['f']],
  [/th/g, ['t']],
  [/gn/g, ['n']],
  [/ill/g, ['il', 'i']],
  [/c(?=[eiy])/g, ['s']],
  [/ck|c/g, ['k']],
  [/g(?=[eiy])/g, ['zh']],
  [/j/g, ['zh']],
  [/w/g, ['v']],
  [/(?<=[aeiou])x$/g, ['', 'ks']],
  [/x/g, ['ks']],
  [/y/g, ['i']],
  // "-ies" is heard "i" (Ottignies, Momignies, Frameries).
  [/ies?$/g, ['i']],
];

/** Cyrillic letters → the Latin letters of the same sounds (х, the Dutch or German h, is as silent as a French h). */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'o', є: 'e', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: '', ц: 'ts',
  ч: 'sh', ш: 'sh', щ: 'sh', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'u', я: 'a', "'": '', '’': '',
};

/** Arabic letters → Latin; the long-vowel letters stand for vowels, a leading و for the v or w it writes. */
const ARABIC: Readonly<Record<string, string>> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ى: 'a', ء: '', ؤ: 'u', ئ: 'i', ب: 'b', پ: 'b', ت: 't', ة: '', ث: 't', ج: 'zh',
  ح: '', خ: '', د: 'd', ذ: 'z', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'k',
  ف: 'f', ڤ: 'f', ق: 'k', ك: 'k', گ: 'k', ل: 'l', م: 'm', ن: 'n', ه: '', و: 'u', ي: 'i', ی: 'i',
};

const VOWELS = /[aeiou]/g;

/** Doubled letters once, a final mute e (and es) dropped: what every sound gets after its alphabet's letters. */
function settle(word: string): string {
  return word.replace(/(.)\1+/g, '$1').replace(/(?<=[^aeiou])es?$/, '');
}

function skeletonOf(sound: string): string {
  return sound.replace(VOWELS, '');
}

/**
 * The sounds of a name spelt in French or Dutch (lower case, accents folded, words separated by spaces, as
 * `wordKey` gives it): several when a spelling reads two ways ("sch", a final consonant that may be mute).
 */
export function latinSounds(name: string): Sound[] {
  const perWord = name.split(' ').filter(Boolean).map((word) => {
    let forms = [word];
    for (const [re, outs] of LATIN_RULES) {
      forms = forms.flatMap((f) => (f.search(re) >= 0 ? outs.map((o) => f.replace(re, o)) : [f]));
    }
    return forms.flatMap((f) => {
      const settled = settle(f);
      // A final t, d, s, x or z after a vowel or n is mute in French ("Dinant", "Jambes") but written by some ("Монс").
      const mute = settled.replace(/(?<=[aeioun])[tdsz]$/, '');
      return mute === settled ? [settled] : [settled, settle(mute)];
    });
  });
  let whole = [''];
  for (const forms of perWord) whole = whole.flatMap((w) => forms.map((f) => w + f));
  return [...new Set(whole)].slice(0, 16).map((sound) => ({ sound, skeleton: skeletonOf(sound) }));
}

/** The sound of a Cyrillic word (or hyphenated name, its parts joined). */
export function cyrillicSound(word: string): Sound {
  const latin = [...word.toLowerCase()].map((c) => CYRILLIC[c] ?? (/[\s-]/.test(c) ? '' : c)).join('');
  const sound = settle(latin);
  return { sound, skeleton: skeletonOf(sound) };
}

/**
 * The sound of an Arabic word. French "gn" is written غن (dropped to n as in French), a leading و before a vowel
 * letter is a v or w, and the letters written for French g, v and p (غ ق ك گ, ف ڤ, ب پ) are read as k, f and b, the
 * classes `arabicSkeleton` compares.
 */
export function arabicSound(word: string): Sound {
  const w = word.replace(/غن/g, 'ن');
  let latin = [...w].map((c) => ARABIC[c] ?? '').join('');
  if (/^و[اأي]/.test(w)) latin = `v${latin.slice(1)}`;
  const sound = settle(latin).replace(/^v/, 'f');
  return { sound, skeleton: arabicSkeleton(sound) };
}

/** A Latin sound's consonants in the classes Arabic letters can tell apart: g, q → k; v, w → f; p → b; z → s. */
export function arabicSkeleton(sound: string): string {
  return skeletonOf(sound)
    .replace(/[gq]/g, 'k')
    .replace(/[vw]/g, 'f')
    .replace(/p/g, 'b')
    .replace(/z(?!h)/g, 's')
    .replace(/ts/g, 's');
}

/** How many consonants a skeleton holds (sh, zh and ts are one each). */
export function consonantCount(skeleton: string): number {
  return skeleton.replace(/sh|zh|ts/g, '#').length;
}
