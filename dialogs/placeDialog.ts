// Asks where the person lives, only when an answer needs routing, then names the services for that place.
import { Dialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { RoutedService, Topic } from '../src/knowledge/types';
import type { DialogDeps, FlowResult } from '../src/bot/flow';
import { info, messageText } from '../src/bot/flow';
import { rememberPlace } from '../src/bot/records';
import { answerServices, placeLabel, renderServices } from '../src/bot/render';

export const PLACE_DIALOG = 'placeDialog';

/**
 * What the place is for: an entry's local services, or the people who can help with a topic. `alreadyAsked`: the
 * previous message already asked where the person lives.
 */
export type PlaceOptions = ({ purpose: 'entry'; entryId: string } | { purpose: 'person'; topic?: Topic }) & { alreadyAsked?: boolean };

/** Postal code or commune → profile → the services that serve it. */
export class PlaceDialog extends WaterfallDialog<PlaceOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(PLACE_DIALOG);
    this.addStep(this.askPlaceStep.bind(this));
    this.addStep(this.placeStep.bind(this));
  }

  private async askPlaceStep(step: WaterfallStepContext<PlaceOptions>): Promise<DialogTurnResult> {
    if (step.options.alreadyAsked) return Dialog.EndOfTurn;
    const lang = info(step.context).renderLang;
    await this.deps.replier.send(step.context, {
      text: this.deps.services.i18n.t(lang, 'place.ask'),
      lang,
      answer: { kind: 'prompt', services: [] },
    });
    return Dialog.EndOfTurn;
  }

  private async placeStep(step: WaterfallStepContext<PlaceOptions>): Promise<DialogTurnResult> {
    const { services, replier } = this.deps;
    const turn = info(step.context);
    // The turn middleware already read short answers ("1030", "Namur"); a longer one is read here, as it was asked for.
    if (!turn.placeChanged) {
      const place = services.router.placeFromText(messageText(step.context));
      if (place) await rememberPlace(services, step.context, place);
    }
    const place = turn.place;
    if (!turn.placeChanged || !place) {
      const unhandled: FlowResult = { kind: 'unhandled' };
      return step.endDialog(unhandled);
    }
    const lang = turn.renderLang;
    const opts = step.options;
    let routed: RoutedService[];
    let entryId: string | undefined;
    let topic: Topic | undefined;
    if (opts.purpose === 'entry') {
      const entry = services.answerer.entry(opts.entryId);
      routed = entry ? services.router.servicesForEntry(entry, place, lang).services : [];
      entryId = entry?.id;
      topic = entry?.topic;
    } else {
      routed = services.router.servicesForTopic(opts.topic, place, lang);
      topic = opts.topic;
    }
    const parts = [services.i18n.t(lang, 'place.saved', { place: placeLabel(place) })];
    if (place.region === 'flanders') parts.push(services.i18n.t(lang, 'place.outsideArea'));
    if (routed.length > 0) {
      parts.push(`**${services.i18n.t(lang, 'place.servicesFor', { place: placeLabel(place) })}**\n${renderServices(services.i18n, lang, routed)}`);
    } else {
      parts.push(services.i18n.t(lang, 'person.generic'));
    }
    await replier.send(step.context, {
      text: parts.join('\n\n'),
      lang,
      answer: { kind: opts.purpose === 'entry' ? 'answer' : 'prompt', topic, entryId, services: answerServices(routed) },
    });
    const done: FlowResult = { kind: 'done' };
    return step.endDialog(done);
  }
}
