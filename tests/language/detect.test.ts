import { detectLanguage } from '../../src/language/detect';

describe('detectLanguage', () => {
  const cases: [string, string][] = [
    ['fr', 'Comment demander le revenu d’intégration ?'],
    ['fr', 'Où trouver un médecin ?'],
    ['nl', 'Waar kan ik Frans leren?'],
    ['nl', 'Hoe vind ik een woning?'],
    ['en', 'Where can I find a doctor?'],
    ['en', 'How do I get a residence permit?'],
    ['de', 'Wo finde ich einen Arzt?'],
    ['de', 'Wie bekomme ich eine Wohnung?'],
    ['uk', 'Де знайти лікаря?'],
    ['uk', 'Як отримати допомогу?'],
    ['ru', 'Где найти врача?'],
    ['ru', 'Как получить помощь?'],
    ['ar', 'أين أجد طبيبا؟'],
    ['ar', 'كيف أحصل على مساعدة؟'],
  ];
  it.each(cases)('recognises %s in "%s"', (lang, text) => {
    const r = detectLanguage(text);
    expect(r.lang).toBe(lang);
    expect(r.reliable).toBe(true);
  });

  it.each([
    ['fr', 'Bonjour'],
    ['nl', 'Goedemorgen'],
    ['en', 'Hello'],
    ['de', 'Danke'],
    ['uk', 'Привіт'],
    ['ru', 'Привет'],
    ['ar', 'مرحبا'],
    ['uk', 'житло'],
    ['ru', 'жильё'],
  ])('recognises %s in the one-word message "%s"', (lang, text) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('does not confuse Ukrainian and Russian on near-identical questions', () => {
    expect(detectLanguage('Мені потрібна допомога').lang).toBe('uk');
    expect(detectLanguage('Мне нужна помощь').lang).toBe('ru');
  });

  it('decides by the Cyrillic or Arabic words when a Latin name is inside', () => {
    expect(detectLanguage('Що означає "Sprengelprinzip"?').lang).toBe('uk');
    expect(detectLanguage('ماذا يعني "Sprengelprinzip"؟').lang).toBe('ar');
  });

  it.each([
    // Maghrebi, Iraqi and Gulf Arabic write p and g with the Persian letters پ and گ, on an Arabic keyboard (ي, ك).
    ['Maghrebi', 'الپروپريتار طلب الپاي fiche de paie'],
    ['Iraqi', 'گالولي روح ويا الپاسپور، اگدر؟'],
  ])('reads %s Arabic with Persian letters for p and g as Arabic', (_name, text) => {
    expect(detectLanguage(text)).toMatchObject({ lang: 'ar', reliable: true });
  });

  it.each([
    ['Spanish', '¿Dónde puedo encontrar un médico para mis niños?'],
    ['Turkish', 'Çocuğum için nerede doktor bulabilirim, yardım lazım'],
    ['Persian', 'من کجا می‌توانم دکتر پیدا کنم؟ کمک می‌خواهم'],
  ])('says %s text is not reliably one of ours', (_name, text) => {
    expect(detectLanguage(text).reliable).toBe(false);
  });

  it('is not reliable without letters and returns the fallback', () => {
    expect(detectLanguage('1030 ?')).toEqual({ lang: 'und', confidence: 0, reliable: false });
    expect(detectLanguage('', { fallback: 'fr' }).lang).toBe('fr');
  });

  it('only returns one of the candidates when told', () => {
    const r = detectLanguage('Where can I find a doctor?', { candidates: ['fr', 'nl'] });
    expect(['fr', 'nl']).toContain(r.lang);
    expect(r.reliable).toBe(false);
    expect(detectLanguage('Waar kan ik Frans leren?', { candidates: ['fr', 'nl'] })).toMatchObject({ lang: 'nl', reliable: true });
  });
});
