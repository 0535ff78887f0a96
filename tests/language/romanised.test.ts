// Russian, Ukrainian and Arabic typed in Latin letters: recognised, read back into their script, and not confused
// with French or English that merely has a digit or a short word in common.
import { detectLanguage } from '../../src/language/detect';
import { arabiziText, cyrillicWord, holdsArabiziWord, readingsOf, romanisedScript, toCyrillic } from '../../src/language/romanised';

describe('romanisedScript', () => {
  it('recognises Latin-letter Russian and Ukrainian and Arabizi from phone messages', () => {
    expect(romanisedScript('dobryj den, ya student iz Uzbekistana, mogu li ya rabotat')).toBe('cyrillic');
    expect(romanisedScript('pidkazhit bud laska de mozhna vchyty francuzku')).toBe('cyrillic');
    expect(romanisedScript('salam, ma3andich lwra9, wach n9der nmchi l tbib')).toBe('arabizi');
    // Short Darija without a digit-letter: renting, the doctor, the hospital.
    expect(romanisedScript('kraya f charleroi')).toBe('arabizi');
    expect(romanisedScript('sbitar bla wra9')).toBe('arabizi');
    // "dar" alone is no marker: a word of other languages too.
    expect(romanisedScript('on dar ses documents')).toBeUndefined();
  });

  it('recognises them by their function words read back in Cyrillic, whatever the spelling of й, я or г', () => {
    // None of these words is in the list of everyday Latin-letter words; read in Cyrillic, "як", "у", "без", "де" are.
    expect(romanisedScript('jak zrobyty dovidku u hromadi bez pasportu')).toBe('cyrillic');
    expect(romanisedScript('a de tut je bezplatnyj notarius abo jurist')).toBe('cyrillic');
    // A digit-letter makes it Arabizi, whatever its other words read as in Cyrillic.
    expect(romanisedScript('mol dar bgha ykharjni o 3ndi wlidat sghar')).toBe('arabizi');
    // French, Dutch and English keep more of their own function words than a Cyrillic reading finds.
    expect(romanisedScript('je vais à la banque avec mon fils pour ouvrir un compte')).toBeUndefined();
    expect(romanisedScript('ik ben op zoek naar een huis in de buurt van Gent')).toBeUndefined();
    expect(romanisedScript('do i need to bring my id to the bank')).toBeUndefined();
  });

  it('leaves French and English with a level, an ordinal or a Cyrillic or Arabic text alone', () => {
    expect(romanisedScript('je cherche un cours de français niveau A2, au 2eme étage')).toBeUndefined();
    expect(romanisedScript('where can I do a covid19 test for free')).toBeUndefined();
    expect(romanisedScript('Де знайти роботу в Намюрі?')).toBeUndefined();
    expect(romanisedScript('أين أجد عملا')).toBeUndefined();
  });
});

describe('reading back into the script', () => {
  it('reads Latin letters the Russian way or the Ukrainian way', () => {
    expect(cyrillicWord('rabotat', 'ru')).toBe('работат');
    expect(cyrillicWord('moy', 'ru')).toBe('мой');
    expect(cyrillicWord('rivni', 'uk')).toBe('рівні');
    expect(cyrillicWord('vchyty', 'uk')).toBe('вчити');
    expect(cyrillicWord('tymchasovyi', 'uk')).toBe('тимчасовий');
    expect(cyrillicWord('ukrayina', 'uk')).toBe('україна');
    expect(toCyrillic('mogu li ya rabotat, 20 chasov', 'ru')).toBe('могу ли я работат, 20 часов');
  });

  it('reads Arabizi in Arabic script, keeping the services people name in Latin letters', () => {
    const read = arabiziText('3ndi mochkil m3a CPAS');
    expect(read).toContain('عندي');
    expect(read).toContain('cpas');
  });

  it('tells a word of Arabic in Latin letters among French words ("w les horaires? rani nkhdem lil")', () => {
    expect(holdsArabiziWord('w les horaires? rani nkhdem lil')).toBe(true);
    expect(holdsArabiziWord('et les horaires? je travaille la nuit')).toBe(false);
    expect(holdsArabiziWord('وين السيباس')).toBe(false);
  });

  it('the detector answers in the writer\'s language, not Spanish or French', () => {
    expect(detectLanguage('CPAS v Sharleroi otkazal v pomoshi, skazali ne ih kommuna. chto delat?')).toMatchObject({ lang: 'ru', reliable: true });
    expect(detectLanguage('pidkazhit bud laska de v Briusseli mozhna vchyty francuzku bezkoshtovno')).toMatchObject({ lang: 'uk', reliable: true });
    expect(detectLanguage("bghit ninscrit weldi f l'école, 3ndo 6 snin")).toMatchObject({ lang: 'ar', reliable: true });
    expect(detectLanguage('je cherche un cours de français niveau A2').lang).toBe('fr');
  });

  it('gives the readings a search tries: its own script first, and French and English for Arabizi', () => {
    expect(readingsOf('mogu li ya rabotat', 'ru').map((r) => r.lang)).toEqual(['ru', 'uk']);
    expect(readingsOf("bghit ninscrit weldi f l'école 3ndo 6 snin", 'ar').map((r) => r.lang)).toEqual(['ar', 'fr', 'en']);
    expect(readingsOf('Comment trouver un logement ?', 'fr')).toEqual([]);
  });

  it("reads Ukraine's official Latin spelling (ia, iu, ie inside a word) as one more Ukrainian reading", () => {
    const texts = readingsOf('de zapysuvatysia i skilky tse koshtuie, pytaiu za donku', 'uk').map((r) => r.text);
    expect(texts).toHaveLength(3);
    expect(texts[2]).toContain('записуватися');
    expect(texts[2]).toContain('коштує');
    expect(texts[2]).toContain('питаю');
    // "sotsialne" keeps its і + а in the first reading (the soft sign is not written in Latin letters).
    expect(readingsOf('treba sotsialne zhytlo, de zapysuvatysia', 'uk')[0].text).toContain('соціалне');
  });
});
