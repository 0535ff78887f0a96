// "Was this useful?" after an answer: yes / no / wrong information, kept anonymously per entry; plus follow-up buttons.
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { FeedbackValue } from '../src/store/types';
import type { DialogDeps, FlowResult } from '../src/bot/flow';
import { CHOICE_PROMPT, type ChoicePromptOptions } from './choicePrompt';
import { info } from '../src/bot/flow';
import { answerPicked } from '../src/bot/answerReply';
import { recordFeedback, recordQuestion } from '../src/bot/records';
import { entryText } from '../src/bot/render';

export const FEEDBACK_DIALOG = 'feedbackDialog';

/** The entry the feedback is about, and the entries offered as follow-ups (ids, most useful first). */
export interface FeedbackOptions {
  entryId: string;
  followUps?: string[];
}

/** A follow-up button's value: the entry id behind a prefix no feedback value has. */
const FOLLOW_UP = 'entry:';
type FeedbackChoice = FeedbackValue | `${typeof FOLLOW_UP}${string}`;

function isFeedback(choice: FeedbackChoice): choice is FeedbackValue {
  return !choice.startsWith(FOLLOW_UP);
}

const THANKS: Record<FeedbackValue, string> = {
  useful: 'feedback.thanks',
  'not-useful': 'feedback.thanksNotUseful',
  wrong: 'feedback.thanksWrong',
};

const TITLES: Record<FeedbackValue, string> = {
  useful: 'feedback.useful',
  'not-useful': 'feedback.notUseful',
  wrong: 'feedback.wrong',
};

/**
 * Asks, records the answer against the entry (no user id, no text), thanks. The same message offers the follow-ups:
 * a channel shows the buttons of the last message only, so feedback and follow-ups share one set. Pressing a
 * follow-up answers that entry (as a "did you mean" choice does) and ends `answered`: the answer dialog goes on.
 */
export class FeedbackDialog extends WaterfallDialog<FeedbackOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(FEEDBACK_DIALOG);
    this.addStep(this.usefulStep.bind(this));
    this.addStep(this.recordStep.bind(this));
  }

  private async usefulStep(step: WaterfallStepContext<FeedbackOptions>): Promise<DialogTurnResult> {
    const { i18n, answerer } = this.deps.services;
    const lang = info(step.context).renderLang;
    const feedback: FeedbackValue[] = ['useful', 'not-useful', 'wrong'];
    const next = (step.options.followUps ?? []).map((id) => answerer.entry(id)).filter((e) => e !== undefined);
    const nextTitles = next.map((e) => entryText(e, lang).text.title);
    const choices: FeedbackChoice[] = [...feedback, ...next.map((e): FeedbackChoice => `${FOLLOW_UP}${e.id}`)];
    const parts = [i18n.t(lang, 'feedback.ask')];
    // Listed in the text too: for channels without buttons, and screen readers.
    if (next.length > 0) parts.push(`${i18n.t(lang, 'followUp.intro')}\n${nextTitles.map((t) => `• ${t}`).join('\n')}`);
    const options: ChoicePromptOptions = {
      values: choices,
      yes: 'useful',
      no: 'not-useful',
      message: {
      text: parts.join('\n\n'),
      lang,
      answer: { kind: 'prompt', entryId: step.options.entryId, services: [] },
      // Feedback first (its numbers stay 1 to 3), then the likely next questions, then talking to a person (an
      // interrupt, handled anywhere).
      actions: [
        ...feedback.map((c) => ({ title: i18n.t(lang, TITLES[c]) })),
        ...nextTitles.map((title) => ({ title })),
        { title: i18n.t(lang, 'actions.talkToPerson') },
      ],
      },
    };
    return step.beginDialog(CHOICE_PROMPT, options);
  }

  private async recordStep(step: WaterfallStepContext<FeedbackOptions>): Promise<DialogTurnResult> {
    const { services, replier } = this.deps;
    const choice = step.result as FeedbackChoice | undefined;
    if (!choice) {
      const unhandled: FlowResult = { kind: 'unhandled' };
      return step.endDialog(unhandled);
    }
    if (!isFeedback(choice)) {
      const answered = await answerPicked(this.deps, step.context, choice.slice(FOLLOW_UP.length));
      if (answered?.kind === 'answered') {
        const entry = services.answerer.entry(answered.entryId);
        await recordQuestion(services, step.context, 'answered', entry?.topic, answered.entryId);
      }
      const result: FlowResult = answered ?? { kind: 'unhandled' };
      return step.endDialog(result);
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
