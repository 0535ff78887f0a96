// Commune ids from source names, on the one tokeniser's folded words.
import { words } from '../language/tokenize';

/** Commune id: "SAINT-GHISLAIN" → "saint-ghislain", "BRAINE-L'ALLEUD" → "braine-l-alleud". */
export function slugify(s: string): string {
  return words(s).join('-');
}
