// Which need a question is about, learnt from every entry's title, sample questions and keywords at once: a
// multinomial naive Bayes over character n-grams and whole words, all languages in one model. The search ranks
// entries one by one on the words they share with the question; this weighs a topic on everything written for it,
// so a word only other entries of the same need hold ("мамограма" next to the pregnancy entry's "гінеколог") still
// counts for that need. It never answers alone: the engine uses it to prefer, among entries the search found and
// that hold the question, one of the topic it is sure of (`Engine.rank`).
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

/** The features of a text: its folded words' n-grams and the words themselves (prefixed so they never meet an n-gram). */
function features(text: string, o: TopicModelOptions): Map<string, number> {
  const out = new Map<string, number>();
  const grams: string[] = [];
  for (const w of words(text)) {
    grams.length = 0;
    wordNgrams(w, o.minGram, o.maxGram, grams);
    grams.push(`\u0000${w}`);
    for (const g of grams) out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** A trained model; immutable. */
export class TopicModel {
  private readonly topics: string[];
  /** Feature → log P(feature | topic) per topic, smoothed. */
  private readonly logp = new Map<string, Float64Array>();

  private constructor(
    topics: string[],
    counts: Map<string, Float64Array>,
    totals: Float64Array,
    private readonly o: TopicModelOptions,
  ) {
    this.topics = topics;
    const vocab = counts.size;
    const denom = Array.from(totals, (t) => Math.log(t + o.alpha * vocab));
    for (const [f, c] of counts) {
      const row = new Float64Array(topics.length);
      for (let i = 0; i < topics.length; i++) row[i] = Math.log(c[i] + o.alpha) - denom[i];
      this.logp.set(f, row);
    }
  }

  /** Trains on examples; a topic with no example is unknown to the model. */
  static train(examples: Iterable<TopicExample>, options: Partial<TopicModelOptions> = {}): TopicModel {
    const o = { ...DEFAULT_TOPIC_MODEL_OPTIONS, ...options };
    if (!(o.minGram >= 1 && o.maxGram >= o.minGram && o.alpha > 0)) {
      throw new Error(`TopicModel: options need 1 <= minGram <= maxGram and alpha > 0, got ${JSON.stringify(o)}`);
    }
    const topics: string[] = [];
    const index = new Map<string, number>();
    const perTopic: Array<Map<string, number>> = [];
    for (const { text, topic } of examples) {
      let t = index.get(topic);
      if (t === undefined) {
        t = topics.length;
        index.set(topic, t);
        topics.push(topic);
        perTopic.push(new Map());
      }
      const mine = perTopic[t];
      for (const [f, k] of features(text, o)) mine.set(f, (mine.get(f) ?? 0) + k);
    }
    const counts = new Map<string, Float64Array>();
    const totals = new Float64Array(topics.length);
    perTopic.forEach((mine, t) => {
      for (const [f, k] of mine) {
        let row = counts.get(f);
        if (!row) counts.set(f, (row = new Float64Array(topics.length)));
        row[t] += k;
        totals[t] += k;
      }
    });
    return new TopicModel(topics, counts, totals, o);
  }

  /** The likeliest topic of `text` and its lead, or undefined when the model knows none of its features. */
  guess(text: string): TopicGuess | undefined {
    if (this.topics.length < 2) return undefined;
    const sums = new Float64Array(this.topics.length);
    let n = 0;
    let known = 0;
    for (const [f, k] of features(text, this.o)) {
      n += k;
      const row = this.logp.get(f);
      if (!row) continue;
      known++;
      for (let i = 0; i < sums.length; i++) sums[i] += k * row[i];
    }
    if (known === 0) return undefined;
    let best = 0;
    for (let i = 1; i < sums.length; i++) if (sums[i] > sums[best]) best = i;
    let second = best === 0 ? 1 : 0;
    for (let i = 0; i < sums.length; i++) if (i !== best && sums[i] > sums[second]) second = i;
    return { topic: this.topics[best], margin: (sums[best] - sums[second]) / Math.sqrt(n) };
  }
}
