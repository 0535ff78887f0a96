// The answerer: searches the knowledge base in the person's language, filters by place and status, decides answer /
// clarify / fallback and routes the services of the answer's topic for where the person lives.
import { KnowledgeError } from '../knowledge/problems';
import { analyzeTokens } from '../language/analyze';
import {
  PIVOT_LANG,
  type Entry,
  type KnowledgeBase,
  type Lang,
  type Place,
  type RoutedService,
  type Status,
  type ServiceType,
  type Topic,
} from '../knowledge/types';
import { placeFromPostalCode, type PostalData } from '../routing/postal';
import { placeFromText, type NameIndex } from '../routing/places';
import { normaliseName } from '../routing/text';
import { routeIds, routeTypes, type RouteContext } from '../routing/services';
import { SearchIndex, type SearchDoc, type SearchOptions } from '../search/index';
import type { AnswerDecision, AnswererPort, AnswerRequest } from './types';

/** Options of the answerer. */
export interface AnswererOptions {
  /** Most services shown with an answer (a phone screen holds about six). */
  maxServices: number;
  /** Most services of one type with an answer (the nearest BAPA offices, not all six). */
  maxPerType: number;
  /** Most services offered by the fallback's "talk to a person" step. */
  maxFallbackServices: number;
  /** Most entries offered when the question is ambiguous (CONTRACT: top-3 choices). */
  maxChoices: number;
  /** Hits asked from the search engine before filtering by place and status. */
  searchLimit: number;
  /** Id of the emergency entry; any entry with topic "emergency" is used when it is missing. */
  emergencyEntryId: string;
  /** Service ids always added to the emergency reply when present in the knowledge base (112 and police first). */
  emergencyServiceIds: string[];
  /**
   * Score factor of an entry written for some statuses only (e.g. temporary protection) when the person's
   * status is unknown and the question does not name it (`statusNames`, which include "Ukraine"): the general
   * entry wins unless the specific one is clearly better. 0.8 let "hoe kan ik hulp krijgen van het OCMW?" get the
   * Ukrainians' CPAS entry; 0.7 answers it with the general one and raised our probes from 460 to 462 of 475 right
   * topics (0.6 and 0.5: the same, and one blind probe lost); belgium 36/36 at all four.
   */
  unknownStatusAudienceWeight: number;
  /**
   * Least share of the question (IDF-weighted words) that the best entry must contain for an answer or a
   * choice: below it the question is not one the knowledge base covers ("recipe for pancakes", keyboard
   * mashing) and the person is sent to people who can help. See `QueryEvidence`. With `minSupportWords`, chosen
   * on tests/fixtures/probes/kb-probes.jsonl and the public belgium set: 0.4–0.5 with 1.2–1.4 words keep 97% of
   * in-scope probes on topic and send 93% of off-topic ones to the fallback; 1.0 word lets single common words
   * through (fallback drops to 70%).
   */
  minSupport: number;
  /**
   * Matched words (in units of the knowledge base's rarest word) that support an entry whatever the share: a
   * long question names several of its words and a few more it does not ("I'm looking for a flat and have no
   * money for the deposit").
   */
  minSupportWords: number;
  /**
   * Least share of the question's words known to the knowledge base (in any entry, this language) for the
   * fallback to name a topic; below it the question is treated as nonsense and the generalists are offered.
   */
  minCoverage: number;
  /**
   * Relative score gap (top − rival) / top under which an entry of another topic is a real rival and the
   * person chooses between them; above it the top entry is answered even when the search engine hesitates
   * (its confidence is calibrated on thousands of web pages, not on a few dozen curated entries whose sample
   * questions are written to be told apart). 0.05–0.2 give the same topic figures on the probes; the clarify
   * dialog shows the best guess first and its office, so a choice costs the person one tap, not the answer.
   */
  rivalGap: number;
  /**
   * Weight of a question word the knowledge base does not have at all, relative to its rarest word. 1: an
   * unknown word counts against an answer as much as a rare known word counts for it (0.7–0.8 changed nothing
   * on the probes once `minSupportWords` lets long questions through).
   */
  unknownWordWeight: number;
  /**
   * Weight of a word found only in an entry's answer text (not its title, questions or keywords) in the support.
   * 0: answers mention "yesterday" or "week-end" in passing; that is no sign the entry is about them (0.25 and
   * 0.5 gave no better figures on the probes).
   */
  textOnlyWeight: number;
  /** Weight of a question word matched only through a near form (one typo, a shared long prefix, an affix). */
  nearMatchWeight: number;
  /** Shortest query word corrected for typos (shorter words are too easily confused; affixes are checked from 3 letters). */
  nearMatchMinLength: number;
  /**
   * Languages searched again, in order, when the question's language finds nothing that covers it: those
   * written alike, which short questions are easily mistaken for. The reply stays in the person's language.
   */
  retryLangs: Record<Lang, Lang[]>;
  /**
   * Names that settle the topic when a question uses them: institutions ("CPAS", "OCMW", "CRI", "BAPA", "Forem")
   * and the pathway's own names, any language. They are in so many entries that their rarity says little, yet
   * "financial help from the CPAS" is about the CPAS, not about legal aid. Entries of a named topic score
   * `namedTopicBoost` more, and entries of other topics are no longer offered as rivals.
   */
  topicNames: Partial<Record<Topic, string[]>>;
  /**
   * Names of statuses, any language: a question that names one ("я біженець", "as a refugee") is asked by a
   * person with that status, so entries written for it are not weighed down by `unknownStatusAudienceWeight`.
   * On the kb-r2 probes "я біженець, хочу привезти дружину, який термін подати заяву" got the general family
   * reunification entry, without the refugees' 6-month deadline, because of that weight.
   */
  statusNames: Partial<Record<Status, string[]>>;
  /** Score bonus of entries whose topic the question names (see `topicNames`). */
  namedTopicBoost: number;
  /**
   * Whether a commune named in the question stands for the person's place when the request has none (see
   * `decide`). On the kb-r2 probes over HTTP, without it a question like "hi im in liege, the commune said i
   * must do a course at CRI, by when??" got a Wallonia/Brussels choice and no office.
   */
  placeFromQuestion: boolean;
  /**
   * Whether the words naming the commune found in the question are left out of the search (see `decide`); they
   * are always left out of what an entry must cover. Off: on the in-scope probes without a postal code, with
   * "j'habite à / ik woon in / я живу в <town>" put before them (3 towns each, 666 questions), on it gets 629 right
   * topics and off 617, but without the prefix it costs 2 of 222 (218 → 216): region entries lose the help of
   * "Brussel" or "Liège" in their own questions.
   */
  ignorePlaceNames: boolean;
  /**
   * When the top hit does not cover the question (`minSupport`) but another hit scoring at least this share of
   * the top one does, that one is taken instead of falling back. On the kb-r2 probes, "free lawyer for my
   * asylum appeal" and "أحتاج محامي مجاني لملف الإقامة" found the generic lawyer entry first (support 0.4, "free
   * lawyer" only) and the residence-file one 0.72–0.96 as high with twice the support. 1 turns it off.
   */
  coveringNeighbourRatio: number;
  /** Search engine options. */
  search: Partial<SearchOptions>;
}

