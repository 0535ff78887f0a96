// Answering a question: the answerer's decision (answer, clarify or fallback) turned into replies and follow-ups.
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DialogDeps, FlowResult } from '../src/bot/flow';
import { asFlowResult, info, stepValues } from '../src/bot/flow';
import { sendEntryAnswer } from '../src/bot/answerReply';
import { followUpEntries } from '../src/bot/followUps';
import { recordQuestion } from '../src/bot/records';
import type { TurnInfo } from '../src/bot/types';
import { PIVOT_LANG, type Entry, type Place, type Topic } from '../src/knowledge/types';
import type { AnswerDecision, AnswerRequest } from '../src/answer/types';
import { entryText } from '../src/bot/render';
import { fillerWords, stopwords } from '../src/language/stopwords';
import { words } from '../src/language/tokenize';
import { CLARIFY_DIALOG, type ClarifyOptions } from './clarifyDialog';
import { FALLBACK_DIALOG, type FallbackOptions } from './fallbackDialog';
import { FEEDBACK_DIALOG, type FeedbackOptions } from './feedbackDialog';
import { PLACE_DIALOG, type PlaceOptions } from './placeDialog';
import { STATUS_DIALOG, type StatusOptions } from './statusDialog';

export const ANSWER_DIALOG = 'answerDialog';

interface AnswerValues {
  entryId: string;
}

/** Set when a follow-up button was pressed: that entry is already answered, the dialog goes on from the place step. */
export interface AnswerOptions {
  answered?: FlowResult;
}

