// Language detection: writing system first, then hand-written word lists and their character trigrams (naive Bayes).
import { foldAccents, normaliseText } from './normalise';
import { SUPPORTED_LANGS, detectionWords } from './profiles';
import { romanisedScript, toCyrillic, type Romanised } from './romanised';
import { apostropheInWord, tokenize } from './tokenize';

/** Options of `detectLanguage`. */
export interface DetectOptions {
  /**
   * Only these of the supported languages may be returned (default: all). Text that looks like a language we
   * do not serve (es, tr, fa, …) is still returned as that language, with `reliable: false`.
   */
  candidates: readonly string[];
  /** Language returned when the text has no letters at all. */
  fallback: string;
  /** Below this confidence the result is not `reliable`. Chosen on the belgium questions and the OMoS dev questions. */
  minConfidence: number;
  /** Log-likelihood bonus of a token found in a language's word list (chosen with `minConfidence`). */
  wordBonus: number;
}

export const DEFAULT_DETECT_OPTIONS: DetectOptions = {
  candidates: SUPPORTED_LANGS,
  fallback: 'und',
  minConfidence: 0.6,
  wordBonus: 4,
};

/** What `detectLanguage` found. */
export interface Detection {
  /** ISO 639-1 code (also for languages we do not serve, e.g. "es", "tr", "fa"), or the fallback. */
  lang: string;
  /** 0..1 posterior of `lang` among the languages considered. */
  confidence: number;
  /** True when `lang` is a candidate and the evidence is strong enough to answer in it. */
  reliable: boolean;
  /** The text is Russian, Ukrainian or Arabic typed in Latin letters. */
  romanised?: Romanised;
}

type Script = 'latin' | 'cyrillic' | 'arabic' | 'other';

/** Log-prior favouring the languages we serve over look-alikes (es, it, ro, …): about a quarter of a word bonus. */
const SUPPORTED_PRIOR = 1;

const SCRIPT_LANGS: Readonly<Record<Script, readonly string[]>> = {
  latin: ['fr', 'nl', 'en', 'de', 'es', 'it', 'pt', 'tr', 'pl', 'ro', 'sw'],
  cyrillic: ['uk', 'ru'],
  arabic: ['ar', 'fa'],
  other: [],
};

interface Model {
  words: Set<string>;
  grams: Map<string, number>;
  total: number;
  /** Position of the language in each row of `gramRows`. */
  column: number;
  /** The log-likelihood of a trigram the language's words never have (computed once, after every model's counts). */
  unseen: number;
}

/** Each known trigram's log-likelihood in every language (a model's column; its `unseen` where it lacks the trigram). */
const gramRows = new Map<string, Float64Array>();

let models: Map<string, Model> | undefined;
let vocabSize = 1;

