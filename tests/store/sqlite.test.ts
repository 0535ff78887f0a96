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

describe('forget me on the embedded engine', () => {
  it('leaves no trace of the person in the files on disk, not even in free pages or the write-ahead log', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = mkdtempSync(path.join(tmpdir(), 'relais-store-erase-'));
    const engine = new SqliteEngine({ dataDir: dir });
    const onDisk = (needle: string): string[] =>
      readdirSync(dir).filter((f) => readFileSync(path.join(dir, f)).includes(Buffer.from(needle)));
    try {
      const store = await DocStore.open(engine);
      for (let i = 0; i < 50; i++) await store.putProfile({ userId: `other-${i}`, lang: 'fr', updatedAt: new Date().toISOString() });
      await store.linkConversation('person-zq81', 'conv-zq81');
      await store.botStorage.write({ 'test/conversations/conv-zq81/': { note: 'zq81-secret' }, 'test/users/person-zq81/': { lang: 'ar' } });
      await store.putProfile({ userId: 'person-zq81', lang: 'ar', postalCode: '1030', updatedAt: new Date().toISOString() });
      await store.addReviewItem({ text: 'zq81-question', lang: 'ar', day: '2026-03-01', userId: 'person-zq81' });
      expect(onDisk('person-zq81')).not.toEqual([]);

      await store.forgetUser('person-zq81');
      for (const trace of ['person-zq81', 'conv-zq81', 'zq81-secret', 'zq81-question']) expect(onDisk(trace)).toEqual([]);
      await engine.close();
      for (const trace of ['person-zq81', 'conv-zq81', 'zq81-secret', 'zq81-question']) expect(onDisk(trace)).toEqual([]);
      expect(onDisk('other-49')).not.toEqual([]);
    } finally {
      await engine.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
