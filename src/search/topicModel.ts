// Which need a question is about, learnt from every entry's title, sample questions and keywords at once: a
// multinomial naive Bayes over character n-grams and whole words, all languages in one model. The search ranks
// entries one by one on the words they share with the question; this weighs a topic on everything written for it,
// so a word only other entries of the same need hold ("мамограма" next to the pregnancy entry's "гінеколог") still
// counts for that need. It never answers alone: the engine uses it to prefer, among entries the search found and
// that hold the question, one of the topic it is sure of (`Engine.rank`).
import { greetingWords } from '../language/stopwords';
import { words } from '../language/tokenize';
import { wordNgrams } from './ngrams';

/** Options of the topic model. */
export interface TopicModelOptions {
  /** Shortest and longest character n-grams of a word (with boundary marks), besides the word itself. */
  minGram: number;
  maxGram: number;
  /** Additive smoothing of every feature's count (Lidstone). */
  alpha: number;
}

export const DEFAULT_TOPIC_MODEL_OPTIONS: TopicModelOptions = { minGram: 3, maxGram: 5, alpha: 0.3 };

/**
 * The topic a text is most likely about, and by how much: its log-likelihood lead over the next topic divided by the
 * square root of the text's feature count (a lead per feature overrates short texts, a total one long texts).
 */
export interface TopicGuess {
  topic: string;
  margin: number;
}

/** One text written for a topic. */
export interface TopicExample {
  text: string;
  topic: string;
}

/** Words whose model rows are remembered (`TopicModel.rowsOf`); the memory is emptied when full. */
const WORD_MEMORY = 20_000;

/**
 * A trained model; immutable. Greetings and a letter's salutations (`greetingWords`) are neither learnt nor read:
 * they say how, never what, and a few letter-like messages of one need taught "Шановні" to stand for it.
 */
export class TopicModel {
  /**
   * Each word's known feature rows and its feature count: people reuse words, and making a word's n-grams as strings
   * for every message was most of what a guess cost.
   */
  private readonly wordRows = new Map<string, { rows: Int32Array; features: number }>();
  private readonly topics: string[];
  /** Feature → its row in `logp`. */
  private readonly rows: Map<string, number>;
  /**
   * log P(feature | topic), smoothed: row r holds topic t at r * topics + t. One flat array rather than an array per
   * feature: the phrasings make about a hundred thousand features, and building them one by one took half a second
   * at every start.
   */
  private readonly logp: Float64Array;
  private readonly o: TopicModelOptions;

  private constructor(topics: string[], rows: Map<string, number>, counts: Float64Array, totals: Float64Array, o: TopicModelOptions) {
    this.topics = topics;
    this.rows = rows;
    const t = topics.length;
    const denom = Array.from(totals, (x) => Math.log(x + o.alpha * rows.size));
    // Turned into log-probabilities in place: the counts are not kept.
    const logp = counts.subarray(0, rows.size * t);
    for (let i = 0; i < logp.length; i++) logp[i] = Math.log(logp[i] + o.alpha) - denom[i % t];
    this.logp = logp;
    this.o = o;
  }

  /** Trains on examples; a topic with no example is unknown to the model. */
  static train(examples: Iterable<TopicExample>, options: Partial<TopicModelOptions> = {}): TopicModel {
    const o = { ...DEFAULT_TOPIC_MODEL_OPTIONS, ...options };
    if (!(o.minGram >= 1 && o.maxGram >= o.minGram && o.alpha > 0)) {
      throw new Error(`TopicModel: options need 1 <= minGram <= maxGram and alpha > 0, got ${JSON.stringify(o)}`);
    }
    const list = [...examples];
    const topics: string[] = [];
    const index = new Map<string, number>();
    for (const { topic } of list) {
      if (!index.has(topic)) {
        index.set(topic, topics.length);
        topics.push(topic);
      }
    }
    const width = topics.length;
    const rows = new Map<string, number>();
    let counts = new Float64Array(1 << 16);
    const totals = new Float64Array(width);
    const grams: string[] = [];
    const skip = greetingWords();
    for (const { text, topic } of list) {
      const t = index.get(topic) ?? 0;
      for (const w of words(text)) {
        if (skip.has(w)) continue;
        grams.length = 0;
        wordNgrams(w, o.minGram, o.maxGram, grams);
        grams.push(`\u0000${w}`);
        for (const g of grams) {
          let r = rows.get(g);
          if (r === undefined) {
            r = rows.size;
            rows.set(g, r);
            if ((r + 1) * width > counts.length) {
              const grown = new Float64Array(counts.length * 2);
              grown.set(counts);
              counts = grown;
            }
          }
          counts[r * width + t] += 1;
          totals[t] += 1;
        }
      }
    }
    return new TopicModel(topics, rows, counts, totals, o);
  }

  /** The rows of a word's features the model knows (one per occurrence), and how many features it has. */
  private rowsOf(word: string): { rows: Int32Array; features: number } {
    let found = this.wordRows.get(word);
    if (found === undefined) {
      const grams: string[] = [];
      wordNgrams(word, this.o.minGram, this.o.maxGram, grams);
      grams.push(`\u0000${word}`);
      const rows: number[] = [];
      for (const g of grams) {
        const r = this.rows.get(g);
        if (r !== undefined) rows.push(r);
      }
      found = { rows: Int32Array.from(rows), features: grams.length };
      if (this.wordRows.size >= WORD_MEMORY) this.wordRows.clear();
      this.wordRows.set(word, found);
    }
    return found;
  }

  /** The likeliest topic of `text` and its lead, or undefined when the model knows none of its features. */
  guess(text: string): TopicGuess | undefined {
    if (this.topics.length < 2) return undefined;
    const sums = new Float64Array(this.topics.length);
    let n = 0;
    let known = 0;
    const width = this.topics.length;
    const skip = greetingWords();
    for (const w of words(text)) {
      if (skip.has(w)) continue;
      const { rows, features: count } = this.rowsOf(w);
      n += count;
      known += rows.length;
      for (const row of rows) {
        const base = row * width;
        for (let i = 0; i < width; i++) sums[i] += this.logp[base + i];
      }
    }
    if (known === 0) return undefined;
    let best = 0;
    for (let i = 1; i < sums.length; i++) if (sums[i] > sums[best]) best = i;
    let second = best === 0 ? 1 : 0;
    for (let i = 0; i < sums.length; i++) if (i !== best && sums[i] > sums[second]) second = i;
    return { topic: this.topics[best], margin: (sums[best] - sums[second]) / Math.sqrt(n) };
  }
}
