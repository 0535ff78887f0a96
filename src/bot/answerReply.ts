// Sends one knowledge entry as an answer (used by the answer and clarify dialogs) and notes it in the conversation memory.
import type { TurnContext } from 'botbuilder';
import type { Entry, RoutedService } from '../knowledge/types';
import type { DialogDeps } from './flow';
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
  await deps.replier.send(context, {
    text: body.text,
    lang: body.lang,
    includeOriginal: true,
    answer: { kind: 'answer', topic: entry.topic, entryId: entry.id, confidence, services: answerServices(services) },
  });
}