/** Defaults. */
export const DEFAULT_OPTIONS: AnswererOptions = {
  maxServices: 6,
  maxPerType: 3,
  maxFallbackServices: 4,
  maxChoices: 3,
  searchLimit: 10,
  emergencyEntryId: 'emergency-help',
  emergencyServiceIds: ['emergency-112', 'police-101'],
  unknownStatusAudienceWeight: 0.7,
  minSupport: 0.45,
  minSupportWords: 1.3,
  minCoverage: 0.3,
  rivalGap: 0.12,
  unknownWordWeight: 1,
  textOnlyWeight: 0,
  nearMatchWeight: 0.7,
  nearMatchMinLength: 5,
  topicNames: {
    cpas: ['CPAS', 'OCMW', 'سيباس', 'السيباس'],
    'integration-pathway': [
      'CRI', 'BAPA', "parcours d'intégration", "parcours d'accueil", 'inburgering', 'inburgeringstraject',
      'integratietraject', 'onthaalbureau', 'integration pathway', 'reception pathway', 'програма інтеграції',
      'курс інтеграції', 'программа интеграции', 'курс интеграции', 'مسار الاندماج',
    ],
    employment: ['Forem', 'Actiris', 'VDAB', 'Форем', 'Актіріс', 'Актирис'],
    health: ['mutuelle', 'mutualité', 'ziekenfonds', 'mutuality', 'мютюель', 'мютюэль'],
  },
  namedTopicBoost: 0.2,
  statusNames: {
    refugee: ['réfugié', 'réfugiée', 'vluchteling', 'refugee', 'біженець', 'біженка', 'беженец', 'беженка', 'لاجئ', 'لاجئة'],
    'subsidiary-protection': [
      'protection subsidiaire', 'subsidiaire bescherming', 'subsidiary protection', 'субсидіарний захист',
      'субсидиарная защита', 'الحماية الفرعية',
    ],
    // People displaced from Ukraine say where they come from far more often than the name of their status.
    'temporary-protection': [
      'protection temporaire', 'tijdelijke bescherming', 'temporary protection', 'тимчасовий захист',
      'временная защита', 'الحماية المؤقتة',
      'Ukraine', 'ukrainien', 'ukrainienne', 'ukrainiens', 'Oekraïne', 'Oekraïens', 'Oekraïense', 'Oekraïner',
      'Ukrainian', 'Україна', 'України', 'Україні', 'українець', 'українка', 'українці', 'Украина', 'Украины',
      'Украине', 'украинец', 'украинка', 'украинцы', 'أوكرانيا', 'أوكراني', 'أوكرانية', 'اوكرانيا',
    ],
  },
  retryLangs: { fr: ['nl', 'en'], nl: ['fr', 'en'], en: ['fr', 'nl'], uk: ['ru'], ru: ['uk'] },
  placeFromQuestion: true,
  ignorePlaceNames: false,
  coveringNeighbourRatio: 0.7,
  search: {},
};

