// Conversation and user state with the cheaper change check: written when changed, never when not, read back whole.
import type { Storage, StoreItems } from 'botbuilder';
import { messageTurn as turn } from '../channels/helpers/turnContext';
import { DocStore, MemoryEngine, StoredConversationState, StoredUserState } from '../../src/store';

/** The store's botbuilder storage, counting the writes that reach it. */
function counting(storage: Storage): Storage & { writes: number } {
  const s = {
    writes: 0,
    read: (keys: string[]) => storage.read(keys),
    write: (changes: StoreItems) => ((s.writes += 1), storage.write(changes)),
    delete: (keys: string[]) => storage.delete(keys),
  };
  return s;
}

describe.each([
  ['conversation', (s: Storage) => new StoredConversationState(s)],
  ['user', (s: Storage) => new StoredUserState(s)],
])('%s state with the cheaper change check', (_name, make) => {
  it('writes a changed state, skips an unchanged one, and reads back what was written', async () => {
    const store = await DocStore.open(new MemoryEngine());
    const storage = counting(store.botStorage);
    const state = make(storage);
    const memory = state.createProperty<{ lang?: string; buttons?: string[] }>('memory');

    const first = turn();
    await memory.set(first, { lang: 'uk', buttons: ['🏠 Житло'] });
    await state.saveChanges(first);
    expect(storage.writes).toBe(1);
    // Saved again in the same turn without a change: nothing written.
    await state.saveChanges(first);
    expect(storage.writes).toBe(1);

    const second = turn();
    expect(await memory.get(second)).toEqual({ lang: 'uk', buttons: ['🏠 Житло'] });
    await state.saveChanges(second);
    expect(storage.writes).toBe(1);
    (await memory.get(second))!.lang = 'ar';
    await state.saveChanges(second);
    expect(storage.writes).toBe(2);

    const third = turn();
    expect(await memory.get(third)).toEqual({ lang: 'ar', buttons: ['🏠 Житло'] });
    // Cleared: written (empty) even though nothing was set afterwards; forced: written although unchanged.
    state.clear(third);
    await state.saveChanges(third);
    expect(storage.writes).toBe(3);
    await state.saveChanges(third, true);
    expect(storage.writes).toBe(4);
    expect(await memory.get(turn())).toBeUndefined();
  });

  it('reads the stored state again when forced (a turn run again after another process saved)', async () => {
    const store = await DocStore.open(new MemoryEngine());
    const state = make(store.botStorage);
    const other = make(store.botStorage);
    const count = state.createProperty<number>('count');
    const otherCount = other.createProperty<number>('count');
    const context = turn();
    expect(await count.get(context, 0)).toBe(0);
    const elsewhere = turn();
    await otherCount.set(elsewhere, 5);
    await other.saveChanges(elsewhere);
    expect(await count.get(context, 0)).toBe(0);
    await state.load(context, true);
    expect(await count.get(context, 0)).toBe(5);
  });
});
