// Which language to answer in: the one the person writes in, else the one they chose, else the channel's, else French.
import { CURATED_LANGS, PIVOT_LANG, type Lang } from '../knowledge/types';
import type { LanguageGuess, RelaisBotOptions } from './types';

/** Inputs of the decision, gathered by the turn middleware. */
export interface LanguageInputs {
  /** Language picked by a language button in this message. */
  picked?: Lang;
  /** Detection of the message text. */
  guess?: LanguageGuess;
  /** Letters and words in the message (short messages never switch language). */
  letters: number;
  words: number;
  /** Language of the last replies in this conversation. */
  conversationLang?: Lang;
  /** Language the person chose (profile). */
  chosenLang?: Lang;
  /** `activity.locale`, e.g. "nl-BE". */
  locale?: string;
  /** Machine translation is configured and its breaker closed. */
  mtAvailable: boolean;
}

/** The decision. */
export interface LanguageDecision {
  /** Language the replies are read in. */
  lang: Lang;
  /** Curated language the replies are composed in. */
  renderLang: Lang;
  machineTranslate: boolean;
  /** The person's language is neither curated nor translatable now: answer in `renderLang` and say so. */
  cannotTranslate: boolean;
  /** The text was long and clear enough to identify its language. */
  fromText: boolean;
  /** The language the person wants (may be one we cannot show: then `lang` is the fallback). */
  wanted: Lang;
}

const curated: readonly string[] = CURATED_LANGS;

/** The letters each curated language is written in (a language not listed: Latin). */
const LETTERS: Readonly<Partial<Record<string, 'cyrillic' | 'arabic'>>> = { uk: 'cyrillic', ru: 'cyrillic', ar: 'arabic' };

/**
 * A language we do not serve (Spanish, Turkish, Persian…) comes back from detection as `reliable: false` with its
 * code; from this confidence on, a long-enough message is taken as written in it, so the person gets a
 * translation or is told there is none. Chosen high: a served language misread as a foreign one would lose its
 * curated answer.
 */
export const MIN_FOREIGN_CONFIDENCE = 0.9;

/** True for the six languages with curated text. */
export function isCurated(lang: Lang | undefined): lang is Lang {
  return lang !== undefined && curated.includes(lang);
}

/** "nl-BE" → "nl". */
export function baseLanguage(locale: string | undefined): Lang | undefined {
  const base = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return base ? base : undefined;
}

/** Decides the reply language of a turn (see CONTRACT.md, "Bot replies"). */
export function decideLanguage(input: LanguageInputs, options: Pick<RelaisBotOptions, 'minDetectLetters' | 'minDetectWords'>): LanguageDecision {
  const longEnough = input.letters >= options.minDetectLetters && input.words >= options.minDetectWords;
  const g = input.guess;
  // Not in a conversation held in Arabic, Ukrainian or Russian, whose speakers also write them in Latin letters: "w ila
  // CPAS rafdo?" (and if the CPAS refuses?) after an answer in Arabic read as Polish, and got the CPAS's aids in
  // French with a note that no translation exists.
  const romanisedLikely = input.conversationLang !== undefined && LETTERS[input.conversationLang] !== undefined;
  const foreign =
    g !== undefined && !g.reliable && g.lang !== 'und' && !isCurated(g.lang) && g.confidence >= MIN_FOREIGN_CONFIDENCE && !romanisedLikely;
  const localeLang = baseLanguage(input.locale);
  const kept = input.conversationLang ?? input.chosenLang ?? (isCurated(localeLang) ? localeLang : undefined) ?? PIVOT_LANG;
  // A short message in Cyrillic or Arabic letters cannot be in the language kept if that one is written in other
  // letters: "перекладач в комуну", "цпас льєж допомога" were answered in French, searched as French.
  const otherLetters = g !== undefined && isCurated(g.lang) && LETTERS[g.lang] !== undefined && LETTERS[g.lang] !== LETTERS[kept];
  const written = g && (((g.reliable || foreign) && longEnough) || otherLetters) ? g.lang : undefined;
  const wanted = input.picked ?? written ?? kept;
  const fromText = input.picked === undefined && written !== undefined;
  if (isCurated(wanted)) return { lang: wanted, renderLang: wanted, machineTranslate: false, cannotTranslate: false, fromText, wanted };
  if (input.mtAvailable) {
    return { lang: wanted, renderLang: PIVOT_LANG, machineTranslate: true, cannotTranslate: false, fromText, wanted };
  }
  const fallback = isCurated(input.chosenLang) ? input.chosenLang : PIVOT_LANG;
  return { lang: fallback, renderLang: fallback, machineTranslate: false, cannotTranslate: true, fromText, wanted };
}