/** Routing data as loaded by `loadPostalCodes` (src/loaders/knowledgeFiles.ts). */
export interface AnswererPostal {
  data: PostalData;
  names: NameIndex;
}

/** What builds an answerer: one knowledge-base snapshot, the routing data, options. */
export interface AnswererInit {
  kb: KnowledgeBase;
  postal: AnswererPostal;
  options?: Partial<AnswererOptions>;
}

/** Who the fallback sends people to, most useful first ("talk to a person"). */
const HUMAN_TYPES: readonly ServiceType[] = [
  'bapa', 'cri', 'cpas', 'commune', 'legal-aid', 'association', 'ili', 'housing', 'health', 'employment',
  'language-course', 'school', 'federal',
];
/** Fallback without a topic: the generalists of the person's place. */
const GENERALIST_TYPES: readonly ServiceType[] = ['cpas', 'bapa', 'cri', 'commune'];

/** Search documents of an entry: one per curated language, scoped to the entry's regions. */
export function entryDocs(entry: Entry): SearchDoc[] {
  return Object.entries(entry.text).map(([lang, t]) => {
    const doc: SearchDoc = {
      id: entry.id,
      lang,
      title: t.title,
      questions: t.questions,
      text: [t.answer, ...(t.steps ?? []), ...(t.documents ?? [])].join('\n'),
    };
    if (entry.regions?.length) doc.scope = [...entry.regions];
    if (t.keywords?.length) doc.keywords = t.keywords;
    return doc;
  });
}

/** How well the knowledge base, and one entry, cover a question's words. */
export interface QueryEvidence {
  /** Analysed content words of the question (stems). */
  terms: string[];
  /** Share of the question's IDF mass whose words occur somewhere in the knowledge base (this language). */
  coverage: number;
  /** Share of the question's IDF mass found in the given entry (title, questions, keywords; text counts less). */
  support: number;
  /** The same mass, not divided: how many of the knowledge base's rarest words it is worth. */
  supportWords: number;
  /** One of the question's words is in the entry's title, keywords or a one-word sample question (what it is about), not only in a longer sample question or the text. */
  topical: boolean;
}

/** Where one analysed word occurs: entry id → 1 (title, questions, keywords) or `textOnlyWeight` (answer text only, kept even at 0 for the word's rarity). */
type Postings = Map<string, number>;

/**
 * The words of the curated entries, per language, to tell a question the knowledge base covers from one it does
 * not (gibberish, the weather): the search engine always returns a best hit, this says what that hit is worth.
 */
export class KnowledgeVocabulary {
  private readonly byLang = new Map<Lang, Map<string, Postings>>();
  /** The same, keyed by unstemmed (folded) word: stemmers leave some clitics and endings, words keep them whole. */
  private readonly surfacesByLang = new Map<Lang, Map<string, Postings>>();
  /** Per language, stem or folded word → ids of the entries whose title or keywords hold it. */
  private readonly topicalByLang = new Map<Lang, Map<string, Set<string>>>();
  private readonly entryCount = new Map<Lang, number>();
  private readonly near = new Map<string, string[]>();

