// Dutch and Flemish diminutives read as the word the knowledge base writes.
import { dutchVariants } from '../../src/language/dutch';
import { stemmerFor } from '../../src/language/stem';

const stem = stemmerFor('nl');

describe('dutchVariants', () => {
  it.each([
    ['appartementje', 'appartement'],
    ['kaartje', 'kaart'],
    ['kotje', 'kot'],
    ['briefke', 'brief'],
    ['werkske', 'werk'],
    ['schooltje', 'school'],
    ['bolletje', 'bol'],
  ])('"%s" may stand for "%s"', (word, base) => {
    expect(dutchVariants(word)).toContain(stem(base));
  });

  it('leaves short words and words without a diminutive alone', () => {
    expect(dutchVariants('ook')).toEqual([]);
    expect(dutchVariants('huis')).toEqual([]);
  });
});
