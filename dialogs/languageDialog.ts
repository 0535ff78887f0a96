// Changing language: offers each language in its own name, then answers in the chosen one from now on.
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Lang } from '../src/knowledge/types';
import type { DialogDeps, FlowResult } from '../src/bot/flow';
import { CHOICE_PROMPT, type ChoicePromptOptions } from './choicePrompt';
import { info } from '../src/bot/flow';
import { updateProfile } from '../src/bot/records';

export const LANGUAGE_DIALOG = 'languageDialog';

/** `lang`: already chosen (a language button pressed outside this dialog). */
export interface LanguageOptions {
  lang?: Lang;
}

/** Asks for the language (unless given) and keeps the choice in the profile. */
export class LanguageDialog extends WaterfallDialog<LanguageOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(LANGUAGE_DIALOG);
    this.addStep(this.languageStep.bind(this));
    this.addStep(this.savedStep.bind(this));
  }

  private async languageStep(step: WaterfallStepContext<LanguageOptions>): Promise<DialogTurnResult> {
    if (step.options.lang) return step.next();
    const { i18n } = this.deps.services;
    const lang = info(step.context).renderLang;
    const langs = i18n.languages;
    const options: ChoicePromptOptions = {
      message: { text: i18n.t(lang, 'language.choose'), lang, answer: { kind: 'prompt', services: [] }, actions: langs.map((l) => ({ title: i18n.t(l, 'language.name') })) },
      values: [...langs],
    };
    return step.beginDialog(CHOICE_PROMPT, options);
  }

  private async savedStep(step: WaterfallStepContext<LanguageOptions>): Promise<DialogTurnResult> {
    const lang = step.options.lang ?? (step.result as Lang | undefined) ?? info(step.context).reading.languageName;
    if (!lang) {
      const unhandled: FlowResult = { kind: 'unhandled' };
      return step.endDialog(unhandled);
    }
    const turn = info(step.context);
    Object.assign(turn, { lang, renderLang: lang, machineTranslate: false, cannotTranslate: false, langFromText: true });
    turn.memory.lang = lang;
    await updateProfile(this.deps.services, step.context, { lang });
    await this.deps.replier.send(step.context, {
      text: this.deps.services.i18n.t(lang, 'language.changed'),
      lang,
      answer: { kind: 'prompt', services: [] },
    });
    const done: FlowResult = { kind: 'done' };
    return step.endDialog(done);
  }
}
