import { DeletionIndex, editDistance } from '../../src/search/typo';
import { wordNgrams } from '../../src/search/ngrams';
import { passages, sentences } from '../../src/search/passages';

describe('typo tolerance', () => {
  it('counts one edit for a substitution, insertion, deletion or swap', () => {
    expect(editDistance('logement', 'logement')).toBe(0);
    expect(editDistance('logement', 'logemant')).toBe(1);
    expect(editDistance('logement', 'logemment')).toBe(1);
    expect(editDistance('logement', 'logment')).toBe(1);
    expect(editDistance('logement', 'logemnet')).toBe(1);
    expect(editDistance('logement', 'travail', 2)).toBe(3);
  });
  it('finds index terms one edit away', () => {
    const d = new DeletionIndex(['integr', 'logement', 'cpas'], 4);
    expect(d.near('logemnet')).toEqual(['logement']);
    expect(d.near('travail')).toEqual([]);
    expect(d.near('intgr')).toEqual(['integr']);
  });
});

describe('sub-words and passages', () => {
  it('cuts words into bounded character n-grams', () => {
    expect(wordNgrams('kurs', 3, 4)).toEqual(['_ku', 'kur', 'urs', 'rs_', '_kur', 'kurs', 'urs_']);
    expect(wordNgrams('a', 3, 5)).toEqual(['_a_']);
  });
  it('splits text into sentences and overlapping windows', () => {
    expect(sentences('Un. Deux ? Trois!\nQuatre')).toEqual(['Un.', 'Deux ?', 'Trois!', 'Quatre']);
    expect(passages('a. b. c. d. e.', 3, 2)).toEqual(['a. b. c.', 'c. d. e.']);
  });
});
