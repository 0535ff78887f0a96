// Splits normalised text into word tokens, handling apostrophes per language (French elision vs Ukrainian apostrophe).

const WORD = /[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*/gu;
/** Languages where the apostrophe is a letter inside the word (обов'язковий). */
const APOSTROPHE_IN_WORD = new Set(['uk', 'ru', 'be']);

/**
 * Tokens of already-normalised text. Hyphenated words give their parts and, when every part has 3+
 * letters (compounds, not "est-ce"), the joined form too; apostrophes split words except in Ukrainian-like languages.
 */
export function tokenize(text: string, lang: string): string[] {
  const out: string[] = [];
  const m = text.match(WORD);
  if (!m) return out;
  const keepApostrophe = APOSTROPHE_IN_WORD.has(lang);
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
