// Evidence per hit: which of the query's words a document holds where it counts (title, questions, keywords),
// weighted by their rarity. The ranking says which document is best; this says what the best one is worth.
import { analyzeTokens } from '../language/analyze';
import { CIRCUMSTANCE_WORD_LISTS } from '../language/stopwords';
import type { EvidenceOptions } from './options';
import { DeletionIndex } from './typo';
import type { HitEvidence, QueryEvidence, SearchDoc } from './types';

/** Where one analysed word occurs: doc id → 1 (title, questions, keywords) or `textOnlyWeight` (text only). */
type Postings = Map<string, number>;

/** How one query word matched (`near`: only through a typo, shared prefix or affix). */
interface FoundWord {
  idf: number;
  /** Its weight in each document (by position among the language's documents): the best of its postings. */
  weights: Float64Array;
}

/**
 * The words of one language's documents, to tell a question the documents cover from one they do not (gibberish,
 * the weather): the ranking always has a best hit, this says how much of the question that hit holds.
 */
export class EvidenceIndex {
  private readonly words = new Map<string, Postings>();
  /** The same, keyed by unstemmed (folded) word: stemmers leave some clitics and endings, words keep them whole. */
  private readonly surfaces = new Map<string, Postings>();
  /** Stem or folded word → ids of the documents whose title, keywords or a one-word sample question hold it. */
  private readonly topical = new Map<string, Set<string>>();
  private readonly near = new Map<string, string[]>();
  private readonly maps = new Map<'stem' | 'word', NearMaps>();
  private readonly docCount: number;
  /** Position of each document id among the language's documents. */
  private readonly docIndex = new Map<string, number>();
  /** Stems and folded forms of the language's words of when ("week-end", "open"): `circumstanceWeight`. */
  private readonly circumstance = new Set<string>();

  constructor(
    readonly lang: string,
    docs: readonly SearchDoc[],
    private readonly options: EvidenceOptions,
  ) {
    this.docCount = docs.length;
    for (const { term, surface } of analyzeTokens(CIRCUMSTANCE_WORD_LISTS[lang] ?? '', lang)) {
      this.circumstance.add(term).add(surface);
    }
    docs.forEach((d, i) => {
      if (!this.docIndex.has(d.id)) this.docIndex.set(d.id, i);
    });
    for (const d of docs) {
      const post = (map: Map<string, Postings>, key: string, w: number): void => {
        const p = map.get(key) ?? new Map<string, number>();
        map.set(key, p);
        if ((p.get(d.id) ?? -1) < w) p.set(d.id, w);
      };
      const add = (text: string, w: number): void => {
        for (const { term, surface } of analyzeTokens(text, lang)) {
          post(this.words, term, w);
          post(this.surfaces, surface, w);
        }
      };
      const questions = d.questions ?? [];
      // Title and keywords say what the document is about; so does a sample question of one word ("Je suis en
      // danger"), written for exactly that one-word question.
      const oneWord = questions.filter((q) => analyzeTokens(q, lang).length === 1);
      for (const x of [d.title, ...(d.keywords ?? []), ...oneWord]) {
        for (const { term, surface } of analyzeTokens(x, lang)) {
          for (const key of [term, surface]) this.topical.set(key, (this.topical.get(key) ?? new Set<string>()).add(d.id));
        }
      }
      for (const x of [d.title, ...questions, ...(d.keywords ?? [])]) add(x, 1);
      add(d.text, options.textOnlyWeight);
    }
  }

  /**
   * Analyses a question once and returns its coverage and the evidence for any document. A word no document has
   * weighs as much as the rarest word (times `unknownWordWeight`); `forgiven` such words (a place name found in the
   * text) are left out, and so are the words of `forgivable` that no document has (a trade the person says they are).
   */
  question(text: string, forgiven = 0, forgivable?: string): { query: QueryEvidence; hit: (id: string) => HitEvidence } {
    const n = this.docCount;
    const tokens = new Map(analyzeTokens(text, this.lang).map((t) => [t.term, t.surface]));
    const rarest = Math.log(1 + n);
    let all = 0;
    let known = 0;
    let skip = forgiven;
    const pardoned = forgivable ? new Set(analyzeTokens(forgivable, this.lang).map((t) => t.term)) : undefined;
    const found: FoundWord[] = [];
    // What each found word is worth to a document holding it: 1, or `circumstanceWeight` for a word of when.
    const worth: number[] = [];
    const isCircumstance = (term: string, surface: string): boolean => this.circumstance.has(term) || this.circumstance.has(surface);
    for (const [term, surface] of tokens) {
      const word = this.wordFound(term, surface);
      if (!word) {
        if (pardoned?.has(term)) continue;
        if (skip > 0) skip -= 1;
        else all += rarest * this.options.unknownWordWeight;
        continue;
      }
      all += word.idf;
      known += word.idf * (word.exact ? 1 : this.options.nearMatchWeight);
      found.push(word);
      worth.push(isCircumstance(term, surface) ? this.options.circumstanceWeight : 1);
    }
    const terms = [...tokens.keys()];
    // The documents the question's words are topical for: their sets, asked per hit (a handful of words, a dozen hits).
    // A word of when makes no document topical: the urgent-doctor entry's keywords hold "week-end".
    const topical: Set<string>[] = [];
    for (const [term, surface] of tokens) {
      if (this.options.circumstanceWeight < 1 && isCircumstance(term, surface)) continue;
      for (const key of [term, surface]) {
        const ids = this.topical.get(key);
        if (ids) topical.push(ids);
      }
    }
    const query: QueryEvidence = { terms, coverage: all > 0 ? known / all : 0 };
    const hit = (id: string): HitEvidence => {
      let supported = 0;
      const at = this.docIndex.get(id);
      for (let i = 0; i < found.length; i++) {
        const w = at === undefined ? 0 : found[i].weights[at];
        supported += found[i].idf * w * worth[i];
      }
      return {
        support: all > 0 ? supported / all : 0,
        supportWords: rarest > 0 ? supported / rarest : 0,
        topical: topical.some((ids) => ids.has(id)),
      };
    };
    return { query, hit };
  }

