// Names that settle something when a text uses them (an institution names a topic, "réfugié" a status), matched
// on analysed words so that forms and accents meet, whatever the language the text is analysed in.
import { analyzeTokens } from './analyze';

/** Finds which keys' names a text holds: every word of one of the key's names is in the text. */
export class NameMatcher<K extends string> {
  private readonly byLang = new Map<string, Array<{ key: K; terms: string[] }>>();

  constructor(private readonly names: Partial<Record<K, readonly string[]>>) {}

  /** Keys named in `text`, analysed in `lang`. */
  find(text: string, lang: string): Set<K> {
    const words = new Set(analyzeTokens(text, lang).map((t) => t.term));
    const out = new Set<K>();
    for (const { key, terms } of this.analysed(lang)) if (terms.every((t) => words.has(t))) out.add(key);
    return out;
  }

  private analysed(lang: string): Array<{ key: K; terms: string[] }> {
    let list = this.byLang.get(lang);
    if (!list) {
      list = [];
      for (const [key, names] of Object.entries(this.names) as Array<[K, readonly string[]]>) {
        for (const name of names) {
          const terms = analyzeTokens(name, lang).map((t) => t.term);
          if (terms.length > 0) list.push({ key, terms });
        }
      }
      this.byLang.set(lang, list);
    }
    return list;
  }
}
