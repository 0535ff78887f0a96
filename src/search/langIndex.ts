// The index of one language: word BM25F, word-bigram, character n-gram and passage channels over its documents.
import { analyzeTokens } from '../language/analyze';
import { arabicNgramForm, arabicVariants } from '../language/arabic';
import { dutchVariants } from '../language/dutch';
import { scriptKey } from '../language/translit';
import { type AnalyzedDoc, FIELDS, type Field, fieldRange, fieldSegments } from './analyzedDoc';
import { wordNgrams } from './ngrams';
import type { SearchOptions } from './options';
import { Postings, PostingsBuilder } from './postings';
import { DeletionIndex } from './typo';
import { PairVocab, Vocab } from './vocab';

/** Languages written in another script than Latin, whose pages may keep names in Latin letters. */
const NON_LATIN_LANGS: ReadonlySet<string> = new Set(['ar', 'fa', 'uk', 'ru', 'be', 'bg']);
/** A word in Latin letters (and digits) only. */
const LATIN_WORD = /^[a-z][a-z0-9]*$/;

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

/** Where each id (stem or stem prefix) occurs: `doc[k]`, `pos[k]` for k in `start[id]..start[id + 1]`, by document then position. */
interface Occurrences {
  start: Int32Array;
  doc: Int32Array;
  pos: Int32Array;
}

