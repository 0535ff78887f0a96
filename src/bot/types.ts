// Types shared by the bot, its turn middleware and the dialogs: dependencies, per-turn facts, conversation memory.
import type { ConversationState, TurnContext, UserState } from 'botbuilder';
import type { AnswererPort, ChannelAnswer } from '../answer/types';
import type { RouterPort } from '../routing/router';
import type { TurnReading } from './turnReading';
import type { Entry, Lang, Place, Topic } from '../knowledge/types';
import type { Store, UserProfile } from '../store/types';
import type { MachineTranslation, TranslationBudget } from '../translate/types';
import type { Localizer } from '../i18n/localizer';

/** What `src/language/detect.ts` answers: the language a text is written in, and whether to trust it. */
export interface LanguageGuess {
  lang: Lang;
  confidence: number;
  reliable: boolean;
}

/** Language detection, injected so tests can pass a fake. */
export type DetectLanguage = (text: string) => LanguageGuess;

/** Removes personal details from free text before it is stored (src/privacy/scrub.ts). */
export type Scrub = (text: string) => { text: string };

/** pino-like logger; never given message text. */
export interface BotLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** A store that may be running on a fallback (ResilientStore): the bot then says it cannot remember. */
export type MaybeDegradedStore = Store & { readonly degraded?: boolean };

/** Tunables of the conversation. */
export interface RelaisBotOptions {
  /** A detected language replaces the current one only with at least this many letters ("ok", "1030" never do). */
  minDetectLetters: number;
  /** ... and at least this many words. */
  minDetectWords: number;
  /** Profile retention in days, quoted in the privacy notice (same value as the store's retention). */
  profileDays: number;
  /** Review-queue retention in days, quoted in the privacy notice. */
  reviewDays: number;
  /** Messages with at most this many words that contain a place are read as "here is where I live". */
  maxPlaceOnlyWords: number;
  /**
   * Follow-up buttons (other entries of the topic) after an answer, next to the three feedback buttons and "talk to
   * a person": 2 keeps the set at six buttons, what a phone shows without scrolling far (dialogs/README.md).
   */
  maxFollowUps: number;
  /** How many answered entries the conversation remembers, so follow-ups do not offer them again. */
  maxSeenEntries: number;
  /**
   * Messages after an answer during which a short question the knowledge base cannot place alone is read against
   * that answer ("is it compulsory?"). 3: the blind batches' follow-ups come right after the answer; a person who
   * asked something else twice since has moved on.
   */
  followUpTurns: number;
  /**
   * Longest message (words) read as a follow-up: "how much and where in Charleroi?" has six, "en moet mijn vrouw ook
   * mee naar de afspraak?" nine. 10 (was 8): follow-ups of the tuning batches orient-1/3/5/7/9 77 -> 81 of 90 with
   * the last answer shown again; 12 gave one more on orient-5 and lets longer new questions be taken as follow-ups.
   * 12 (twenty-second session), the fillers of speech not counted: dictated follow-ups run longer ("et euh ça fait
   * combien par mois pour une personne toute seule", eleven words); leave-one-batch-out follow-ups 605 -> 607 of 648
   * with the fillers read as function words, topics unchanged.
   */
  maxFollowUpWords: number;
  /**
   * Longest message (words) that, understood as nothing, is taken as a question about the last answer and shown it
   * again ("il doit prendre rdv ou il peut y aller directement le matin ?", thirteen words, after the CPAS answer):
   * longer than `maxFollowUpWords`, which also decides when a message found another entry but is searched again with
   * the last answer's title.
   */
  maxFollowUpAgainWords: number;
  /**
   * Longest question (words, with a question mark) that finds nothing at all yet is taken as one about the last answer
   * and shown it again: "а скільки коштує?", "w ila galo ma kaynach blassa?" right after an answer ask about it,
   * though none of their words names a topic.
   */
  maxBareFollowUpWords: number;
  /**
   * Below this confidence, an answer of another topic to a message that opens with "and" ("and is there a deadline?
   * my negative came 10 days ago" after the free lawyer met the refugees' reunification deadline, 0.38) is read within
   * the conversation's topic first; a new question asked that way is answered surely ("and where do I find a
   * doctor?", 1.0).
   */
  followUpWeakAnswer: number;
  /**
   * At or above this confidence, a message's own answer of another topic stands against what the last answer's title
   * brings ("et pour inscrire mon fils à l'école ?" after housing choices went to the CPAS installation premium, the
   * title's words finding the CPAS entry among the choices).
   */
  followUpSureAnswer: number;
  /**
   * ...and holds at least this many words that are not function words: one or two found ("et si y a pas de place ?"
   * after the French courses met school places, surely; "et la cantine c'est payant ?" after school enrolment met
   * health costs) are no new question. Tuning follow-ups (216): 202 before; at 2, 199; at 3, 202 (and 203 with "see pass"
   * no longer naming the CPAS).
   */
  followUpSureWords: number;
  /**
   * Most words besides the aspect asked ("and on saturday?", "а сколько стоит?", "c'est ouvert le samedi matin ?"),
   * function words aside, for a message the topic model reads as outside Relais to be read against the last answer
   * instead: tuning follow-ups (612) 573 -> 576 at 1, 578 at 2 and 3 ("ok ... ouvert ... matin" besides "samedi").
   */
  maxAspectOtherWords: number;
  /**
   * Most words besides the aspect asked, function words aside, for a question about reaching what was just answered
   * ("do they speak english there?", "kan ik bellen of enkel mailen?", "а туди можна без запису прийти?") to stay
   * with the last answer even when its words alone meet another entry for sure (interpreting, the doctor on call):
   * the last answer is shown again, its offices' details on the card (writer BE).
   */
  maxAspectOnlyWords: number;
}

