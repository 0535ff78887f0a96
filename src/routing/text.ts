// Name normalisation shared by routing: accents, case, apostrophes and dashes must not stop a commune from matching.

/** Lower-case, accents removed, every run of non-letters/digits turned into one space: "Braine-l'Alleud" → "braine l alleud". */
export function normaliseName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Commune id: "SAINT-GHISLAIN" → "saint-ghislain", "BRAINE-L'ALLEUD" → "braine-l-alleud". */
export function slugify(s: string): string {
  return normaliseName(s).replace(/ /g, '-');
}
