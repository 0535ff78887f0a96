/**
 * Whether a message holds a sum to work out ("2x + 5 = 17", "3/4 + 2/5", "12*7=?", "٣ + ٤"): homework, a subject
 * Relais does not cover, in any language and script. Words cannot tell it ("homework" is a topic Relais covers,
 * "équation" is also a diploma's equivalence in Arabic); the operator between two terms can.
 *
 * A term is a number (Latin or Arabic-Indic digits, with a decimal or fraction, perhaps a letter after it: "2x") or a
 * letter alone (x, y, n). Phone numbers ("+32 470…") have no term before the plus, ages ("18+") none after it, and
 * dates ("12/05") and ranges ("9-17h") have no operator between two terms: a dash is not counted.
 */
const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const NUMBER = `${DIGIT}+(?:[.,/]${DIGIT}+)?`;
const TERM = `(?:${NUMBER}\\s*[a-z]?|\\b[a-z]\\b)`;
const SUM = new RegExp(`${TERM}\\s*[+×*÷=^]\\s*(?:${NUMBER}|\\b[a-z]\\b(?!\\s*[a-z]))`, 'iu');

export function asksArithmetic(text: string): boolean {
  return SUM.test(text);
}
