// The root dialog: interrupts at any turn (help, language, start over, forget me, talk to a person), then dispatch.
import { ActivityTypes } from 'botbuilder';
import { ChoicePrompt } from './choicePrompt';
import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogContext,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { DialogDeps, FlowResult } from '../src/bot/flow';
import { asFlowResult, info, messageText } from '../src/bot/flow';
import type { Interrupt } from '../src/bot/intents';
import { answerServices, placeLabel, renderServices } from '../src/bot/render';
import { ANSWER_DIALOG, AnswerDialog } from './answerDialog';
import { BROWSE_DIALOG, BrowseDialog, chosenTopic, type BrowseOptions } from './browseDialog';
import { ClarifyDialog } from './clarifyDialog';
import { FallbackDialog } from './fallbackDialog';
import { FeedbackDialog } from './feedbackDialog';
import { FORGET_ME_DIALOG, ForgetMeDialog } from './forgetMeDialog';
import { LANGUAGE_DIALOG, LanguageDialog, type LanguageOptions } from './languageDialog';
import { ONBOARDING_DIALOG, OnboardingDialog, type OnboardingOptions } from './onboardingDialog';
import { PLACE_DIALOG, PlaceDialog, type PlaceOptions } from './placeDialog';
import { StatusDialog } from './statusDialog';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_LOOP = 'mainLoop';

/** Options of one pass through the main loop (none yet: the turn's facts are in TurnInfo). */
type LoopOptions = Record<string, never>;

/**
 * Never ends: each message either interrupts, continues the dialog waiting for an answer, or starts the main loop.
 * A dialog waiting for an answer that gets a new question instead ends `unhandled`, and the loop answers the question.
 */
export class MainDialog extends ComponentDialog {
  constructor(private readonly deps: DialogDeps) {
    super(MAIN_DIALOG);
    this.addDialog(
      new WaterfallDialog<LoopOptions>(MAIN_LOOP, [this.noticeStep.bind(this), this.dispatchStep.bind(this), this.finishStep.bind(this)]),
    );
    this.addDialog(new ChoicePrompt(deps));
    this.addDialog(new OnboardingDialog(deps));
    this.addDialog(new LanguageDialog(deps));
    this.addDialog(new AnswerDialog(deps));
    this.addDialog(new ClarifyDialog(deps));
    this.addDialog(new FallbackDialog(deps));
    this.addDialog(new PlaceDialog(deps));
    this.addDialog(new StatusDialog(deps));
    this.addDialog(new FeedbackDialog(deps));
    this.addDialog(new ForgetMeDialog(deps));
    this.addDialog(new BrowseDialog(deps));
    this.initialDialogId = MAIN_LOOP;
  }

  protected override async onBeginDialog(inner: DialogContext): Promise<DialogTurnResult> {
    return this.handleTurn(inner);
  }

  protected override async onContinueDialog(inner: DialogContext): Promise<DialogTurnResult> {
    return this.handleTurn(inner);
  }

  private async handleTurn(inner: DialogContext): Promise<DialogTurnResult> {
    const { activity } = inner.context;
    if (activity.type === ActivityTypes.ConversationUpdate) {
      const arrived = (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id);
      if (arrived && !inner.activeDialog) {
        const options: OnboardingOptions = { mode: 'welcome' };
        await inner.beginDialog(ONBOARDING_DIALOG, options);
      }
      return Dialog.EndOfTurn;
    }
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const interrupt = info(inner.context).reading.interrupt;
    if (interrupt) {
      await this.interrupt(inner, interrupt);
    } else if (inner.activeDialog) {
      await inner.continueDialog();
    } else {
      await inner.beginDialog(MAIN_LOOP, {});
    }
    return Dialog.EndOfTurn;
  }

  /** Interrupts, in one place. Help keeps the pending question; the others replace it. */
  private async interrupt(inner: DialogContext, interrupt: Interrupt): Promise<void> {
    const { services, replier } = this.deps;
    const { i18n } = services;
    const turn = info(inner.context);
    const lang = turn.renderLang;
    switch (interrupt) {
      case 'help': {
        const actions = (['changeLanguage', 'talkToPerson', 'forgetMe', 'startOver'] as const).map((a) => ({ title: i18n.t(lang, `actions.${a}`) }));
        await replier.send(inner.context, { text: i18n.t(lang, 'help.text'), lang, answer: { kind: 'prompt', services: [] }, actions });
        return;
      }
      case 'changeLanguage': {
        await inner.cancelAllDialogs();
        const options: LanguageOptions = {};
        await inner.beginDialog(LANGUAGE_DIALOG, options);
        return;
      }
      case 'startOver': {
        await inner.cancelAllDialogs();
        turn.memory.fallbackCount = 0;
        turn.memory.lastTopic = undefined;
        turn.memory.lastEntryId = undefined;
        turn.memory.offeredEntryIds = undefined;
        turn.memory.questionPlace = undefined;
        turn.memory.statusAsked = undefined;
        await replier.send(inner.context, { text: i18n.t(lang, 'startOver.done'), lang, answer: { kind: 'prompt', services: [] } });
        const options: OnboardingOptions = { mode: 'welcome' };
        await inner.beginDialog(ONBOARDING_DIALOG, options);
        return;
      }
      case 'forgetMe': {
        await inner.cancelAllDialogs();
        await inner.beginDialog(FORGET_ME_DIALOG);
        return;
      }
      case 'talkToPerson': {
        await inner.cancelAllDialogs();
        await this.talkToPerson(inner);
        return;
      }
    }
  }

