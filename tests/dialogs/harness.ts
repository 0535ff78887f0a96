// Builds the conversation (turn middleware + main dialog) over fakes and drives it with botbuilder-testing.
import { ConversationState, UserState, type Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import * as path from 'node:path';
import { createConversation } from '../../dialogs/conversation';
import type { AnswererPort, ChannelAnswer } from '../../src/answer/types';
import type { RouterPort } from '../../src/routing/router';
import type { RelaisBotDeps } from '../../src/bot/types';
import { detectLanguage } from '../../src/language/detect';
import { createLocalizer, loadLocaleResources, type Localizer } from '../../src/i18n';
import type { Entry } from '../../src/knowledge/types';
import { FakeAnswerer } from './fakes/fakeAnswerer';
import { ENTRIES } from './fixtures/entries';
import { FakeStore } from './fakes/fakeStore';
import type { FakeTranslation } from './fakes/fakeTranslation';
import { Answerer } from '../../src/answer/answerer';
import { Router } from '../../src/routing/router';
import { loadKnowledge, loadPostalCodes } from '../../src/loaders/knowledgeFiles';

/** The real Answerer and Router over knowledge/, and its entries. */
export async function realKnowledge(): Promise<{ answerer: AnswererPort; router: Router; entries: readonly Entry[] }> {
  const { kb } = await loadKnowledge(path.join(__dirname, '..', '..', 'knowledge'));
  const router = new Router(kb, await loadPostalCodes());
  return { answerer: new Answerer({ kb, router }), router, entries: kb.entries };
}

export const LOCALES_DIR = path.join(__dirname, '..', '..', 'locales');
export const i18n: Localizer = createLocalizer(loadLocaleResources(LOCALES_DIR));
export const LANGS = ['fr', 'nl', 'en', 'uk', 'ru', 'ar'] as const;

/** A reply with the fields tests look at. */
export type Reply = Partial<Activity> & { channelData?: { answer?: ChannelAnswer; textDirection?: string } };

export interface Harness {
  store: FakeStore;
  answerer: AnswererPort;
  /** The fake answerer (its recorded requests); a fresh unused one when the real answerer runs. */
  fake: FakeAnswerer;
  client: DialogTestClient;
  /** Sends a message (text or activity) as `user`, returns every reply of the turn. */
  say(input: string | Partial<Activity>): Promise<Reply[]>;
}

export interface HarnessOptions {
  /** The real Answerer over knowledge/, or the keyword fake by default. */
  answerer?: AnswererPort;
  /** The real Router with the real answerer; the keyword fake routes by default. */
  router?: RouterPort;
  /** Entries for follow-up buttons: the fixture entries by default (pass the real ones with the real answerer). */
  entries?: readonly Entry[];
  translation?: FakeTranslation;
  locale?: string;
  userId?: string;
}

export function harness(options: HarnessOptions = {}): Harness {
  const store = new FakeStore();
  const fake = new FakeAnswerer();
  const answerer = options.answerer ?? fake;
  const router = options.router ?? (options.answerer ? undefined : fake);
  if (!router) throw new Error('harness: pass the router that goes with the answerer');
  const conversationState = new ConversationState(store.botStorage);
  const deps: RelaisBotDeps = {
    conversationState,
    userState: new UserState(store.botStorage),
    store,
    answerer,
    router,
    entries: options.entries ?? (options.answerer ? [] : ENTRIES),
    detectLanguage: (text) => detectLanguage(text),
    translation: options.translation,
    i18n,
    now: () => new Date('2026-11-26T10:00:00Z'),
  };
  const { dialog, middleware } = createConversation(deps);
  const client = new DialogTestClient('test', dialog, undefined, [middleware], conversationState);
  const from = { id: options.userId ?? 'person-1', name: 'x' };
  const say = async (input: string | Partial<Activity>): Promise<Reply[]> => {
    const activity: Partial<Activity> =
      typeof input === 'string' ? { type: 'message', text: input, from, locale: options.locale } : { from, locale: options.locale, ...input };
    const first = (await client.sendActivity(activity)) as Reply | undefined;
    const replies: Reply[] = first ? [first] : [];
    for (let next = client.getNextReply() as Reply | undefined; next; next = client.getNextReply() as Reply | undefined) replies.push(next);
    return replies;
  };
  return { store, answerer, fake, client, say };
}

/** The `channelData.answer` of each reply. */
export function answers(replies: Reply[]): ChannelAnswer[] {
  return replies.map((r) => {
    const a = r.channelData?.answer;
    if (!a) throw new Error(`reply without channelData.answer: ${r.text}`);
    return a;
  });
}

/** All reply texts joined. */
export function textOf(replies: Reply[]): string {
  return replies.map((r) => r.text ?? '').join('\n---\n');
}

/** Button titles of the last reply. */
export function buttons(replies: Reply[]): string[] {
  return (replies[replies.length - 1]?.suggestedActions?.actions ?? []).map((a) => String(a.title));
}

/** The first paragraph of a reply (the question, before any list of follow-ups). */
export function firstParagraph(text: string | undefined): string {
  return (text ?? '').split('\n\n')[0];
}