/** Decides, replies, then asks only what the answer still needs (place, optional status) and for feedback. */
export class AnswerDialog extends WaterfallDialog<AnswerOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(ANSWER_DIALOG);
    this.addStep(this.questionStep.bind(this));
    this.addStep(this.placeStep.bind(this));
    this.addStep(this.statusStep.bind(this));
    this.addStep(this.feedbackStep.bind(this));
    this.addStep(this.finishStep.bind(this));
  }

  private async questionStep(step: WaterfallStepContext<AnswerOptions>): Promise<DialogTurnResult> {
    if (step.options?.answered) return step.next(step.options.answered);
    const { services } = this.deps;
    const turn = info(step.context);
    // A polite follow-up is read without the thanks it opens with (not when the text was translated for the search).
    const text = turn.reading.afterThanks !== undefined && turn.questionText === turn.reading.text ? turn.reading.afterThanks : turn.questionText;
    // A follow-up naming no place ("is it free?", "and on Saturday?", "and if I have no papers?") is about the place its
    // question named (`questionPlace`), for a few messages. Not a new question: the town was only mentioned, it is not
    // where the person lives, and the place is asked for it as before.
    const recent = (turn.memory.sinceAnswer ?? Infinity) <= services.options.followUpTurns;
    const followUp = turn.reading.asksAspect || turn.reading.continues || turn.reading.supposes;
    const place = turn.place ?? (recent && followUp && !services.router.placeFromText(text) ? turn.memory.questionPlace : undefined);
    const asked = { text, lang: turn.renderLang, place, status: turn.profile.status };
    const found = services.answerer.decide(asked);
    // A need only guessed (no entry holds enough of the message) is read first as a message not understood: thanks, or
    // a follow-up of the last answer; the guess is offered only when neither reads it.
    const understood: AnswerDecision =
      guessedOnly(found) ? { kind: 'fallback', topic: found.choices[0]?.topic, confidence: found.confidence, place: found.place, services: [] } : found;
    if (understood.kind === 'fallback' && turn.reading.thanksFirst) {
      // Thanks at length that nothing else in the message was understood beside ("thank you so much, you've been more
      // helpful than the commune"): thanked in return, not "I am not sure", nor read against the last answer.
      const lang = turn.renderLang;
      await this.deps.replier.send(step.context, { text: services.i18n.t(lang, 'smallTalk.thanks'), lang, answer: { kind: 'prompt', services: [] } });
      const done: FlowResult = { kind: 'done' };
      return step.endDialog(done);
    }
    const read = this.inContext(turn, asked, understood);
    const { decision, again } = read.decision === understood ? { decision: found, again: false } : read;
    // Only the text of unanswered questions is kept, scrubbed, for the maintainers.
    const reviewText = () => services.scrub(step.context.activity.text ?? '').text;
    if (decision.outsideArea && !turn.memory.outsideAreaSaid) {
      // Said once: the entries are written for Wallonia and Brussels; the services shown are the place's own.
      turn.memory.outsideAreaSaid = true;
      const lang = turn.renderLang;
      await this.deps.replier.send(step.context, { text: services.i18n.t(lang, 'place.outsideArea'), lang, answer: { kind: 'prompt', services: [] } });
    }
    switch (decision.kind) {
      case 'answer': {
        turn.memory.questionPlace = turn.place ? undefined : decision.place;
        if (again) {
          const lang = turn.renderLang;
          await this.deps.replier.send(step.context, { text: services.i18n.t(lang, 'followUp.again'), lang, answer: { kind: 'prompt', services: [] } });
        }
        await sendEntryAnswer(this.deps, step.context, decision.entry, decision.services, decision.confidence);
        await recordQuestion(services, step.context, 'answered', decision.entry.topic, decision.entry.id);
        const answered: FlowResult = { kind: 'answered', entryId: decision.entry.id, needsPlace: decision.needsPlace };
        return step.next(answered);
      }
      case 'clarify': {
        turn.memory.questionPlace = turn.place ? undefined : decision.place;
        const topic = decision.choices[0]?.topic;
        await recordQuestion(services, step.context, 'clarified', topic);
        const options: ClarifyOptions = {
          choices: decision.choices.map((e) => e.id),
          confidence: decision.confidence,
          topic,
          reviewText: reviewText(),
          place: decision.place,
        };
        return step.beginDialog(CLARIFY_DIALOG, options);
      }
      case 'fallback': {
        await recordQuestion(services, step.context, 'fallback', decision.topic);
        const options: FallbackOptions = { topic: decision.topic, services: decision.services, reviewText: reviewText() };
        return step.beginDialog(FALLBACK_DIALOG, options);
      }
    }
  }

  /**
   * A short question a few messages after an answer ("is it compulsory?", "how much and where in Charleroi?", "which
   * documents?") is read against that answer: searched again with the answer's title, and taken when that finds an
   * entry of the same topic, unless the question names another topic's institution ("and the CPAS?"). Alone, such a
   * question meets whatever entry has its one word: "is it compulsory?" after the Brussels pathway went to school
   * ("compulsory from 5 to 18"), "il faut quels papiers ?" after the CPAS answer to social housing.
   */
  private inContext(turn: TurnInfo, asked: AnswerRequest, decision: AnswerDecision): { decision: AnswerDecision; again: boolean } {
    const { answerer, options } = this.deps.services;
    const { memory } = turn;
    const kept = { decision, again: false };
    // The last answer, else the choices offered after it when none was picked.
    const context = memory.lastEntryId && !memory.offeredEntryIds ? [memory.lastEntryId] : (memory.offeredEntryIds ?? []);
    if (context.length === 0 || (memory.sinceAnswer ?? Infinity) > options.followUpTurns) return kept;
    // "and who won the football match?" is no follow-up. Words no entry knows may be one ("wach darori?", is it
    // compulsory?): read against the last answer like the others. So is a short question about an aspect of the answer
    // ("and on saturday?", "c'est ouvert le samedi matin ?"), which the topic model had read as a weekend's leisure.
    // Only with little else and no subject of the off-topic lists: "and who won the football match on saturday?", "et
    // il fait quel temps samedi ?" are still no follow-ups.
    const stop = stopwords(asked.lang);
    const aspect =
      turn.reading.asksAspect &&
      (turn.reading.besideAspect ?? []).filter((w) => !stop.has(w)).length <= options.maxAspectOtherWords &&
      !answerer.namesOffTopic(asked.text, asked.lang);
    if (decision.kind === 'fallback' && decision.reason === 'offTopic' && !aspect) return kept;
    const stated = this.statusStated(asked, decision, context);
    if (stated) return stated;
    const weak = decision.kind === 'answer' && (turn.reading.continues || turn.reading.asksAspect) && decision.confidence < options.followUpWeakAnswer;
    const within = decision.kind === 'fallback' || weak ? this.withinTopic(turn, asked, decision, context) : undefined;
    if (within) return within;
    if (wordCount(asked) > options.maxFollowUpWords) return this.shownAgain(turn, asked, decision, options.maxFollowUpAgainWords) ?? kept;
    const own = topicOf(decision);
    // "And if …?" asks a case of the last answer: read with it, even when sure of another entry or naming another
    // topic's institution ("w ila CPAS rafdo?" after the medical card, "et si j'ai pas de garant ?" after the deposit).
    const supposes = turn.reading.supposes;
    const sure = !supposes && decision.kind === 'answer' && decision.confidence >= options.followUpSureAnswer && contentWords(asked) >= options.followUpSureWords;
    // A sure answer is kept whatever the search with the last answer's title finds (every branch below returns it, and
    // `shownAgain` only reads fallbacks): not searched again, which was most of a new question's second search.
    // A question about reaching what was just answered, and nothing else, is about it whatever entry its words meet.
    const only = aspect && (turn.reading.besideAspect ?? []).filter((w) => !stop.has(w)).length <= options.maxAspectOnlyWords;
    if (sure && !only) return kept;
    for (const id of context) {
      const last = answerer.entry(id);
      if (!last) continue;
      if (own === last.topic) return kept;
      const again = answerer.decide({ ...asked, text: `${asked.text} ${entryText(last, turn.renderLang).text.title}` });
      if (topicOf(again) !== last.topic) continue;
      // Offered back as the one choice, the last answer itself: the follow-up was not understood (shown again below).
      if (again.kind === 'clarify' && again.choices.length === 1 && again.choices[0]?.id === last.id) continue;
      // Found again only because the last answer's title was added: nothing new was understood, and the reply says so.
      if (again.kind === 'answer' && again.entry.id === last.id && decision.kind === 'fallback') return { decision: again, again: true };
      // Another topic named is a new question ("and if I want to learn French?" after the rent deposit), unless it is
      // named in the last answer too: "а если CPAS откажет?" after the urgent medical aid, which the CPAS grants.
      const named = own !== undefined && answerer.topicsIn(asked.text, asked.lang).has(own);
      const ofLast = supposes && named && answerer.topicsIn(entryText(last, turn.renderLang).text.answer, asked.lang).has(own);
      return { decision: named && !ofLast ? decision : again, again: false };
    }
    const last = context.length === 1 ? answerer.entry(context[0]) : undefined;
    if (only && last && own !== last.topic) return this.again(last, asked, decision.place ?? asked.place, decision.confidence);
    return this.shownAgain(turn, asked, decision, options.maxFollowUpWords) ?? kept;
  }

  /**
   * A follow-up not understood, when the last answer or the choices offered are of one topic and the message is of
   * that topic too or opens with "and" ("en als ik het niet doe, krijg ik dan een boete?" after the pathway's choices):
   * searched among that topic's entries, else the choices are offered again or the last answer is shown again (and
   * the reply says so). A topic's institution named ("and the CPAS?") is a new question.
   */
  private withinTopic(
    turn: TurnInfo,
    asked: AnswerRequest,
    decision: AnswerDecision,
    context: readonly string[],
  ): { decision: AnswerDecision; again: boolean } | undefined {
    const { answerer, options } = this.deps.services;
    if (wordCount(asked) > options.maxFollowUpAgainWords) return undefined;
    const entries = context.map((id) => answerer.entry(id)).filter((e): e is Entry => e !== undefined);
    const topics = new Set(entries.map((e) => e.topic));
    const [topic] = topics;
    if (topics.size !== 1 || !topic || answerer.topicsIn(asked.text, asked.lang).size > 0) return undefined;
    if (decision.kind === 'clarify' || (decision.kind === 'answer' && decision.entry.topic === topic)) return undefined;
    if (decision.kind === 'fallback' && decision.topic !== topic && !turn.reading.continues && !turn.reading.asksAspect) return undefined;
    return this.readWithin(topic, entries, asked, decision);
  }

  /**
   * A status stated after an answer, with little else (`maxBareFollowUpWords` words beside it that are not function
   * words: "ah mais moi j'ai que l'annexe 26, ils acceptent quand même ?" after the French courses, "and if I only have
   * an orange card?"): the same question asked for that status, read
   * within the last answer's topic, not a new question its status words alone decide (the bank account entry, which
   * names annex 26). Not when the rest names an institution of another topic ("I'm a refugee, and the CPAS?").
   */
  private statusStated(asked: AnswerRequest, decision: AnswerDecision, context: readonly string[]): { decision: AnswerDecision; again: boolean } | undefined {
    const { answerer, options } = this.deps.services;
    const rest = answerer.withoutStatus(asked.text, asked.lang);
    if (rest === undefined || contentWords({ ...asked, text: rest }) > options.maxBareFollowUpWords) return undefined;
    const entries = context.map((id) => answerer.entry(id)).filter((e): e is Entry => e !== undefined);
    const topics = new Set(entries.map((e) => e.topic));
    const [topic] = topics;
    if (topics.size !== 1 || !topic || topicOf(decision) === topic) return undefined;
    const named = answerer.topicsIn(rest, asked.lang);
    if (named.size > 0 && !named.has(topic)) return undefined;
    return this.readWithin(topic, entries, asked, decision);
  }

  /**
   * The question read among `topic`'s entries only; where none holds it, the choices offered again or the last answer
   * shown again (and the reply says so).
   */
  private readWithin(topic: Topic, entries: readonly Entry[], asked: AnswerRequest, decision: AnswerDecision): { decision: AnswerDecision; again: boolean } {
    const within = this.deps.services.answerer.decide({ ...asked, withinTopic: topic });
    if (within.kind !== 'fallback' && !guessedOnly(within)) return { decision: within, again: false };
    const place = decision.place ?? asked.place;
    if (entries.length > 1) return { decision: { kind: 'clarify', choices: [...entries], confidence: within.confidence, place }, again: false };
    return this.again(entries[0], asked, place, within.confidence);
  }

  /** The last answer shown again for `place`; the reply says it is the same answer. */
  private again(last: Entry, asked: AnswerRequest, place: Place | undefined, confidence: number): { decision: AnswerDecision; again: boolean } {
    const routed = this.deps.services.router.servicesForEntry(last, place, asked.lang);
    const answer: AnswerDecision = {
      kind: 'answer',
      entry: last,
      textLang: last.text[asked.lang] ? asked.lang : PIVOT_LANG,
      confidence,
      place,
      services: routed.services,
      needsPlace: routed.needsPlace,
    };
    return { decision: answer, again: true };
  }

  /**
   * Still not understood, though words of the knowledge base were found ("and for my mother-in-law?", "ook 's
   * avonds?", "il doit prendre rdv ou il peut y aller directement le matin ?"): the last answer is what the person is
   * asking about, shown again and said to be so, up to `maxWords`. Not after an off-topic or unreadable message (a
   * fallback without a topic).
   */
  private shownAgain(
    turn: TurnInfo,
    asked: AnswerRequest,
    decision: AnswerDecision,
    maxWords: number,
  ): { decision: AnswerDecision; again: boolean } | undefined {
    const { answerer } = this.deps.services;
    const { memory } = turn;
    if (wordCount(asked) > maxWords) return undefined;
    const last = memory.lastEntryId && !memory.offeredEntryIds ? answerer.entry(memory.lastEntryId) : undefined;
    if (decision.kind !== 'fallback' || decision.reason === 'offTopic' || !last) return undefined;
    // A short question whose words name nothing ("а скільки коштує?") asks about the last answer too.
    const bareQuestion = wordCount(asked) <= this.deps.services.options.maxBareFollowUpWords && /[?؟]/.test(asked.text);
    if (!decision.topic && !bareQuestion) return undefined;
    return this.again(last, asked, decision.place ?? asked.place, decision.confidence);
  }

  private async placeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = asFlowResult(step.result);
    if (result.kind !== 'answered') return step.endDialog(result);
    stepValues<AnswerValues>(step).entryId = result.entryId;
    if (result.needsPlace && !info(step.context).place) {
      // The answer's services depend on where the person lives: asked now, never before answering.
      const options: PlaceOptions = { purpose: 'entry', entryId: result.entryId };
      return step.beginDialog(PLACE_DIALOG, options);
    }
    return step.next(result);
  }

  private async statusStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = asFlowResult(step.result);
    if (result.kind === 'unhandled') return step.endDialog(result);
    const { entryId } = stepValues<AnswerValues>(step);
    const turn = info(step.context);
    const entry = entryId ? this.deps.services.answerer.entry(entryId) : undefined;
    // Asked only when the answer depends on it, once per conversation, and never again once given.
    if (entry?.audience?.length && !turn.profile.status && !turn.memory.statusAsked) {
      const options: StatusOptions = { entryId: entry.id };
      return step.beginDialog(STATUS_DIALOG, options);
    }
    return step.next(result);
  }

  private async feedbackStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = asFlowResult(step.result);
    if (result.kind === 'unhandled') return step.endDialog(result);
    const { entryId } = stepValues<AnswerValues>(step);
    if (!entryId) return step.endDialog(result);
    const { services } = this.deps;
    const turn = info(step.context);
    const entry = services.answerer.entry(entryId);
    const followUps = entry
      ? followUpEntries(entry, services.entries, { place: turn.place, status: turn.profile.status, seen: turn.memory.seenEntryIds, lang: turn.renderLang }, services.options.maxFollowUps)
      : [];
    const options: FeedbackOptions = { entryId, followUps: followUps.map((e) => e.id) };
    return step.beginDialog(FEEDBACK_DIALOG, options);
  }

  private async finishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = asFlowResult(step.result);
    // A follow-up button was pressed and answered: its place, status and feedback steps follow, as for any answer.
    if (result.kind === 'answered') {
      const options: AnswerOptions = { answered: result };
      return step.replaceDialog(ANSWER_DIALOG, options);
    }
    return step.endDialog(result);
  }
}

/** Words of the question asked (without the thanks it may open with). */
function wordCount(asked: AnswerRequest): number {
  // The fillers of a dictated message ("et euh ça fait combien…") make it no longer a question.
  const fillers = fillerWords(asked.lang);
  return words(asked.text).filter((w) => !fillers.has(w)).length;
}

/** Words of the question that are not function words of its language. */
function contentWords(asked: AnswerRequest): number {
  const stop = stopwords(asked.lang);
  return words(asked.text).filter((w) => !stop.has(w)).length;
}

/** The topic a decision answers or offers first. */
/** A clarify that only guesses the need (`guessed`): no entry holds enough of the message. */
function guessedOnly(d: AnswerDecision): d is Extract<AnswerDecision, { kind: 'clarify' }> {
  return d.kind === 'clarify' && d.guessed === true;
}

function topicOf(d: AnswerDecision): Topic | undefined {
  return d.kind === 'answer' ? d.entry.topic : d.kind === 'clarify' ? d.choices[0]?.topic : undefined;
}
