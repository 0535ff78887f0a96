// Removes personal details (phones, e-mails, IBANs, national numbers, street addresses) from free text before storage.

/** What `scrub` removes; each becomes a placeholder like `[phone]`. */
export type ScrubKind = 'email' | 'iban' | 'national-number' | 'phone' | 'address';

/** Scrubbed text and how many of each kind went. */
export interface ScrubResult {
  text: string;
  removed: Record<ScrubKind, number>;
}

/** Placeholder written in place of each kind. */
export const PLACEHOLDERS: Readonly<Record<ScrubKind, string>> = {
  email: '[email]',
  iban: '[iban]',
  'national-number': '[national-number]',
  phone: '[phone]',
  address: '[address]',
};

interface Span {
  start: number;
  end: number;
  kind: ScrubKind;
}

/** Arabic-Indic (U+0660..) and Extended Arabic-Indic (U+06F0..) digits → ASCII, one code unit each so offsets hold. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

const digitsOf = (s: string): string => s.replace(/\D/g, '');

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** Country code, check digits (a space may separate them: "BE 71"), then groups of up to 4 alphanumerics. */
const IBAN = /(?<![\p{L}\p{N}])[A-Za-z]{2}[ -]?\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;
/** An IBAN written in uneven groups ("BE 71 096 123 456 769"): country, check digits, then 12 to 30 digits and spaces. */
const IBAN_LOOSE = /(?<![\p{L}\p{N}])[A-Z]{2}[ -]?\d{2}(?:[ -]?\d){10,30}(?![\p{L}\p{N}])/gu;

/** Belgian national register number YY.MM.DD-SSS.CC, with any of its usual separators. */
const NATIONAL_FORMATTED = /(?<!\d)\d{2}[.\s]\d{2}[.\s]\d{2}\s?[-.\s]\s?\d{3}\s?[.\s-]\s?\d{2}(?!\d)/gu;
const NATIONAL_COMPACT = /(?<!\d)\d{6}[-.\s]\d{3}[-.\s]?\d{2}(?!\d)/gu;
const NATIONAL_BARE = /(?<!\d)\d{11}(?!\d)/gu;

/**
 * Phone numbers: international (+32…, 0032…), national (0…), Russian trunk prefix 8 9xx; separators space . / - ( ).
 * Digit counts checked afterwards (national 9–12, international 8–15) so dates and amounts stay.
 */
