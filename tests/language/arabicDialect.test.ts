// Spoken Arabic towards the standard: dialect words and verb prefixes, so standard word lists meet them.
import { dialectToMsa, dialectVariants, DIALECT_TO_MSA } from '../../src/language/arabicDialect';
import { normaliseArabic } from '../../src/language/arabic';

describe('dialectVariants', () => {
  it('removes Maghrebi, Levantine and Egyptian present and future prefixes down to the stem', () => {
    expect(dialectVariants('كيضربني')).toEqual(expect.arrayContaining(['ضربني', 'ضرب']));
    expect(dialectVariants('بيضربني')).toEqual(expect.arrayContaining(['يضربني', 'ضربني']));
    expect(dialectVariants('حيقتلني')).toEqual(expect.arrayContaining(['يقتلني', 'قتلني']));
  });

  it('reads the ma-…-sh negation and the article', () => {
    expect(dialectVariants('مايتنفسش')).toEqual(expect.arrayContaining(['يتنفس', 'تنفس']));
    expect(dialectVariants('بالسكين')).toContain('سكين');
    expect(dialectVariants('والدم')).toContain('دم');
  });

  it('reads the negation written apart ("ما رجعتش"): the verb without its -sh', () => {
    expect(dialectVariants('رجعتش')).toContain('رجعت');
    expect(dialectVariants('كيجاوبش')).toContain('كيجاوب');
  });

  it('maps frequent dialect words to the standard one, after a prefix too', () => {
    expect(dialectVariants('بغيت')).toContain('اريد');
    expect(dialectVariants('دابا')).toContain('الان');
    expect(dialectVariants(normaliseArabic('دلوقتي'))).toContain('الان');
  });

  it('keeps short words whole', () => {
    expect(dialectVariants('بيت')).toEqual(['بيت']);
  });
});

describe('dialectToMsa', () => {
  it('replaces the dialect words of a text and leaves the others', () => {
    expect(dialectToMsa('بدي روح فين')).toBe('اريد روح اين');
    expect(dialectToMsa('كيف حالك')).toBe('كيف حالك');
    // How much: Iraqi and Gulf, Levantine, Egyptian.
    expect(dialectToMsa('شكد سعرها')).toBe('كم سعرها');
    expect(dialectToMsa('اديش بيكلف')).toBe('كم بيكلف');
    expect(dialectToMsa('بكام الكورس')).toBe('كم الكورس');
    // French said the Maghrebi way.
    expect(dialectToMsa('كور متاع فرانسي')).toBe('كور متاع الفرنسيه');
    // Rent, searching, work, the commune and the doctor as Maghrebi and Levantine speakers write them.
    expect(dialectToMsa('راني نحوس على دار للكرا')).toBe('راني ابحث على بيت للايجار');
    expect(dialectToMsa('نخدم فالكومين')).toBe('اعمل في البلديه');
    expect(dialectToMsa('بدي روح عند الحكيم')).toBe('اريد روح عند الطبيب');
  });

  it('leaves the ball a child plays with alone: "الكورة" is no course (a missing child playing football)', () => {
    expect(dialectToMsa('خرج يلعب الكوره')).toBe('خرج يلعب الكوره');
  });

  it('holds normalised spellings only (ة written ه, no hamza on alef)', () => {
    for (const [dialect, standard] of Object.entries(DIALECT_TO_MSA)) {
      expect([dialect, normaliseArabic(dialect)]).toEqual([dialect, dialect]);
      expect([standard, normaliseArabic(standard)]).toEqual([standard, standard]);
    }
  });
});
