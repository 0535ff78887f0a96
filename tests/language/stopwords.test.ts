// Words that say how a person writes, not what they need: greetings and politeness in every language, and the
// function words of spoken Arabic, are left out of the search like "the" and "de".
import { analyze } from '../../src/language/analyze';
import { fillerWords, stopwords } from '../../src/language/stopwords';

describe('greetings, politeness and dialect function words', () => {
  it.each([
    ['fr', 'bjr slt svp comment trouver un logement', ['trouv', 'logement']],
    ['ru', 'добрый день, пожалуйста, где искать работу', ['иска', 'работ']],
    ['uk', 'доброго дня, підкажіть будь ласка де робота', ['підкаж', 'робот']],
    ['ar', 'السلام عليكم شو لازم اعمل لتجديد الاقامة', ['لازم', 'اعمل', 'لتجديد', 'اقام']],
    ['ar', 'ازاي اجدد الكارت بتاعي', ['اجدد', 'كارت']],
    ['fr', "jai besoin dun avocat cest urgent", ['avocat', 'urgent']],
    ['en', 'im looking for a flat bc ur site is broken', ['look', 'flat', 'site', 'broken']],
  ])('%s: "%s" is searched on its need only', (lang, text, expected) => {
    const terms = analyze(text, lang);
    for (const t of expected) expect(terms.some((x) => x.startsWith(t.slice(0, 3)))).toBe(true);
    expect(terms.length).toBeLessThanOrEqual(expected.length);
  });
});

it('keeps English negations, which carry the need ("classes for people who cant read")', () => {
  expect(analyze('classes for people who cant read', 'en')).toContain('cant');
});

it('drops the French "à" as it drops "a": in every entry, it held a part of any French question for all of them', () => {
  expect(analyze('où acheter une canne à pêche', 'fr')).toEqual(analyze('où acheter une canne pêche', 'fr'));
});

describe('fillers of speech (FILLER_WORD_LISTS)', () => {
  it.each([
    ['fr', 'euh'],
    ['nl', 'nou'],
    ['en', 'um'],
    ['uk', 'тобто'],
    ['ru', 'короче'],
    ['ar', 'يعني'],
  ])('[%s] "%s" is dropped like a function word, and is a filler', (lang, word) => {
    expect(stopwords(lang).has(word)).toBe(true);
    expect(fillerWords(lang).has(word)).toBe(true);
  });

  it('keeps words that are fillers in speech but also words of a need', () => {
    expect(stopwords('fr').has('bon')).toBe(false);
    expect(stopwords('en').has('well')).toBe(false);
  });
});
