// The one tokeniser: every reading of a person's words (search analysis, phrase lists, crisis words, place names)
// splits text here, so a word is the same word wherever the bot looks at it. Three views of one word pattern:
// - `tokenize`: the search analyser's tokens (compounds kept whole as well as split; Ukrainian apostrophes inside words);
// - `words` / `wordSpans` / `wordKey`: folded words (accents, case, Arabic vowel marks gone) for phrases, buttons and
//   names, with their place in the original text when a caller cuts it;
// - `wordsWithApostrophes`: normalised words keeping an inner apostrophe, for lexicons that read "l'incendie" and
//   "б'є" themselves.
import { foldAccents, normaliseText } from './normalise';

const WORD = /[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*/gu;
/**
 * Letters, digits and combining marks: a word as written, before folding (apostrophes and dashes split words). The
 * modifier letters ʼ and ʻ are apostrophes as typed (Ukrainian keyboards write "Лувʼєр", "обовʼязковий" so), as
 * `normaliseText` reads them: "в Ла Лувʼєр" was no place, "Ла Лув'єр" was La Louvière.
 */
const WORD_SPAN = /(?:(?![\u02BB\u02BC])[\p{L}\p{N}\p{M}])+/gu;
/** Arabic short vowels and tatweel: people rarely type them the same way. */
const ARABIC_MARKS = /[\u064B-\u0652\u0640]/g;
/** Languages where the apostrophe is a letter inside the word (обов'язковий). */
const APOSTROPHE_IN_WORD = new Set(['uk', 'ru', 'be']);

/** Whether the apostrophe is a letter inside a word of `lang`: the only way `tokenize` depends on the language. */
export function apostropheInWord(lang: string): boolean {
  return APOSTROPHE_IN_WORD.has(lang);
}

/**
 * Tokens of already-normalised text. Hyphenated words give their parts and, when every part has 3+
 * letters (compounds, not "est-ce"), the joined form too; apostrophes split words except in Ukrainian-like languages.
 */
export function tokenize(text: string, lang: string): string[] {
  const out: string[] = [];
  const m = text.match(WORD);
  if (!m) return out;
  const keepApostrophe = apostropheInWord(lang);
  for (const raw of m) {
    const word = keepApostrophe ? raw.replace(/'/g, '') : raw;
    if (word.includes('-') || word.includes("'")) {
      const parts = word.split(/['\-]/).filter(Boolean);
      out.push(...parts);
      if (word.includes('-') && parts.length > 1 && parts.every((p) => p.length >= 3)) out.push(parts.join(''));
    } else {
      out.push(word);
    }
  }
  return out;
}

/** Folded words remembered (a turn folds the same words many times: its text, button titles, phrases). Bounded. */
const FOLD_CACHE_LIMIT = 50_000;
const folded = new Map<string, string>();

/** One word as phrases and names compare it: normalised (case, Arabic letter variants), vowel marks gone, accents folded. */
export function foldWord(raw: string): string {
  // Lower-case ASCII letters and digits fold to themselves (most words of French, Dutch and English messages): no
  // look-up in the large map of words folded before.
  let plain = true;
  for (let i = 0; i < raw.length && plain; i++) {
    const c = raw.charCodeAt(i);
    plain = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  }
  if (plain) return raw;
  let word = folded.get(raw);
  if (word === undefined) {
    word = foldAccents(normaliseText(raw).replace(ARABIC_MARKS, ''));
    if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
    folded.set(raw, word);
  }
  return word;
}

/** A word of a text and where it stands in that text (UTF-16 offsets into the text as given). */
export interface WordSpan {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The spans and key of the last texts read: a turn reads its message and the titles of its buttons a dozen times
 * (phrase lists, buttons, places, crisis words). A few entries only: enough for one turn, not a store of messages.
 */
const RECENT_TEXTS = 16;
const recent = new Map<string, { spans: readonly WordSpan[]; key?: string }>();

function read(text: string): { spans: readonly WordSpan[]; key?: string } {
  let entry = recent.get(text);
  if (entry === undefined) {
    const spans: WordSpan[] = [];
    for (const m of text.matchAll(WORD_SPAN)) {
      const word = foldWord(m[0]);
      if (word) spans.push(Object.freeze({ word, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
    }
    entry = { spans };
    if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value as string);
    recent.set(text, entry);
  }
  return entry;
}

/** The folded words of a text with their offsets; punctuation, apostrophes and dashes split words. */
export function wordSpans(text: string): WordSpan[] {
  return read(text).spans.slice();
}

/** The folded words of a text: "Oublie-MOI !" → ["oublie", "moi"]. */
export function words(text: string): string[] {
  return read(text).spans.map((w) => w.word);
}

/** The folded words joined by one space: the key a message, a button title or a place name is compared by. */
export function wordKey(text: string): string {
  const entry = read(text);
  entry.key ??= entry.spans.map((w) => w.word).join(' ');
  return entry.key;
}

/** Normalised words keeping an apostrophe inside a word ("l'incendie", "б'є"); Arabic vowel marks removed. */
export function wordsWithApostrophes(text: string): string[] {
  return normaliseText(text)
    .replace(ARABIC_MARKS, '')
    .split(/[^\p{L}\p{N}']+/u)
    .map((t) => t.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}
