// ConversationState and UserState with a cheaper change check: state is plain JSON (it is stored as JSON), so one
// native JSON.stringify tells whether it changed, where botbuilder runs its cycle-safe stringify and a SHA-256 on
// every load and twice on every save.
import { ConversationState, UserState, type BotState, type TurnContext } from 'botbuilder';
import type { TurnStorage } from './botStorage';
import { parsedStateJson, writtenStateJson } from './engine';
import { storeTurnOf } from './storeTurn';

/** What BotState keeps in turn state for the turn (botbuilder's own shape: `clear` writes `{ state: {}, hash: '' }`). */
interface Cached {
  state: Record<string, unknown>;
  hash: string;
}

/** The state's JSON without its eTag: equal strings mean nothing to write. */
function changeKey(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

/** BotState's private turn-state key; undefined if a botbuilder version names it otherwise (then botbuilder's own path runs). */
function stateKeyOf(state: BotState): symbol | undefined {
  const key: unknown = (state as unknown as { stateKey?: unknown }).stateKey;
  return typeof key === 'symbol' ? key : undefined;
}

/**
 * `load` and `saveChanges` of BotState (botbuilder-core 4.23 botState.js), with `changeKey` as the change hash, and
 * the turn's StoreTurn handed to the storage (a Storage that takes no such argument ignores it).
 */
function leanLoad(storage: TurnStorage, storageKey: (c: TurnContext) => string | Promise<string>, key: symbol, context: TurnContext, force: boolean): Promise<Record<string, unknown>> {
  const cached = context.turnState.get<Cached | undefined>(key);
  if (!force && cached?.state) return Promise.resolve(cached.state);
  return Promise.resolve(storageKey(context)).then((storeKey) =>
    storage.read([storeKey], storeTurnOf(context)).then((items) => {
      const state = (items[storeKey] ?? {}) as Record<string, unknown>;
      // The text the embedded engine parsed it from is that JSON already.
      context.turnState.set(key, { state, hash: parsedStateJson.take(state) ?? changeKey(state) } satisfies Cached);
      return state;
    }),
  );
}

async function leanSave(storage: TurnStorage, storageKey: (c: TurnContext) => string | Promise<string>, key: symbol, context: TurnContext, force: boolean): Promise<void> {
  let cached = context.turnState.get<Cached | undefined>(key);
  const now = cached ? changeKey(cached.state) : '';
  if (!force && (!cached || cached.hash === now)) return;
  const storeKey = await storageKey(context);
  cached ??= { state: {}, hash: '' };
  cached.state.eTag = '*';
  // The JSON just compared is what the embedded engine stores (unless scrubbing changes it): not stringified again.
  if (now !== '') writtenStateJson.note(cached.state, now);
  await storage.write({ [storeKey]: cached.state }, storeTurnOf(context));
  // The write changed nothing but the eTag (not part of the key): what was just compared is what is stored.
  cached.hash = now !== '' ? now : changeKey(cached.state);
  context.turnState.set(key, cached);
}

/** A BotState class (ConversationState, UserState) given the cheaper change check; botbuilder's own path if its internals differ. */
// A mixin (TypeScript wants its base constructor typed with any[] arguments).
function withLeanChangeCheck<C extends new (...args: any[]) => BotState>(Base: C) {
  return class extends Base {
    override load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
      const key = stateKeyOf(this);
      return key ? leanLoad(this.storage as TurnStorage, (c) => this.storageKey(c), key, context, force) : (super.load(context, force) as Promise<Record<string, unknown>>);
    }

    override saveChanges(context: TurnContext, force = false): Promise<void> {
      const key = stateKeyOf(this);
      return key ? leanSave(this.storage as TurnStorage, (c) => this.storageKey(c), key, context, force) : super.saveChanges(context, force);
    }

    /** BotState's `delete`, with the turn handed to the storage ("forget me": after the turn's held writes). */
    override delete(context: TurnContext): Promise<void> {
      const key = stateKeyOf(this);
      if (!key) return super.delete(context);
      context.turnState.delete(key);
      return Promise.resolve(this.storageKey(context)).then((storeKey) => (this.storage as TurnStorage).delete([storeKey], storeTurnOf(context)));
    }
  };
}

/** ConversationState with the cheaper change check. */
export const StoredConversationState = withLeanChangeCheck(ConversationState);
/** UserState with the cheaper change check. */
export const StoredUserState = withLeanChangeCheck(UserState);