const PHONE = /(?<![\p{L}\p{N}+])(?:\+|00|\(0|0|8(?=[\s(-]*9\d\d))[\d\s./()-]{6,22}\d(?![\p{L}\p{N}])/gu;
const DATE_LIKE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;

/** A house number, optionally with a letter and a box ("16", "16A", "16 bte 3"). */
const HOUSE_NUMBER = String.raw`\d{1,4}(?:\s?[a-zA-Z](?![\p{L}]))?(?:\s?(?:bte|boîte|bus|box|b)\.?\s?\d{1,4})?(?![\p{N}])`;
const NAME_WORD = String.raw`[\p{L}\p{M}'’.-]+`;

/** Street words that are unambiguous: any name may follow, then a number. */
const STRONG_STREETS = [
  // fr
  'rue', 'avenue', 'av\\.', 'boulevard', 'bd', 'chaussée', 'chaussee', 'allée', 'impasse', 'drève', 'sentier',
  'rond-point', 'clos',
  // en
  'street', 'road',
  // uk
  'вул\\.', 'вулиця', 'вулиці', 'просп\\.', 'проспект', 'провулок', 'пров\\.', 'бульв\\.', 'бульвар', 'площа',
  // ru
  'ул\\.', 'улица', 'улице', 'пр-т', 'переулок', 'пер\\.', 'площадь',
  // ar
  'شارع', 'نهج', 'زنقة', 'طريق', 'ساحة',
];
/** Street words that are also common words ("place", "route"): the name must start with a capital. */
const WEAK_STREETS = ['place', 'route', 'chemin', 'quai', 'square', 'lane'];
/** The same words as written at the start of an address ("Place Flagey 18"): lower or upper case first letter. */
const WEAK_STREETS_PATTERN = WEAK_STREETS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|');
/** "n° 12", "nº 12", "no. 12", "nr. 12", "№ 12", "д. 5", "буд. 5" before a house number. */
const NUMBER_SIGN = String.raw`(?:№\s?|n[°º]\s?|no\.\s?|nr\.?\s?|д\.\s?|буд\.\s?)`;

const STRONG_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}])(?:${STRONG_STREETS.join('|')})(?:(?:\s+|\s*,\s*)${NAME_WORD}){1,6}?,?\s+${NUMBER_SIGN}?${HOUSE_NUMBER}`,
  'giu',
);
const WEAK_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}])(?:${WEAK_STREETS_PATTERN})\s+(?:(?:de|du|des|la|le|l'|d'|of|the)\s+)*\p{Lu}[\p{L}\p{M}'’-]*(?:\s+${NAME_WORD}){0,4}?,?\s+${NUMBER_SIGN}?${HOUSE_NUMBER}`,
  'gu',
);
/** Dutch compounds ("Wetstraat 16", "Louizalaan 54") and "Grote Markt 1". */
const DUTCH_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}])[\p{L}-]*(?:straat|laan|plein|steenweg|weg|baan|lei|dreef|kaai|markt|singel|vest|dijk|hof|pad|wal)\s+${HOUSE_NUMBER}`,
  'giu',
);
/** Number first ("16 rue de la Loi"): the name is one word after articles, then capitalised words only. */
const NUMBER_FIRST_ADDRESS = new RegExp(
  String.raw`(?<![\p{N}])\d{1,4}[a-zA-Z]?,?\s+(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Cc]haussée|[Aa]llée|[Pp]lace|[Qq]uai)(?:\s+(?:de|du|des|la|le|l'|d'))*\s*${NAME_WORD}(?:\s+\p{Lu}[\p{L}'’-]*){0,3}`,
  'gu',
);
/** English order ("12 Main Street"). */
const ENGLISH_ADDRESS = new RegExp(
  String.raw`(?<![\p{N}])\d{1,4}[a-zA-Z]?,?(?:\s+${NAME_WORD}){1,3}?\s+(?:street|st\.|road|rd\.|avenue|ave\.|lane|square|boulevard)(?![\p{L}])`,
  'giu',
);

/** The 11 digits pass the national register check (born before or after 2000). */
function nationalChecksumOk(d: string): boolean {
  const base = d.slice(0, 9);
  const check = Number(d.slice(9));
  const ok = (n: bigint): boolean => Number(97n - (n % 97n)) === check;
  return ok(BigInt(base)) || ok(BigInt(`2${base}`));
}

type Accept = (match: string) => boolean;

/** What at least one rule below needs: e-mails an '@', every other kind a digit (house numbers for addresses). */
const MAY_MATCH = /[0-9@\u0660-\u0669\u06F0-\u06F9]/;

const RULES: { kind: ScrubKind; re: RegExp; accept?: Accept }[] = [
  { kind: 'email', re: EMAIL },
  { kind: 'iban', re: IBAN, accept: (m) => digitsOf(m.slice(2)).length >= 8 && /^[a-z]{2}[ -]?\d\d/i.test(m) },
  { kind: 'iban', re: IBAN_LOOSE },
  { kind: 'national-number', re: NATIONAL_FORMATTED },
  { kind: 'national-number', re: NATIONAL_COMPACT },
  { kind: 'national-number', re: NATIONAL_BARE, accept: nationalChecksumOk },
  {
    kind: 'phone',
    re: PHONE,
    accept: (m) => {
      const trimmed = m.trim();
      if (DATE_LIKE.test(trimmed)) return false;
      const n = digitsOf(trimmed).length;
      return /^(\+|00)/.test(trimmed) ? n >= 8 && n <= 15 : n >= 9 && n <= 12;
    },
  },
  { kind: 'address', re: STRONG_ADDRESS },
  { kind: 'address', re: WEAK_ADDRESS },
  { kind: 'address', re: DUTCH_ADDRESS },
  { kind: 'address', re: NUMBER_FIRST_ADDRESS },
  { kind: 'address', re: ENGLISH_ADDRESS },
];

/**
 * Replaces phone numbers, e-mail addresses, IBANs, Belgian national register numbers and street addresses with
 * placeholders. Pure; idempotent (placeholders match nothing). Digits may be ASCII or Arabic-Indic.
 */
export function scrub(text: string): ScrubResult {
  const removed: Record<ScrubKind, number> = { email: 0, iban: 0, 'national-number': 0, phone: 0, address: 0 };
  // Every rule needs a digit (ASCII or Arabic-Indic) or an '@': most texts (titles, prompts, questions) have neither.
  if (!MAY_MATCH.test(text)) return { text, removed };
  const normal = asciiDigits(text);
  const spans: Span[] = [];
  const overlaps = (s: number, e: number): boolean => spans.some((x) => s < x.end && e > x.start);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of normal.matchAll(rule.re)) {
      const start = m.index ?? 0;
      // Trailing separators belong to the sentence, not to the match.
      const raw = m[0].replace(/[\s.,/(-]+$/u, '');
      const end = start + raw.length;
      if (raw.length === 0 || overlaps(start, end)) continue;
      if (rule.accept && !rule.accept(raw)) continue;
      spans.push({ start, end, kind: rule.kind });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const s of spans) {
    out += text.slice(pos, s.start) + PLACEHOLDERS[s.kind];
    removed[s.kind] += 1;
    pos = s.end;
  }
  out += text.slice(pos);
  return { text: out, removed };
}

/** Keys whose string values are identifiers or protocol fields, never free text: left as they are. */
const IDENTIFIER_KEY = /(^id$|Id$|^eTag$|^etag$|^\$type$|^type$|^locale$|^lang$|^serviceUrl$|^channelId$|^timestamp$|^postalCode$)/;

/** Keys holding what the bot itself wrote (prompts re-sent on retry): service phone numbers there must stay. */
const BOT_AUTHORED_KEY = /^(prompt|retryPrompt|choices|suggestedActions)$/;

/**
 * Scrubs every free-text string of `value`; `keepBotAuthored` leaves the bot's own prompts alone. A part where
 * nothing was removed is returned as it is (not copied): most of a conversation's state has nothing to remove.
 */
function walkScrub(value: unknown, keepBotAuthored: boolean): unknown {
  const walk = (v: unknown, key: string | undefined): unknown => {
    if (keepBotAuthored && key !== undefined && BOT_AUTHORED_KEY.test(key)) return v;
    // A string without digit or '@' holds nothing to remove (see MAY_MATCH): most of a state's strings.
    if (typeof v === 'string') return !MAY_MATCH.test(v) || (key !== undefined && IDENTIFIER_KEY.test(key)) ? v : scrub(v).text;
    if (Array.isArray(v)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const x = walk(v[i], undefined);
        if (x !== v[i]) (out ??= v.slice())[i] = x;
      }
      return out ?? v;
    }
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
      let out: Record<string, unknown> | undefined;
      for (const k of Object.keys(v)) {
        const before = (v as Record<string, unknown>)[k];
        const x = walk(before, k);
        if (x !== before) (out ??= { ...v })[k] = x;
      }
      return out ?? v;
    }
    return v;
  };
  return walk(value, undefined);
}

