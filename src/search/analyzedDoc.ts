// A document analysed once at build time (term and surface ids per field and per sentence), reused by every channel.
import { analyzeTokens } from '../language/analyze';
import { sentences } from './passages';
import type { SearchDoc } from './types';
import type { Vocab } from './vocab';

/** Token ids of one piece of text: stems (`terms`) and unstemmed folded words (`surfaces`). */
export interface TokenIds {
  terms: Int32Array;
  surfaces: Int32Array;
}

/** The fields the channels score, analysed. */
export interface AnalyzedDoc {
  title: TokenIds;
  keywords: TokenIds;
  /** One entry per sample question. */
  questions: TokenIds[];
  /** One entry per sentence/line of the text. */
  sentences: TokenIds[];
}

/** Field names in the order used for weights and average lengths. */
export const FIELDS = ['title', 'questions', 'keywords', 'text'] as const;
export type Field = (typeof FIELDS)[number];

function ids(text: string, lang: string, terms: Vocab, surfaces: Vocab): TokenIds {
  const toks = analyzeTokens(text, lang);
  const t = new Int32Array(toks.length);
  const s = new Int32Array(toks.length);
  for (let i = 0; i < toks.length; i++) {
    t[i] = terms.id(toks[i].term);
    s[i] = surfaces.id(toks[i].surface);
  }
  return { terms: t, surfaces: s };
}

/** Analyses a document's fields in its own language. The text's first line is dropped when it repeats the title. */
export function analyzeDoc(doc: SearchDoc, terms: Vocab, surfaces: Vocab): AnalyzedDoc {
  const lang = doc.lang;
  let sents = sentences(doc.text);
  if (sents.length > 1 && sents[0].trim().toLowerCase() === doc.title.trim().toLowerCase()) sents = sents.slice(1);
  return {
    title: ids(doc.title, lang, terms, surfaces),
    keywords: ids((doc.keywords ?? []).join(' , '), lang, terms, surfaces),
    questions: (doc.questions ?? []).map((q) => ids(q, lang, terms, surfaces)),
    sentences: sents.map((s) => ids(s, lang, terms, surfaces)),
  };
}

/** Concatenates token id arrays. */
export function concat(parts: TokenIds[]): TokenIds {
  let n = 0;
  for (const p of parts) n += p.terms.length;
  const terms = new Int32Array(n);
  const surfaces = new Int32Array(n);
  let o = 0;
  for (const p of parts) {
    terms.set(p.terms, o);
    surfaces.set(p.surfaces, o);
    o += p.terms.length;
  }
  return { terms, surfaces };
}

/** The whole-field token ids of a document. */
export function fieldTokens(d: AnalyzedDoc, f: Field): TokenIds {
  switch (f) {
    case 'title':
      return d.title;
    case 'keywords':
      return d.keywords;
    case 'questions':
      return concat(d.questions);
    case 'text':
      return concat(d.sentences);
  }
}