  constructor(
    entries: readonly Entry[],
    private readonly options: Pick<AnswererOptions, 'textOnlyWeight' | 'nearMatchWeight' | 'nearMatchMinLength' | 'unknownWordWeight'>,
  ) {
    for (const e of entries) {
      for (const [lang, t] of Object.entries(e.text)) {
        const words = this.byLang.get(lang) ?? new Map<string, Postings>();
        this.byLang.set(lang, words);
        const surfaces = this.surfacesByLang.get(lang) ?? new Map<string, Postings>();
        this.surfacesByLang.set(lang, surfaces);
        this.entryCount.set(lang, (this.entryCount.get(lang) ?? 0) + 1);
        const post = (map: Map<string, Postings>, key: string, w: number): void => {
          const p = map.get(key) ?? new Map<string, number>();
          map.set(key, p);
          if (!p.has(e.id) || (p.get(e.id) ?? 0) < w) p.set(e.id, w);
        };
        const add = (text: string, w: number): void => {
          for (const { term, surface } of analyzeTokens(text, lang)) {
            post(words, term, w);
            post(surfaces, surface, w);
          }
        };
        const topical = this.topicalByLang.get(lang) ?? new Map<string, Set<string>>();
        this.topicalByLang.set(lang, topical);
        // Title and keywords say what the entry is about; so does a sample question of one word ("Je suis en
        // danger"), written for exactly that one-word question.
        const oneWordQuestions = t.questions.filter((q) => analyzeTokens(q, lang).length === 1);
        for (const x of [t.title, ...(t.keywords ?? []), ...oneWordQuestions]) {
          for (const { term, surface } of analyzeTokens(x, lang)) {
            for (const key of [term, surface]) topical.set(key, (topical.get(key) ?? new Set<string>()).add(e.id));
          }
        }
        for (const x of [t.title, ...t.questions, ...(t.keywords ?? [])]) add(x, 1);
        for (const x of [t.answer, ...(t.steps ?? []), ...(t.documents ?? [])]) add(x, options.textOnlyWeight);
      }
    }
  }

  /**
   * Coverage of a question, and its support by `entryId` when given. A word the knowledge base does not have
   * weighs as much as its rarest word (times `unknownWordWeight`); `forgiven` unknown words (a place name found
   * in the text) are left out.
   */
  evidence(text: string, lang: Lang, entryId?: string, forgiven = 0): QueryEvidence {
    return this.question(text, lang, forgiven)(entryId);
  }

  /** Analyses a question once and returns the evidence for any entry (or for none: coverage only). */
  question(text: string, lang: Lang, forgiven = 0): (entryId?: string) => QueryEvidence {
    const words = this.byLang.get(lang) ?? new Map<string, Postings>();
    const surfaces = this.surfacesByLang.get(lang) ?? new Map<string, Postings>();
    const n = this.entryCount.get(lang) ?? 0;
    const tokens = new Map(analyzeTokens(text, lang).map((t) => [t.term, t.surface]));
    const rarest = Math.log(1 + n);
    let all = 0;
    let known = 0;
    let skip = forgiven;
    const found: Array<{ idf: number; postings: Array<[Postings, number]> }> = [];
    for (const [term, surface] of tokens) {
      const exact = words.get(term) ?? surfaces.get(surface);
      const near = [...this.nearPostings(lang, 'stem', term, words), ...this.nearPostings(lang, 'word', surface, surfaces)];
      if (!exact && near.length === 0) {
        if (skip > 0) skip -= 1;
        else all += rarest * this.options.unknownWordWeight;
        continue;
      }
      // Near forms count too, a little less: stemmers do not always meet ("لضمان" → "لضم", "ضمان" → "ضم").
      const postings: Array<[Postings, number]> = near.map((p) => [p, this.options.nearMatchWeight]);
      if (exact) postings.push([exact, 1]);
      // Rarity among the entries that name the word where it counts (title, questions, keywords): "residence card"
      // is in every list of documents to bring, yet only one entry is about the card. A word found in the answer
      // text of many entries is a common word all the same ("it", "have"): half that count is the floor.
      const strong = new Set<string>();
      const any = new Set<string>();
      for (const [p] of postings) {
        for (const [id, w] of p) {
          any.add(id);
          if (w >= 1) strong.add(id);
        }
      }
      const idf = Math.log(1 + n / Math.max(1, strong.size, any.size / 2));
      all += idf;
      known += idf * (exact ? 1 : this.options.nearMatchWeight);
      found.push({ idf, postings });
    }
    const terms = [...tokens.keys()];
    const coverage = all > 0 ? known / all : 0;
    const topicalMap = this.topicalByLang.get(lang);
    const topicalIds = new Set<string>();
    for (const [term, surface] of tokens) for (const key of [term, surface]) for (const id of topicalMap?.get(key) ?? []) topicalIds.add(id);
    return (entryId?: string): QueryEvidence => {
      let supported = 0;
      if (entryId) {
        for (const { idf, postings } of found) {
          let w = 0;
          for (const [p, f] of postings) w = Math.max(w, (p.get(entryId) ?? 0) * f);
          supported += idf * w;
        }
      }
      return {
        terms,
        coverage,
        support: all > 0 ? supported / all : 0,
        supportWords: rarest > 0 ? supported / rarest : 0,
        topical: entryId !== undefined && topicalIds.has(entryId),
      };
    };
  }