/**
 * Scrubs every free-text string inside a JSON-like value (botbuilder state), leaving identifier fields and the
 * bot's own prompts alone. The input is not changed; parts with nothing to remove are shared with it, not copied.
 */
export function scrubDeep<T>(value: T): T {
  return walkScrub(value, true) as T;
}

/**
 * An activity a person sent, as it may be stored: its text and every free-text string inside `value`,
 * `channelData`, `entities` (and any other field) scrubbed; identifiers (ids, type, locale, timestamp) kept.
 * Nothing is taken as the bot's own words here: a client could put anything under a key named `prompt`.
 */
export function scrubActivity<T extends object>(activity: T): T {
  return walkScrub(activity, false) as T;
}

const ANY_PLACEHOLDER = new RegExp(Object.values(PLACEHOLDERS).map((p) => p.replace(/[[\]-]/g, '\\$&')).join('|'), 'g');

/**
 * The text without its personal details, left as spaces: what a search should read. Phone numbers, e-mails and
 * addresses are never the need, and their digits met entries' numbers ("appelez-moi au 0470 12 34 56" held half of
 * the urgent-doctor entry's "24/7" and "1733").
 */
export function withoutPersonalDetails(text: string): string {
  return scrub(text).text.replace(ANY_PLACEHOLDER, ' ');
}
