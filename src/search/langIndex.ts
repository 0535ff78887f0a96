// The index of one language: word BM25F, word-bigram, character n-gram and passage channels over its documents.
import { analyzeTokens } from '../language/analyze';
import { type AnalyzedDoc, FIELDS, type Field, type TokenIds, concat, fieldTokens } from './analyzedDoc';
import { wordNgrams } from './ngrams';
import type { SearchOptions } from './options';
import { Postings, PostingsBuilder } from './postings';
import { DeletionIndex } from './typo';
import { PairVocab, Vocab } from './vocab';

/** Raw per-document scores of each channel for one query (arrays indexed by document, plus touched documents). */
export interface ChannelScores {
  word: Float64Array;
  bigram: Float64Array;
  ngram: Float64Array;
  passage: Float64Array;
  /** Share of each document's title (IDF-weighted) that the query contains. */
  titleMatch: Float64Array;
  touched: number[];
  /** Share of the query's word IDF mass that occurs in the index at all (0..1). */
  coverage: number;
  /** Number of analysed query words. */
  queryTerms: number;
}

/** Build-time inputs of one language. */
export interface LangIndexInput {
  lang: string;
  docs: AnalyzedDoc[];
  /** Global position of each local document. */
  globalIds: number[];
  terms: Vocab;
  surfaces: Vocab;
}

/** Per-language index; local document numbers index every array. */
export class LangIndex {
  readonly lang: string;
  readonly globalIds: Int32Array;
  private readonly word: Postings;
  private readonly bigram: Postings;
  private readonly ngram: Postings;
  private readonly passage: Postings;
  private readonly passageDoc: Int32Array;
  private readonly passageBoost: Float32Array;
  private deletions?: DeletionIndex;
  private readonly terms: Vocab;
  private readonly pairs = new PairVocab();
  private readonly grams = new Vocab();
  private readonly ngramMin: number;
  private readonly ngramMax: number;
  private readonly seen: Uint8Array;
  /** Distinct title term ids of each document, and the IDF sum of each title. */
  private readonly titleTerms: Int32Array[];
  private readonly titleIdf: Float64Array;
  /** Forward index for pseudo-relevance feedback: distinct term ids of each document and their field-weighted share. */
  private readonly docTerms: Int32Array[];
  private readonly docShare: Float32Array[];
  private lastQuery = new Map<number, number>();
  private lastTouched: number[] = [];
  // Reused accumulators (search is synchronous).
  private readonly acc: {
    word: Float64Array;
    bigram: Float64Array;
    ngram: Float64Array;
    passage: Float64Array;
    titleMatch: Float64Array;
    unit: Float64Array;
  };

