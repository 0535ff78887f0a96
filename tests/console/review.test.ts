// The review queue groups questions the engine reads alike (same stems), per language, largest groups first.
import { groupReviewItems } from '../../src/console/review';
import type { ReviewItem } from '../../src/store';

const item = (id: string, text: string, lang: string, day = '2026-12-01'): ReviewItem => ({ id, text, lang, day });

describe('groupReviewItems', () => {
  it('groups inflected variants of one question and keeps other questions and languages apart', () => {
    const groups = groupReviewItems([
      item('1', 'cours de natation pour adultes', 'fr'),
      item('2', 'un cours de natation pour adulte ?', 'fr'),
      item('3', 'Cours natation adultes', 'fr'),
      item('4', 'permis de conduire belge', 'fr'),
      item('5', 'zwemles voor volwassenen', 'nl'),
    ]);
    expect(groups.map((g) => [g.lang, g.count])).toEqual([
      ['fr', 3],
      ['fr', 1],
      ['nl', 1],
    ]);
    expect(groups[0].items.map((i) => i.id)).toEqual(['1', '2', '3']);
    expect(groups[0].text).toBe('cours de natation pour adultes');
  });

  it('returns nothing for an empty queue', () => {
    expect(groupReviewItems([])).toEqual([]);
  });
});
