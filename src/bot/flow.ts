// What dialogs share: their dependencies, how they end, and how a reply to offered buttons is recognised.
import type { TurnContext } from 'botbuilder';
import type { Lang } from '../knowledge/types';
import type { Intents } from './intents';
import { scrub } from '../privacy/scrub';
import { wordKey } from '../language/tokenize';
import type { Replier } from './replier';
import type { BotServices, TurnInfo } from './types';
import { turnInfo } from './types';

/** Handed to every dialog's constructor. */
export interface DialogDeps {
  services: BotServices;
  replier: Replier;
  intents: Intents;
}

/**
 * How a dialog ends. `unhandled`: the person did not answer what was asked but wrote something new; the main
 * dialog then treats the same message as a new question (a pending question never blocks).
 */
export type FlowResult =
  | { kind: 'answered'; entryId: string; needsPlace: boolean }
  | { kind: 'done' }
  | { kind: 'unhandled' };

/** Narrows a dialog result to a FlowResult. */
export function asFlowResult(value: unknown): FlowResult {
  if (typeof value === 'object' && value !== null && 'kind' in value) {
    const { kind } = value;
    if (kind === 'answered' || kind === 'done' || kind === 'unhandled') return value as FlowResult;
  }
  return { kind: 'done' };
}

/** An option offered as a button, remembered in the dialog's step values. */
export interface Offered<T extends string> {
  /** Title as shown (translated when machine-translated). */
  title: string;
  value: T;
}

/** The offered option the message picks: its title, or its position ("1", "2"…). */
export function pickOffered<T extends string>(text: string, offered: readonly Offered<T>[]): T | undefined {
  const key = wordKey(text);
  if (!key) return undefined;
  // Conversation state is stored scrubbed: a title with a phone number ("… (078 055 800)") comes back "[phone]".
  const scrubbed = scrubbedKey(text);
  const byTitle = offered.find((o) => wordKey(o.title) === key || scrubbedTitleKey(o.title) === scrubbed);
  if (byTitle) return byTitle.value;
  const n = /^\d$/.test(key) ? Number(key) : NaN;
  return n >= 1 && n <= offered.length ? offered[n - 1].value : undefined;
}

/**
 * A button title's key, the same whether the title comes back from the store scrubbed ("… [phone]") or not: the
 * normalised title, scrubbed of phone numbers and the like, normalised again.
 */
export function scrubbedKey(text: string): string {
  return wordKey(scrub(wordKey(text)).text);
}

/**
 * `scrubbedKey` of a button title (the bot's own words, met again and again: about ten calls a turn), remembered,
 * bounded. Never for what a person wrote: no messages are kept.
 */
export function scrubbedTitleKey(title: string): string {
  return remembered(scrubbedTitleKeys, title, scrubbedKey);
}

/** `wordKey` of a button title (the bot's own words: the titles of every button sent are kept by their key), remembered. */
export function titleKey(title: string): string {
  return remembered(titleKeys, title, wordKey);
}

const MAX_TITLE_KEYS = 512;
const scrubbedTitleKeys = new Map<string, string>();
const titleKeys = new Map<string, string>();

function remembered(keys: Map<string, string>, title: string, keyOf: (t: string) => string): string {
  let key = keys.get(title);
  if (key === undefined) {
    key = keyOf(title);
    if (keys.size >= MAX_TITLE_KEYS) keys.clear();
    keys.set(title, key);
  }
  return key;
}

/** Pairs the values with the titles the replier really showed. */
export function offeredAs<T extends string>(values: readonly T[], shown: readonly string[]): Offered<T>[] {
  return values.map((value, i) => ({ value, title: shown[i] ?? value }));
}

/** The text of the message being handled. */
export function messageText(context: TurnContext): string {
  return (context.activity.text ?? '').trim();
}

/** `t` in the turn's composition language. */
export function tr(services: BotServices, context: TurnContext, key: string, params?: Record<string, string | number>): string {
  return services.i18n.t(turnInfo(context).renderLang, key, params);
}

/** The turn's composition language. */
export function renderLang(context: TurnContext): Lang {
  return turnInfo(context).renderLang;
}

/** The turn info (re-exported for dialogs). */
export function info(context: TurnContext): TurnInfo {
  return turnInfo(context);
}

/** A waterfall's step values, typed by the dialog that owns them. */
export function stepValues<T extends object>(step: { values: object }): Partial<T> {
  return step.values as Partial<T>;
}
