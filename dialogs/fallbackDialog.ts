// The fallback ladder: ask to rephrase once, then name the human service for the topic and place. Never a dead end;
// when the nearest entries are crisis entries, the emergency numbers come first, at once; a question the knowledge
// base has no words for gets "outside what I cover" with the topics.
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { RoutedService, Topic } from '../src/knowledge/types';
import type { DialogDeps, FlowResult } from '../src/bot/flow';
import { asFlowResult, info } from '../src/bot/flow';
import { queueForReview } from '../src/bot/records';
import { answerServices, renderServices } from '../src/bot/render';
import { topicActions } from './browseDialog';
import { PLACE_DIALOG, type PlaceOptions } from './placeDialog';

export const FALLBACK_DIALOG = 'fallbackDialog';

/** The answerer's best topic guess and services, and the question (scrubbed) for the review queue. */
export interface FallbackOptions {
  topic?: Topic;
  services: RoutedService[];
  reviewText?: string;
}

/** One rung of the ladder per unanswered question; the count lives in the conversation memory. */
export class FallbackDialog extends WaterfallDialog<FallbackOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(FALLBACK_DIALOG);
    this.addStep(this.ladderStep.bind(this));
    this.addStep(this.doneStep.bind(this));
  }

  private async ladderStep(step: WaterfallStepContext<FallbackOptions>): Promise<DialogTurnResult> {
    const { services, replier } = this.deps;
    const { i18n, router } = services;
    const turn = info(step.context);
    const lang = turn.renderLang;
    const { topic, reviewText } = step.options;
    if (reviewText) await queueForReview(services, step.context, reviewText);
    // "Talk to a person" right after this names the people for this topic.
    if (topic) turn.memory.lastTopic = topic;
    turn.memory.fallbackCount += 1;
    if (topic === 'emergency') {
      // The question's nearest entries are crisis entries, but not surely: a person who may be in danger gets the
      // emergency numbers now, not a request to rephrase first (the crisis phrases miss many wordings).
      turn.memory.fallbackCount = 0;
      const helpers = step.options.services.length > 0 ? step.options.services : router.servicesForTopic(topic, turn.place, lang);
      await replier.send(step.context, {
        text: [`**${i18n.t(lang, 'emergency.intro')}**`, i18n.t(lang, 'emergency.numbers'), i18n.t(lang, 'fallback.rephrase')].join('\n\n'),
        lang,
        answer: { kind: 'fallback', topic, confidence: 0, services: answerServices(helpers) },
        actions: [{ title: i18n.t(lang, 'actions.talkToPerson') }, { title: i18n.t(lang, 'actions.help') }],
      });
      return step.next({ kind: 'done' });
    }
    if (turn.memory.fallbackCount === 1) {
      await replier.send(step.context, {
        // Every reply that is not an answer carries the safety line: the crisis check misses some wordings. Words the
        // knowledge base does not know at all (no topic: the weather, a match, fishing) get what Relais covers
        // instead of a request to rephrase.
        text: [i18n.t(lang, topic ? 'fallback.rephrase' : 'fallback.offTopic'), i18n.t(lang, 'safety.line')].join('\n\n'),
        lang,
        answer: { kind: 'fallback', topic, confidence: 0, services: [] },
        actions: [{ title: i18n.t(lang, 'actions.talkToPerson') }, { title: i18n.t(lang, 'actions.help') }, ...topicActions(this.deps, lang)],
      });
      return step.next({ kind: 'done' });
    }
    turn.memory.fallbackCount = 0;
    const helpers = step.options.services.length > 0 ? step.options.services : router.servicesForTopic(topic, turn.place, turn.renderLang);
    const parts =
      helpers.length > 0
        ? [i18n.t(lang, 'fallback.human'), renderServices(i18n, lang, helpers)]
        : [i18n.t(lang, 'fallback.humanGeneric')];
    if (!turn.place) parts.push(i18n.t(lang, 'fallback.askPlace'));
    parts.push(i18n.t(lang, 'safety.line'));
    await replier.send(step.context, {
      text: parts.join('\n\n'),
      lang,
      answer: { kind: 'fallback', topic, confidence: 0, services: answerServices(helpers) },
      actions: topicActions(this.deps, lang),
    });
    if (!turn.place) {
      // The question was just asked in the message above: the place dialog only waits for the answer.
      const options: PlaceOptions = { purpose: 'person', topic, alreadyAsked: true };
      return step.beginDialog(PLACE_DIALOG, options);
    }
    return step.next({ kind: 'done' });
  }

  private async doneStep(step: WaterfallStepContext<FallbackOptions>): Promise<DialogTurnResult> {
    const result: FlowResult = asFlowResult(step.result);
    return step.endDialog(result);
  }
}
