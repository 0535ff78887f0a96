// Matching people's words against phrase lists from the locale files (interrupts, crisis words, answers to buttons).
import { words } from '../language/tokenize';
import type { Lang } from '../knowledge/types';


/**
 * One phrase pattern: tokens separated by spaces; `word*` matches any word starting with `word`; a lone `*` matches
 * any one word. "me frapp*" matches "mon mari me frappe", "il me frappait".
 */
interface Pattern {
  lang: Lang;
  tokens: string[];
}

function compile(lang: Lang, phrase: string): Pattern {
  const tokens = phrase
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((raw) => {
      if (raw === '*') return ['*'];
      const prefix = raw.endsWith('*');
      // "б'є" is two tokens once apostrophes split words, as in the person's text.
      const parts = words(prefix ? raw.slice(0, -1) : raw);
      if (prefix && parts.length > 0) parts[parts.length - 1] += '*';
      return parts;
    });
  return { lang, tokens };
}

function tokenMatches(pattern: string, token: string): boolean {
  if (pattern === '*') return true;
  const last = pattern.length - 1;
  if (pattern.charCodeAt(last) === STAR) {
    // `token.startsWith(pattern.slice(0, -1))` without a new string on every comparison.
    if (token.length < last) return false;
    for (let i = 0; i < last; i++) if (pattern.charCodeAt(i) !== token.charCodeAt(i)) return false;
    return true;
  }
  return token === pattern;
}

const STAR = '*'.charCodeAt(0);

function matchAt(pattern: string[], tokens: string[], start: number): boolean {
  if (start + pattern.length > tokens.length) return false;
  for (let i = 0; i < pattern.length; i++) if (!tokenMatches(pattern[i], tokens[start + i])) return false;
  return true;
}

/**
 * Whether the pattern's words all occur, in any order, among the `window` tokens from `start` (each word its own
 * token): "меня избили" for "избили меня", "мене вб'є" for "вб'є мене".
 */
function matchAnyOrderAt(pattern: string[], tokens: string[], start: number, window: number): boolean {
  // The window starts on one of the pattern's words, so a match is found once, where it begins.
  let starts = false;
  for (let k = 0; k < pattern.length && !starts; k++) starts = tokenMatches(pattern[k], tokens[start]);
  if (!starts) return false;
  const end = Math.min(tokens.length, start + window);
  const used = new Array<boolean>(end - start).fill(false);
  for (const p of pattern) {
    let found = false;
    for (let i = start; i < end && !found; i++) {
      if (!used[i - start] && tokenMatches(p, tokens[i])) {
        used[i - start] = true;
        found = true;
      }
    }
    if (!found) return false;
  }
  return true;
}

/** How a phrase list is matched. */
export interface PhraseMatcherOptions {
  /**
   * Find `find`'s phrases of two words or more in any order, within their length plus one word: for crisis words,
   * where Ukrainian, Russian and Arabic put object and verb either way round and a miss costs far more than a
   * false alarm. The other methods keep the written order.
   */
  anyOrder: boolean;
}

/** A compiled set of phrase lists (one per language) answering "does this text contain one of the phrases?". */
export class PhraseMatcher {
  private readonly patterns: Pattern[];
  private readonly options: PhraseMatcherOptions;
  /**
   * Patterns by one of their whole words (not `*`, not a prefix): every way of matching needs that word in the text,
   * so only the patterns of the text's words are tried. Patterns without a whole word are always tried.
   */
  private readonly byWord = new Map<string, number[]>();
  private readonly unindexed: number[] = [];
  /** The patterns of `unindexed`, in list order: the candidates when none of the text's words has patterns. */
  private readonly unindexedPatterns: readonly Pattern[];