function trigrams(word: string): string[] {
  const w = ` ${word} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= w.length; i++) out.push(w.slice(i, i + 3));
  return out;
}

function buildModels(): Map<string, Model> {
  const m = new Map<string, Model>();
  const all = new Set<string>();
  for (const [lang, words] of Object.entries(detectionWords())) {
    const model: Model = { words: new Set(), grams: new Map(), total: 0, column: m.size, unseen: 0 };
    for (const raw of words) {
      for (const w of tokenize(normaliseText(raw), lang)) {
        model.words.add(w);
        model.words.add(foldAccents(w));
        for (const g of trigrams(w)) {
          model.grams.set(g, (model.grams.get(g) ?? 0) + 1);
          model.total++;
          all.add(g);
        }
      }
    }
    m.set(lang, model);
  }
  vocabSize = all.size;
  for (const model of m.values()) model.unseen = Math.log((0 + 0.5) / (model.total + 0.5 * vocabSize));
  for (const g of all) gramRows.set(g, Float64Array.from(m.values(), (model) => Math.log(((model.grams.get(g) ?? 0) + 0.5) / (model.total + 0.5 * vocabSize))));
  return m;
}

/** A word as the models read it: its trigrams' rows, and 1 per model (by column) whose word list has it or its folded form. */
interface ModelWord {
  grams: (Float64Array | undefined)[];
  known: Uint8Array;
}

/** Words read before (the models never change once built); numbers are none. Bounded. */
const WORD_CACHE_LIMIT = 20_000;
const modelWords = new Map<string, ModelWord | null>();

function wordOf(w: string): ModelWord | undefined {
  let word = modelWords.get(w);
  if (word === undefined) {
    word = null;
    if (!/^\d+$/.test(w) && models) {
      const folded = foldAccents(w);
      const known = new Uint8Array(models.size);
      for (const model of models.values()) known[model.column] = model.words.has(w) || model.words.has(folded) ? 1 : 0;
      word = { grams: trigrams(w).map((g) => gramRows.get(g)), known };
    }
    if (modelWords.size >= WORD_CACHE_LIMIT) modelWords.clear();
    modelWords.set(w, word);
  }
  return word ?? undefined;
}

function scriptOf(text: string): { script: Script; letters: number } {
  let latin = 0;
  let cyr = 0;
  let arab = 0;
  let other = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    // ASCII letters without the regular expression (most of the text); `\p{L}` for the rest.
    if (c < 0x80 ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : /\p{L}/u.test(ch)) {
      if (c < 0x250 || (c >= 0x1e00 && c < 0x1f00)) latin++;
      else if (c >= 0x400 && c < 0x530) cyr++;
      else if ((c >= 0x600 && c < 0x700) || (c >= 0x750 && c < 0x780) || (c >= 0xfb50 && c < 0xfe00)) arab++;
      else other++;
    }
  }
  const max = Math.max(latin, cyr, arab, other);
  const letters = latin + cyr + arab + other;
  if (max === 0) return { script: 'other', letters: 0 };
  // Latin words inside Cyrillic or Arabic text are usually names or acronyms: a few non-Latin letters decide.
  const nonLatin = Math.max(cyr, arab, other);
  const script: Script =
    nonLatin >= 3 && nonLatin >= 0.2 * letters
      ? nonLatin === cyr
        ? 'cyrillic'
        : nonLatin === arab
          ? 'arabic'
          : 'other'
      : max === latin
        ? 'latin'
        : max === cyr
          ? 'cyrillic'
          : max === arab
            ? 'arabic'
            : 'other';
  return { script, letters };
}

/** Letters that only one language of a script uses: strong, cheap evidence. */
const MARKERS: readonly { re: RegExp; lang: string; others: readonly string[]; weight: number }[] = [
  { re: /[іїєґ]/g, lang: 'uk', others: ['ru'], weight: 6 },
  { re: /[ыэъё]/g, lang: 'ru', others: ['uk'], weight: 6 },
  // A Persian keyboard writes its own kaf and yeh (ک ی), an Arabic one ك and ي: strong evidence either way. پ چ ژ گ
  // are Persian letters that Maghrebi, Iraqi and Gulf Arabic also write for p, ch, zh and g ("الپروپريتار", "لگينا").
  { re: /[کیۀ]/g, lang: 'fa', others: ['ar'], weight: 6 },
  { re: /[پچژگ]/g, lang: 'fa', others: ['ar'], weight: 1 },
  { re: /[ة]/g, lang: 'ar', others: ['fa'], weight: 2 },
  { re: /[يك]/g, lang: 'ar', others: ['fa'], weight: 3 },
  { re: /[ğış]/g, lang: 'tr', others: ['fr', 'nl', 'en', 'de'], weight: 6 },
  { re: /[ñ¿¡]/g, lang: 'es', others: ['fr', 'nl', 'en', 'de'], weight: 6 },
  { re: /[ãõ]/g, lang: 'pt', others: ['fr', 'nl', 'en', 'de'], weight: 6 },
  { re: /[ąęłńśźżć]/g, lang: 'pl', others: ['fr', 'nl', 'en', 'de'], weight: 6 },
  { re: /[ăâșț]/g, lang: 'ro', others: ['fr', 'nl', 'en', 'de'], weight: 4 },
  { re: /[ßäöü]/g, lang: 'de', others: ['fr', 'en', 'nl'], weight: 3 },
  { re: /[çèêàùœ]/g, lang: 'fr', others: ['de', 'en', 'nl'], weight: 3 },
];

/**
 * Detects the language of a question. Returns `reliable: false` when the text is too short or ambiguous,
 * or looks like a language outside `candidates` (e.g. Spanish, Turkish, Persian), so a caller can fall back
 * to the chosen language or to machine translation.
 */
export function detectLanguage(text: string, options?: Partial<DetectOptions>): Detection {
  const o = { ...DEFAULT_DETECT_OPTIONS, ...options };
  if (!models) models = buildModels();
  const lower = text.normalize('NFC').toLowerCase();
  const { script, letters } = scriptOf(lower);
  const considered = SCRIPT_LANGS[script];
  if (letters === 0 || considered.length === 0) return { lang: o.fallback, confidence: 0, reliable: false };
  // Russian, Ukrainian or Arabic typed in Latin letters: the n-grams would say Spanish or French.
  const romanised = script === 'latin' ? romanisedScript(text) : undefined;
  if (romanised === 'arabizi' && o.candidates.includes('ar')) return { lang: 'ar', confidence: 1, reliable: true, romanised };
  if (romanised === 'cyrillic') {
    // Each reading's words that its language's model knows: "znayty likarya yakyy" read the Ukrainian way knows more
    // Ukrainian words than read the Russian way knows Russian ones. On a tie, the Russian reading's letters decide.
    const known = (lang: 'ru' | 'uk'): number => {
      const model = models?.get(lang);
      return model ? tokenize(normaliseText(toCyrillic(text, lang)), lang).filter((w) => model.words.has(w)).length : 0;
    };
    const ru = known('ru');
    const uk = known('uk');
    if (ru !== uk && o.candidates.includes(ru > uk ? 'ru' : 'uk')) return { lang: ru > uk ? 'ru' : 'uk', confidence: 1, reliable: true, romanised };
    const d = detectLanguage(toCyrillic(text, 'ru'), o);
    if ((d.lang === 'ru' || d.lang === 'uk') && d.reliable) return { ...d, romanised };
  }

  const norm = normaliseText(lower);
  const scores = new Map<string, number>();
  // Every language reads the same words: the text is tokenised once (per reading of the apostrophe), and each word's
  // folded form, trigrams and presence in each word list are remembered across messages (`wordOf`).
  let plain: string[] | undefined;
  let apostrophe: string[] | undefined;
  for (const lang of considered) {
    const model = models.get(lang);
    if (!model) continue;
    const tokens = apostropheInWord(lang) ? (apostrophe ??= tokenize(norm, lang)) : (plain ??= tokenize(norm, lang));
    let s = 0;
    for (const w of tokens) {
      const word = wordOf(w);
      if (word === undefined) continue;
      if (word.known[model.column] === 1) s += o.wordBonus;
      for (const row of word.grams) s += row === undefined ? model.unseen : row[model.column];
    }
    scores.set(lang, s);
  }
  // Persian is written with its own yeh/kaf (ی ک) almost always: without them, Arabic is likelier.
  if (scores.has('fa') && !/[کیۀ]/.test(lower)) scores.set('fa', (scores.get('fa') ?? 0) - o.wordBonus * 2);
  // Ties between a language we serve and one we do not go to ours (shared words such as "doctor").
  for (const [l, v] of scores) if (SUPPORTED_LANGS.includes(l)) scores.set(l, v + SUPPORTED_PRIOR);
  for (const mk of MARKERS) {
    // A marker of a language not considered (another script) changes nothing: not looked for.
    if (!scores.has(mk.lang)) continue;
    const hits = lower.match(mk.re)?.length ?? 0;
    if (!hits) continue;
    for (const other of mk.others) {
      const v = scores.get(other);
      if (v !== undefined) scores.set(other, v - mk.weight * hits);
    }
  }

  // Posterior over considered languages; the answer is the best candidate, its reliability from the posterior.
  const entries = [...scores.entries()];
  const max = Math.max(...entries.map(([, s]) => s));
  let z = 0;
  for (const [, s] of entries) z += Math.exp(s - max);
  const post = new Map(entries.map(([l, s]) => [l, Math.exp(s - max) / z]));
  const ranked = entries.sort((a, b) => b[1] - a[1]).map(([l]) => l);
  const best = ranked[0];
  const bestCandidate = ranked.find((l) => o.candidates.includes(l));
  if (!SUPPORTED_LANGS.includes(best)) {
    // Looks like a language we do not serve: say which, so machine translation can take over.
    return { lang: best, confidence: post.get(best) ?? 0, reliable: false };
  }
  if (!o.candidates.includes(best)) {
    // One of ours, but excluded by the caller: the best allowed one, not reliable.
    const lang = bestCandidate ?? o.fallback;
    return { lang, confidence: post.get(lang) ?? 0, reliable: false };
  }
  const lang = best;
  const confidence = post.get(lang) ?? 0;
  return { lang, confidence, reliable: confidence >= o.minConfidence && letters >= 2 };
}
