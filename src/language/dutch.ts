// Spoken Dutch and Flemish word forms that the Dutch stemmer does not reach.
import { stemmerFor } from './stem';

/** Diminutive endings, shortest first ("kaartje" is "kaart", not "kaar"): Dutch -je, -tje, -pje, -etje; Flemish -ke, -ske. */
const DIMINUTIVES = ['je', 'ke', 'tje', 'pje', 'ske', 'etje'];

/**
 * The stems an unknown Dutch word may stand for once its diminutive is removed: people say "een sociaal
 * appartementje", "mijn kaartje", "een kotje", "ne briefke", which the knowledge base writes without it. Only for
 * words of five letters or more whose rest keeps three letters, so "kerkje" may be "kerk" but "meisje" stays.
 */
export function dutchVariants(word: string): string[] {
  if (word.length < 5) return [];
  const stem = stemmerFor('nl');
  const out: string[] = [];
  for (const end of DIMINUTIVES) {
    if (!word.endsWith(end) || word.length - end.length < 3) continue;
    const base = word.slice(0, -end.length);
    out.push(stem(base));
    // "kaartje" is "kaart" + "je"; "appartementje" is "appartement" + "je"; doubled consonants ("bolletje") drop one.
    if (/([bdfgklmnprst])\1$/.test(base)) out.push(stem(base.slice(0, -1)));
  }
  return [...new Set(out)].filter((x) => x !== stem(word));
}
