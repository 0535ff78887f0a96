// Welcome and privacy notice: shown on arrival, or in one line before a first direct question; never waits for input.
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DialogDeps, FlowResult } from '../src/bot/flow';
import { info } from '../src/bot/flow';
import { updateProfile } from '../src/bot/records';
import { sendTopicMenu } from './browseDialog';

export const ONBOARDING_DIALOG = 'onboardingDialog';

/** `welcome`: greeting, privacy notice and language buttons. `notice`: the privacy notice alone. */
export interface OnboardingOptions {
  mode: 'welcome' | 'notice';
}

/** Says who Relais is, what it keeps and for how long, how to erase it, and offers the languages. */
export class OnboardingDialog extends WaterfallDialog<OnboardingOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(ONBOARDING_DIALOG);
    this.addStep(this.welcomeStep.bind(this));
  }

  private async welcomeStep(step: WaterfallStepContext<OnboardingOptions>): Promise<DialogTurnResult> {
    const { services, replier } = this.deps;
    const { i18n, options } = services;
    const turn = info(step.context);
    const lang = turn.renderLang;
    const privacy = i18n.t(lang, 'welcome.privacy', { profileDays: options.profileDays, reviewDays: options.reviewDays });
    if (step.options.mode === 'welcome') {
      await replier.send(step.context, {
        text: `${i18n.t(lang, 'welcome.greeting')}\n\n${privacy}`,
        lang,
        answer: { kind: 'prompt', services: [] },
      });
      await replier.send(step.context, {
        text: i18n.t(lang, 'welcome.invite'),
        lang,
        answer: { kind: 'prompt', services: [] },
        // Each language in its own name, so a person who reads none of the others still finds theirs.
        actions: i18n.languages.map((l) => ({ title: i18n.t(l, 'language.name') })),
      });
      await sendTopicMenu(this.deps, step.context);
    } else {
      await replier.send(step.context, { text: `_${privacy}_`, lang, answer: { kind: 'prompt', services: [] } });
    }
    await updateProfile(services, step.context, { noticeShownAt: services.now().toISOString() });
    const result: FlowResult = { kind: 'done' };
    return step.endDialog(result);
  }
}
