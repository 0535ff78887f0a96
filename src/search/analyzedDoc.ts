// A document analysed once at build time into flat token-id arrays with segment offsets, reused by every channel.
import { analyzeTokens } from '../language/analyze';
import { sentences } from './passages';
import type { SearchDoc } from './types';
import type { Vocab } from './vocab';

/**
 * Token ids of a document, flat: segment 0 is the title, 1 the keywords, then one segment per sample question,
 * then one per sentence of the text. `seg[i]..seg[i+1]` is segment i.
 */
export interface AnalyzedDoc {
  /** Stem ids. */
  terms: Int32Array;
  /** Unstemmed folded word ids, aligned with `terms`. */
  surfaces: Int32Array;
  seg: Int32Array;
  questions: number;
  sentences: number;
}

/** Field names in the order used for weights and average lengths. */
export const FIELDS = ['title', 'questions', 'keywords', 'text'] as const;
export type Field = (typeof FIELDS)[number];

/** [first segment, end segment) of a field. */
export function fieldSegments(d: AnalyzedDoc, f: Field): [number, number] {
  switch (f) {
    case 'title':
      return [0, 1];
    case 'keywords':
      return [1, 2];
    case 'questions':
      return [2, 2 + d.questions];
    case 'text':
      return [2 + d.questions, 2 + d.questions + d.sentences];
  }
}

/** [start, end) token range of a field. */
export function fieldRange(d: AnalyzedDoc, f: Field): [number, number] {
  const [a, b] = fieldSegments(d, f);
  return [d.seg[a], d.seg[b]];
}

/** Analyses a document's fields in its own language. The text's first line is dropped when it repeats the title. */
export function analyzeDoc(doc: SearchDoc, terms: Vocab, surfaces: Vocab): AnalyzedDoc {
  const lang = doc.lang;
  let sents = sentences(doc.text);
  if (sents.length > 1 && sents[0].trim().toLowerCase() === doc.title.trim().toLowerCase()) sents = sents.slice(1);
  const questions = doc.questions ?? [];
  const pieces = [doc.title, (doc.keywords ?? []).join(' , '), ...questions, ...sents];
  const t: number[] = [];
  const s: number[] = [];
  const seg = new Int32Array(pieces.length + 1);
  pieces.forEach((p, i) => {
    seg[i] = t.length;
    if (p) {
      for (const tok of analyzeTokens(p, lang)) {
        t.push(terms.id(tok.term));
        s.push(surfaces.id(tok.surface));
      }
    }
  });
  seg[pieces.length] = t.length;
  return { terms: Int32Array.from(t), surfaces: Int32Array.from(s), seg, questions: questions.length, sentences: sents.length };
}
