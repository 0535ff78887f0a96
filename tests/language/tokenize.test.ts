// The one tokeniser's folded views: the same word wherever the bot compares it (a button title, a phrase, a place).
import { foldWord, wordKey, words, wordSpans, wordsWithApostrophes } from '../../src/language/tokenize';

describe('words', () => {
  it('folds case and accents and splits at punctuation, apostrophes and dashes', () => {
    expect(words("  Oublie-MOI ! J'habite à Liège")).toEqual(['oublie', 'moi', 'j', 'habite', 'a', 'liege']);
    expect(wordKey('BRAINE-L’ALLEUD')).toBe('braine l alleud');
  });

  it('removes Arabic vowel marks and tatweel and unifies letter variants, so typed and vocalised forms meet', () => {
    expect(wordKey('مُسَاعَدَة')).toBe(wordKey('مساعده'));
    expect(foldWord('إقامة')).toBe(foldWord('اقامه'));
    expect(wordKey('مـــساعدة')).toBe(wordKey('مساعدة'));
  });

  it('keeps Cyrillic letters whose marks make them other letters, and reads ё as е', () => {
    expect(words('Київ, йод, ЁЛКА')).toEqual(['київ', 'йод', 'елка']);
  });
});

describe('wordSpans', () => {
  it('gives each word its place in the text as written, so a caller can cut a name out', () => {
    const text = 'Je vis à Molenbeek-Saint-Jean, aidez-moi';
    const spans = wordSpans(text);
    const saint = spans.find((s) => s.word === 'saint')!;
    expect(text.slice(saint.start, saint.end)).toBe('Saint');
    expect(spans.map((s) => s.word)).toEqual(words(text));
  });
});

describe('wordsWithApostrophes', () => {
  it("keeps an inner apostrophe for lexicons that read it themselves and drops quotes around words", () => {
    expect(wordsWithApostrophes("L’incendie, 'vite' б'є")).toEqual(["l'incendie", 'vite', "б'є"]);
  });
});
