// Names that settle something when a text uses them (an institution names a topic, "réfugié" a status), matched
// on analysed words so that forms and accents meet, whatever the language the text is analysed in.
import { analyzeTokens } from './analyze';

/**
 * The analysed words (stop words kept) of the last few texts: a turn asks several matchers (topics, statuses, each
 * twice) about its one message. A few entries only: enough for one turn, not a store of messages.
 */
const RECENT_TEXTS = 4;
const recent = new Map<string, readonly string[]>();

function termsOf(text: string, lang: string): readonly string[] {
  const key = `${lang}\u0000${text}`;
  let terms = recent.get(key);
  if (terms === undefined) {
    terms = analyzeTokens(text, lang, { removeStopwords: false }).map((t) => t.term);
    if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value as string);
    recent.set(key, terms);
  }
  return terms;
}

/**
 * Finds which keys' names a text holds: the words of one of the key's names, in order and side by side. Small words
 * count: "без документов" (without documents) names no status once "без" is dropped, and "какие документы нужны?"
 * then read as undocumented; nor do "no" and "papers" far apart in "no idea which papers".
 */
export class NameMatcher<K extends string> {
  /** Per language: names by their first analysed word. */
  private readonly byLang = new Map<string, Map<string, Array<{ key: K; terms: string[] }>>>();

  constructor(private readonly names: Partial<Record<K, readonly string[]>>) {}

  /** Keys named in `text`, analysed in `lang`. */
  find(text: string, lang: string): Set<K> {
    const terms = termsOf(text, lang);
    const byFirst = this.analysed(lang);
    const out = new Set<K>();
    for (let i = 0; i < terms.length; i++) {
      for (const name of byFirst.get(terms[i]) ?? []) {
        if (out.has(name.key) || i + name.terms.length > terms.length) continue;
        if (name.terms.every((t, j) => terms[i + j] === t)) out.add(name.key);
      }
    }
    return out;
  }

  /**
   * `text` without the words of the names it holds, as analysed words' surfaces (search input, not for display):
   * what is left once "je suis reconnu réfugié" has said who asks. Undefined when it names none.
   */
  without(text: string, lang: string): string | undefined {
    const tokens = analyzeTokens(text, lang, { removeStopwords: false });
    const byFirst = this.analysed(lang);
    const cut = new Array<boolean>(tokens.length).fill(false);
    let found = false;
    for (let i = 0; i < tokens.length; i++) {
      for (const name of byFirst.get(tokens[i].term) ?? []) {
        if (i + name.terms.length > tokens.length) continue;
        if (!name.terms.every((t, j) => tokens[i + j].term === t)) continue;
        for (let j = 0; j < name.terms.length; j++) cut[i + j] = true;
        found = true;
      }
    }
    return found ? tokens.filter((_, i) => !cut[i]).map((t) => t.surface).join(' ') : undefined;
  }

  /** Where in `text` (its analysed words, stop words kept) each name it holds starts and ends (end excluded). */
  spans(text: string, lang: string): Array<[number, number]> {
    const terms = termsOf(text, lang);
    const byFirst = this.analysed(lang);
    const out: Array<[number, number]> = [];
    for (let i = 0; i < terms.length; i++) {
      for (const name of byFirst.get(terms[i]) ?? []) {
        if (i + name.terms.length <= terms.length && name.terms.every((t, j) => terms[i + j] === t)) out.push([i, i + name.terms.length]);
      }
    }
    return out;
  }

  /**
   * `text` without the words of this matcher's names that stand right before one of `near`'s spans (only `links`
   * between: "адреса CPAS", "l'adresse du CPAS", "the address of the CPAS") or right after one ("Actiris office"), as
   * analysed words' surfaces (search input); not one of `denied` of the two words before ("pas d'adresse, le CPAS").
   * Undefined when none does.
   */
  withoutBeside(
    text: string,
    lang: string,
    near: ReadonlyArray<[number, number]>,
    links: ReadonlySet<string>,
    denied: ReadonlySet<string> = new Set(),
  ): string | undefined {
    if (near.length === 0) return undefined;
    const tokens = analyzeTokens(text, lang, { removeStopwords: false });
    const cut = new Array<boolean>(tokens.length).fill(false);
    let found = false;
    const linked = (from: number, to: number): boolean => tokens.slice(from, to).every((t) => links.has(t.surface));
    for (const [start, end] of this.spans(text, lang)) {
      if (tokens.slice(Math.max(0, start - 2), start).some((t) => denied.has(t.surface))) continue;
      if (!near.some(([a, b]) => (end <= a && linked(end, a)) || start === b)) continue;
      cut.fill(true, start, end);
      found = true;
    }
    return found ? tokens.filter((_, i) => !cut[i]).map((t) => t.surface).join(' ') : undefined;
  }

  private analysed(lang: string): Map<string, Array<{ key: K; terms: string[] }>> {
    let byFirst = this.byLang.get(lang);
    if (!byFirst) {
      byFirst = new Map();
      for (const [key, names] of Object.entries(this.names) as Array<[K, readonly string[]]>) {
        // Written with its apostrophe and without: Ukrainian keeps an apostrophe inside a word ("м'ясо"), so
        // "parcours d'intégration" is one word fewer there than the "parcours d integration" people type.
        const spellings = names.flatMap((n) => (/['’]/.test(n) ? [n, n.replace(/['’]/g, ' ')] : [n]));
        for (const name of spellings) {
          const terms = analyzeTokens(name, lang, { removeStopwords: false }).map((t) => t.term);
          if (terms.length === 0) continue;
          const list = byFirst.get(terms[0]) ?? [];
          list.push({ key, terms });
          byFirst.set(terms[0], list);
        }
      }
      this.byLang.set(lang, byFirst);
    }
    return byFirst;
  }
}
