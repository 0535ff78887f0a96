// Arabic in Latin letters: read into Arabic script for search, and into a consonant skeleton for word lists.
import { arabiziSkeleton, arabiziSkeletons, arabiziToArabic, looksArabizi, looksArabiziText } from '../../src/language/arabizi';
import { romanisedScript } from '../../src/language/romanised';

describe('looksArabizi', () => {
  it('knows a word with a digit-letter among letters', () => {
    expect(['3afak', 's7abi', 'y9tel', 'ma3a', "7'ali"].map(looksArabizi)).toEqual([true, true, true, true, true]);
    expect(['112', '1070', 'hello', 'b2b2'].map(looksArabizi)).toEqual([false, false, false, true]);
  });

  it('takes language levels and ordinals for what they are', () => {
    expect(['nt2', 'a2', 'b2', 'c1', '2eme', '3rd'].map(looksArabizi)).toEqual([false, false, false, false, false, false]);
  });

  it('takes times of day for what they are, and still knows "9ra" and "7ta" (read, until)', () => {
    expect(['6h', '14h30', '9u', '11h'].map(looksArabizi)).toEqual([false, false, false, false]);
    expect(['9ra', '7ta'].map(looksArabizi)).toEqual([true, true]);
    // French with its working hours is French: the crisis lexicons must not read it as Arabizi.
    expect(looksArabiziText(['je', 'travaille', 'de', '6h', 'a', '14h', 'expulser'])).toBe(false);
  });

  it('marks a message by one digit-letter word or one frequent Arabizi word, never a French or English one', () => {
    expect(looksArabiziText(['rajli', 'mrid'])).toBe(true);
    expect(looksArabiziText(['wach', 'kayn', 'cpas'])).toBe(true);
    expect(looksArabiziText(['la', 'dame', 'est', 'morte'])).toBe(false);
    expect(looksArabiziText(['my', 'son', 'is', 'missing'])).toBe(false);
  });
});

describe('arabiziToArabic', () => {
  it('reads digit-letters and digraphs into Arabic letters, short vowels dropped', () => {
    expect(arabiziToArabic('3andi')).toBe('اندي'.replace('ا', 'ع'));
    expect(arabiziToArabic('khouya')).toBe('خويا');
    expect(arabiziToArabic('7ayat')).toBe('حيت'.replace('ي', 'يا').slice(0, 2) + 'ت');
    expect(arabiziToArabic('chreb')).toBe('شرب');
    expect(arabiziToArabic('9alb')).toBe('قلب');
  });

  it('reads the short words whose long vowels the letters drop as Arabic writes them ("kayn", "dyal", "blach")', () => {
    // Letter by letter they were كين and ديل, words no Arabic text holds: "fin kayn cours dyal fransawiya b blach" fell back.
    expect(arabiziToArabic('kayn')).toBe('كاين');
    expect(arabiziToArabic('dyal')).toBe('ديال');
    expect(arabiziToArabic('dial')).toBe('ديال');
    expect(arabiziToArabic('mta3')).toBe('متاع');
    expect(arabiziToArabic('blach')).toBe('بلاش');
    expect(arabiziToArabic('fabor')).toBe('بلاش');
  });

  it('writes a doubled consonant once, as Arabic does without its shadda', () => {
    expect(arabiziToArabic('at3allam')).toBe('اتعلم');
    expect(arabiziToArabic('n3allem')).toBe('نعلم');
    expect(arabiziToArabic('bzzaf')).toBe(arabiziToArabic('bzaf'));
  });
});

describe('romanisedScript on Arabizi of the Levant, Egypt, Iraq and the Gulf', () => {
  it.each([
    'bidi at3allam fransawi, fi madrasa bala flous?',
    'baddi shoghol bi charleroi, kteer sa3b',
    'ayez a3raf el cpas bey3ti kam ezay',
    'shlon akdar ajeeb marti, aku tari2a?',
  ])('"%s" is Arabic in Latin letters', (text) => {
    expect(romanisedScript(text)).toBe('arabizi');
  });

  it.each(['je veux apprendre le francais a bruxelles', 'is there a cheap school for my kids', 'ik wil werken in gent'])(
    '"%s" is not',
    (text) => {
      expect(romanisedScript(text)).toBeUndefined();
    },
  );
});

describe('arabiziSkeleton', () => {
  it('gives every usual spelling of one word the same skeleton', () => {
    expect(arabiziSkeleton('kaydrobni')).toBe(arabiziSkeleton('kaydarbni'));
    expect(arabiziSkeleton('9tel')).toBe(arabiziSkeleton('qtal'));
    expect(arabiziSkeleton('chare3')).toBe(arabiziSkeleton('shari3'));
    expect(arabiziSkeleton('khouya')).toBe(arabiziSkeleton('5oya'));
    expect(arabiziSkeleton('9tel')).not.toBe(arabiziSkeleton('ktab'));
  });

  it('offers the word without its spoken prefixes, so a stem list meets conjugated verbs', () => {
    expect(arabiziSkeletons('kaydrobni')).toEqual(expect.arrayContaining(['kydrbn', 'drbn']));
    expect(arabiziSkeletons('ghadi')).toContain('gd');
  });
});
