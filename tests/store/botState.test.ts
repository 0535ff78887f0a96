// Conversation and user state with the cheaper change check: written when changed, never when not, read back whole.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Storage, StoreItems } from 'botbuilder';
import { messageTurn as turn } from '../channels/helpers/turnContext';
import { DocStore, MemoryEngine, SqliteEngine, StoredConversationState, StoredUserState } from '../../src/store';

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

describe('conversation state on the embedded store', () => {
  it('stores the JSON of the state (scrubbed where it holds personal details) and skips an unchanged one after reading it back', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'relais-botstate-'));
    const engine = new SqliteEngine({ dataDir: dir });
    try {
      const store = await DocStore.open(engine);
      const storage = counting(store.botStorage);
      const state = new StoredConversationState(storage);
      const memory = state.createProperty<Record<string, unknown>>('memory');
      const stored = async (): Promise<string[]> => {
        // A state write is answered once committed.
        const db = new Database(engine.file, { readonly: true });
        try {
          return (db.prepare('SELECT data FROM c_conversationState').all() as { data: string }[]).map((r) => r.data);
        } finally {
          db.close();
        }
      };

      const first = turn();
      await memory.set(first, { lang: 'uk', buttons: ['🏠 Житло', 'так'], n: 1.5, nested: { empty: [], yes: true } });
      await state.saveChanges(first);
      expect(await stored()).toEqual([JSON.stringify({ memory: { lang: 'uk', buttons: ['🏠 Житло', 'так'], n: 1.5, nested: { empty: [], yes: true } } })]);

      const second = turn();
      expect(await memory.get(second)).toEqual({ lang: 'uk', buttons: ['🏠 Житло', 'так'], n: 1.5, nested: { empty: [], yes: true } });
      await state.saveChanges(second);
      expect(storage.writes).toBe(1);
      (await memory.get(second))!.note = 'appelez-moi au 0470 12 34 56';
      await state.saveChanges(second);
      expect(storage.writes).toBe(2);
      const [row] = await stored();
      expect(row).not.toContain('0470');
      expect(JSON.parse(row)).toEqual({ memory: expect.objectContaining({ lang: 'uk', note: expect.any(String) }) });

      const third = turn();
      await memory.get(third);
      await state.saveChanges(third);
      expect(storage.writes).toBe(2);
      (await memory.get(third))!.lang = 'ar';
      await state.saveChanges(third);
      expect(storage.writes).toBe(3);
      expect(JSON.parse((await stored())[0])).toEqual({ memory: expect.objectContaining({ lang: 'ar', buttons: ['🏠 Житло', 'так'] }) });
    } finally {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
