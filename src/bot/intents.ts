// Recognises the interrupts, yes/no answers, language names and "I live in…" from the locale phrase lists of every language.
import type { Lang } from '../knowledge/types';
import type { Localizer } from '../i18n/localizer';
import { PhraseMatcher } from './phrases';
import { wordKey, words } from '../language/tokenize';
import { FILLER_WORD_LISTS } from '../language/stopwords';

/** Requests a person can make at any turn, in any supported language. */
export type Interrupt = 'help' | 'changeLanguage' | 'startOver' | 'forgetMe' | 'talkToPerson';

const INTERRUPTS: readonly Interrupt[] = ['forgetMe', 'talkToPerson', 'changeLanguage', 'startOver', 'help'];

/** Messages that are no question: thanks and greetings, answered in kind. */
export type SmallTalk = 'thanks' | 'greeting';

const SMALL_TALK: readonly SmallTalk[] = ['thanks', 'greeting'];

/** Words besides the thanks phrases that a thanks sentence may hold ("sincerement pour votre reponse"). */
const MAX_WORDS_BESIDE_THANKS = 5;

/** Phrase matchers built once from the locale files. */
/** Fillers of speech of every language (`FILLER_WORD_LISTS`), as words a message may open with. */
const FILLERS: ReadonlySet<string> = new Set(Object.values(FILLER_WORD_LISTS).flatMap((l) => l.split(/\s+/)).filter(Boolean));

/** The text without the fillers it opens with ("um and…" → "and…"). */
function withoutLeadingFillers(text: string): string {
  const tokens = text.trim().split(/\s+/);
  let i = 0;
  while (i < tokens.length - 1 && FILLERS.has(tokens[i].toLowerCase().replace(/[.,;:!?]+$/, ''))) i++;
  return tokens.slice(i).join(' ');
}

export class Intents {
  private readonly interrupts: Map<Interrupt, PhraseMatcher>;
  private readonly yes: PhraseMatcher;
  private readonly no: PhraseMatcher;
  private readonly livesIn: PhraseMatcher;
  private readonly isIn: PhraseMatcher;
  private readonly homeOrPresence: PhraseMatcher;
  private readonly languageNames: Map<string, Lang>;
  private readonly smallTalkPhrases: Map<SmallTalk, PhraseMatcher>;
  /** "ok", "oke", "добре", "تمام": said around thanks ("oke dankjewel"), never a question. */
  private readonly acknowledge: PhraseMatcher;
  private readonly continuation: PhraseMatcher;
  private readonly supposition: PhraseMatcher;
  private readonly aspects: PhraseMatcher;

  constructor(i18n: Localizer) {
    this.interrupts = new Map(
      INTERRUPTS.map((name) => {
        // Button titles (bot:actions.*) count as well as the phrases people type (intents:*).
        const lists = i18n.phrases('intents', name);
        for (const lang of i18n.languages) {
          const title = i18n.t(lang, `bot:actions.${name}`);
          lists.set(lang, [...(lists.get(lang) ?? []), title]);
        }
        return [name, new PhraseMatcher(lists)];
      }),
    );
    this.yes = new PhraseMatcher(i18n.phrases('intents', 'yes'));
    this.no = new PhraseMatcher(i18n.phrases('intents', 'no'));
    const livesIn = i18n.phrases('intents', 'livesIn');
    const isIn = i18n.phrases('intents', 'isIn');
    this.livesIn = new PhraseMatcher(livesIn);
    this.isIn = new PhraseMatcher(isIn);
    const both = new Map(i18n.languages.map((lang) => [lang, [...(livesIn.get(lang) ?? []), ...(isIn.get(lang) ?? [])]]));
    this.homeOrPresence = new PhraseMatcher(both);
    this.smallTalkPhrases = new Map(SMALL_TALK.map((k) => [k, new PhraseMatcher(i18n.phrases('intents', k))]));
    this.acknowledge = new PhraseMatcher(i18n.phrases('intents', 'acknowledge'));
    this.continuation = new PhraseMatcher(i18n.phrases('intents', 'continues'));
    this.supposition = new PhraseMatcher(i18n.phrases('intents', 'supposes'));
    this.aspects = new PhraseMatcher(i18n.phrases('intents', 'aspect'));
    this.languageNames = new Map(i18n.languages.map((lang) => [wordKey(i18n.t(lang, 'bot:language.name')), lang]));
  }

  /** The interrupt the whole message asks for, if any. */
  interrupt(text: string): Interrupt | undefined {
    return INTERRUPTS.find((name) => this.interrupts.get(name)?.isCommand(text));
  }

  /** The language whose own name is the whole message ("Українська" from a language button). */
  languageName(text: string): Lang | undefined {
    return this.languageNames.get(wordKey(text));
  }