/**
 * Chosen so that two-word Arabic or Cyrillic sentences ("زوجي يضربني", 10 letters) count, while greetings, postal
 * codes and button titles do not (most are a single word or under 10 letters).
 */
export const DEFAULT_OPTIONS: RelaisBotOptions = {
  minDetectLetters: 10,
  minDetectWords: 2,
  profileDays: 180,
  reviewDays: 90,
  maxPlaceOnlyWords: 4,
  maxFollowUps: 2,
  maxSeenEntries: 8,
  followUpTurns: 3,
  maxFollowUpWords: 12,
  maxFollowUpAgainWords: 16,
  maxBareFollowUpWords: 6,
  followUpWeakAnswer: 0.5,
  followUpSureAnswer: 0.9,
  followUpSureWords: 3,
  maxAspectOtherWords: 2,
  maxAspectOnlyWords: 1,
};

/** Everything the bot is built from (handed in by the composition root). */
export interface RelaisBotDeps {
  conversationState: ConversationState;
  userState: UserState;
  store: MaybeDegradedStore;
  answerer: AnswererPort;
  /** Places and services for a place (built once in the composition root). */
  router: RouterPort;
  /** The knowledge base's entries (`kb.entries`), for follow-up buttons after an answer; none offered without. */
  entries?: readonly Entry[];
  detectLanguage: DetectLanguage;
  translation?: MachineTranslation;
  i18n: Localizer;
  /** Defaults to `scrub` from src/privacy/scrub.ts. */
  scrub?: Scrub;
  logger?: BotLogger;
  options?: Partial<RelaisBotOptions>;
  /** Clock, for the day of anonymous events (tests pass a fixed one). */
  now?: () => Date;
}

/** What the dialogs receive: the deps with defaults filled in. */
export interface BotServices {
  conversationState: ConversationState;
  userState: UserState;
  store: MaybeDegradedStore;
  answerer: AnswererPort;
  /** Places and services for a place (built once in the composition root). */
  router: RouterPort;
  /** Empty when the composition root gave none. */
  entries: readonly Entry[];
  detectLanguage: DetectLanguage;
  translation?: MachineTranslation;
  i18n: Localizer;
  scrub: Scrub;
  logger: BotLogger;
  options: RelaisBotOptions;
  now: () => Date;
}

