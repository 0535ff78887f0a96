// Arabizi read through the Arabic words a body of texts uses, by their consonants.
import { ArabiziVocabulary } from '../../src/search/arabiziVocabulary';
import { arabiziToArabic } from '../../src/language/arabizi';

describe('ArabiziVocabulary', () => {
  const vocabulary = ArabiziVocabulary.fromTexts([
    'كيف أعادل الشهادة؟ أنا مهندس',
    'تسجيل الأطفال في المدرسة',
    'هل يمكن أن أعمل؟ ممكن',
    'مكان مكان مكان',
    'فالونيا',
    'la commune', // another script: nothing learnt from it
  ]);

  it('reads a word whose vowels Arabizi spells its own way as the texts write it, without their article', () => {
    // Letter by letter these are شهدا, موهنديس and موعدلا, words no entry holds.
    expect(arabiziToArabic('shahada')).not.toBe('شهاده');
    expect(vocabulary.word('shahada')).toBe('شهاده');
    expect(vocabulary.word('mohandis')).toBe('مهندس');
    expect(vocabulary.word('madrase')).toBe('مدرسه');
  });

  it('reads the word behind a glued article or preposition ("lmadrasa", "bsajjel")', () => {
    expect(vocabulary.word('lmadrasa')).toBe('مدرسه');
  });

  it('prefers the word nearest the letters to a more frequent one with the same consonants', () => {
    // مكان (a place) is met three times, ممكن (possible) once: "momken" is the second.
    expect(vocabulary.word('momken')).toBe('ممكن');
  });

  it('leaves a word far from every word with its consonants to the letter-by-letter reading', () => {
    // "leefloon" without its l is f-l-n, as فالونيا is; the two are not the same word.
    expect(vocabulary.word('leefloon')).toBeUndefined();
  });

  it('does not read words of two consonants through the vocabulary: they say too little', () => {
    expect(ArabiziVocabulary.fromTexts(['ابن بين']).word('ibn')).toBeUndefined();
  });

  it('reads a short word spelt with the plain letter where the texts write an emphatic one ("tbib" is طبيب)', () => {
    // Letter by letter تبيب; its consonants (t, b) are too few for the consonant keys, its letters differ only by ط.
    const doctor = ArabiziVocabulary.fromTexts(['أحتاج طبيب يتكلم العربية']);
    expect(arabiziToArabic('tbib')).not.toBe('طبيب');
    expect(doctor.word('tbib')).toBe('طبيب');
    // Not a word whose letters differ otherwise: "tbab" (تباب) is not طبيب.
    expect(doctor.word('tbab')).toBeUndefined();
  });

  it('reads the short dialect words as Arabic writes them, whatever word the vocabulary has with their consonants', () => {
    // "dyal" (of) has the consonants of دليل (a guide); "kayn" (there is) is no word of the texts at all; the dialect table then reads كاين as the standard يوجد.
    const guide = ArabiziVocabulary.fromTexts(['دليل دليل كتاب']);
    expect(guide.word('dyal')).toBe('ديال');
    expect(guide.read('fin kayn cours dyal fransawiya b blach', (w) => w === 'cours')).toContain('يوجد cours ديال');
  });

  it('reads a whole message, keeping numbers, the words asked to be kept, and the rest letter by letter', () => {
    const read = vocabulary.read('mohandis 22 cpas 3andi', (w) => w === 'cpas');
    expect(read.split(' ')).toEqual(['مهندس', '22', 'cpas', 'عندي']);
  });
});
