// The reading of a message, done once per turn by the turn middleware and read by every dialog: what the text asks
// for (an interrupt, a language by name, an offered button), how long it is, which statuses it names.
import type { Lang, Status } from '../knowledge/types';
import type { Intents, Interrupt, SmallTalk } from './intents';
import { scrubbedKey, scrubbedTitleKey } from './flow';
import { wordKey, words } from '../language/tokenize';

/** What a message says besides its question; frozen once read. */
export interface TurnReading {
  /** The message text, trimmed ('' for a conversation update). */
  readonly text: string;
  /** Words and letters, for the language and "only a place" rules. */
  readonly words: number;
  readonly letters: number;
  /** The interrupt the whole message asks for ("help", "forget me"…). */
  readonly interrupt?: Interrupt;
  /** The language whose own name is the whole message (a language button). */
  readonly languageName?: Lang;
  /** The message is the title of a button offered last turn. */
  readonly pressed: boolean;
  /** Thanks or a greeting and nothing else. */
  readonly smallTalk?: SmallTalk;
  /** Thanks open the message and it asks nothing (`Intents.thanksFirst`). */
  readonly thanksFirst: boolean;
  /** The message opens with "and", "et", "en", "а"…: it goes on from the last answer (`Intents.continues`). */
  readonly continues: boolean;
  /** The message opens with "and if", "what if", "а если"…: a case of the last answer (`Intents.supposes`). */
  readonly supposes: boolean;
  /** The message asks about an aspect of an answer: cost, time, documents, opening days (`Intents.asksAspect`). */
  readonly asksAspect: boolean;
  /** With an aspect asked: the message's other words, "and" and the like included (`Intents.withoutAspects`). */
  readonly besideAspect?: readonly string[];
  /** The message after the thanks sentence it opens with, when there is one (`Intents.afterThanks`). */
  readonly afterThanks?: string;
}

/** Reads a message once. `offered`: normalised titles of the buttons offered last turn. */
export function readTurn(text: string, intents: Intents, offered: readonly string[]): TurnReading {
  let key: string | undefined;
  const afterThanks = text ? intents.afterThanks(text) : undefined;
  const aspect = text !== '' && intents.asksAspect(afterThanks ?? text);
  const reading: TurnReading = {
    text,
    words: words(text).length,
    letters: (text.match(/\p{L}/gu) ?? []).length,
    interrupt: text ? intents.interrupt(text) : undefined,
    languageName: text ? intents.languageName(text) : undefined,
    // The offered titles may come back scrubbed from the store ("[phone]" for a helpline's number).
    pressed: text !== '' && (offered.includes(wordKey(text)) || offered.some((o) => scrubbedTitleKey(o) === (key ??= scrubbedKey(text)))),
    smallTalk: text ? intents.smallTalk(text) : undefined,
    thanksFirst: text !== '' && intents.thanksFirst(text),
    // "Dank u wel. En welke documenten…" goes on from the answer thanked for.
    continues: text !== '' && intents.continues(afterThanks ?? text),
    supposes: text !== '' && intents.supposes(afterThanks ?? text),
    asksAspect: aspect,
    ...(aspect ? { besideAspect: intents.withoutAspects(afterThanks ?? text) } : {}),
    ...(afterThanks !== undefined ? { afterThanks } : {}),
  };
  return Object.freeze(reading);
}