/** What the conversation remembers between turns (conversation state; erased by "forget me"). */
export interface ConversationMemory {
  /** Language of the last replies: short messages keep it. */
  lang?: Lang;
  /** Consecutive questions without an answer (fallback ladder). */
  fallbackCount: number;
  lastTopic?: Topic;
  lastEntryId?: string;
  /** Messages since the last answer or choices: a short follow-up ("is it compulsory?") is read against them for a few. */
  sinceAnswer?: number;
  /**
   * The place the last answered question named when the profile holds none ("where can I learn Dutch in Antwerp?"):
   * not where the person lives (the profile does not keep a town a question only mentions), but where the follow-ups
   * of that answer ("is it free?") are about, so their services are routed there and not to every region's offices.
   */
  questionPlace?: Place;
  /**
   * The entries last offered as choices, when no answer came after them: the person often asks on ("is it free?")
   * instead of picking one, and that follow-up is read against them.
   */
  offeredEntryIds?: string[];
  /** Entries answered in this conversation, most recent last (at most `maxSeenEntries`): not offered as follow-ups. */
  seenEntryIds?: string[];
  /** The person was told that Relais covers Wallonia and Brussels (their place is in Flanders). */
  outsideAreaSaid?: boolean;
  /** The optional status question was already asked in this conversation. */
  statusAsked?: boolean;
  /** Normalised titles of the buttons last offered: pressing one never switches the language. */
  buttons?: string[];
}

/** Facts about the current turn, computed once by the turn middleware and read by every dialog. */
export interface TurnInfo {
  readonly userId: string;
  readonly conversationId: string;
  readonly channelId: string;
  /** Language the person reads the replies in (curated, or a machine-translation target). */
  readonly lang: Lang;
  /** The language came from this message's text (long and clear enough) or a language button. */
  readonly langFromText: boolean;
  /** Curated language the replies are composed in (equals `lang` unless machine-translating). */
  readonly renderLang: Lang;
  /** Replies are machine-translated from `renderLang` to `lang`. */
  readonly machineTranslate: boolean;
  /** The person writes in a language we can neither show nor translate right now. */
  cannotTranslate: boolean;
  /** The turn's one translation budget (TRANSLATE_TIMEOUT_MS), shared by its calls to the machine translator. */
  readonly translationBudget: TranslationBudget;
  /** Language the person wrote this message in (best guess), for the review queue. */
  readonly textLang: Lang;
  /** The message read once: interrupt, language name, button, length. */
  readonly reading: TurnReading;
  /** The text in `renderLang` to search with (translated when the person wrote in another language). */
  readonly questionText: string;
  /** The person wrote only where they live ("1030", "je vis à Namur"). */
  readonly placeOnly: boolean;
  /** The place changed during this turn. */
  placeChanged: boolean;
  profile: UserProfile;
  place?: Place;
  memory: ConversationMemory;
  /** The message was handed back to the main loop after a pending question did not fit it (once per turn). */
  redispatched?: boolean;
  /** "Forget me" erased everything during this turn: nothing is written back. */
  forgotten?: boolean;
  /** The store is failing or running on a fallback. */
  degraded: boolean;
  /** YYYY-MM-DD (UTC). */
  readonly day: string;
}

/** One button of suggested actions. */
export interface ActionButton {
  title: string;
  /** Sent back as the message text (imBack); defaults to the title. */
  value?: string;
}

/** A message to send, composed in a curated language. */
export interface Outgoing {
  text: string;
  /** Language `text` is written in. */
  lang: Lang;
  answer: Omit<ChannelAnswer, 'lang' | 'machineTranslated'>;
  actions?: ActionButton[];
  /** Show the untranslated text under the machine translation (answers, emergencies). */
  includeOriginal?: boolean;
}

const TURN_INFO = Symbol('relais.turnInfo');

/** Stores the turn's facts on the context (turn middleware). */
export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(TURN_INFO, info);
}

/** The turn's facts; throws when the turn middleware did not run (a wiring error). */
export function turnInfo(context: TurnContext): TurnInfo {
  const info = context.turnState.get(TURN_INFO) as TurnInfo | undefined;
  if (!info) throw new Error('RelaisBotError: turn info missing: RelaisTurnMiddleware must run before the dialogs');
  return info;
}
