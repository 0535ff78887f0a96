// "Was this useful?" after an answer: yes / no / wrong information, kept anonymously per entry.
import { Dialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { FeedbackValue } from '../src/store/types';
import type { DialogDeps, FlowResult, Offered } from '../src/bot/flow';
import { info, messageText, offeredAs, pickOffered, stepValues } from '../src/bot/flow';
import { recordFeedback } from '../src/bot/records';

export const FEEDBACK_DIALOG = 'feedbackDialog';

/** The entry the feedback is about. */
export interface FeedbackOptions {
  entryId: string;
}

type FeedbackChoice = FeedbackValue;

interface FeedbackValues {
  offered: Offered<FeedbackChoice>[];
}

const THANKS: Record<FeedbackValue, string> = {
  useful: 'feedback.thanks',
  'not-useful': 'feedback.thanksNotUseful',
  wrong: 'feedback.thanksWrong',
};

const TITLES: Record<FeedbackChoice, string> = {
  useful: 'feedback.useful',
  'not-useful': 'feedback.notUseful',
  wrong: 'feedback.wrong',
};

/** Asks, records the answer against the entry (no user id, no text), thanks. */
export class FeedbackDialog extends WaterfallDialog<FeedbackOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(FEEDBACK_DIALOG);
    this.addStep(this.usefulStep.bind(this));
    this.addStep(this.recordStep.bind(this));
  }

  private async usefulStep(step: WaterfallStepContext<FeedbackOptions>): Promise<DialogTurnResult> {
    const { i18n } = this.deps.services;
    const lang = info(step.context).renderLang;
    const choices: FeedbackChoice[] = ['useful', 'not-useful', 'wrong'];
    const shown = await this.deps.replier.send(step.context, {
      text: i18n.t(lang, 'feedback.ask'),
      lang,
      answer: { kind: 'prompt', entryId: step.options.entryId, services: [] },
      // Likely follow-ups next to the feedback buttons: talking to a person (an interrupt, handled anywhere).
      actions: [...choices.map((c) => ({ title: i18n.t(lang, TITLES[c]) })), { title: i18n.t(lang, 'actions.talkToPerson') }],
    });
    stepValues<FeedbackValues>(step).offered = offeredAs(choices, shown);
    return Dialog.EndOfTurn;
  }

  private async recordStep(step: WaterfallStepContext<FeedbackOptions>): Promise<DialogTurnResult> {
    const { services, replier, intents } = this.deps;
    const text = messageText(step.context);
    let choice = pickOffered(text, stepValues<FeedbackValues>(step).offered ?? []);
    if (!choice && intents.isYes(text)) choice = 'useful';
    if (!choice && intents.isNo(text)) choice = 'not-useful';
    if (!choice) {
      const unhandled: FlowResult = { kind: 'unhandled' };
      return step.endDialog(unhandled);
    }
    await recordFeedback(services, step.context, step.options.entryId, choice);
    const lang = info(step.context).renderLang;
    await replier.send(step.context, {
      text: services.i18n.t(lang, THANKS[choice]),
      lang,
      answer: { kind: 'prompt', entryId: step.options.entryId, services: [] },
      actions: choice === 'useful' ? undefined : [{ title: services.i18n.t(lang, 'actions.talkToPerson') }],
    });
    const done: FlowResult = { kind: 'done' };
    return step.endDialog(done);
  }
}
