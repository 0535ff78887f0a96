// Belgian institutions spelt out letter by letter: typed ("c p a s", "c.p.a.s") or dictated to a phone, which writes
// the letters as it hears them ("vee dee aa bee", "ce pe a es", "l eau n e"). Read back as the acronym the entries
// use, so the search meets "CPAS", not four words it does not know.

/** The acronyms read back: the institutions the entries name by their letters. */
export const SPELLED_ACRONYMS: readonly string[] = [
  'CPAS', 'OCMW', 'VDAB', 'ONE', 'CGRA', 'CGVS', 'BAPA', 'CRI', 'AMU', 'DVZ', 'BAJ', 'ADG', 'RIS', 'CLB', 'CPMS', 'CAW',
];

/**
 * How each letter is written when spelt out in French, Dutch or English (accents folded). Not "ee" for i, nor "you"
 * and "why" (words of their own): a letter name that is also a common word only counts inside a run that spells a
 * whole acronym, never alone.
 */
const LETTER_NAMES: Readonly<Record<string, readonly string[]>> = {
  a: ['a', 'ah', 'aa', 'ay'],
  b: ['b', 'be', 'bee'],
  c: ['c', 'ce', 'se', 'see', 'cee', 'say'],
  d: ['d', 'de', 'dee'],
  e: ['e', 'ee', 'eu'],
  f: ['f', 'ef', 'eff'],
  g: ['g', 'ge', 'gee', 'jee'],
  h: ['h', 'ha', 'ach', 'aitch'],
  i: ['i', 'ie', 'eye'],
  j: ['j', 'ji', 'jay'],
  k: ['k', 'ka', 'kay'],
  l: ['l', 'el', 'ell'],
  m: ['m', 'em'],
  n: ['n', 'en'],
  o: ['o', 'oh', 'oo', 'eau', 'au'],
  p: ['p', 'pe', 'pee'],
  r: ['r', 'er', 'ar', 'erre'],
  s: ['s', 'es', 'ess'],
  t: ['t', 'te', 'tee'],
  u: ['u', 'uu'],
  v: ['v', 've', 'vee'],
  w: ['w', 'we', 'wee'],
  z: ['z', 'zed', 'zee', 'zet'],
};

/** Written letter name → the letters it may be (a name may stand for one letter only here). */
const LETTER_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(LETTER_NAMES).flatMap(([letter, names]) => names.map((n) => [n, letter] as const)),
);
const ACRONYMS: ReadonlySet<string> = new Set(SPELLED_ACRONYMS.map((a) => a.toLowerCase()));
const LONGEST = Math.max(...SPELLED_ACRONYMS.map((a) => a.length));

/** Folds a token for lookup: lower case, accents off ("pé" is "pe"). */
function fold(token: string): string {
  return token.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The text with every run of spelt-out letters that spells one of `SPELLED_ACRONYMS` replaced by the acronym; the
 * rest untouched. Letters are separate words ("c p a s") or single letters joined by dots ("c.p.a.s").
 */
export function readSpelledAcronyms(text: string): string {
  if (!/[a-zA-Z]/.test(text)) return text;
  // "c.p.a.s." and "o.c.m.w": dotted letters are spaced letters.
  const spaced = text.replace(/\b(?:[a-zA-Z]\.){2,}[a-zA-Z]?\.?/g, (m) => ` ${m.replace(/\./g, ' ')} `);
  const tokens = spaced.split(/(\s+)/);
  // Word tokens at even positions, separators at odd ones.
  const words = tokens.map((t, i) => (i % 2 === 0 ? t : ''));
  const letters = words.map((w) => (w ? LETTER_OF.get(fold(w.replace(/^[("'«]+|[)"'».,;:!?]+$/g, ''))) : undefined));
  let changed = false;
  for (let i = 0; i < words.length; i += 2) {
    for (let n = LONGEST; n >= 3; n--) {
      const span: string[] = [];
      for (let k = 0; k < n && i + 2 * k < words.length; k++) {
        const l = letters[i + 2 * k];
        if (l === undefined) break;
        span.push(l);
      }
      if (span.length !== n || !ACRONYMS.has(span.join(''))) continue;
      const trail = /[)"'».,;:!?]+$/.exec(words[i + 2 * (n - 1)])?.[0] ?? '';
      tokens[i] = span.join('').toUpperCase() + trail;
      for (let k = 1; k < n; k++) {
        tokens[i + 2 * k] = '';
        tokens[i + 2 * k - 1] = '';
      }
      letters.fill(undefined, i, i + 2 * n - 1);
      changed = true;
      break;
    }
  }
  return changed ? tokens.join('').replace(/\s{2,}/g, ' ').trim() : text;
}
