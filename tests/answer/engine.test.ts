// The engine's retry in a language written alike or in another script: what it searches.
import { inScriptOf } from '../../src/answer/engine';

describe('inScriptOf (the words a retry in another language searches)', () => {
  it('keeps the French words of a Darija message typed in Latin letters, without Arabizi and numbers', () => {
    expect(inScriptOf('fr', ['demande', 'logement', 'social', '3adatan', '6000'], 'ar')).toEqual(['demande', 'logement', 'social']);
  });

  it('reads the article Darija glues to a French noun: "lfrancais", "lcommune"', () => {
    expect(inScriptOf('fr', ['lfrancais', 'lcommune', 'logement'], 'ar')).toEqual(['francais', 'commune', 'logement']);
  });

  it('keeps only the Latin words of an Arabic-script message', () => {
    expect(inScriptOf('fr', ['كيفاش', 'نجيب', 'carte', 'b', 'الكومين'], 'ar')).toEqual(['carte', 'b']);
  });

  it('leaves words alone between languages of one script, but for numbers', () => {
    expect(inScriptOf('nl', ['franse', 'les', '9bis', '2'], 'fr')).toEqual(['franse', 'les', '9bis']);
  });
});
