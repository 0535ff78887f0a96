// "Did you mean…": two or three close entries as buttons, plus "none of these" (which goes down the fallback ladder).
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Place, RoutedService, Topic } from '../src/knowledge/types';
import type { DialogDeps, FlowResult } from '../src/bot/flow';
import { CHOICE_PROMPT, type ChoicePromptOptions } from './choicePrompt';
import { info } from '../src/bot/flow';
import { answerServices, entryText, renderServices } from '../src/bot/render';
import { FALLBACK_DIALOG, type FallbackOptions } from './fallbackDialog';
import { answerPicked } from '../src/bot/answerReply';

export const CLARIFY_DIALOG = 'clarifyDialog';

/** The close entries, best first, and what to queue for review if none fits. */
export interface ClarifyOptions {
  choices: string[];
  confidence: number;
  topic?: Topic;
  /** The question, already scrubbed, for the review queue when "none of these". */
  reviewText?: string;
  /**
   * The place the decision used: the person's, or a commune the question named ("…à Liège ?") that is not kept in
   * the profile. The offices shown with the choices and after a pick are routed for it.
   */
  place?: Place;
}

const NONE = '__none';

/** Offers the choices and answers the one picked. */
export class ClarifyDialog extends WaterfallDialog<ClarifyOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(CLARIFY_DIALOG);
    this.addStep(this.choicesStep.bind(this));
    this.addStep(this.chosenStep.bind(this));
  }

  private async choicesStep(step: WaterfallStepContext<ClarifyOptions>): Promise<DialogTurnResult> {
    const { services, replier } = this.deps;
    const lang = info(step.context).renderLang;
    const entries = step.options.choices.map((id) => services.answerer.entry(id)).filter((e) => e !== undefined);
    const values = [...entries.map((e) => e.id), NONE];
    // A question asked instead of a pick is read against these (see the answer dialog's `inContext`).
    const memory = info(step.context).memory;
    memory.offeredEntryIds = entries.map((e) => e.id);
    memory.sinceAnswer = 0;
    const titles = [...entries.map((e) => entryText(e, lang).text.title), services.i18n.t(lang, 'clarify.none')];
    const list = titles.slice(0, -1).map((t, i) => `${i + 1}. ${t}`).join('\n');
    const parts = [services.i18n.t(lang, 'clarify.didYouMean'), list];
    // The best guess's office, named now: most people pick it, and the others still get theirs once picked.
    const place = info(step.context).place ?? step.options.place;
    let routed: RoutedService[] = [];
    if (place && entries.length > 0) {
      const topic = entries[0].topic;
      for (const e of entries.filter((c) => c.topic === topic)) {
        routed = services.router.servicesForEntry(e, place, lang).services;
        if (routed.length > 0) break;
      }
      if (routed.length === 0) routed = services.router.servicesForTopic(topic, place, lang);
    }
    if (routed.length > 0) parts.push(`**${services.i18n.t(lang, 'answer.services')}**\n${renderServices(services.i18n, lang, routed)}`);
    parts.push(services.i18n.t(lang, 'safety.line'));
    const options: ChoicePromptOptions = {
      message: {
        text: parts.join('\n\n'),
        lang,
        answer: { kind: 'clarify', topic: step.options.topic, confidence: step.options.confidence, services: answerServices(routed) },
        actions: titles.map((title) => ({ title })),
      },
      values,
    };
    return step.beginDialog(CHOICE_PROMPT, options);
  }

  private async chosenStep(step: WaterfallStepContext<ClarifyOptions>): Promise<DialogTurnResult> {
    const picked = step.result as string | undefined;
    if (!picked) {
      const unhandled: FlowResult = { kind: 'unhandled' };
      return step.endDialog(unhandled);
    }
    if (picked === NONE) {
      const options: FallbackOptions = { topic: step.options.topic, services: [], reviewText: step.options.reviewText };
      return step.replaceDialog(FALLBACK_DIALOG, options);
    }
    const answered = await answerPicked(this.deps, step.context, picked, step.options.place);
    const result: FlowResult = answered ?? { kind: 'unhandled' };
    return step.endDialog(result);
  }
}
