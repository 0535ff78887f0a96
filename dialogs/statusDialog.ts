// The residence status, asked only after an answer that depends on it, and always optional.
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { STATUSES, type Status } from '../src/knowledge/types';
import type { DialogDeps, FlowResult } from '../src/bot/flow';
import { CHOICE_PROMPT, type ChoicePromptOptions } from './choicePrompt';
import { info } from '../src/bot/flow';
import { updateProfile } from '../src/bot/records';
import { answerServices, renderServices } from '../src/bot/render';

export const STATUS_DIALOG = 'statusDialog';

/** The entry whose audience made the status matter. */
export interface StatusOptions {
  entryId: string;
}

type StatusChoice = Status | 'skip';

/** Offers the statuses and "I'd rather not say"; warns when the answer may not apply. */
export class StatusDialog extends WaterfallDialog<StatusOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(STATUS_DIALOG);
    this.addStep(this.askStatusStep.bind(this));
    this.addStep(this.statusStep.bind(this));
  }

  private async askStatusStep(step: WaterfallStepContext<StatusOptions>): Promise<DialogTurnResult> {
    const { i18n } = this.deps.services;
    const turn = info(step.context);
    turn.memory.statusAsked = true;
    const lang = turn.renderLang;
    const choices: StatusChoice[] = [...STATUSES, 'skip'];
    const options: ChoicePromptOptions = {
      message: { text: i18n.t(lang, 'status.ask'), lang, answer: { kind: 'prompt', services: [] }, actions: choices.map((c) => ({ title: i18n.t(lang, `status.${c}`) })) },
      values: choices,
    };
    return step.beginDialog(CHOICE_PROMPT, options);
  }

  private async statusStep(step: WaterfallStepContext<StatusOptions>): Promise<DialogTurnResult> {
    const { services, replier } = this.deps;
    const choice = step.result as StatusChoice | undefined;
    if (!choice) {
      const unhandled: FlowResult = { kind: 'unhandled' };
      return step.endDialog(unhandled);
    }
    const turn = info(step.context);
    const lang = turn.renderLang;
    if (choice !== 'skip') {
      await updateProfile(services, step.context, { status: choice });
      const entry = services.answerer.entry(step.options.entryId);
      if (entry?.audience?.length && !entry.audience.includes(choice)) {
        const helpers = services.router.servicesForTopic(entry.topic, turn.place, lang);
        await replier.send(step.context, {
          text: [services.i18n.t(lang, 'status.mayNotApply'), renderServices(services.i18n, lang, helpers) || services.i18n.t(lang, 'person.generic')].join('\n\n'),
          lang,
          answer: { kind: 'prompt', topic: entry.topic, entryId: entry.id, services: answerServices(helpers) },
        });
      } else {
        await replier.send(step.context, { text: services.i18n.t(lang, 'status.saved'), lang, answer: { kind: 'prompt', services: [] } });
      }
    }
    const done: FlowResult = { kind: 'done' };
    return step.endDialog(done);
  }
}