  /** Names the people who can help for the last topic and the person's place; asks the place when unknown. */
  private async talkToPerson(inner: DialogContext): Promise<void> {
    const { services, replier } = this.deps;
    const { i18n, answerer, router } = services;
    const turn = info(inner.context);
    const lang = turn.renderLang;
    const topic = turn.memory.lastTopic;
    const helpers = router.servicesForTopic(topic, turn.place, turn.renderLang);
    const parts = helpers.length > 0 ? [i18n.t(lang, 'person.intro'), renderServices(i18n, lang, helpers)] : [i18n.t(lang, 'person.generic')];
    if (!turn.place) parts.push(i18n.t(lang, 'fallback.askPlace'));
    await replier.send(inner.context, { text: parts.join('\n\n'), lang, answer: { kind: 'prompt', topic, services: answerServices(helpers) } });
    if (!turn.place) {
      const options: PlaceOptions = { purpose: 'person', topic, alreadyAsked: true };
      await inner.beginDialog(PLACE_DIALOG, options);
    }
  }

  /** The privacy notice in one line before the first answer, when the person skipped the welcome. */
  private async noticeStep(step: WaterfallStepContext<LoopOptions>): Promise<DialogTurnResult> {
    const turn = info(step.context);
    if (!turn.profile.noticeShownAt && !turn.redispatched) {
      const options: OnboardingOptions = { mode: 'notice' };
      return step.beginDialog(ONBOARDING_DIALOG, options);
    }
    return step.next();
  }

  private async dispatchStep(step: WaterfallStepContext<LoopOptions>): Promise<DialogTurnResult> {
    const turn = info(step.context);
    const text = messageText(step.context);
    const picked = turn.reading.languageName;
    if (picked) {
      const options: LanguageOptions = { lang: picked };
      return step.beginDialog(LANGUAGE_DIALOG, options);
    }
    if (turn.reading.smallTalk && !turn.placeOnly) {
      const { i18n } = this.deps.services;
      const lang = turn.renderLang;
      await this.deps.replier.send(step.context, { text: i18n.t(lang, `smallTalk.${turn.reading.smallTalk}`), lang, answer: { kind: 'prompt', services: [] } });
      const done: FlowResult = { kind: 'done' };
      return step.endDialog(done);
    }
    if (!text || turn.placeOnly) {
      if (turn.placeChanged && turn.place) await this.placeNoted(step);
      const done: FlowResult = { kind: 'done' };
      return step.endDialog(done);
    }
    const topic = chosenTopic(this.deps, text);
    if (topic) return step.beginDialog(BROWSE_DIALOG, { topic } satisfies BrowseOptions);
    return step.beginDialog(ANSWER_DIALOG);
  }

  /** The person only said where they live: confirm, and show the last answer's local services. */
  private async placeNoted(step: WaterfallStepContext<LoopOptions>): Promise<void> {
    const { services, replier } = this.deps;
    const { i18n, answerer, router } = services;
    const turn = info(step.context);
    const place = turn.place;
    if (!place) return;
    const lang = turn.renderLang;
    const parts = [i18n.t(lang, 'place.saved', { place: placeLabel(place) })];
    if (place.region === 'flanders') parts.push(i18n.t(lang, 'place.outsideArea'));
    const entry = turn.memory.lastEntryId ? answerer.entry(turn.memory.lastEntryId) : undefined;
    // After choices rather than an answer ("where is the CPAS of Namur?" … "and in Charleroi?"), the services of the
    // first choice's topic there: the person asks where to go, not which entry.
    const offered = entry ? undefined : turn.memory.offeredEntryIds?.map((id) => answerer.entry(id)).find((e) => e !== undefined);
    const routed = entry ? router.servicesForEntry(entry, place, lang).services : offered ? router.servicesForTopic(offered.topic, place, lang) : [];
    const topic = entry?.topic ?? offered?.topic;
    if (topic && routed.length > 0) {
      parts.push(`**${i18n.t(lang, 'place.servicesFor', { place: placeLabel(place) })}**\n${renderServices(i18n, lang, routed)}`);
    } else {
      parts.push(i18n.t(lang, 'place.askQuestion'));
    }
    await replier.send(step.context, {
      text: parts.join('\n\n'),
      lang,
      answer: topic && routed.length > 0 ? { kind: 'answer', topic, entryId: entry?.id, services: answerServices(routed) } : { kind: 'prompt', services: [] },
    });
  }

  private async finishStep(step: WaterfallStepContext<LoopOptions>): Promise<DialogTurnResult> {
    const result = asFlowResult(step.result);
    const turn = info(step.context);
    // Once per turn: the message did not answer the pending question, so it is handled as a new one.
    if (result.kind === 'unhandled' && !turn.redispatched) {
      turn.redispatched = true;
      const options: LoopOptions = {};
      return step.replaceDialog(MAIN_LOOP, options);
    }
    return step.endDialog(result);
  }
}
