// Keeps what machine translation must not touch (URLs, phones, e-mails, service names, codes) out of the engine's reach.

/**
 * Service names and codes that stay as they are in every language: people will read them on doors, letters and
 * websites. Service names of the knowledge base are added by the caller.
 */
export const PROTECTED_TERMS: readonly string[] = [
  'CPAS',
  'OCMW',
  'BAPA',
  'CRI',
  'PIIS',
  'GPMI',
  'ILI',
  'Forem',
  'Le Forem',
  'Actiris',
  'VDAB',
  'Bruxelles Formation',
  'Fedasil',
  'Agentschap Integratie en Inburgering',
  'Office des étrangers',
  'Dienst Vreemdelingenzaken',
  'CGRA',
  'CGVS',
  'ONEM',
  'RVA',
  'INAMI',
  'RIZIV',
  'SPF',
  'FOD',
  'eID',
  'Lire et Écrire',
];

/** A text with protected spans replaced by placeholders, and the spans to put back. */
export interface Protected {
  /** Text to send to the engine, with `⟦0⟧`, `⟦1⟧`… in place of protected spans. */
  text: string;
  /** Original spans, by placeholder number. */
  spans: string[];
}

const OPEN = '⟦';
const CLOSE = '⟧';

/** Bounds that count as "not inside a word" in any script. */
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/** Patterns always protected, most specific first (an e-mail's domain must not be taken for a URL). */
const PATTERNS: readonly RegExp[] = [
  // e-mail addresses
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // URLs with a scheme, or starting with www.
  /\b(?:https?:\/\/|www\.)[^\s<>"'⟦⟧]+[^\s<>"'⟦⟧.,;:!?)\]]/gu,
  // bare domains of public services (ibz.be, actiris.brussels, leforem.be)
  new RegExp(`${NOT_WORD_BEFORE}[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:be|brussels|vlaanderen|wallonie|eu|org|com|net)(?:/[^\\s<>"'⟦⟧]*[^\\s<>"'⟦⟧.,;:!?)\\]])?${NOT_WORD_AFTER}`, 'gu'),
  // international phone numbers: +32 2 123 45 67, 0032 (0)4 123.45.67
  new RegExp(`(?:\\+|${NOT_WORD_BEFORE}00)\\d{2,3}[\\s./-]?(?:\\(0\\)[\\s./-]?)?\\d(?:[\\s./-]?\\d){6,10}${NOT_WORD_AFTER}`, 'gu'),
  // national phone numbers: 02/123.45.67, 0471 12 34 56, 070 233 344, 0800 12 345
  new RegExp(`${NOT_WORD_BEFORE}0\\d(?:[\\s./-]?\\d){6,9}${NOT_WORD_AFTER}`, 'gu'),
  // short numbers (112, 1712), postal codes (1030, 5000) and other 3-4 digit codes
  new RegExp(`${NOT_WORD_BEFORE}\\d{3,4}${NOT_WORD_AFTER}`, 'gu'),
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An acronym (CPAS, CRI, ILI): matched with its case, since "cri" (French) and "ili" (Turkish) are ordinary words. */
function isAcronym(term: string): boolean {
  return /\p{L}/u.test(term) && term === term.toUpperCase();
}

/**
 * Regular expressions for the terms, longest first so "Le Forem" wins over "Forem": acronyms case-sensitive,
 * names (Forem, Actiris, service names) case-insensitive.
 */
function termsPatterns(terms: readonly string[]): RegExp[] {
  const unique = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))];
  unique.sort((a, b) => b.length - a.length);
  const build = (list: string[], flags: string): RegExp[] =>
    list.length === 0
      ? []
      : [
          new RegExp(
            `${NOT_WORD_BEFORE}(?:${list.map((t) => escapeRegExp(t).replace(/\s+/g, '\\s+')).join('|')})${NOT_WORD_AFTER}`,
            flags,
          ),
        ];
  return [...build(unique.filter((t) => !isAcronym(t)), 'giu'), ...build(unique.filter(isAcronym), 'gu')];
}

interface Range {
  start: number;
  end: number;
}

/**
 * Replaces protected spans by numbered placeholders. `terms` are matched as whole words, acronyms with their
 * case and names in any case (default: PROTECTED_TERMS; pass service names in addition). Placeholder-looking text already in the input
 * is protected too, so it can never be confused with ours.
 */
export function protect(text: string, terms: readonly string[] = PROTECTED_TERMS): Protected {
  const ranges: Range[] = [];
  const existing = new RegExp(`${OPEN}[^${CLOSE}]*${CLOSE}`, 'gu');
  const patterns = [existing, ...PATTERNS];
  patterns.splice(4, 0, ...termsPatterns(terms));
  for (const re of patterns) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (m[0].trim().length === 0) continue;
      if (ranges.some((r) => start < r.end && end > r.start)) continue;
      ranges.push({ start, end });
    }
  }
  ranges.sort((a, b) => a.start - b.start);
  const spans: string[] = [];
  let out = '';
  let at = 0;
  for (const r of ranges) {
    out += text.slice(at, r.start) + `${OPEN}${spans.length}${CLOSE}`;
    spans.push(text.slice(r.start, r.end));
    at = r.end;
  }
  out += text.slice(at);
  return { text: out, spans };
}

/** Matches a placeholder as an engine may give it back: spaces inside, other digits (٠١٢, ۰۱۲, full-width). */
const PLACEHOLDER = new RegExp(`${OPEN}\\s*(\\p{Nd}+)\\s*${CLOSE}`, 'gu');

/** Zeros of the decimal digit sets an engine may switch to (ASCII, Arabic-Indic, Persian, Devanagari, full-width…). */
const DIGIT_ZEROS: readonly number[] = [0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10];

/** Reads a number written in any of DIGIT_ZEROS' digit sets; NaN for anything else. */
function parseDigits(digits: string): number {
  let n = 0;
  for (const ch of digits) {
    const code = ch.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero === undefined) return Number.NaN;
    n = n * 10 + (code - zero);
  }
  return n;
}

/** Puts the protected spans back. Unknown placeholder numbers are left as they are. */
export function restore(text: string, spans: readonly string[]): string {
  return text.replace(PLACEHOLDER, (whole, digits: string) => {
    const n = parseDigits(digits);
    return Number.isInteger(n) && n < spans.length ? spans[n] : whole;
  });
}

/**
 * Like `restore`, but undefined when the engine lost a placeholder or left one unrestorable: a translation that
 * dropped a phone number or a service name must not reach a person.
 */
export function restoreStrict(text: string, spans: readonly string[]): string | undefined {
  const seen = new Set<number>();
  let broken = false;
  const out = text.replace(PLACEHOLDER, (whole, digits: string) => {
    const n = parseDigits(digits);
    if (!Number.isInteger(n) || n >= spans.length) {
      broken = true;
      return whole;
    }
    seen.add(n);
    return spans[n];
  });
  if (broken || seen.size !== spans.length) return undefined;
  if (out.includes(OPEN) || out.includes(CLOSE)) {
    // A bracket survived without a number: the engine mangled a placeholder.
    const originalBrackets = spans.join('').split('').filter((c) => c === OPEN || c === CLOSE).length;
    const outBrackets = out.split('').filter((c) => c === OPEN || c === CLOSE).length;
    if (outBrackets !== originalBrackets) return undefined;
  }
  return out;
}
