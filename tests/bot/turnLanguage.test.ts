// The reply language: written language, else chosen, else channel locale, else French; short messages never switch.
import { decideLanguage, type LanguageInputs } from '../../src/bot/turnLanguage';
import { DEFAULT_OPTIONS } from '../../src/bot/types';

const base: LanguageInputs = { letters: 20, words: 4, mtAvailable: false };
const decide = (input: Partial<LanguageInputs>) => decideLanguage({ ...base, ...input }, DEFAULT_OPTIONS);
const reliable = (lang: string) => ({ lang, confidence: 0.99, reliable: true });

describe('decideLanguage', () => {
  it('answers in the language the person writes in, over the chosen one and the locale', () => {
    expect(decide({ guess: reliable('uk'), chosenLang: 'fr', locale: 'nl-BE' })).toMatchObject({ lang: 'uk', renderLang: 'uk', fromText: true });
  });

  it('falls back to the conversation, then the chosen language, then the locale, then French', () => {
    expect(decide({ conversationLang: 'ru', chosenLang: 'en', locale: 'nl' }).lang).toBe('ru');
    expect(decide({ chosenLang: 'en', locale: 'nl' }).lang).toBe('en');
    expect(decide({ locale: 'nl-BE' }).lang).toBe('nl');
    expect(decide({ locale: 'es-ES' }).lang).toBe('fr');
    expect(decide({}).lang).toBe('fr');
  });

  it('does not switch on short or unreliable text ("ok", "1030")', () => {
    expect(decide({ guess: reliable('en'), letters: 2, words: 1, conversationLang: 'uk' }).lang).toBe('uk');
    expect(decide({ guess: { lang: 'en', confidence: 0.4, reliable: false }, conversationLang: 'uk' }).lang).toBe('uk');
  });

  it('takes short or unsure Cyrillic or Arabic text as its language when the one kept is written in other letters', () => {
    const unsure = (lang: string) => ({ lang, confidence: 0.5, reliable: false });
    // "перекладач в комуну" in a new conversation had been answered in French.
    expect(decide({ guess: unsure('uk') }).lang).toBe('uk');
    expect(decide({ guess: unsure('ar'), letters: 5, words: 1, conversationLang: 'en' }).lang).toBe('ar');
    // Same letters: the conversation's language stays (Russian and Ukrainian share most words).
    expect(decide({ guess: unsure('ru'), conversationLang: 'uk' }).lang).toBe('uk');
    // Latin letters never switch this way.
    expect(decide({ guess: unsure('en'), conversationLang: 'ar' }).lang).toBe('ar');
  });

  it('a language button wins', () => {
    expect(decide({ picked: 'ar', guess: reliable('fr') })).toMatchObject({ lang: 'ar', fromText: false });
  });

  it('a language without curated text: machine translation through French, else the chosen language with a note', () => {
    expect(decide({ guess: reliable('de'), mtAvailable: true })).toMatchObject({ lang: 'de', renderLang: 'fr', machineTranslate: true });
    expect(decide({ guess: reliable('de') })).toMatchObject({ lang: 'fr', cannotTranslate: true, wanted: 'de' });
    expect(decide({ guess: reliable('de'), chosenLang: 'en' })).toMatchObject({ lang: 'en', cannotTranslate: true });
  });

  it('takes a clearly foreign language (detected but not served) as the person\'s, so they hear there is no translation', () => {
    const spanish = { lang: 'es', confidence: 0.99, reliable: false };
    expect(decide({ guess: spanish })).toMatchObject({ lang: 'fr', cannotTranslate: true, wanted: 'es', fromText: true });
    expect(decide({ guess: spanish, mtAvailable: true })).toMatchObject({ lang: 'es', machineTranslate: true });
    // A weak foreign guess or a short message changes nothing.
    expect(decide({ guess: { lang: 'tr', confidence: 0.63, reliable: false }, conversationLang: 'nl' }).lang).toBe('nl');
    expect(decide({ guess: spanish, letters: 2, words: 1, conversationLang: 'nl' })).toMatchObject({ lang: 'nl', cannotTranslate: false });
    // In a conversation in Arabic, Ukrainian or Russian, Latin letters read as a foreign language are most likely
    // Arabizi or transliteration ("w ila CPAS rafdo?" was taken for Polish): the conversation's language stays.
    const polish = { lang: 'pl', confidence: 0.92, reliable: false };
    expect(decide({ guess: polish, conversationLang: 'ar' })).toMatchObject({ lang: 'ar', cannotTranslate: false });
    expect(decide({ guess: polish, conversationLang: 'uk' })).toMatchObject({ lang: 'uk', cannotTranslate: false });
    expect(decide({ guess: polish, conversationLang: 'fr' })).toMatchObject({ lang: 'fr', cannotTranslate: true, wanted: 'pl' });
  });
});