  /** Thanks or a greeting that is the whole message ("merci beaucoup", "السلام عليكم"); "hello, I need a lawyer" is a question. */
  smallTalk(text: string): SmallTalk | undefined {
    // One word more than a phrase of several ("ok thanks a lot"); a one-word phrase must be the whole message, once
    // the acknowledgements around it are set aside ("oke dankjewel", "ок дякую", "تمام شكرا").
    const rest = this.acknowledge.strip(text).join(' ');
    const whole = SMALL_TALK.find((k) => this.smallTalkPhrases.get(k)?.isCommand(text, 1) || (rest !== '' && this.smallTalkPhrases.get(k)?.isCommand(rest, 1)));
    if (whole) return whole;
    // Thanks said at length ("شكرا كتير الله يعطيك العافية", "merci bcp vraiment c gentil"): the small talk's phrases
    // hold most of the message and at most two other words are left ("كتير الله"); "merci, et pour ma femme ?" leaves a
    // question.
    const total = words(text).length;
    let left = rest;
    for (const k of SMALL_TALK) left = (this.smallTalkPhrases.get(k)?.strip(left) ?? []).join(' ');
    const leftWords = left === '' ? 0 : left.split(' ').length;
    if (leftWords > 2 || leftWords >= total - leftWords) return undefined;
    return SMALL_TALK.find((k) => (this.smallTalkPhrases.get(k)?.find(text).length ?? 0) > 0);
  }

  /**
   * Thanks open a message that asks nothing ("thank you so much, you've been more helpful than the commune", "дякую
   * вам велике, хоч хтось відповів"): no question mark. Read only where nothing else was understood (`answerDialog`):
   * "merci, mon fils aussi cherche une école" is a question without one.
   */
  thanksFirst(text: string): boolean {
    return !/[?؟]/.test(text) && (this.smallTalkPhrases.get('thanks')?.opens(text, 1) ?? false);
  }

  /**
   * The message after the thanks sentence it opens with ("Thank you very much for your answer. Could you also tell me
   * how long it takes?" → "Could you also tell me how long it takes?"): what a follow-up asks, without the courtesy
   * that made polite follow-ups too long to be read as such. Undefined when it does not open with thanks followed by
   * another sentence.
   */
  afterThanks(text: string): string | undefined {
    const thanks = this.smallTalkPhrases.get('thanks');
    if (!thanks?.opens(text, 1)) return undefined;
    const end = text.search(/[.!;:]\s|[.!;:]$|\n/);
    if (end < 0) return undefined;
    // The sentence is thanks, give or take a few words ("sincerely for your answer"); "Dieu merci on a enfin trouvé
    // un appart à Namur mais…" is the question itself.
    if (thanks.strip(text.slice(0, end)).length > MAX_WORDS_BESIDE_THANKS) return undefined;
    const rest = text.slice(end + 1).trim();
    return words(rest).length > 0 ? rest : undefined;
  }

  /**
   * The message opens with a word that goes on from what was said ("et", "and", "en", "і", "а", "و"), after the
   * fillers of speech a dictated message starts with ("um and how much does it cost", "euh et c'est où").
   */
  continues(text: string): boolean {
    return this.continuation.opens(withoutLeadingFillers(text));
  }

  /**
   * The message opens with "and if", "what if", "а если", "w ila" (`supposes` in the locales): a case of what was just
   * answered ("а если CPAS откажет?" after the medical card, "et si j'ai pas de garant ?" after the rent deposit), not a
   * new question, whatever institution it names. Not a bare "if": "si j'ai la carte orange je peux travailler ?" may be
   * a new question.
   */
  supposes(text: string): boolean {
    return this.supposition.opens(withoutLeadingFillers(text));
  }

  /**
   * The message asks about an aspect of what was answered: its cost, how long, which documents, an appointment, the
   * opening days, a website, a level ("ook op zaterdag?", "ومجاني؟", "а сколько стоит?"), anywhere in it.
   */
  asksAspect(text: string): boolean {
    return this.aspects.find(text).length > 0;
  }

  /** The message's words other than the aspect phrases ("and who won the match on saturday" → who, won, the, match…). */
  withoutAspects(text: string): string[] {
    return this.aspects.strip(text);
  }

  isYes(text: string): boolean {
    return this.yes.isCommand(text, 1);
  }

  isNo(text: string): boolean {
    return this.no.isCommand(text, 1);
  }

  /** The message's words other than "I live in" and "I'm in"-like phrases. */
  withoutHomePhrases(text: string): string[] {
    return this.homeOrPresence.strip(text);
  }

  /**
   * The words right after an "I'm in"-like phrase ("je suis à", "im in", "ik ben in", "я з", "ساكن في"), at most
   * `words` of them per phrase found. These phrases also begin "je suis au chômage", "I'm in trouble": only a place
   * named right after them says where the person is.
   */
  afterPresence(text: string, words: number): string[][] {
    return this.isIn.after(text, words);
  }

  /** The words right after an "I live in"-like phrase, at most `words` of them per phrase found. */
  afterHome(text: string, words: number): string[][] {
    return this.livesIn.after(text, words);
  }

  /** The message says where the person lives ("je vis à", "I live in", "ik woon in", …). */
  mentionsHome(text: string): boolean {
    return this.livesIn.find(text).length > 0;
  }
}
