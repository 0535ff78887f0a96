// Contract types of a reply (CONTRACT.md) and of the answerer's decision, shared by dialogs and channels.
import type { Entry, Lang, Place, RoutedService, ServiceType, Status, Topic } from '../knowledge/types';

/** `channelData.answer` on every message activity that answers a question (CONTRACT.md). */
export interface ChannelAnswer {
  kind: 'answer' | 'clarify' | 'fallback' | 'emergency' | 'prompt';
  topic?: Topic;
  entryId?: string;
  /** Language of the reply text (ISO 639-1). */
  lang: string;
  machineTranslated: boolean;
  /** 0..1 */
  confidence?: number;
  services: { id: string; type: ServiceType; name: string }[];
  /** An entry's answer in parts, for pages that lay it out (the web chat page): built by src/bot/answerParts.ts. */
  parts?: AnswerParts;
}

/** The parts of an answer, each already in the reply language `lang` (headings and labels included). */
export interface AnswerParts {
  lang: string;
  title: string;
  /** The plain-words answer. */
  summary: string;
  steps?: { heading: string; items: string[] };
  documents?: { heading: string; items: string[] };
  services?: {
    heading: string;
    items: { name: string; description?: string; fields: { kind: 'phone' | 'email' | 'website' | 'address' | 'hours'; value: string; text: string }[]; note?: string }[];
  };
  /** Source, last review date, and the "not verified yet" warning when it applies. */
  source?: { text: string; url?: string };
  reviewed: string;
  unverified?: string;
}

/** What the answerer is asked. */
export interface AnswerRequest {
  /** The person's text (already translated to `lang` when it went through the pivot). */
  text: string;
  /** Language of `text`. */
  lang: Lang;
  place?: Place;
  status?: Status;
  /** Only entries of this topic: a follow-up read within the conversation's topic (`answerDialog`). */
  withinTopic?: Topic;
}

/**
 * Set on a decision when the place lies in a region no entry is written for (Flanders): the entries were chosen as for
 * an unknown region, and the person should hear once that Relais covers Wallonia and Brussels.
 */
interface OutsideArea {
  outsideArea?: true;
}

/** The answerer's decision, rendered into replies by the dialogs. */
export type AnswerDecision = OutsideArea &
  ({
      kind: 'answer';
      entry: Entry;
      /** Language of the curated text to show: the request's when curated, else the pivot. */
      textLang: Lang;
      confidence: number;
      services: RoutedService[];
      /** The place the services were routed for: the person's, else a commune the question names. */
      place?: Place;
      /** Routing needed the person's place and it is unknown: ask for it. */
      needsPlace: boolean;
    }
  | {
      kind: 'clarify';
      /** Two or three close entries, best first. */
      choices: Entry[];
      confidence: number;
      /**
       * Offered though no entry holds enough of the question: the topic model's guess of its need (`Ranked.modelPick`).
       * A conversation reads such a message as not understood first (thanks, a follow-up of the last answer).
       */
      guessed?: true;
      /** The place the entries were filtered for. */
      place?: Place;
    }
  | {
      kind: 'fallback';
      /** Best topic guess, when any. */
      topic?: Topic;
      /**
       * Why nothing was answered: the question names a subject Relais does not cover ("offTopic"), or none of its
       * words is known to the knowledge base ("unknown"); absent when it was too vague or ambiguous to answer.
       */
      reason?: 'offTopic' | 'unknown';
      confidence: number;
      /** The place the services were routed for. */
      place?: Place;
      /** Human services that can help for the topic and place (CPAS, CRI/BAPA, an association). */
      services: RoutedService[];
    });

/** What the dialogs need from the knowledge side (implemented by src/answer/answerer.ts); places and services come from the Router. */
export interface AnswererPort {
  /** Search, filter by place and status, decide answer / clarify / fallback, route services for the place used. */
  decide(req: AnswerRequest): AnswerDecision;
  /** The emergency entry and the helplines, for the person's place when known; `first`: service ids to put first. */
  emergency(place?: Place, lang?: Lang, first?: readonly string[]): { entry: Entry; services: RoutedService[] };
  /** An entry by id (clarify buttons carry ids). */
  entry(id: string): Entry | undefined;
  /** Statuses a text states ("я біженець", "as a refugee") and those it states or hints at ("from Ukraine"). */
  statusesIn(text: string, lang: Lang): { stated: Set<Status>; hinted: Set<Status> };
  /** Topics whose institutions a text names ("CPAS", "BAPA", "Forem"). */
  topicsIn(text: string, lang: Lang): ReadonlySet<Topic>;
  /** The text without the words that state a status ("j'ai que l'annexe 26"); undefined when it states none. */
  withoutStatus(text: string, lang: Lang): string | undefined;
  /** Whether a text names a subject Relais does not cover from its word lists ("football", "météo", "recette"). */
  namesOffTopic(text: string, lang: Lang): boolean;
}