  constructor(
    input: LangIndexInput,
    private readonly o: SearchOptions,
  ) {
    this.lang = input.lang;
    this.globalIds = Int32Array.from(input.globalIds);
    const { docs, terms, surfaces } = input;
    this.terms = terms;
    const n = docs.length;
    const S = surfaces.strings;

    // Average field lengths (in words), for BM25F length normalisation.
    const fieldTok: TokenIds[][] = docs.map((d) => FIELDS.map((f) => fieldTokens(d, f)));
    const avg = FIELDS.map((_, fi) => {
      let sum = 0;
      for (const ft of fieldTok) sum += ft[fi].terms.length;
      return Math.max(1, sum / Math.max(1, n));
    });
    const norm = (len: number, fi: number): number => 1 - o.b + (o.b * len) / avg[fi];
    const fw = (f: Field): number => o.fieldWeights[f];

    const word = new PostingsBuilder();
    const bigram = new PostingsBuilder();
    const ngram = new PostingsBuilder();
    // Large indexes: n-grams of the short fields only, one length (see SearchOptions.ngramFullTextMaxDocs).
    const large = n > o.ngramFullTextMaxDocs;
    this.ngramMin = large ? o.ngramLargeLength : o.ngramMin;
    this.ngramMax = large ? o.ngramLargeLength : o.ngramMax;
    // n-gram ids of each distinct surface form, computed once.
    const surfaceGrams: (Int32Array | undefined)[] = new Array(surfaces.size);
    const gramsOf = (surface: number): Int32Array => {
      let g = surfaceGrams[surface];
      if (!g) {
        g = Int32Array.from(wordNgrams(S[surface], this.ngramMin, this.ngramMax), (x) => this.grams.id(x));
        surfaceGrams[surface] = g;
      }
      return g;
    };
    for (let d = 0; d < n; d++) {
      for (let fi = 0; fi < FIELDS.length; fi++) {
        const f = FIELDS[fi];
        const tok = fieldTok[d][fi];
        if (tok.terms.length === 0) continue;
        const w = fw(f) / norm(tok.terms.length, fi);
        for (const t of tok.terms) word.add(t, d, w);
        const segs = f === 'questions' ? docs[d].questions : f === 'text' ? docs[d].sentences : [tok];
        for (const seg of segs) {
          for (let i = 1; i < seg.terms.length; i++) bigram.add(this.pairs.id(seg.terms[i - 1], seg.terms[i]), d, w);
        }
        if (!large || f !== 'text') for (const sf of tok.surfaces) for (const g of gramsOf(sf)) ngram.add(g, d, w);
      }
    }
    this.word = word.freeze(o.k1, () => 1, n);
    this.docTerms = [];
    this.docShare = [];
    if (o.prfDocs > 0) {
      for (let d = 0; d < n; d++) {
        const tf = new Map<number, number>();
        let total = 0;
        FIELDS.forEach((f, fi) => {
          for (const t of fieldTok[d][fi].terms) {
            tf.set(t, (tf.get(t) ?? 0) + fw(f));
            total += fw(f);
          }
        });
        this.docTerms.push(Int32Array.from(tf.keys()));
        this.docShare.push(Float32Array.from(tf.values(), (v) => v / Math.max(1, total)));
      }
    }
    this.bigram = bigram.freeze(o.k1, () => 1, n);
    this.ngram = ngram.freeze(o.k1, () => 1, n);

    // Passage channel: sentence windows of the text and each sample question, scored by plain BM25.
    const units: TokenIds[] = [];
    const unitDoc: number[] = [];
    const unitBoost: number[] = [];
    for (let d = 0; d < n; d++) {
      const sents = docs[d].sentences;
      for (const win of windowIndices(sents.length, o.passageSize, o.passageStride)) {
        units.push(concat(sents.slice(win[0], win[1])));
        unitDoc.push(d);
        unitBoost.push(1);
      }
      for (const q of docs[d].questions) {
        units.push(q);
        unitDoc.push(d);
        unitBoost.push(o.questionPassageBoost);
      }
    }
    let total = 0;
    for (const u of units) total += u.terms.length;
    const avgUnit = Math.max(1, total / Math.max(1, units.length));
    const passage = new PostingsBuilder();
    const unitLen = new Float64Array(units.length);
    units.forEach((u, ui) => {
      unitLen[ui] = u.terms.length;
      for (const t of u.terms) passage.add(t, ui, 1);
    });
    this.passage = passage.freeze(o.passageK1, (ui) => 1 - o.passageB + (o.passageB * unitLen[ui]) / avgUnit, units.length);
    this.passageDoc = Int32Array.from(unitDoc);
    this.passageBoost = Float32Array.from(unitBoost);
    this.acc = {
      word: new Float64Array(n),
      bigram: new Float64Array(n),
      ngram: new Float64Array(n),
      passage: new Float64Array(n),
      titleMatch: new Float64Array(n),
      unit: new Float64Array(units.length),
    };
    this.seen = new Uint8Array(n);
    this.titleTerms = docs.map((d) => Int32Array.from(new Set(d.title.terms)));
    this.titleIdf = Float64Array.from(this.titleTerms, (tt) => tt.reduce((a, t) => a + this.word.idf(t), 0));
  }

  private dedupe(xs: number[]): number[] {
    const out: number[] = [];
    for (const d of xs) {
      if (this.seen[d] === 0) {
        this.seen[d] = 1;
        out.push(d);
      }
    }
    for (const d of out) this.seen[d] = 0;
    return out;
  }

  /** Number of documents. */
  get size(): number {
    return this.globalIds.length;
  }

  private typoCandidates(term: string): string[] {
    if (!this.deletions) this.deletions = new DeletionIndex(this.terms.strings, this.o.typoMinLength);
    return this.deletions.near(term);
  }

