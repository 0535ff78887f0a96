import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DocStore } from '../../src/store/docStore';
import { SqliteEngine } from '../../src/store/sqliteEngine';
import { storeContract } from './contract';

storeContract('the embedded SQLite engine', async ({ now, retention }) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'relais-store-'));
  const engine = new SqliteEngine({ dataDir: dir });
  const store = await DocStore.open(engine, { now, retention });
  return {
    store,
    cleanup: async () => {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('two processes on one embedded store file', () => {
  it('see each other\'s writes and resolve concurrent state writes by eTag', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'relais-store-shared-'));
    const engineA = new SqliteEngine({ dataDir: dir });
    const engineB = new SqliteEngine({ dataDir: dir });
    try {
      const a = await DocStore.open(engineA);
      const b = await DocStore.open(engineB);
      const key = 'test/conversations/shared/';
      await a.botStorage.write({ [key]: { step: 1 } });
      const readByA = (await a.botStorage.read([key]))[key];
      const readByB = (await b.botStorage.read([key]))[key];
      expect(readByB.step).toBe(1);
      await b.botStorage.write({ [key]: { ...readByB, step: 2 } });
      await expect(a.botStorage.write({ [key]: { ...readByA, step: 3 } })).rejects.toThrow('eTag conflict');
      expect((await a.botStorage.read([key]))[key].step).toBe(2);
    } finally {
      await engineA.close();
      await engineB.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
