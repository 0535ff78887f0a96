// Runs before the dialogs on every turn: who, where, which language; the emergency guard; state saved afterwards.
import { ActivityTypes, type Middleware, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { Place } from '../knowledge/types';
import type { UserProfile } from '../store/types';
import type { RoutedService } from '../knowledge/types';
import { EMERGENCY_112, linesFor } from '../crisis/lines';
import type { DangerKind } from '../crisis/types';
import { EmergencyGuard, type Crisis, type CrisisKind } from './emergencyGuard';
import { Intents } from './intents';
import { words } from '../language/tokenize';
import { holdsArabiziWord } from '../language/romanised';
import { stopwords } from '../language/stopwords';
import { answerServices, renderAnswer, renderServices } from './render';
import { Replier } from './replier';
import { rememberPlace, recordQuestion, updateProfile } from './records';
import { readTurn } from './turnReading';
import { statedStatus } from '../answer/answerer';
import { topicOfTitle } from './topicButtons';
import { baseLanguage, decideLanguage, isCurated, type LanguageInputs } from './turnLanguage';
import { PIVOT_LANG } from '../knowledge/types';
import type { BotServices, ConversationMemory, LanguageGuess, TurnInfo } from './types';
import { setTurnInfo } from './types';

/**
 * The turn's facts while this middleware reads them: its own writable view. Every other reader gets `TurnInfo`, whose
 * read-once fields (languages, the reading, the question text, "only a place") the compiler keeps from being written.
 */
type TurnDraft = { -readonly [K in keyof TurnInfo]: TurnInfo[K] };

/** Name of the conversation-state property holding the dialog stack (the one DialogTestClient uses too). */
export const DIALOG_STATE_PROPERTY = 'DialogState';
/** Name of the conversation-state property holding `ConversationMemory`. */
export const MEMORY_PROPERTY = 'RelaisMemory';

/** Lines shown by the safety check: 112 and the one or two for the kind of danger. */
const MAX_SAFETY_LINES = 3;

/** Commune names have at most three words ("Woluwe-Saint-Lambert", "Sint-Jans-Molenbeek", "Braine-l'Alleud"). */
const MAX_PLACE_NAME_WORDS = 3;

function samePlace(a: Place, b: Place): boolean {
  return a.postalCode === b.postalCode && a.commune === b.commune;
}

/** The knowledge entry for each kind of crisis (their lines lead); the general emergency entry otherwise. */
const CRISIS_ENTRY_IDS: Partial<Record<CrisisKind, string>> = {
  violence: 'emergency-violence',
  suicide: 'emergency-suicide',
  poisoning: 'emergency-poisoning',
  child: 'emergency-child',
};

/** Computes the turn's facts, answers emergencies at once, and saves state after the dialogs ran. */
export class RelaisTurnMiddleware implements Middleware {
  readonly intents: Intents;
  readonly guard: EmergencyGuard;
  readonly memory: StatePropertyAccessor<ConversationMemory>;
  private readonly dialogState: StatePropertyAccessor<object>;
  private readonly replier: Replier;

  constructor(private readonly services: BotServices) {
    this.intents = new Intents(services.i18n);
    this.guard = new EmergencyGuard(services.i18n);
    this.memory = services.conversationState.createProperty<ConversationMemory>(MEMORY_PROPERTY);
    this.dialogState = services.conversationState.createProperty<object>(DIALOG_STATE_PROPERTY);
    this.replier = new Replier(services);
  }

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const type = context.activity.type;
    if (type !== ActivityTypes.Message && type !== ActivityTypes.ConversationUpdate) return next();
    const { info, inputs, askTranslator } = await this.prepare(context);
    const text = context.activity.text ?? '';
    // The guard runs before any call to the translator, which may be slow. A button just offered is not checked: an
    // emergency entry's title ("Child in danger or missing", offered by browsing) answers that entry and its helplines.
    const assessed = type === ActivityTypes.Message && !info.reading.pressed ? this.guard.assess(text, info.lang) : undefined;
    const original = assessed?.level === 'certain' ? assessed : undefined;
    let crisis = original;
    if (!crisis && askTranslator) {
      // A language the local detector does not know (Spanish, Tigrinya…): the translator's detector may.
      const lang = await this.services.translation?.detect(text, { budget: info.translationBudget });
      if (lang) this.applyLanguage(info, { ...inputs, guess: { lang, confidence: 1, reliable: true } });
    }
    if (!crisis && info.machineTranslate && text) {
      // Crisis words exist in the six core languages only: a message in another one is checked once in French too.
      await this.translateQuestion(info, text);
      crisis = this.guard.check(info.questionText);
    }
    if (crisis) {
      // A short message gives no reliable language: the crisis words' own language is the better guess.
      if (original && !info.langFromText && original.langs.length === 1 && isCurated(original.langs[0])) {
        Object.assign(info, { lang: original.langs[0], renderLang: original.langs[0], machineTranslate: false, cannotTranslate: false });
      }
      // First thing said, before any notice; the emergency also ends whatever was pending: the next message starts afresh.
      await this.sendEmergency(context, info, crisis);
      await this.dialogState.delete(context);
      this.services.logger.info({ component: 'bot', event: 'emergency', kinds: crisis.kinds, dangers: crisis.dangers, lang: info.lang }, 'emergency');
    } else {
      if (info.degraded) {
        await this.replier.send(context, { text: this.services.i18n.t(info.renderLang, 'store.degraded'), lang: info.renderLang, answer: { kind: 'prompt', services: [] } });
      }
      if (assessed?.level === 'possible') {
        // Possibly a danger: a short safety check first, then the normal answer.
        await this.sendSafetyCheck(context, info, assessed.dangers);
        this.services.logger.info({ component: 'bot', event: 'safetyCheck', dangers: assessed.dangers, lang: info.lang }, 'safety check');
      }
      await next();
    }
    if (info.cannotTranslate) await this.sendCannotTranslate(context, info);
    await this.save(context, info);
  }

  /**
   * "Is someone in danger right now?" with 112 and the line for that kind of danger, and a button that brings the
   * full emergency reply; kind "prompt", topic "emergency". Never blocks the answer that follows.
   */
  private async sendSafetyCheck(context: TurnContext, info: TurnInfo, dangers: DangerKind[]): Promise<void> {
    const { i18n, answerer } = this.services;
    const lang = info.renderLang;
    const wanted = [...new Set([EMERGENCY_112, ...linesFor(dangers)])];
    let lines: RoutedService[] = [];
    try {
      lines = answerer.emergency(info.place, lang, wanted).services.filter((s) => wanted.includes(s.id)).slice(0, MAX_SAFETY_LINES);
    } catch (err) {
      this.services.logger.error({ component: 'bot', operation: 'safetyCheck', error: err instanceof Error ? err.message : 'unknown' }, 'emergency lines unavailable');
    }
    const text = [`**${i18n.t(lang, 'safety.check')}**`, lines.length > 0 ? renderServices(i18n, lang, lines) : ''].filter(Boolean).join('\n\n');
    await this.replier.send(context, {
      text,
      lang,
      answer: { kind: 'prompt', topic: 'emergency', services: answerServices(lines) },
      actions: [{ title: i18n.t(lang, 'safety.call112') }],
    });
  }

  /**
   * The emergency reply at once, kind "emergency": the entry of the person's crisis (a person facing violence reads
   * about violence, not the suicide lines first), the kind of danger's own lines first, then 112 and the police.
   */
  private async sendEmergency(context: TurnContext, info: TurnInfo, crisis: Crisis): Promise<void> {
    const { i18n, answerer, router } = this.services;
    const intro = `**${i18n.t(info.renderLang, 'emergency.intro')}**`;
    try {
      const ownId = crisis.kinds.map((k) => CRISIS_ENTRY_IDS[k]).find((id) => id && answerer.entry(id));
      const own = ownId ? answerer.entry(ownId) : undefined;
      const first = linesFor(crisis.dangers);
      const { entry, services } = own
        ? { entry: own, services: router.emergencyServices(own, info.place, info.renderLang, first) }
        : answerer.emergency(info.place, info.renderLang, first);
      const body = renderAnswer(i18n, info.renderLang, entry, []);
      const lines = [intro, renderServices(i18n, body.lang, services), body.text];
      await this.replier.send(context, {
        text: lines.filter(Boolean).join('\n\n'),
        lang: body.lang,
        includeOriginal: true,
        answer: { kind: 'emergency', topic: 'emergency', entryId: entry.id, confidence: 1, services: answerServices(services) },
      });
      await recordQuestion(this.services, context, 'emergency', 'emergency', entry.id);
    } catch (err) {
      // The knowledge side failed: the numbers from the locale files still go out.
      this.services.logger.error({ component: 'bot', operation: 'emergency', error: err instanceof Error ? err.message : 'unknown' }, 'emergency entry unavailable');
      await this.replier.send(context, {
        text: `${intro}\n\n${i18n.t(info.renderLang, 'emergency.numbers')}`,
        lang: info.renderLang,
        answer: { kind: 'emergency', topic: 'emergency', services: [] },
      });
      await recordQuestion(this.services, context, 'emergency', 'emergency');
    }
  }

  /** Says, in the language used, that the person's language cannot be translated now, with the language buttons. */
  private async sendCannotTranslate(context: TurnContext, info: TurnInfo): Promise<void> {
    const { i18n } = this.services;
    await this.replier.send(context, {
      text: i18n.t(info.renderLang, 'language.cannotTranslate'),
      lang: info.renderLang,
      answer: { kind: 'prompt', services: [] },
      actions: i18n.languages.map((l) => ({ title: i18n.t(l, 'language.name') })),
    });
  }

  private async prepare(context: TurnContext): Promise<{ info: TurnDraft; inputs: LanguageInputs; askTranslator: boolean }> {
    const { activity } = context;
    const services = this.services;
    const userId = activity.from?.id ?? 'anonymous';
    const now = services.now();
    let degraded = services.store.degraded === true;
    let stored: UserProfile | undefined;
    try {
      stored = await services.store.getProfile(userId);
    } catch (err) {
      degraded = true;
      services.logger.warn({ component: 'bot', operation: 'getProfile', error: err instanceof Error ? err.name : 'unknown' }, 'store call failed');
    }
    const profile: UserProfile = stored ?? { userId, updatedAt: now.toISOString() };
    const memory = await this.memory.get(context, { fallbackCount: 0 });
    if (activity.type === ActivityTypes.Message && (memory.lastEntryId || memory.offeredEntryIds)) memory.sinceAnswer = (memory.sinceAnswer ?? 0) + 1;
    // The web chat page's language picker, sent once after a change: the conversation goes on in that language.
    const pagePick = baseLanguage((activity.channelData as { pickedLang?: string } | undefined)?.pickedLang);
    if (isCurated(pagePick)) memory.lang = pagePick;
    const text = activity.type === ActivityTypes.Message ? (activity.text ?? '').trim() : '';
    const read = readTurn(text, this.intents, memory.buttons ?? []);
    // A topic button of guided browsing ("🛂 Residence and papers") may come from an older message: a button all the
    // same (no language, place, status or crisis read from it: "papers" does not say the person has none).
    const reading = read.pressed || !topicOfTitle(services.i18n, text) ? read : Object.freeze({ ...read, pressed: true });
    const { letters, words, languageName: picked } = reading;
    // A button's title is in the language it was offered in, whatever a detector makes of two words; commands
    // ("forget me", "aide") are short and formulaic: they keep the conversation's language.
    const detectable = text !== '' && !picked && !reading.pressed && !reading.interrupt;
    const inputs: LanguageInputs = {
      picked,
      guess: detectable ? stillArabic(services.detectLanguage(text), text, memory.lang) : undefined,
      letters,
      words,
      conversationLang: memory.lang,
      chosenLang: profile.lang,
      locale: activity.locale,
      mtAvailable: services.translation?.available === true,
    };
    const longEnough = letters >= services.options.minDetectLetters && words >= services.options.minDetectWords;
    const info: TurnDraft = {
      userId,
      conversationId: activity.conversation?.id ?? '',
      channelId: activity.channelId ?? '',
      lang: PIVOT_LANG,
      langFromText: false,
      renderLang: PIVOT_LANG,
      machineTranslate: false,
      cannotTranslate: false,
      translationBudget: { spentMs: 0 },
      textLang: PIVOT_LANG,
      reading,
      questionText: text,
      placeOnly: false,
      placeChanged: false,
      profile,
      place: this.placeOf(profile.postalCode),
      memory,
      degraded,
      day: now.toISOString().slice(0, 10),
    };
    this.applyLanguage(info, inputs);
    setTurnInfo(context, info);
    await this.readPlace(context, info, text, words);
    await this.readStatus(context, info);
    return { info, inputs, askTranslator: Boolean(inputs.guess && !inputs.guess.reliable && longEnough && inputs.mtAvailable) };
  }

  /** Sets the turn's languages from the inputs; a language read from the text is remembered for short messages. */
  private applyLanguage(info: TurnDraft, inputs: LanguageInputs): void {
    const decision = decideLanguage(inputs, this.services.options);
    const hasText = info.questionText !== '';
    Object.assign(info, {
      lang: decision.lang,
      langFromText: decision.fromText || inputs.picked !== undefined,
      renderLang: decision.renderLang,
      machineTranslate: decision.machineTranslate,
      cannotTranslate: decision.cannotTranslate && hasText && !inputs.picked,
      textLang: decision.wanted,
    });
    if (decision.fromText || inputs.picked) info.memory.lang = decision.wanted;
  }

  /** The question in the composition language, for the answerer and the crisis words. */
  private async translateQuestion(info: TurnDraft, text: string): Promise<void> {
    // Never cached: what a person wrote is not kept in the store.
    const translated = await this.services.translation?.translate([text], info.lang, info.renderLang, { cache: false, budget: info.translationBudget });
    if (translated?.[0]) info.questionText = translated[0];
    else info.cannotTranslate = true;
  }

  private placeOf(postalCode: string | undefined): Place | undefined {
    if (!postalCode) return undefined;
    try {
      return this.services.router.placeFromPostalCode(postalCode);
    } catch {
      return { postalCode };
    }
  }

  /**
   * Where the person lives: `channelData.postalCode`, else a place in a short message, after "I live in", or named
   * right after "I'm in" ("je suis à Liège, …", "ik ben in Namen", "я з Шарлеруа"). A town a longer question only
   * mentions ("the CPAS of Namur") is no answer to where the person lives: the answerer reads it for that question,
   * the profile does not keep it.
   */
  private async readPlace(context: TurnContext, info: TurnDraft, text: string, wordCount: number): Promise<void> {
    const data: unknown = context.activity.channelData;
    const code = typeof data === 'object' && data !== null && 'postalCode' in data ? String(data.postalCode) : undefined;
    if (code && code !== info.profile.postalCode) {
      const place = this.services.router.placeFromPostalCode(code);
      if (place) await rememberPlace(this.services, context, place);
    }
    if (!text) return;
    // A button's title ("Dutch courses in Brussels", offered by browsing or as a follow-up) says nothing of where one lives.
    if (info.reading.interrupt || info.reading.languageName || info.reading.pressed) return;
    const short = wordCount <= this.services.options.maxPlaceOnlyWords;
    // After "I live in", the place named there ("ik woon in Gent maar werk in Namen" is Gent), else any in the text.
    const home = this.intents.mentionsHome(text);
    const named = home
      ? (this.placeRightAfter(this.intents.afterHome(text, MAX_PLACE_NAME_WORDS + 2)) ?? this.services.router.placeFromText(text))
      : short
        ? this.services.router.placeFromText(text)
        : this.placeRightAfter(this.intents.afterPresence(text, MAX_PLACE_NAME_WORDS + 2));
    // The most specific wins: a postal code written in the same message ("I live in Brussels 1070 Anderlecht") is
    // where the person lives, when it lies in the region the words name.
    const written = named ? this.services.router.placeFromWrittenCode(text) : undefined;
    const place = written && (!named?.region || written.region === named.region) ? written : named;
    if (!place) return;
    if (place.postalCode !== info.place?.postalCode || place.commune !== info.place?.commune) {
      await rememberPlace(this.services, context, place);
    }
    // Only where they live when nothing but "I live in" and the place's own words remain.
    const placeWords = new Set(words([place.postalCode, place.communeName, place.commune].filter(Boolean).join(' ')));
    const rest = this.intents.withoutHomePhrases(text).filter((t) => !placeWords.has(t));
    // "et à Namur ?", "and in Liège?": a place and small words only is a place too (the last answer's services there).
    const small = stopwords(info.renderLang);
    info.placeOnly = rest.length === 0 || rest.every((w) => small.has(w)) || this.namesOnly(rest, place);
  }

  /**
   * The status the message names, when it names one and the profile holds another or none: "маю тимчасовий
   * захист" is an answer the bot must not ask again. Kept as the optional status question keeps it.
   */
  private async readStatus(context: TurnContext, info: TurnInfo): Promise<void> {
    if (!info.questionText || info.reading.interrupt || info.reading.pressed) return;
    const status = statedStatus(this.services.answerer.statusesIn(info.questionText, info.renderLang));
    if (status && status !== info.profile.status) await updateProfile(this.services, context, { status });
  }

  /**
   * A place whose name begins right at the start of one of the windows ("je suis au chômage … à Namur" gives none).
   * "Brussels" names the region as often as the City: a commune named right after it ("ik woon in brussel
   * molenbeek") is the more specific place.
   */
  private placeRightAfter(windows: string[][]): Place | undefined {
    for (const window of windows) {
      const place = this.placeAtStart(window);
      if (!place) continue;
      if (!place.communeApproximate) return place;
      for (let i = 1; i < window.length; i++) {
        const next = this.placeAtStart(window.slice(i));
        if (next && !next.communeApproximate && next.region === place.region) return next;
      }
      return place;
    }
    return undefined;
  }

  /** The place whose name (at most `MAX_PLACE_NAME_WORDS` words) begins at the window's first word. */
  private placeAtStart(window: string[]): Place | undefined {
    const { router } = this.services;
    for (let k = 1; k <= Math.min(window.length, MAX_PLACE_NAME_WORDS); k++) {
      const place = router.placeFromText(window.slice(0, k).join(' '));
      if (!place) continue;
      // Found only once later words were added, and found without the first word: the name starts further on.
      const later = k > 1 ? router.placeFromText(window.slice(1, k).join(' ')) : undefined;
      return !later || !samePlace(later, place) ? place : undefined;
    }
    return undefined;
  }

  /**
   * The words are the place's name in another script or language ("шарлеруа", "سكاربيك", "namen"): together they
   * name it, and none of them can be left out.
   */
  private namesOnly(words: string[], place: Place): boolean {
    const { router } = this.services;
    if (words.length > MAX_PLACE_NAME_WORDS) return false;
    const whole = router.placeFromText(words.join(' '));
    if (!whole || !samePlace(whole, place)) return false;
    return words.every((_, i) => {
      const without = router.placeFromText(words.filter((__, j) => j !== i).join(' '));
      return !without || !samePlace(without, place);
    });
  }

  private async save(context: TurnContext, info: TurnInfo): Promise<void> {
    if (info.forgotten) return;
    try {
      await this.services.conversationState.saveChanges(context);
      await this.services.userState.saveChanges(context);
    } catch (err) {
      info.degraded = true;
      this.services.logger.warn({ component: 'bot', operation: 'saveState', error: err instanceof Error ? err.name : 'unknown' }, 'state not saved');
    }
  }

}

/**
 * A conversation held in Arabic stays so when the message mixes French words with a word of Arabic in Latin letters
 * ("w les horaires? rani nkhdem lil"): the detector reads the French words, the person still writes Arabic.
 */
function stillArabic(guess: LanguageGuess, text: string, conversationLang: string | undefined): LanguageGuess {
  return conversationLang === 'ar' && guess.lang !== 'ar' && holdsArabiziWord(text) ? { lang: 'ar', confidence: 1, reliable: true } : guess;
}
