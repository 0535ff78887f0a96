// Sends one knowledge entry as an answer (used by the answer and clarify dialogs) and notes it in the conversation memory.
import type { TurnContext } from 'botbuilder';
import type { Entry, Place, RoutedService } from '../knowledge/types';
import type { DialogDeps, FlowResult } from './flow';
import { answerParts } from './answerParts';
import { answerServices, renderAnswer } from './render';
import { turnInfo } from './types';

/** The entry in plain words with steps, documents, routed services, source and review date; `kind: "answer"`. */
export async function sendEntryAnswer(
  deps: DialogDeps,
  context: TurnContext,
  entry: Entry,
  services: RoutedService[],
  confidence: number,
): Promise<void> {
  const turn = turnInfo(context);
  const body = renderAnswer(deps.services.i18n, turn.renderLang, entry, services);
  turn.memory.fallbackCount = 0;
  turn.memory.lastTopic = entry.topic;
  turn.memory.lastEntryId = entry.id;
  turn.memory.offeredEntryIds = undefined;
  turn.memory.sinceAnswer = 0;
  const seen = (turn.memory.seenEntryIds ?? []).filter((id) => id !== entry.id);
  turn.memory.seenEntryIds = [...seen, entry.id].slice(-Math.max(1, deps.services.options.maxSeenEntries));
  await deps.replier.send(context, {
    text: body.text,
    lang: body.lang,
    includeOriginal: true,
    answer: {
      kind: 'answer',
      topic: entry.topic,
      entryId: entry.id,
      confidence,
      services: answerServices(services),
      parts: answerParts(deps.services.i18n, turn.renderLang, entry, services),
    },
  });
}

/**
 * Answers an entry the person picked from buttons (a "did you mean" choice or a follow-up): routed for `place`
 * (the person's, else the one the decision used), ending `answered`; undefined when the entry no longer exists.
 */
export async function answerPicked(deps: DialogDeps, context: TurnContext, entryId: string, place?: Place): Promise<FlowResult | undefined> {
  const entry = deps.services.answerer.entry(entryId);
  if (!entry) return undefined;
  const turn = turnInfo(context);
  const routed = deps.services.router.servicesForEntry(entry, turn.place ?? place, turn.renderLang);
  await sendEntryAnswer(deps, context, entry, routed.services, 1);
  return { kind: 'answered', entryId: entry.id, needsPlace: routed.needsPlace };
}
