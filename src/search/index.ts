// SearchIndex: builds per-language indexes over knowledge entries or pages and answers ranked, scoped queries.
import { analyzeDoc } from './analyzedDoc';
import { type ChannelScores, LangIndex } from './langIndex';
import { type SearchOptions, SearchError, resolveOptions } from './options';
import { EvidenceIndex } from './evidence';
import { type Fused, confidence, confidenceTop3, features, fuse, rerank, rerankFeatures } from './rank';
import type { SearchDoc, SearchQuery, SearchResult } from './types';
import { Vocab } from './vocab';

export { DEFAULT_SEARCH_OPTIONS, SearchError } from './options';
export type { EvidenceOptions, SearchOptions } from './options';
export type { HitEvidence, QueryEvidence, SearchDoc, SearchQuery, SearchResult, SearchHit } from './types';

/** An immutable multilingual search index; a query searches the documents of its language only. */
export class SearchIndex {
  private readonly langs = new Map<string, LangIndex>();
  private readonly evidence = new Map<string, EvidenceIndex>();
  private readonly ids: string[];
  private readonly scopes: (readonly string[] | undefined)[];
  private readonly scopeMasks = new Map<string, Uint8Array>();

  private constructor(
    docs: SearchDoc[],
    private readonly options: SearchOptions,
  ) {
    this.ids = docs.map((d) => d.id);
    this.scopes = docs.map((d) => (d.scope === undefined ? undefined : Array.isArray(d.scope) ? d.scope : [d.scope]));
    const byLang = new Map<string, number[]>();
    docs.forEach((d, i) => {
      if (!d.lang) throw new SearchError(`document "${d.id}" has no lang`);
      const l = byLang.get(d.lang);
      if (l) l.push(i);
      else byLang.set(d.lang, [i]);
    });
    for (const [lang, positions] of byLang) {
      const terms = new Vocab();
      const surfaces = new Vocab();
      const analyzed = positions.map((p) => analyzeDoc(docs[p], terms, surfaces));
      this.langs.set(lang, new LangIndex({ lang, docs: analyzed, globalIds: positions, terms, surfaces }, options));
      this.evidence.set(lang, new EvidenceIndex(lang, positions.map((p) => docs[p]), options.evidence));
    }
  }

  /** Indexes documents (any mix of languages). Throws `SearchError` on a document without language. */
  static build(docs: SearchDoc[], options?: Partial<SearchOptions>): SearchIndex {
    return new SearchIndex(docs, resolveOptions(options));
  }

  /** Number of documents indexed. */
  get size(): number {
    return this.ids.length;
  }

  /** Languages that have documents. */
  get languages(): string[] {
    return [...this.langs.keys()];
  }

  /**
   * Ranked hits among the documents of the query's language and scopes, each with its evidence (how much of the
   * query it holds), and a calibrated confidence. Callers decide with the evidence; nothing here decides.
   */
  search(q: SearchQuery): SearchResult {
    const o = this.options;
    const li = this.langs.get(q.lang);
    const limit = q.limit ?? o.defaultLimit;
    const ev = this.evidence.get(q.lang)?.question(q.needText ?? q.text, q.forgiven ?? 0, q.forgivable);
    const query = ev?.query ?? { terms: [], coverage: 0 };
    if (!li || !ev || !q.text.trim()) return { hits: [], confidence: 0, query };
    const s = li.score(q.text);
    const mask = q.scopes ? this.scopeMask(q.scopes) : undefined;
    const allowed = mask ? (d: number) => mask[li.globalIds[d]] === 1 : () => true;
    const { fused } = this.firstStage(li, s, allowed, Math.max(limit, 2, o.rerankDepth));
    if (o.rerankDepth > 0 && fused.hits.length > 1) {
      const feats = rerankFeatures(fused.hits, s, (d, out, off) => li.candidateFeatures(d, out, off));
      fused.hits = rerank(fused.hits, feats, o.rerankWeights);
    }
    const signals = features(fused.hits, fused.maxScore, s);
    const conf = confidence(signals);
    const conf3 = confidenceTop3(signals);
    const hits = fused.hits.slice(0, limit).map((f) => {
      const id = this.ids[li.globalIds[f.doc]];
      return { id, score: f.score, evidence: ev.hit(id) };
    });
    return { hits, confidence: conf, confidenceTop3: conf3, query, signals };
  }

  private firstStage(li: LangIndex, s: ChannelScores, allowed: (d: number) => boolean, depth: number): { fused: { hits: Fused[]; maxScore: number } } {
    const o = this.options;
    let fused = fuse(s, o, allowed, Math.max(depth, o.prfDocs));
    if (o.prfDocs > 0 && fused.hits.length > 0) {
      s.touched = li.expand(s, fused.hits);
      fused = fuse(s, o, allowed, depth);
    }
    return { fused };
  }

  /**
   * The re-ranker's inputs for a query: the first stage's candidates (ids, best first) and their feature rows
   * (`RERANK_FEATURES`). For fitting the model (`npm run eval -- --fit-ranker`).
   */
  rerankInputs(q: SearchQuery): { ids: string[]; features: number[][] } {
    const o = this.options;
    const li = this.langs.get(q.lang);
    if (!li || !q.text.trim()) return { ids: [], features: [] };
    const s = li.score(q.text);
    const mask = q.scopes ? this.scopeMask(q.scopes) : undefined;
    const allowed = mask ? (d: number) => mask[li.globalIds[d]] === 1 : () => true;
    const { fused } = this.firstStage(li, s, allowed, Math.max(2, o.rerankDepth));
    const feats = rerankFeatures(fused.hits, s, (d, out, off) => li.candidateFeatures(d, out, off));
    const F = feats.length / Math.max(1, fused.hits.length);
    return {
      ids: fused.hits.map((h) => this.ids[li.globalIds[h.doc]]),
      features: fused.hits.map((_, i) => Array.from(feats.subarray(i * F, (i + 1) * F))),
    };
  }

  /** 1 for every document with no scope or one of `scopes` (cached per scope set). */
  private scopeMask(scopes: string[]): Uint8Array {
    const key = [...scopes].sort().join('\u0000');
    let m = this.scopeMasks.get(key);
    if (!m) {
      const want = new Set(scopes);
      const fresh = new Uint8Array(this.ids.length);
      this.scopes.forEach((s, i) => {
        if (!s || s.some((x) => want.has(x))) fresh[i] = 1;
      });
      m = fresh;
      if (this.scopeMasks.size > 256) this.scopeMasks.clear();
      this.scopeMasks.set(key, m);
    }
    return m;
  }
}