  /**
   * Postings of the known words close to an unknown `term`: one typo away, sharing their first six letters (long
   * inflected forms), or the same word with one or two letters more or less at either end (clitics and
   * endings the stemmer left: Arabic "لضم" for "ضم", "for the deposit").
   */
  private nearPostings(lang: Lang, kind: 'stem' | 'word', term: string, words: Map<string, Postings>): Postings[] {
    const min = this.options.nearMatchMinLength;
    if (term.length < 3) return [];
    const key = `${lang}\u0000${kind}\u0000${term}`;
    let found = this.near.get(key);
    if (!found) {
      found = [];
      for (const w of words.keys()) {
        const typo = term.length >= min && w.length >= min - 1 && withinOneEdit(term, w);
        const prefix = w.length >= 6 && term.length >= 6 && w.slice(0, 6) === term.slice(0, 6);
        if (typo || prefix || affixed(term, w)) found.push(w);
      }
      if (this.near.size > 10_000) this.near.clear();
      this.near.set(key, found);
    }
    return found.map((w) => words.get(w)).filter((p): p is Postings => p !== undefined);
  }
}

/** True when the longer word is the shorter one (three letters or more) plus one or two letters at one end. */
function affixed(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const extra = long.length - short.length;
  return short.length >= 3 && extra >= 1 && extra <= 2 && (long.startsWith(short) || long.endsWith(short));
}

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or swap of neighbours. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** An entry found for a question, with its score after status weighting and how much of the question it covers. */
interface Scored {
  entry: Entry;
  score: number;
  evidence: QueryEvidence;
}

/** A question ranked in one language. */
interface Ranked {
  lang: Lang;
  scored: Scored[];
  /** Topics the question names (`topicNames`). */
  named: Set<Topic>;
  /** Evidence of the top entry (or of the knowledge base when nothing was found). */
  evidence: QueryEvidence;
  /** The top entry covers enough of the question (`minSupport`) to be answered or offered. */
  supported: boolean;
  confidence: number;
}

/** Implements the dialogs' port over one immutable knowledge-base snapshot. */
export class Answerer implements AnswererPort {
  private readonly options: AnswererOptions;
  private readonly kb: KnowledgeBase;
  private readonly postal: AnswererPostal;
  private readonly index: SearchIndex;
  private readonly byId: Map<string, Entry>;
  private readonly curatedLangs: Set<Lang>;
  private readonly emergencyEntry: Entry;
  private readonly vocabulary: KnowledgeVocabulary;
  /** Analysed `topicNames`, per language searched. */
  private readonly names = new Map<Lang, Array<{ topic: Topic; terms: string[] }>>();
  /** Analysed `statusNames`, per language searched. */
  private readonly statusTerms = new Map<Lang, Array<{ status: Status; terms: string[] }>>();
  /** Regions that entries other than emergency ones are written for (Wallonia, Brussels). */
  private readonly servedRegions: Set<string>;

  constructor(init: AnswererInit) {
    this.options = { ...DEFAULT_OPTIONS, ...init.options };
    for (const key of ['maxServices', 'maxPerType', 'maxFallbackServices', 'maxChoices', 'searchLimit', 'nearMatchMinLength'] as const) {
      const v = this.options[key];
      if (!Number.isInteger(v) || v < 1) throw new KnowledgeError(`answerer option "${key}" must be a whole number from 1, got ${v}`);
    }
    const w = this.options.unknownStatusAudienceWeight;
    if (!(w > 0 && w <= 1)) throw new KnowledgeError(`answerer option "unknownStatusAudienceWeight" must be in (0, 1], got ${w}`);
    for (const key of ['minSupport', 'minCoverage', 'rivalGap', 'coveringNeighbourRatio', 'unknownWordWeight', 'textOnlyWeight', 'nearMatchWeight'] as const) {
      const v = this.options[key];
      if (!(v >= 0 && v <= 1)) throw new KnowledgeError(`answerer option "${key}" must be in [0, 1], got ${v}`);
    }
    this.kb = init.kb;
    this.vocabulary = new KnowledgeVocabulary(init.kb.entries, this.options);
    this.postal = init.postal;
    this.byId = new Map(init.kb.entries.map((e) => [e.id, e]));
    this.curatedLangs = new Set(init.kb.entries.flatMap((e) => Object.keys(e.text)));
    this.servedRegions = new Set(init.kb.entries.filter((e) => e.topic !== 'emergency').flatMap((e) => e.regions ?? []));
    for (const lang of this.curatedLangs) {
      const list: Array<{ topic: Topic; terms: string[] }> = [];
      for (const [topic, names] of Object.entries(this.options.topicNames) as Array<[Topic, string[]]>) {
        for (const name of names) {
          const terms = analyzeTokens(name, lang).map((t) => t.term);
          if (terms.length > 0) list.push({ topic, terms });
        }
      }
      this.names.set(lang, list);
      const statuses: Array<{ status: Status; terms: string[] }> = [];
      for (const [status, names] of Object.entries(this.options.statusNames) as Array<[Status, string[]]>) {
        for (const name of names) {
          const terms = analyzeTokens(name, lang).map((t) => t.term);
          if (terms.length > 0) statuses.push({ status, terms });
        }
      }
      this.statusTerms.set(lang, statuses);
    }
    this.index = SearchIndex.build(init.kb.entries.flatMap(entryDocs), this.options.search);
    const emergency =
      this.byId.get(this.options.emergencyEntryId) ?? init.kb.entries.find((e) => e.topic === 'emergency');
    if (!emergency) {
      throw new KnowledgeError(
        `no emergency entry: entry "${this.options.emergencyEntryId}" (or any entry with topic "emergency") is required`,
      );
    }
    this.emergencyEntry = emergency;
  }

