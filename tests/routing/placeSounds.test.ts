// How place names sound: French and Dutch spellings, and Cyrillic and Arabic words written by ear, meet on one sound.
import { arabicSkeleton, arabicSound, consonantCount, cyrillicSound, latinSounds } from '../../src/routing/placeSounds';

const soundsOf = (name: string): string[] => latinSounds(name).map((s) => s.sound);

describe('latinSounds', () => {
  it.each([
    // A mute final consonant gives two sounds: as French says it and as some write it.
    ['dinant', ['dinant', 'dinan']],
    ['koekelberg', ['kukelberg']],
    ['ottignies', ['otini']],
    ['jodoigne', ['zhoduan']],
  ])('%s sounds %j', (name, expected) => {
    for (const s of expected) expect(soundsOf(name)).toContain(s);
  });

  it('reads "sch" and "ch" two ways and joins the words of a name', () => {
    expect(soundsOf('schaerbeek')).toEqual(expect.arrayContaining(['sharbek', 'skarbek']));
    expect(soundsOf('marche en famenne').some((s) => s.startsWith('marsh'))).toBe(true);
  });

  it('keeps at most 16 sounds for a long name', () => {
    expect(latinSounds('chapelle lez herlaimont chateau').length).toBeLessThanOrEqual(16);
  });
});

describe('cyrillicSound', () => {
  it.each([
    ['Дінан', 'dinan'],
    ['Кукельберг', 'kukelberg'],
    ['Жодуань', 'zhoduan'],
    ['Сен-Жосс', 'senzhos'],
  ])('%s sounds %s', (word, sound) => {
    expect(cyrillicSound(word).sound).toBe(sound);
  });

  it('drops the French mute e on both sides, so Шатле and Châtelet share their consonants', () => {
    const heard = cyrillicSound('Шатле').skeleton;
    expect(latinSounds('chatelet').map((s) => s.skeleton)).toContain(heard);
  });
});

describe('arabicSound', () => {
  it('reads غن as the French gn and compares consonants in the classes Arabic letters tell apart', () => {
    const heard = arabicSound('كوارينيون').skeleton;
    expect(latinSounds('quaregnon').map((s) => arabicSkeleton(s.sound))).toContain(heard);
    expect(arabicSound('كواريغنون').skeleton).toBe(heard);
  });

  it('hears a leading و before a vowel letter as v, in the f class (ف, ڤ)', () => {
    expect(arabicSound('واترلو').skeleton).toBe(arabicSkeleton('vaterlo'));
  });

  it('counts sh, zh and ts as one consonant each', () => {
    expect(consonantCount('shtl')).toBe(3);
    expect(consonantCount('zhdn')).toBe(3);
  });
});
