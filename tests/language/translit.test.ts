import { latinToCyrillic, looksLatinCyrillic, scriptKey } from '../../src/language/translit';

describe('scriptKey', () => {
  it('gives a German name and its Arabic or Ukrainian transcription one key', () => {
    expect(scriptKey('موسنكوس')).toBe(scriptKey('musenkuss'));
    expect(scriptKey('مونشن')).toBe(scriptKey('munchen'));
    expect(scriptKey('فاليكوم')).toBe(scriptKey('valikom'));
    expect(scriptKey('бельвю')).toBe(scriptKey('bellevue'));
    expect(scriptKey('гланц')).toBe(scriptKey('glanz'));
  });

  it('keeps different names apart and ignores too short keys', () => {
    expect(scriptKey('musenkuss')).not.toBe(scriptKey('bellevue'));
    expect(scriptKey('зоб')).toBe('');
  });
});

describe('latinToCyrillic', () => {
  it('reads phone transliterations of Russian and Ukrainian back into Cyrillic, the usual reading first', () => {
    expect(latinToCyrillic('pomogite')[0]).toBe('помогите');
    expect(latinToCyrillic('muzh')).toContain('муж');
    expect(latinToCyrillic('dyshit')).toContain('дышит');
    expect(latinToCyrillic('dopomozhit')).toContain('допоможіт');
    expect(latinToCyrillic("b'et")).toContain('бьет');
    expect(latinToCyrillic('shcho')[0]).toBe('що');
    // The reflexive ending is тся, not ц + я: "ne prosypaetsya", "zadykhaietsia" (after ie → ye).
    expect(latinToCyrillic('prosypaetsya')[0]).toBe('просыпается');
    expect(latinToCyrillic('zadykhayetsia')).toContain('задихаєтся');
  });

  it('gives nothing for a word with other characters, and a bounded number of readings', () => {
    expect(latinToCyrillic('112')).toEqual([]);
    expect(latinToCyrillic('привет')).toEqual([]);
    expect(latinToCyrillic('yyyyyyyyyy').length).toBeLessThanOrEqual(16);
  });
});

describe('looksLatinCyrillic', () => {
  it('marks Latin-letter Russian or Ukrainian by its frequent words, not French or Dutch', () => {
    expect(looksLatinCyrillic(['muzh', 'menya', 'bet'])).toBe(true);
    expect(looksLatinCyrillic(['ya', 'ne', 'mogu'])).toBe(true);
    expect(looksLatinCyrillic(['on', 'ne', 'sait', 'pas'])).toBe(false);
    expect(looksLatinCyrillic(['mama', 'en', 'papa'])).toBe(false);
  });
});