  /** Language the question is searched in: its own when curated entries exist in it, else the pivot. */
  searchLang(lang: Lang): Lang {
    return this.curatedLangs.has(lang) ? lang : PIVOT_LANG;
  }

  decide(asked: AnswerRequest): AnswerDecision {
    // A place named in the text ("in Liège") is not a word the knowledge base needs to know.
    const named = this.placeFromText(asked.text);
    // The place's own words are no clue to the need ("j'habite à Liège, comment inscrire mon fils à l'école" finds
    // the entry whose sample questions name Liège, which CRI); `ignorePlaceNames` leaves them out of the search.
    const sameRegion = !asked.place?.region || asked.place.region === named?.region;
    const text = this.options.ignorePlaceNames && named?.commune && sameRegion ? this.withoutPlaceName(asked.text, named.commune) : asked.text;
    const forgiven = named && text === asked.text ? 1 : 0;
    // Whether searched with it or not, the place's name is no part of the need the entry must cover: "де знайти
    // роботу в Намюрі" fell back because "Намюр", a rare word of the knowledge base, weighed a third of the question.
    const needText = named?.commune && text === asked.text ? this.withoutPlaceName(text, named.commune) : text;
    // Without a known place, a served commune the question names ("je suis à Liège", "ساكن في سكاربيك") stands for
    // where the person is: it picks the region's entries (CRI, not BAPA) and the local offices, instead of a
    // region choice and no office. Phone messages name the town they are in far more often than another one.
    const req: AnswerRequest =
      !asked.place && this.options.placeFromQuestion && named?.region && this.servedRegions.has(named.region)
        ? { ...asked, text, place: named }
        : { ...asked, text };
    let ranked = this.rank(req, this.searchLang(req.lang), forgiven, true, needText);
    if (!ranked.supported) {
      // Short questions are easily taken for a neighbour language ("franse les voor beginners" read as French):
      // the same words searched in the languages written alike may find what the person asked for.
      for (const other of this.options.retryLangs[ranked.lang] ?? []) {
        if (!this.curatedLangs.has(other)) continue;
        const again = this.rank(req, other, forgiven, false, needText);
        if (again.supported && again.evidence.support > (ranked.supported ? ranked.evidence.support : 0)) ranked = again;
      }
    }
    const { scored, evidence, confidence } = ranked;
    const candidates = scored.map((x) => x.entry);
    if (!ranked.supported) {
      const topic = evidence.coverage >= this.options.minCoverage ? candidates[0]?.topic : undefined;
      // Never more sure than the knowledge base covers the question: near zero for words it does not have.
      const low = Math.min(confidence, evidence.support);
      return { kind: 'fallback', topic, confidence: low, services: this.servicesForTopic(topic, req.place, req.lang) };
    }
    const regional = this.regionalAlternatives(candidates, req);
    if (regional.length >= 2) return { kind: 'clarify', choices: regional, confidence };
    const rivals = this.rivals(scored, ranked.named);
    if (rivals.length >= 2) return { kind: 'clarify', choices: rivals, confidence };
    const entry = candidates[0];
    const routed = this.servicesForEntry(entry, req.place, req.lang);
    return {
      kind: 'answer',
      entry,
      textLang: entry.text[req.lang] ? req.lang : PIVOT_LANG,
      confidence,
      services: routed.services,
      needsPlace: routed.needsPlace,
    };
  }