  constructor(lists: Map<Lang, string[]>, options: Partial<PhraseMatcherOptions> = {}) {
    this.patterns = [...lists].flatMap(([lang, phrases]) => phrases.map((p) => compile(lang, p))).filter((p) => p.tokens.length > 0);
    this.options = { anyOrder: false, ...options };
    this.patterns.forEach((p, i) => {
      const word = p.tokens.find((t) => !t.endsWith('*'));
      if (word === undefined) this.unindexed.push(i);
      else this.byWord.set(word, [...(this.byWord.get(word) ?? []), i]);
    });
    this.unindexedPatterns = this.unindexed.map((i) => this.patterns[i]);
  }

  /** The patterns that may match these tokens, in list order (the order results are given in). */
  private candidates(tokens: readonly string[]): readonly Pattern[] {
    // About 20 calls a turn: the unindexed patterns (about 45) copied and sorted only when a word adds some.
    let ids: number[] | undefined;
    for (let k = 0; k < tokens.length; k++) {
      const list = this.byWord.get(tokens[k]);
      // Each word once (a pattern is filed under one word only, so no pattern comes twice).
      if (list && tokens.indexOf(tokens[k]) === k) for (const i of list) (ids ??= [...this.unindexed]).push(i);
    }
    return ids ? ids.sort((a, b) => a - b).map((i) => this.patterns[i]) : this.unindexedPatterns;
  }

  /** Languages of the phrases found anywhere in the text (empty when none). */
  find(text: string): Lang[] {
    const tokens = words(text);
    const langs = new Set<Lang>();
    for (const p of this.candidates(tokens)) {
      const anyOrder = this.options.anyOrder && p.tokens.length > 1;
      for (let i = 0; i + p.tokens.length <= tokens.length; i++) {
        if (anyOrder ? matchAnyOrderAt(p.tokens, tokens, i, p.tokens.length + 1) : matchAt(p.tokens, tokens, i)) {
          langs.add(p.lang);
          break;
        }
      }
    }
    return [...langs];
  }

  /** The text's tokens minus those covered by a phrase ("je vis à Namur" → ["namur"] for "je vis a"). */
  strip(text: string): string[] {
    const tokens = words(text);
    const covered = new Array<boolean>(tokens.length).fill(false);
    for (const p of this.candidates(tokens)) {
      for (let i = 0; i + p.tokens.length <= tokens.length; i++) {
        if (matchAt(p.tokens, tokens, i)) for (let k = i; k < i + p.tokens.length; k++) covered[k] = true;
      }
    }
    return tokens.filter((_, i) => !covered[i]);
  }

  /** True when a phrase begins the text, at its first token or within its first `within` tokens ("ok merci, …"). */
  opens(text: string, within = 0): boolean {
    const tokens = words(text);
    return this.candidates(tokens).some((p) => {
      for (let i = 0; i <= within && i + p.tokens.length <= tokens.length; i++) if (matchAt(p.tokens, tokens, i)) return true;
      return false;
    });
  }

  /** The tokens (at most `count`) that follow each phrase found: "je suis à Liège, comment…" → [["liege", "comment"]]. */
  after(text: string, count: number): string[][] {
    const tokens = words(text);
    const out: string[][] = [];
    for (const p of this.candidates(tokens)) {
      for (let i = 0; i + p.tokens.length <= tokens.length; i++) {
        if (!matchAt(p.tokens, tokens, i)) continue;
        const rest = tokens.slice(i + p.tokens.length, i + p.tokens.length + count);
        if (rest.length > 0) out.push(rest);
      }
    }
    return out;
  }

  /**
   * True when the whole message is one of the phrases, give or take `slack` extra words (so "help" and "help me
   * please" are a request for help, but a long question that mentions "help" is not).
   */
  isCommand(text: string, slack = 2): boolean {
    const tokens = words(text);
    if (tokens.length === 0) return false;
    return this.candidates(tokens).some((p) => {
      // A one-word phrase must be the whole message: "langue" changes the language, "cours de langue" does not.
      const allowed = p.tokens.length === 1 ? 0 : slack;
      if (tokens.length > p.tokens.length + allowed) return false;
      for (let i = 0; i + p.tokens.length <= tokens.length; i++) if (matchAt(p.tokens, tokens, i)) return true;
      return false;
    });
  }
}
