// Institutions spelt out letter by letter, typed or dictated, read back as the acronym the entries use.
import { readSpelledAcronyms } from '../../src/language/acronyms';

describe('readSpelledAcronyms', () => {
  it.each([
    ['la dame m a dit d aller au c p a s mais', 'la dame m a dit d aller au CPAS mais'],
    ['c.p.a.s de namur?', 'CPAS de namur?'],
    ['ou est le c p a s?', 'ou est le CPAS?'],
    ['ik ben ingeschreven bij de vee dee aa bee in leuve', 'ik ben ingeschreven bij de VDAB in leuve'],
    ['het o see em wee van gent', 'het OCMW van gent'],
    ['on m a dit d aller a l eau n e euh', 'on m a dit d aller a l ONE euh'],
    ['i went to the see pee ay ess yesterday', 'i went to the CPAS yesterday'],
    ['on a vu de ce pe a es ce matin', 'on a vu de CPAS ce matin'],
    ['je suis convoque a la c g r a demain', 'je suis convoque a la CGRA demain'],
  ])('"%s" reads "%s"', (text, read) => {
    expect(readSpelledAcronyms(text)).toBe(read);
  });

  it.each([
    // Letters that spell nothing the entries name, letter names that are words, texts without Latin letters.
    'a b c',
    'ca va, e n o',
    'une ou deux fois par semaine',
    'de en het',
    'я живу в Намюрі',
  ])('leaves "%s" as it is', (text) => {
    expect(readSpelledAcronyms(text)).toBe(text);
  });
});