  /**
   * The text without the words that name a commune (any spelling the routing knows: "Liège", "Luik", "Льєжі"),
   * each cut out where it stands; the rest of the text is left as written.
   */
  private withoutPlaceName(text: string, commune: string): string {
    const tokens = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      norm: normaliseName(m[0]),
    }));
    const cuts: Array<[number, number]> = [];
    for (const n of this.postal.names.names) {
      if (n.commune !== commune) continue;
      const parts = n.key.split(' ');
      for (let i = 0; i + parts.length <= tokens.length; i += 1) {
        const fits = parts.every((p, j) => {
          const t = tokens[i + j].norm;
          return n.inflect && j === parts.length - 1 ? t.startsWith(p) && t.length - p.length <= 3 : t === p;
        });
        if (fits) cuts.push([tokens[i].start, tokens[i + parts.length - 1].end]);
      }
    }
    if (cuts.length === 0) return text;
    cuts.sort((a, b) => b[0] - a[0]);
    let out = text;
    let last = Infinity;
    for (const [start, end] of cuts) {
      if (end > last) continue;
      out = `${out.slice(0, start)} ${out.slice(end)}`;
      last = start;
    }
    return out;
  }

  /** Whether an entry covers enough of the question to be answered or offered (`minSupport`, `minSupportWords`). */
  private isSupported(e: QueryEvidence): boolean {
    // A question down to one word is covered by any entry that has the word, whatever it means there: "wat voor
    // weer wordt het" met "hij heeft me vannacht weer geslagen" (again, not weather), "hoe laat is het" met
    // "laten komen". One word must be one the entry is about: in its title, keywords or a one-word sample question.
    if (e.terms.length === 1 && !e.topical) return false;
    return e.support >= this.options.minSupport || e.supportWords >= this.options.minSupportWords;
  }

  /** Topics the question names (`topicNames`): every word of one of their names is in it. */
  private namedTopics(text: string, lang: Lang): Set<Topic> {
    const words = new Set(analyzeTokens(text, lang).map((t) => t.term));
    const out = new Set<Topic>();
    for (const { topic, terms } of this.names.get(lang) ?? []) if (terms.every((t) => words.has(t))) out.add(topic);
    return out;
  }

  /** Statuses the question names (`statusNames`): every word of one of their names is in it. */
  private namedStatuses(text: string, lang: Lang): Set<Status> {
    const words = new Set(analyzeTokens(text, lang).map((t) => t.term));
    const out = new Set<Status>();
    for (const { status, terms } of this.statusTerms.get(lang) ?? []) if (terms.every((t) => words.has(t))) out.add(status);
    return out;
  }

  /** Entries found for the question in one language, filtered by place and status, best first, with their support. */
  private rank(req: AnswerRequest, lang: Lang, forgiven: number, own = true, needText = req.text): Ranked {
    const scopes = req.place?.region ? [req.place.region] : undefined;
    const result = this.index.search({ text: req.text, lang, scopes, limit: this.options.searchLimit });
    const evidenceFor = this.vocabulary.question(needText, lang, needText === req.text ? forgiven : 0);
    const named = this.namedTopics(req.text, lang);
    const statuses = req.status ? new Set<Status>() : this.namedStatuses(req.text, lang);
    const scored: Scored[] = [];
    for (const hit of result.hits) {
      const entry = this.byId.get(hit.id);
      if (!entry || !this.fits(entry, req) || scored.some((x) => x.entry === entry)) continue;
      const forSomeOnly = !req.status && Boolean(entry.audience?.length) && !entry.audience?.some((a) => statuses.has(a));
      const evidence = evidenceFor(entry.id);
      const status = forSomeOnly ? this.options.unknownStatusAudienceWeight : 1;
      const boost = named.has(entry.topic) ? 1 + this.options.namedTopicBoost : 1;
      scored.push({ entry, score: hit.score * status * boost, evidence });
    }
    scored.sort((a, b) => b.score - a.score);
    // The top hit may rest on one or two common words ("free lawyer") while a close one also covers the rest
    // ("… for my residence file"): the one that covers the question is the answer, not a fallback.
    const top = scored[0];
    if (top && !this.isSupported(top.evidence)) {
      const covering = scored.find((x) => x.score >= top.score * this.options.coveringNeighbourRatio && this.isSupported(x.evidence));
      if (covering) scored.splice(0, 0, ...scored.splice(scored.indexOf(covering), 1));
    }
    const evidence = scored[0]?.evidence ?? evidenceFor();
    return {
      lang,
      scored,
      named,
      evidence,
      // A question that names the top entry's institution ("нада ли итти в BAPA") is in scope, however misspelt;
      // not when searched in another language, where shared names ("CPAS") are all that would match.
      supported:
        scored.length > 0 &&
        (this.isSupported(evidence) || (own && named.has(scored[0].entry.topic) && evidence.support > 0)),
      confidence: this.confidence(result.confidence, evidence, scored),
    };
  }

  /**
   * Entries of other topics scoring within `rivalGap` of the top one and supported by the question as well:
   * the question is truly ambiguous and the person chooses (top entry first). Same-topic neighbours are not
   * rivals: the top one is the best answer to that need; nor are entries of a topic the question did not name
   * when it names one ("CPAS").
   */
  private rivals(scored: readonly Scored[], named: ReadonlySet<Topic>): Entry[] {
    const [top, ...rest] = scored;
    if (!top || top.score <= 0) return [];
    const out = [top.entry];
    for (const x of rest) {
      if (out.length >= this.options.maxChoices || (top.score - x.score) / top.score > this.options.rivalGap) break;
      if (out.some((e) => e.topic === x.entry.topic)) continue;
      if (named.size > 0 && !named.has(x.entry.topic)) continue;
      if (!this.isSupported(x.evidence)) continue;
      out.push(x.entry);
    }
    return out;
  }

  /**
   * Confidence shown with the decision: the engine's own estimate, raised by how much of the question the top
   * entry covers and how far it leads the best entry of another topic (the answerer's decision signals).
   */
  private confidence(engine: number, evidence: QueryEvidence, scored: readonly Scored[]): number {
    const top = scored[0];
    if (!top || top.score <= 0) return Math.min(engine, evidence.support);
    const rival = scored.find((x) => x.entry.topic !== top.entry.topic);
    const lead = rival ? Math.min(1, (top.score - rival.score) / top.score / Math.max(this.options.rivalGap, 1e-6)) : 1;
    const own = evidence.support * (0.5 + 0.5 * lead);
    return Math.round(Math.max(engine, own) * 1000) / 1000;
  }

  /**
   * Without a place, the same need often has one entry per region (CRI in Wallonia, BAPA in Brussels): when the
   * top entry is regional and a close one of the same topic covers another region, the person chooses.
   */
  private regionalAlternatives(candidates: readonly Entry[], req: AnswerRequest): Entry[] {
    const top = candidates[0];
    if (req.place?.region || !top?.regions?.length) return [];
    const covered = new Set(top.regions);
    const out = [top];
    for (const e of candidates.slice(1, this.options.maxChoices)) {
      if (e.topic !== top.topic || !e.regions?.length || e.regions.some((r) => covered.has(r))) continue;
      e.regions.forEach((r) => covered.add(r));
      out.push(e);
    }
    return out.length >= 2 ? out : [];
  }

  /** Whether an entry applies to the person: their status (when known) and their commune (when restricted). */
  private fits(entry: Entry, req: AnswerRequest): boolean {
    if (req.status && entry.audience?.length && !entry.audience.includes(req.status)) return false;
    if (req.place?.region && entry.regions?.length && !entry.regions.includes(req.place.region)) return false;
    if (entry.communes?.length && req.place) {
      const { postalCode, commune } = req.place;
      if (!(postalCode && entry.communes.includes(postalCode)) && !(commune && entry.communes.includes(commune))) return false;
    }
    return true;
  }

  emergency(place?: Place, lang: Lang = PIVOT_LANG, first: readonly string[] = []): { entry: Entry; services: RoutedService[] } {
    const own = this.servicesForEntry(this.emergencyEntry, place, lang).services;
    // The kind of danger's own lines first (crisis net), then 112 and police, then the entry's.
    const lines = routeIds(this.kb.services, [...first, ...this.options.emergencyServiceIds], place, lang).services;
    const services = [...lines, ...own.filter((o) => !lines.some((l) => l.id === o.id))];
    return { entry: this.emergencyEntry, services };
  }

  entry(id: string): Entry | undefined {
    return this.byId.get(id);
  }

  servicesForEntry(entry: Entry, place?: Place, lang: Lang = PIVOT_LANG): { services: RoutedService[]; needsPlace: boolean } {
    const local = routeTypes(this.kb.services, entry.serviceTypes ?? [], place, lang, this.routeContext());
    const fixed = routeIds(this.kb.services, entry.services ?? [], place, lang);
    const services = [...local.services];
    for (const s of fixed.services) if (!services.some((x) => x.id === s.id)) services.push(s);
    return { services: services.slice(0, this.options.maxServices), needsPlace: local.needsPlace || fixed.needsPlace };
  }

  servicesForTopic(topic: Topic | undefined, place?: Place, lang: Lang = PIVOT_LANG): RoutedService[] {
    const candidates = topic ? this.kb.services.filter((s) => s.topics.includes(topic)) : this.kb.services;
    const types = topic === 'emergency' ? ['emergency' as const, ...HUMAN_TYPES] : topic ? HUMAN_TYPES : GENERALIST_TYPES;
    let services = routeTypes(candidates, types, place, lang, this.routeContext()).services;
    if (services.length === 0) services = routeTypes(this.kb.services, GENERALIST_TYPES, place, lang, this.routeContext()).services;
    return services.slice(0, this.options.maxFallbackServices);
  }

  private routeContext(): RouteContext {
    return { coords: this.postal.data.coords, maxPerType: this.options.maxPerType };
  }

  placeFromText(text: string): Place | undefined {
    return placeFromText(this.postal.data, this.postal.names, text);
  }

  placeFromPostalCode(code: string): Place | undefined {
    return placeFromPostalCode(this.postal.data, code);
  }
}
