// Values local to a turn, over one shared AsyncLocalStorage: each TurnLocal sees its own innermost value, across
// awaits, and concurrent turns never see each other's.
import { TurnLocal } from '../src/turnLocal';

const tick = () => new Promise((r) => setTimeout(r, 1));

describe('TurnLocal', () => {
  it('keeps each value to its own run and what it awaits, with other TurnLocals set around it', async () => {
    const a = new TurnLocal<string>();
    const b = new TurnLocal<number>();
    expect(a.getStore()).toBeUndefined();
    await a.run('outer', async () => {
      await tick();
      expect(a.getStore()).toBe('outer');
      expect(b.getStore()).toBeUndefined();
      await b.run(1, async () => {
        await tick();
        expect([a.getStore(), b.getStore()]).toEqual(['outer', 1]);
        await a.run('inner', async () => {
          await tick();
          expect([a.getStore(), b.getStore()]).toEqual(['inner', 1]);
        });
        expect([a.getStore(), b.getStore()]).toEqual(['outer', 1]);
      });
      expect(b.getStore()).toBeUndefined();
    });
    expect(a.getStore()).toBeUndefined();
  });

  it('keeps concurrent turns apart', async () => {
    const turn = new TurnLocal<{ id: number }>();
    const seen = await Promise.all(
      [1, 2, 3].map((id) =>
        turn.run({ id }, async () => {
          const ids: number[] = [];
          for (let i = 0; i < 3; i++) {
            await tick();
            ids.push(turn.getStore()!.id);
          }
          return ids;
        }),
      ),
    );
    expect(seen).toEqual([[1, 1, 1], [2, 2, 2], [3, 3, 3]]);
  });

  it('returns what the function returns, synchronous or not', () => {
    const t = new TurnLocal<number>();
    expect(t.run(5, () => (t.getStore() ?? 0) * 2)).toBe(10);
  });
});