  /**
   * Scores the query in every channel. The returned arrays are reused by the next call:
   * read them before searching again.
   */
  score(text: string): ChannelScores {
    const o = this.o;
    const { word, bigram, ngram, passage, titleMatch, unit } = this.acc;
    for (const d of this.lastTouched) word[d] = bigram[d] = ngram[d] = passage[d] = titleMatch[d] = 0;
    const touched: number[] = [];
    const toks = analyzeTokens(text, this.lang);

    // Word terms with query frequency; unknown words replaced by their edit-distance-1 neighbours.
    const qterms = new Map<number, number>();
    const ids = toks.map((t) => this.terms.find(t.term));
    let idfAll = 0;
    let idfFound = 0;
    toks.forEach((t, i) => {
      const id = ids[i];
      const idf = this.word.idf(id);
      idfAll += idf;
      if (id !== undefined && this.word.df(id) > 0) {
        idfFound += idf;
        qterms.set(id, (qterms.get(id) ?? 0) + 1);
      } else if (t.term.length >= o.typoMinLength) {
        const near = this.typoCandidates(t.term);
        if (near.length) idfFound += idf * o.typoWeight;
        for (const c of near) {
          const cid = this.terms.find(c);
          if (cid !== undefined) qterms.set(cid, (qterms.get(cid) ?? 0) + o.typoWeight / near.length);
        }
      }
    });
    // Very common words add almost nothing but cost a full postings scan: skip them when rarer words exist.
    const common = this.size >= o.commonTermMinDocs ? Math.max(1, o.commonTermDfRatio * this.size) : Infinity;
    if ([...qterms.keys()].some((t) => this.word.df(t) <= common)) {
      for (const t of [...qterms.keys()]) if (this.word.df(t) > common) qterms.delete(t);
    }
    for (const [t, w] of qterms) {
      this.word.accumulate(t, w, word, touched);
    }

    for (let i = 1; i < ids.length; i++) this.bigram.accumulate(this.pairs.find(ids[i - 1], ids[i]), 1, bigram, touched, common);

    const grams = new Map<number, number>();
    for (const t of toks) {
      for (const g of wordNgrams(t.surface, this.ngramMin, this.ngramMax)) {
        const gid = this.grams.find(g);
        if (gid !== undefined) grams.set(gid, (grams.get(gid) ?? 0) + 1);
      }
    }
    const maxDf = this.size >= o.commonTermMinDocs ? Math.max(1, o.ngramMaxDfRatio * this.size) : Infinity;
    for (const [g, w] of grams) this.ngram.accumulate(g, w, ngram, touched, maxDf);

    const utouched: number[] = [];
    for (const [t, w] of qterms) this.passage.accumulate(t, w, unit, utouched);
    for (const u of utouched) {
      const d = this.passageDoc[u];
      const s = unit[u] * this.passageBoost[u];
      unit[u] = 0;
      if (s > passage[d]) {
        if (passage[d] === 0 && word[d] === 0 && ngram[d] === 0 && bigram[d] === 0) touched.push(d);
        passage[d] = s;
      }
    }
    const out = this.dedupe(touched);
    for (const d of out) {
      const tt = this.titleTerms[d];
      if (tt.length === 0 || this.titleIdf[d] === 0) continue;
      let m = 0;
      for (const t of tt) {
        const q = qterms.get(t);
        if (q !== undefined) m += Math.min(1, q) * this.word.idf(t);
      }
      titleMatch[d] = m / this.titleIdf[d];
    }
    return {
      word,
      bigram,
      ngram,
      passage,
      titleMatch,
      touched: (this.lastTouched = out),
      coverage: idfAll > 0 ? idfFound / idfAll : 0,
      queryTerms: toks.length,
    };
  }

  /**
   * Pseudo-relevance feedback (RM3-like): the terms that weigh most in the given top documents (share × IDF,
   * weighted by each document's fused score), not already in the last query, are added to the word channel of
   * `s` with total weight `o.prfWeight`. Returns the new touched list.
   */
  expand(s: ChannelScores, top: { doc: number; score: number }[]): number[] {
    const o = this.o;
    if (o.prfDocs <= 0 || this.docTerms.length === 0 || top.length === 0) return s.touched;
    const max = top[0].score || 1;
    const cand = new Map<number, number>();
    for (const { doc, score } of top.slice(0, o.prfDocs)) {
      const terms = this.docTerms[doc];
      const share = this.docShare[doc];
      for (let i = 0; i < terms.length; i++) {
        const t = terms[i];
        if (this.lastQuery.has(t)) continue;
        cand.set(t, (cand.get(t) ?? 0) + (score / max) * share[i] * this.word.idf(t));
      }
    }
    const best = [...cand.entries()].sort((a, b) => b[1] - a[1]).slice(0, o.prfTerms);
    const sum = best.reduce((a, [, w]) => a + w, 0);
    if (sum === 0) return s.touched;
    const touched: number[] = [];
    for (const [t, w] of best) this.word.accumulate(t, (o.prfWeight * w) / sum, s.word, touched);
    const merged = this.dedupe([...s.touched, ...touched]);
    this.lastTouched = merged;
    return merged;
  }

  /** Analysed query words (for tests and diagnostics). */
  static queryTerms(text: string, lang: string): string[] {
    return analyzeTokens(text, lang).map((t) => t.term);
  }
}

/** [start, end) sentence ranges of the passage windows. */
function windowIndices(count: number, size: number, stride: number): [number, number][] {
  if (count === 0) return [];
  if (count <= size) return [[0, count]];
  const out: [number, number][] = [];
  for (let i = 0; i < count; i += stride) {
    out.push([i, Math.min(count, i + size)]);
    if (i + size >= count) break;
  }
  return out;
}

