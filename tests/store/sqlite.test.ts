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
