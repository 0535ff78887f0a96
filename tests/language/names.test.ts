// Names that settle a topic or a status: matched word for word, small words included, side by side.
import { NameMatcher } from '../../src/language/names';

const statuses = new NameMatcher({
  undocumented: ['sans papiers', 'без документов', 'no papers'],
  refugee: ['réfugié', 'статус беженца'],
});

describe('NameMatcher', () => {
  it.each([
    ['fr', 'je suis sans papiers depuis 2 ans', 'undocumented'],
    ['ru', 'я без документов', 'undocumented'],
    ['fr', 'je suis refugie reconnu', 'refugee'],
    ['ru', 'у меня статус беженца', 'refugee'],
  ])('%s: "%s" names %s, in other forms and accents', (lang, text, key) => {
    expect([...statuses.find(text, lang)]).toEqual([key]);
  });

  it.each([
    ['ru', 'какие документы нужны?'],
    ['fr', 'il faut quels papiers ?'],
    ['en', 'no idea which papers they want'],
  ])('%s: "%s" names nothing: the small word is part of the name, and the words must be side by side', (lang, text) => {
    expect(statuses.find(text, lang).size).toBe(0);
  });

  it.each([
    ['fr', 'je suis refugie reconnu, ma carte A expire', 'je suis reconnu ma carte a expire'],
    ['ru', 'я без документов, нужен врач', 'я нужен врач'],
  ])('%s: "%s" without the status it states keeps the other words', (lang, text, rest) => {
    expect(statuses.without(text, lang)).toBe(rest);
  });

  it.each([
    ['uk', 'chy treba prokhodyty parcours d integration'],
    ['uk', 'мені треба пройти parcours d’intégration?'],
    ['fr', 'c est obligatoire le parcours d integration'],
    ['ru', 'надо ли проходить parcours d integration'],
  ])('%s: "%s" names the pathway, its apostrophe typed or not, in a language that keeps apostrophes inside words', (lang, text) => {
    expect([...new NameMatcher({ pathway: ["parcours d'intégration"] }).find(text, lang)]).toEqual(['pathway']);
  });

  it('leaves a text naming no status alone', () => {
    expect(statuses.without('какие документы нужны?', 'ru')).toBeUndefined();
  });
});
