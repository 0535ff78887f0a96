// Builds the conversation (turn middleware + main dialog) as the composition root does: the real Answerer and Router
// over the real knowledge base (knowledge/), the real Store (DocStore on MemoryEngine); drives it with
// botbuilder-testing. Only the translator and a store fault are injected, by the tests that need them.
import { ConversationState, UserState, type Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import * as path from 'node:path';
import { createConversation } from '../../dialogs/conversation';
import { Answerer } from '../../src/answer/answerer';
import type { ChannelAnswer } from '../../src/answer/types';
import { Router } from '../../src/routing/router';
import type { BotLogger, MaybeDegradedStore, RelaisBotDeps } from '../../src/bot/types';
import { detectLanguage } from '../../src/language/detect';
import { createLocalizer, loadLocaleResources, type Localizer } from '../../src/i18n';
import type { Entry, KnowledgeBase, Lang } from '../../src/knowledge/types';
import { loadKnowledge, loadPostalCodes, type PostalRouting } from '../../src/loaders/knowledgeFiles';
import { DocStore } from '../../src/store/docStore';
import type { DocEngine } from '../../src/store/engine';
import { MemoryEngine } from '../../src/store/memoryEngine';
import type { FeedbackRecord, ReviewItem, UsageEvent, UserProfile } from '../../src/store/types';
import type { MachineTranslation } from '../../src/translate/types';

export const LOCALES_DIR = path.join(__dirname, '..', '..', 'locales');
export const KNOWLEDGE_DIR = path.join(__dirname, '..', '..', 'knowledge');
export const i18n: Localizer = createLocalizer(loadLocaleResources(LOCALES_DIR));
export const LANGS = ['fr', 'nl', 'en', 'uk', 'ru', 'ar'] as const;
/** The clock of every conversation in these tests: events and feedback carry its day. */
export const NOW = new Date('2026-11-26T10:00:00Z');
export const TODAY = '2026-11-26';

/** A reply with the fields tests look at. */
export type Reply = Partial<Activity> & { channelData?: { answer?: ChannelAnswer; textDirection?: string } };

/** The knowledge side of the bot, as src/app.ts builds it. */
export interface Knowledge {
  kb: KnowledgeBase;
  answerer: Answerer;
  router: Router;
  entries: readonly Entry[];
}

let postal: Promise<PostalRouting> | undefined;
let real: Promise<Knowledge> | undefined;

/** The answerer and router over a knowledge base (the real one, or a variant a test derives from it). */
export async function knowledgeOf(kb: KnowledgeBase): Promise<Knowledge> {
  postal ??= loadPostalCodes();
  const router = new Router(kb, await postal);
  return { kb, router, answerer: new Answerer({ kb, router }), entries: kb.entries };
}

/** The real knowledge base, loaded once per test file (jest gives each file its own module registry). */
export function realKnowledge(): Promise<Knowledge> {
  real ??= loadKnowledge(KNOWLEDGE_DIR).then(({ kb }) => knowledgeOf(kb));
  return real;
}

/** An entry of the real knowledge base by id; throws when it is gone, so a renamed entry fails loudly. */
export function entryOf(k: Knowledge, id: string): Entry {
  const e = k.kb.entries.find((x) => x.id === id);
  if (!e) throw new Error(`harness: no entry "${id}" in knowledge/`);
  return e;
}

/** The title of an entry in a language. */
export function titleOf(k: Knowledge, id: string, lang: Lang): string {
  const t = entryOf(k, id).text[lang]?.title;
  if (!t) throw new Error(`harness: entry "${id}" has no ${lang} text`);
  return t;
}

/** An in-memory DocStore (the Store the bot runs on) with a clock that moves 1 ms per call, so records keep their order. */
export async function memoryStore(engine: DocEngine = new MemoryEngine()): Promise<DocStore> {
  let tick = 0;
  return DocStore.open(engine, { now: () => new Date(NOW.getTime() + tick++) });
}

export interface Harness {
  /** The store the bot writes to. */
  store: MaybeDegradedStore;
  knowledge: Knowledge;
  client: DialogTestClient;
  /** Sends a message (text or activity) as `user`, returns every reply of the turn. */
  say(input: string | Partial<Activity>): Promise<Reply[]>;
  /** What the store keeps of a person (default the harness's user). */
  profile(userId?: string): Promise<UserProfile | undefined>;
  /** Anonymous usage events, oldest first. */
  events(): Promise<UsageEvent[]>;
  /** Anonymous feedback records, oldest first. */
  feedback(): Promise<FeedbackRecord[]>;
  /** The maintainers' review queue (scrubbed texts). */
  reviewItems(): Promise<ReviewItem[]>;
  /** Records still holding a person's id in any collection (0 after "forget me"). */
  remaining(userId?: string): Promise<number>;
}

export interface HarnessOptions {
  /** Another knowledge base (a variant of the real one); the real one by default. */
  knowledge?: Knowledge;
  /** Fault injection only: a store over a failing engine, or a ResilientStore; a fresh memory DocStore by default. */
  store?: MaybeDegradedStore;
  translation?: MachineTranslation;
  logger?: BotLogger;
  locale?: string;
  userId?: string;
}

/** The bot's dependencies, wired as src/app.ts wires them, over the real knowledge base and the given store. */
export async function botDeps(options: HarnessOptions = {}): Promise<RelaisBotDeps & { store: MaybeDegradedStore; knowledge: Knowledge }> {
  const knowledge = options.knowledge ?? (await realKnowledge());
  const store = options.store ?? (await memoryStore());
  return {
    conversationState: new ConversationState(store.botStorage),
    userState: new UserState(store.botStorage),
    store,
    answerer: knowledge.answerer,
    router: knowledge.router,
    entries: knowledge.entries,
    detectLanguage: (text) => detectLanguage(text),
    translation: options.translation,
    i18n,
    logger: options.logger,
    now: () => NOW,
    knowledge,
  };
}

/** Records of one collection of a DocStore, oldest first (through `dump`, the store's audit read). */
async function records<T>(store: MaybeDegradedStore, collection: string): Promise<T[]> {
  const inner = 'inner' in store ? (store as { inner: MaybeDegradedStore }).inner : store;
  if (!(inner instanceof DocStore)) throw new Error('harness: records can only be read from a DocStore');
  const all = (await inner.dump())[collection] ?? [];
  return (all as { data: T }[]).map((e) => e.data);
}

export async function harness(options: HarnessOptions = {}): Promise<Harness> {
  const deps = await botDeps(options);
  const { store, knowledge } = deps;
  const { dialog, middleware } = createConversation(deps);
  const client = new DialogTestClient('test', dialog, undefined, [middleware], deps.conversationState);
  const userId = options.userId ?? 'person-1';
  const from = { id: userId, name: 'x' };
  const say = async (input: string | Partial<Activity>): Promise<Reply[]> => {
    const activity: Partial<Activity> =
      typeof input === 'string' ? { type: 'message', text: input, from, locale: options.locale } : { from, locale: options.locale, ...input };
    const first = (await client.sendActivity(activity)) as Reply | undefined;
    const replies: Reply[] = first ? [first] : [];
    for (let next = client.getNextReply() as Reply | undefined; next; next = client.getNextReply() as Reply | undefined) replies.push(next);
    return replies;
  };
  return {
    store,
    knowledge,
    client,
    say,
    profile: (id = userId) => store.getProfile(id),
    events: () => records<UsageEvent>(store, 'events'),
    feedback: () => records<FeedbackRecord>(store, 'feedback'),
    reviewItems: () => store.listReviewItems(),
    remaining: async (id = userId) => {
      if (!(store instanceof DocStore)) throw new Error('harness: remaining() reads a DocStore');
      return store.remainingForUser(id);
    },
  };
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

/** Ids of the services of an answer. */
export function serviceIds(answer: ChannelAnswer | undefined): string[] {
  return (answer?.services ?? []).map((s) => s.id);
}
