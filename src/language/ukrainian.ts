// Corrections to natural's Ukrainian Porter stemmer, so that case forms of one word meet: it reads a plural -си as
// the reflexive suffix (курси → кур, but курсів → курс) and leaves -і of -ції (реєстрація → реєстрац, but
// реєстрації → реєстраці). Measured on the OMoS Ukrainian split (docs/eval.md).
import PorterUk = require('natural/lib/natural/stemmers/porter_stemmer_uk');

/** Shortest stem a correction may leave. */
const MIN_STEM = 4;

/** The stem of a lower-case Ukrainian word: natural's, corrected. */
export function stemUkrainian(word: string): string {
  let s = PorterUk.stem(word);
  // Plural -си is not the reflexive -ся/-сь: keep the с.
  if (word.endsWith('си') && s === word.slice(0, -2) && s.length >= MIN_STEM - 1) s = word.slice(0, -1);
  if (s.length > MIN_STEM && /[іи]$/.test(s)) s = s.slice(0, -1);
  return s;
}
