// "Forget me": after confirmation, erases the profile, the user and conversation state and the person's review items.
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DialogDeps, FlowResult } from '../src/bot/flow';
import { info } from '../src/bot/flow';
import { storeTurnOf } from '../src/store/storeTurn';
import { CHOICE_PROMPT, type ChoicePromptOptions } from './choicePrompt';

export const FORGET_ME_DIALOG = 'forgetMeDialog';

type Confirm = 'yes' | 'no';

/** Confirms, then erases everything kept about `from.id`. */
export class ForgetMeDialog extends WaterfallDialog {
  constructor(private readonly deps: DialogDeps) {
    super(FORGET_ME_DIALOG);
    this.addStep(this.confirmStep.bind(this));
    this.addStep(this.eraseStep.bind(this));
  }

  private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { i18n } = this.deps.services;
    const lang = info(step.context).renderLang;
    const choices: Confirm[] = ['yes', 'no'];
    const options: ChoicePromptOptions = {
      message: {
        text: i18n.t(lang, 'forget.confirm'),
        lang,
        answer: { kind: 'prompt', services: [] },
        actions: choices.map((c) => ({ title: i18n.t(lang, `forget.${c}`) })),
      },
      values: choices,
      yes: 'yes',
      no: 'no',
    };
    return step.beginDialog(CHOICE_PROMPT, options);
  }

  private async eraseStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { services, replier } = this.deps;
    const choice = step.result as Confirm | undefined;
    if (!choice) {
      const unhandled: FlowResult = { kind: 'unhandled' };
      return step.endDialog(unhandled);
    }
    const turn = info(step.context);
    const lang = turn.renderLang;
    if (choice === 'yes') {
      let erased = 0;
      try {
        erased = await services.store.forgetUser(turn.userId, { conversationIds: [turn.conversationId], turn: storeTurnOf(step.context) });
      } catch (err) {
        services.logger.error({ component: 'bot', operation: 'forgetUser', error: err instanceof Error ? err.name : 'unknown' }, 'forget failed');
        await replier.send(step.context, { text: services.i18n.t(lang, 'error.apology'), lang, answer: { kind: 'prompt', services: [] } });
        const failed: FlowResult = { kind: 'done' };
        return step.endDialog(failed);
      }
      // Cached copies of this turn go too, so nothing is written back after the erasure.
      await services.userState.delete(step.context);
      await services.conversationState.delete(step.context);
      turn.profile = { userId: turn.userId, updatedAt: turn.profile.updatedAt };
      turn.place = undefined;
      turn.memory = { fallbackCount: 0 };
      turn.forgotten = true;
      services.logger.info({ component: 'bot', event: 'forgotten', records: erased }, 'user data erased');
      await replier.send(step.context, { text: services.i18n.t(lang, 'forget.done'), lang, answer: { kind: 'prompt', services: [] } });
    } else {
      await replier.send(step.context, { text: services.i18n.t(lang, 'forget.cancelled'), lang, answer: { kind: 'prompt', services: [] } });
    }
    const done: FlowResult = { kind: 'done' };
    return step.endDialog(done);
  }
}