/** Occurrences of ids given per position of each document (`idAt(t)` of each stem id `t`), by counting sort. */
function occurrences(docs: readonly AnalyzedDoc[], ids: number, idAt: (t: number) => number): Occurrences {
  const start = new Int32Array(ids + 1);
  let total = 0;
  for (const d of docs) {
    for (const t of d.terms) start[idAt(t) + 1]++;
    total += d.terms.length;
  }
  for (let i = 0; i < ids; i++) start[i + 1] += start[i];
  const next = start.slice(0, ids);
  const doc = new Int32Array(total);
  const pos = new Int32Array(total);
  docs.forEach((d, di) => {
    for (let i = 0; i < d.terms.length; i++) {
      const k = next[idAt(d.terms[i])]++;
      doc[k] = di;
      pos[k] = i;
    }
  });
  return { start, doc, pos };
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
  private readonly deletions: DeletionIndex;
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
  /** Analysed documents, kept for the re-ranker's per-candidate features (coverage, proximity). */
  private readonly docs: AnalyzedDoc[];
  private readonly avgDocLen: number;
  /** Prefix id (first `rerankPrefix` letters of the stem) of every term id, and document frequency of each prefix. */
  private readonly termPrefix: Int32Array;
  private readonly prefixes = new Vocab();
  private readonly prefixDf: Int32Array;
  private lastPrefixes = new Map<number, number>();
  private lastPrefixMass = 0;
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
    this.docs = docs;
    const n = docs.length;
    this.avgDocLen = Math.max(1, docs.reduce((a, d) => a + d.terms.length, 0) / Math.max(1, n));
    this.termPrefix = Int32Array.from(terms.strings, (t) => this.prefixes.id(t.slice(0, o.rerankPrefix)));
    const pdf = new Int32Array(this.prefixes.size);
    const mark = new Int32Array(this.prefixes.size).fill(-1);
    for (let d = 0; d < n; d++) {
      for (const t of docs[d].terms) {
        const p = this.termPrefix[t];
        if (mark[p] !== d) {
          mark[p] = d;
          pdf[p]++;
        }
      }
    }
    this.prefixDf = pdf;
    // The re-ranker reads a candidate's query words by position: where each stem and each prefix occurs, made once
    // here rather than found by reading every word of every candidate (20 candidates of about 150 words a query).
    this.termOcc = occurrences(docs, terms.size, (t) => t);
    this.prefixOcc = occurrences(docs, this.prefixes.size, (t) => this.termPrefix[t]);
    this.titleStems = docs.map((doc) => Int32Array.from(new Set(doc.terms.subarray(0, doc.seg[1]))));
    this.docStart = new Int32Array(docs.length + 1);
    docs.forEach((doc, di) => (this.docStart[di + 1] = this.docStart[di] + doc.terms.length));
    this.flatTerms = new Int32Array(this.docStart[docs.length]);
    docs.forEach((doc, di) => this.flatTerms.set(doc.terms, this.docStart[di]));
    this.titleEnds = Int32Array.from(docs, (doc) => doc.seg[1]);
    const S = surfaces.strings;

    // Average field lengths (in words), for BM25F length normalisation.
    const avg = FIELDS.map((f) => {
      let sum = 0;
      for (const d of docs) {
        const [a, b] = fieldRange(d, f);
        sum += b - a;
      }
      return Math.max(1, sum / Math.max(1, n));
    });
    const norm = (len: number, fi: number): number => 1 - o.b + (o.b * len) / avg[fi];
    const fw = (f: Field): number => o.fieldWeights[f];

    // Large indexes: n-grams of title and keywords only, one length (see SearchOptions.largeIndexDocs).
    const large = n > o.largeIndexDocs;
    let tokens = 0;
    let shortTokens = 0;
    for (const d of docs) {
      tokens += d.terms.length;
      shortTokens += d.seg[2];
    }
    const word = new PostingsBuilder(tokens);
    const bigram = new PostingsBuilder(tokens);
    const ngram = new PostingsBuilder((large ? shortTokens : tokens) * (large ? 7 : 20));
    this.ngramMin = large ? o.ngramLargeLength : o.ngramMin;
    this.ngramMax = large ? o.ngramLargeLength : o.ngramMax;
    // n-gram ids of each distinct surface form, computed once.
    const surfaceGrams: (Int32Array | undefined)[] = new Array(surfaces.size);
    const gramsOf = (surface: number): Int32Array => {
      let g = surfaceGrams[surface];
      if (!g) {
        g = Int32Array.from(wordNgrams(this.ngramForm(S[surface]), this.ngramMin, this.ngramMax), (x) => this.grams.id(x));
        surfaceGrams[surface] = g;
      }
      return g;
    };
    for (let d = 0; d < n; d++) {
      const doc = docs[d];
      const { terms: T, surfaces: U, seg } = doc;
      for (let fi = 0; fi < FIELDS.length; fi++) {
        const f = FIELDS[fi];
        const [a, b] = fieldRange(doc, f);
        if (b === a) continue;
        const w = fw(f) / norm(b - a, fi);
        for (let i = a; i < b; i++) word.add(T[i], d, w);
        const [sa, sb] = fieldSegments(doc, f);
        for (let sg = sa; sg < sb; sg++) {
          for (let i = seg[sg] + 1; i < seg[sg + 1]; i++) bigram.add(this.pairs.id(T[i - 1], T[i]), d, w);
        }
        if (!large || f === 'title' || f === 'keywords') for (let i = a; i < b; i++) for (const g of gramsOf(U[i])) ngram.add(g, d, w);
      }
    }
    this.word = word.freeze(o.k1, () => 1, n);
    this.docTerms = [];
    this.docShare = [];
    if (o.prfDocs > 0) {
      for (let d = 0; d < n; d++) {
        const tf = new Map<number, number>();
        let total = 0;
        for (const f of FIELDS) {
          const [a, b] = fieldRange(docs[d], f);
          for (let i = a; i < b; i++) {
            const t = docs[d].terms[i];
            tf.set(t, (tf.get(t) ?? 0) + fw(f));
            total += fw(f);
          }
        }
        this.docTerms.push(Int32Array.from(tf.keys()));
        this.docShare.push(Float32Array.from(tf.values(), (v) => v / Math.max(1, total)));
      }
    }
    this.bigram = bigram.freeze(o.k1, () => 1, n);
    this.ngram = ngram.freeze(o.k1, () => 1, n);

    // Passage channel: sentence windows of the text and each sample question, scored by plain BM25.
    // Units are token ranges of their document (the text's sentences are contiguous).
    const unitDoc: number[] = [];
    const unitStart: number[] = [];
    const unitEnd: number[] = [];
    const unitBoost: number[] = [];
    const addUnit = (d: number, a: number, b: number, boost: number): void => {
      unitDoc.push(d);
      unitStart.push(a);
      unitEnd.push(b);
      unitBoost.push(boost);
    };
    let total = 0;
    for (let d = 0; d < n; d++) {
      const doc = docs[d];
      const [ta] = fieldSegments(doc, 'text');
      for (const [wa, wb] of windowIndices(doc.sentences, o.passageSize, o.passageStride)) {
        addUnit(d, doc.seg[ta + wa], doc.seg[ta + wb], 1);
      }
      const [qa, qb] = fieldSegments(doc, 'questions');
      for (let q = qa; q < qb; q++) addUnit(d, doc.seg[q], doc.seg[q + 1], o.questionPassageBoost);
    }
    const unitCount = unitDoc.length;
    for (let u = 0; u < unitCount; u++) total += unitEnd[u] - unitStart[u];
    const avgUnit = Math.max(1, total / Math.max(1, unitCount));
    const passage = new PostingsBuilder(total);
    for (let u = 0; u < unitCount; u++) {
      const T = docs[unitDoc[u]].terms;
      for (let i = unitStart[u]; i < unitEnd[u]; i++) passage.add(T[i], u, 1);
    }
    this.passage = passage.freeze(
      o.passageK1,
      (u) => 1 - o.passageB + (o.passageB * (unitEnd[u] - unitStart[u])) / avgUnit,
      unitCount,
    );
    this.passageDoc = Int32Array.from(unitDoc);
    this.passageBoost = Float32Array.from(unitBoost);
    this.acc = {
      word: new Float64Array(n),
      bigram: new Float64Array(n),
      ngram: new Float64Array(n),
      passage: new Float64Array(n),
      titleMatch: new Float64Array(n),
      unit: new Float64Array(unitCount),
    };
    this.seen = new Uint8Array(n);
    // Built now rather than on the first typo, so no query pays for it.
    this.deletions = new DeletionIndex(this.terms.strings, this.o.typoMinLength);
    if (NON_LATIN_LANGS.has(this.lang)) {
      this.terms.strings.forEach((s, id) => {
        if (!LATIN_WORD.test(s) || this.word.df(id) === 0) return;
        const k = scriptKey(s);
        if (!k) return;
        const list = this.latinByKey.get(k);
        if (list) list.push(id);
        else this.latinByKey.set(k, [id]);
      });
    }
    this.titleTerms =
      o.fusion.titleMatch > 0 ? docs.map((d) => Int32Array.from(new Set(d.terms.subarray(d.seg[0], d.seg[1])))) : [];
    this.titleIdf = Float64Array.from(this.titleTerms, (tt) => tt.reduce((a, t) => a + this.word.idf(t), 0));
    this.titleStemIdf = this.titleStems.map((tt) => Float64Array.from(tt, (t) => this.word.idf(t)));
    this.titleIdfMass = Float64Array.from(this.titleStemIdf, (idfs) => {
      let sum = 0;
      for (let k = 0; k < idfs.length; k++) sum += idfs[k];
      return sum;
    });
  }

  /** A known term the unknown word stands for once a clitic (Arabic) or a diminutive (Dutch) is removed, if any. */
  private variantOf(surface: string): number | undefined {
    const variants = this.lang === 'ar' ? arabicVariants(surface) : this.lang === 'nl' ? dutchVariants(surface) : [];
    for (const v of variants) {
      const id = this.terms.find(v);
      if (id !== undefined && this.word.df(id) > 0) return id;
    }
    return undefined;
  }

  /** Latin-script index terms (names kept in their German or French spelling) by consonant key: non-Latin languages only. */
  private readonly latinByKey = new Map<string, number[]>();

  /** Index terms spelt in Latin that a non-Latin query word transcribes (موسنكوس → musenkuss), by consonant key. */
  private transcribed(surface: string): number[] {
    if (this.latinByKey.size === 0 || LATIN_WORD.test(surface) || surface.length < 4) return [];
    // Arabic: the word as written first (فاليكوم is not ف + ال + يكوم), then without a prefix (والمونشن).
    for (const form of this.lang === 'ar' ? [surface, arabicNgramForm(surface)] : [surface]) {
      const k = scriptKey(form);
      const ids = k ? this.latinByKey.get(k) : undefined;
      if (ids) return ids;
    }
    return [];
  }

  /** Ids of a query word's indexed n-grams, in order (repeats kept), remembered per word (bounded). */
  private readonly queryGrams = new Map<string, number[]>();

  /** Query n-gram counts by id, all 0 between queries (`score`). */
  private gramCounts?: Float64Array;

  private knownGrams(surface: string): number[] {
    let ids = this.queryGrams.get(surface);
    if (ids === undefined) {
      ids = [];
      for (const g of wordNgrams(this.ngramForm(surface), this.ngramMin, this.ngramMax)) {
        const gid = this.grams.find(g);
        if (gid !== undefined) ids.push(gid);
      }
      if (this.queryGrams.size >= 10_000) this.queryGrams.clear();
      this.queryGrams.set(surface, ids);
    }
    return ids;
  }

  /** The form of a word whose character n-grams are indexed (Arabic: without its article or conjunction prefix). */
  private ngramForm(surface: string): string {
    return this.lang === 'ar' ? arabicNgramForm(surface) : surface;
  }

  /** Number of documents. */
  get size(): number {
    return this.globalIds.length;
  }

  private typoCandidates(term: string): string[] {
    return this.deletions.near(term);
  }

  /**
   * Scores the query in every channel. The returned arrays are reused by the next call:
   * read them before searching again.
   */
  score(text: string): ChannelScores {
    const o = this.o;
    const { word, bigram, ngram, passage, titleMatch, unit } = this.acc;
    const cand = this.seen;
    for (const d of this.lastTouched) {
      word[d] = bigram[d] = ngram[d] = passage[d] = titleMatch[d] = 0;
      cand[d] = 0;
    }
    const touched: number[] = [];
    this.lastTouched = touched;
    const toks = analyzeTokens(text, this.lang);

    // Word terms with query frequency; unknown words replaced by their edit-distance-1 neighbours.
    const qterms = new Map<number, number>();
    const ids = toks.map((t) => this.terms.find(t.term));
    let idfAll = 0;
    let idfFound = 0;
    const transcribed = new Map<number, string[]>();
    toks.forEach((t, i) => {
      const id = ids[i];
      const idf = this.word.idf(id);
      idfAll += idf;
      if (id !== undefined && this.word.df(id) > 0) {
        idfFound += idf;
        qterms.set(id, (qterms.get(id) ?? 0) + 1);
      } else if (this.variantOf(t.surface) !== undefined) {
        idfFound += idf;
        const v = this.variantOf(t.surface)!;
        qterms.set(v, (qterms.get(v) ?? 0) + 1);
      } else if (t.term.length >= o.typoMinLength) {
        const near = this.typoCandidates(t.term);
        if (near.length) idfFound += idf * o.typoWeight;
        for (const c of near) {
          const cid = this.terms.find(c);
          if (cid !== undefined) qterms.set(cid, (qterms.get(cid) ?? 0) + o.typoWeight / near.length);
        }
        // A name written in the question's script that the page keeps in Latin letters.
        const named = near.length ? [] : this.transcribed(t.surface);
        if (named.length) {
          idfFound += idf * o.typoWeight;
          transcribed.set(i, named.map((cid) => this.terms.strings[cid]));
        }
        for (const cid of named) qterms.set(cid, (qterms.get(cid) ?? 0) + o.typoWeight / named.length);
      }
    });

    // Large indexes: very common words are dropped, and fairly common words or n-grams only re-score documents
    // that rarer evidence found (bounds the candidate set, hence latency). Small indexes score everything.
    const large = this.size > o.largeIndexDocs;
    const common = large ? Math.max(1, o.commonTermDfRatio * this.size) : Infinity;
    const rare = large ? Math.max(1, o.rareTermDfRatio * this.size) : Infinity;
    if ([...qterms.keys()].some((t) => this.word.df(t) <= common)) {
      for (const t of [...qterms.keys()]) if (this.word.df(t) > common) qterms.delete(t);
    }
    let minDf = Infinity;
    for (const t of qterms.keys()) minDf = Math.min(minDf, this.word.df(t));
    const creates = (df: number): boolean => df <= rare || df <= minDf;
    const order = [...qterms.entries()].sort((a, b) => this.word.df(a[0]) - this.word.df(b[0]));
    for (const [t, w] of order) this.word.accumulateGated(t, w, word, cand, touched, creates(this.word.df(t)));

    for (let i = 1; i < ids.length; i++) {
      const b = this.pairs.find(ids[i - 1], ids[i]);
      this.bigram.accumulateGated(b, 1, bigram, cand, touched, this.bigram.df(b) <= rare, common);
    }

    // Character n-grams and stem prefixes of a transcribed name are those of its Latin spelling.
    const gramToks = transcribed.size
      ? toks.flatMap((t, i) => transcribed.get(i)?.map((w) => ({ term: w, surface: w })) ?? [t])
      : toks;
    // Each n-gram's count in the query, in the order first met (counted in an array kept for the purpose, not a map).
    const counts = (this.gramCounts ??= new Float64Array(this.grams.size));
    const grams: number[] = [];
    for (const t of gramToks) {
      for (const gid of this.knownGrams(t.surface)) {
        if (counts[gid] === 0) grams.push(gid);
        counts[gid]++;
      }
    }
    const maxDf = large ? Math.max(1, o.ngramMaxDfRatio * this.size) : Infinity;
    for (const g of grams) {
      const w = counts[g];
      counts[g] = 0;
      this.ngram.accumulateGated(g, w, ngram, cand, touched, this.ngram.df(g) <= rare, maxDf);
    }

    // Passages: best window (or sample question) of each candidate document.
    const utouched: number[] = [];
    for (const [t, w] of qterms) this.passage.accumulate(t, w, unit, utouched);
    for (const u of utouched) {
      const d = this.passageDoc[u];
      const s = unit[u] * this.passageBoost[u];
      unit[u] = 0;
      if (cand[d] === 0) {
        if (large) continue;
        cand[d] = 1;
        touched.push(d);
      }
      if (s > passage[d]) passage[d] = s;
    }

    if (o.fusion.titleMatch > 0) {
      for (const d of touched) {
        const tt = this.titleTerms[d];
        if (tt.length === 0 || this.titleIdf[d] === 0) continue;
        let m = 0;
        for (const t of tt) {
          const q = qterms.get(t);
          if (q !== undefined) m += Math.min(1, q) * this.word.idf(t);
        }
        titleMatch[d] = m / this.titleIdf[d];
      }
    }
    this.lastQuery = qterms;
    this.lastPrefixes = new Map();
    this.lastPrefixMass = 0;
    for (const t of gramToks) {
      const p = this.prefixes.find(t.term.slice(0, o.rerankPrefix));
      if (p === undefined || this.lastPrefixes.has(p)) continue;
      const df = this.prefixDf[p];
      const idf = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
      this.lastPrefixes.set(p, idf);
    }
    for (const t of gramToks) {
      const p = this.prefixes.find(t.term.slice(0, o.rerankPrefix));
      // Unknown prefixes count in the mass with the largest IDF (a word no document has).
      this.lastPrefixMass += p === undefined ? Math.log(1 + (this.size + 0.5) / 0.5) : 0;
    }
    for (const w of this.lastPrefixes.values()) this.lastPrefixMass += w;
    return {
      word,
      bigram,
      ngram,
      passage,
      titleMatch,
      touched,
      coverage: idfAll > 0 ? idfFound / idfAll : 0,
      queryTerms: toks.length,
    };
  }

  /**
   * Re-ranking features of document `d` for the last scored query (see `RERANK_FEATURES` in rank.ts): how much of
   * the query's IDF mass the document, its title and its best short window contain, and how much of its title the
   * query covers. Query words found only through typo correction count with their (lower) weight.
   */
  candidateFeatures(d: number, out: Float64Array, offset: number): void {
    this.prepareFeatures();
    const f = this.feat!;
    const { qw, pw, cnt, pcnt, events, mark, order } = f;
    // The document's words in the language's flat array (positions below are taken there: `base` + position).
    const T = this.flatTerms;
    const base = this.docStart[d];
    const length = this.docStart[d + 1] - base;
    const TP = this.termPrefix;
    const titleEnd = base + this.titleEnds[d];
    const W = this.o.rerankWindow;
    const titleTerms = this.titleStems[d];
    const titleIdfs = this.titleStemIdf[d];
    // The title's IDF mass (made at load), and the part of it the query holds (distinct title words, in their order).
    const titleIdf = this.titleIdfMass[d];
    let titleHit = 0;
    for (let k = 0; k < titleTerms.length; k++) if (qw[titleTerms[k]] > 0) titleHit += titleIdfs[k];
    // Only the positions of the query's stems and prefixes change anything below: the document's share of them,
    // filed once per query (`prepareFeatures`), in text order (a position may hold a stem and a prefix: once).
    const from = f.eventStart[d];
    const to = f.eventStart[d + 1];
    let ne = 0;
    if (to - from <= 16) {
      // A few: sorted in place, repeats dropped.
      sortRange(events, from, to);
      for (let e = from, last = -1; e < to; e++) {
        if (events[e] !== last) order[ne++] = events[e];
        last = events[e];
      }
    } else {
      // Many (a word the document repeats): flagged, then read in order between the first and the last.
      let first = length;
      let lastAt = -1;
      for (let e = from; e < to; e++) {
        const i = events[e];
        mark[i] = 1;
        if (i < first) first = i;
        if (i > lastAt) lastAt = i;
      }
      for (let i = first; i <= lastAt; i++) {
        if (mark[i] === 0) continue;
        mark[i] = 0;
        order[ne++] = i;
      }
    }
    // One pass over those positions in text order: distinct query stems / prefixes found (in the title, anywhere),
    // and the best window of W tokens. `cnt`/`pcnt` count occurrences inside the current window; marks 2^20 flag
    // "seen in this document".
    const SEEN = 1 << 20;
    let docMass = 0;
    let titleMass = 0;
    let count = 0;
    let best = 0;
    let cur = 0;
    let pMass = 0;
    let pTitle = 0;
    let pBest = 0;
    let pCur = 0;
    let lo = 0;
    let plo = 0;
    const pos = f.pos;
    const ppos = f.ppos;
    let np = 0;
    let npp = 0;
    for (let k = 0; k < ne; k++) {
      const i = base + order[k];
      const t = T[i];
      const w = qw[t];
      if (w > 0) {
        if ((cnt[t] & SEEN) === 0) {
          docMass += w;
          count++;
          if (i < titleEnd) titleMass += w;
          cnt[t] |= SEEN;
        }
        pos[np++] = i;
        if ((cnt[t] & (SEEN - 1)) === 0) cur += w;
        cnt[t]++;
        while (i - pos[lo] >= W) {
          const tl = T[pos[lo++]];
          cnt[tl]--;
          if ((cnt[tl] & (SEEN - 1)) === 0) cur -= qw[tl];
        }
        if (cur > best) best = cur;
      }
      const p = TP[t];
      const v = pw[p];
      if (v > 0) {
        if ((pcnt[p] & SEEN) === 0) {
          pMass += v;
          pcnt[p] |= SEEN;
        }
        if (i < titleEnd && (pcnt[p] & (SEEN << 1)) === 0) {
          pTitle += v;
          pcnt[p] |= SEEN << 1;
        }
        ppos[npp++] = i;
        if ((pcnt[p] & (SEEN - 1)) === 0) pCur += v;
        pcnt[p]++;
        while (i - ppos[plo] >= W) {
          const pl = TP[T[ppos[plo++]]];
          pcnt[pl]--;
          if ((pcnt[pl] & (SEEN - 1)) === 0) pCur -= pw[pl];
        }
        if (pCur > pBest) pBest = pCur;
      }
    }
    for (let k = 0; k < np; k++) cnt[T[pos[k]]] = 0;
    for (let k = 0; k < npp; k++) pcnt[TP[T[ppos[k]]]] = 0;
    const m = this.feat!.mass > 0 ? this.feat!.mass : 1;
    out[offset] = docMass / m;
    out[offset + 1] = titleMass / m;
    out[offset + 2] = best / m;
    out[offset + 3] = titleIdf > 0 ? titleHit / titleIdf : 0;
    out[offset + 4] = this.lastQuery.size > 0 ? count / this.lastQuery.size : 0;
    out[offset + 5] = length / (length + this.avgDocLen);
    // The same coverage and proximity over stem prefixes (inflections and compounds a stemmer leaves apart).
    const pm = this.lastPrefixMass > 0 ? this.lastPrefixMass : 1;
    out[offset + 6] = pMass / pm;
    out[offset + 7] = pTitle / pm;
    out[offset + 8] = pBest / pm;
  }

  /** Where each stem and each stem prefix occurs, and each document's distinct title stems in their order. */
  private readonly termOcc: Occurrences;
  private readonly prefixOcc: Occurrences;
  private readonly titleStems: Int32Array[];
  /** Every document's stem ids end to end, where each document starts in them, and where its title ends. */
  private readonly flatTerms: Int32Array;
  private readonly docStart: Int32Array;
  private readonly titleEnds: Int32Array;
  /** The IDF of each of those stems, and their sum in that order. */
  private readonly titleStemIdf: Float64Array[];
  private readonly titleIdfMass: Float64Array;

  /** Per-query weights of the re-ranking features (query stem and prefix IDF, by id), set once per query. */
  private feat?: {
    query: Map<number, number>;
    qw: Float64Array;
    pw: Float64Array;
    cnt: Int32Array;
    pcnt: Int32Array;
    pos: Int32Array;
    ppos: Int32Array;
    /** Positions of the query's stems and prefixes, by document: `events[eventStart[d]..eventStart[d + 1]]`. */
    events: Int32Array;
    eventStart: Int32Array;
    next: Int32Array;
    /** One document's positions in text order, and a flag per position (all 0 between calls). */
    order: Int32Array;
    mark: Uint8Array;
    mass: number;
    qIds: number[];
    pIds: number[];
  };

  private prepareFeatures(): void {
    if (!this.feat) {
      const maxLen = this.docs.reduce((a, d) => Math.max(a, d.terms.length), 0);
      this.feat = {
        query: new Map(),
        qw: new Float64Array(this.terms.size),
        pw: new Float64Array(this.prefixes.size),
        cnt: new Int32Array(this.terms.size),
        pcnt: new Int32Array(this.prefixes.size),
        pos: new Int32Array(maxLen),
        ppos: new Int32Array(maxLen),
        events: new Int32Array(Math.max(this.termOcc.pos.length, 1) * 2),
        eventStart: new Int32Array(this.docs.length + 1),
        next: new Int32Array(this.docs.length),
        order: new Int32Array(maxLen),
        mark: new Uint8Array(maxLen),
        mass: 0,
        qIds: [],
        pIds: [],
      };
    }
    const f = this.feat;
    if (f.query === this.lastQuery) return;
    for (const t of f.qIds) f.qw[t] = 0;
    for (const p of f.pIds) f.pw[p] = 0;
    f.query = this.lastQuery;
    f.qIds = [];
    f.pIds = [];
    f.mass = 0;
    for (const [t, w] of this.lastQuery) {
      const v = Math.min(1, w) * this.word.idf(t);
      f.mass += v;
      f.qw[t] = v;
      f.qIds.push(t);
    }
    for (const [p, v] of this.lastPrefixes) {
      f.pw[p] = v;
      f.pIds.push(p);
    }
    // Each document's positions of the query's stems and prefixes (two passes: count, then file).
    const at = f.eventStart;
    at.fill(0);
    const { termOcc, prefixOcc } = this;
    for (const t of f.qIds) for (let k = termOcc.start[t]; k < termOcc.start[t + 1]; k++) at[termOcc.doc[k] + 1]++;
    for (const p of f.pIds) for (let k = prefixOcc.start[p]; k < prefixOcc.start[p + 1]; k++) at[prefixOcc.doc[k] + 1]++;
    for (let d = 0; d < this.docs.length; d++) at[d + 1] += at[d];
    const next = f.next;
    next.set(at.subarray(0, this.docs.length));
    for (const t of f.qIds) for (let k = termOcc.start[t]; k < termOcc.start[t + 1]; k++) f.events[next[termOcc.doc[k]]++] = termOcc.pos[k];
    for (const p of f.pIds) for (let k = prefixOcc.start[p]; k < prefixOcc.start[p + 1]; k++) f.events[next[prefixOcc.doc[k]]++] = prefixOcc.pos[k];
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
    for (const [t, w] of best) this.word.accumulateGated(t, (o.prfWeight * w) / sum, s.word, this.seen, s.touched, true);
    return s.touched;
  }
}

/** Sorts `a[from..to)` ascending in place (insertion sort: for a handful of positions). */
function sortRange(a: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= from && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
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