  /** How a query word (stem and folded form) is found in the documents, remembered per word (bounded). */
  private readonly wordsFound = new Map<string, (FoundWord & { exact: boolean }) | null>();

  private wordFound(term: string, surface: string): (FoundWord & { exact: boolean }) | null {
    const key = `${term}\u0000${surface}`;
    let word = this.wordsFound.get(key);
    if (word !== undefined) return word;
    const exact = this.words.get(term) ?? this.surfaces.get(surface);
    const near = [...this.nearPostings('stem', term, this.words), ...this.nearPostings('word', surface, this.surfaces)];
    if (!exact && near.length === 0) {
      word = null;
    } else {
      // Near forms count too, a little less: stemmers do not always meet ("لضمان" → "لضم", "ضمان" → "ضم").
      const postings: Array<[Postings, number]> = near.map((p) => [p, this.options.nearMatchWeight]);
      if (exact) postings.push([exact, 1]);
      // Rarity among the documents that name the word where it counts: "residence card" is in every list of
      // documents to bring, yet only one entry is about the card. A word found in the text of many documents is a
      // common word all the same ("it", "have"): half that count is the floor.
      const strong = new Set<string>();
      const any = new Set<string>();
      for (const [p] of postings) {
        for (const [id, w] of p) {
          any.add(id);
          if (w >= 1) strong.add(id);
        }
      }
      const idf = Math.log(1 + this.docCount / Math.max(1, strong.size, any.size / 2));
      // Its weight in each document, the best of its postings', made once per word rather than once per hit.
      const weights = new Float64Array(this.docCount);
      for (const [p, f] of postings) {
        for (const [id, w] of p) {
          const at = this.docIndex.get(id);
          if (at !== undefined) weights[at] = Math.max(weights[at], w * f);
        }
      }
      word = { idf, weights, exact: exact !== undefined };
    }
    if (this.wordsFound.size >= 10_000) this.wordsFound.clear();
    this.wordsFound.set(key, word);
    return word;
  }

  /**
   * Postings of the known words close to `term`: one typo away, sharing their first six letters (long inflected
   * forms), or the same word with one or two letters more or less at either end (clitics and endings the stemmer
   * left: Arabic "لضم" for "ضم", "for the deposit"). Looked up in maps built on first use, never by a scan.
   */
  private nearPostings(kind: 'stem' | 'word', term: string, words: Map<string, Postings>): Postings[] {
    if (term.length < 3) return [];
    const key = `${kind}\u0000${term}`;
    let found = this.near.get(key);
    if (!found) {
      const maps = this.nearMaps(kind, words);
      const min = this.options.nearMatchMinLength;
      const out = new Set<string>();
      if (words.has(term)) out.add(term);
      if (term.length >= min) for (const w of maps.typos.near(term)) if (w.length >= min - 1) out.add(w);
      if (term.length >= 6) for (const w of maps.prefix6.get(term.slice(0, 6)) ?? []) out.add(w);
      // Longer known words: the term plus one or two letters at either end.
      for (const w of maps.extends.get(term) ?? []) out.add(w);
      // Shorter known words (three letters or more): the term less one or two letters at either end.
      for (const cut of [term.slice(0, -1), term.slice(0, -2), term.slice(1), term.slice(2)]) {
        if (cut.length >= 3 && words.has(cut)) out.add(cut);
      }
      found = [...out];
      if (this.near.size > 10_000) this.near.clear();
      this.near.set(key, found);
    }
    return found.map((w) => words.get(w)).filter((p): p is Postings => p !== undefined);
  }

  private nearMaps(kind: 'stem' | 'word', words: Map<string, Postings>): NearMaps {
    let maps = this.maps.get(kind);
    if (!maps) {
      const prefix6 = new Map<string, string[]>();
      const extend = new Map<string, string[]>();
      const put = (m: Map<string, string[]>, k: string, w: string): void => {
        const l = m.get(k);
        if (!l) m.set(k, [w]);
        else if (!l.includes(w)) l.push(w);
      };
      for (const w of words.keys()) {
        if (w.length >= 6) put(prefix6, w.slice(0, 6), w);
        for (const cut of [w.slice(0, -1), w.slice(0, -2), w.slice(1), w.slice(2)]) if (cut.length >= 3) put(extend, cut, w);
      }
      maps = { typos: new DeletionIndex(words.keys(), this.options.nearMatchMinLength - 1), prefix6, extends: extend };
      this.maps.set(kind, maps);
    }
    return maps;
  }
}

/** Look-up tables of `nearPostings`, one set per kind of key. */
interface NearMaps {
  typos: DeletionIndex;
  prefix6: Map<string, string[]>;
  extends: Map<string, string[]>;
}
