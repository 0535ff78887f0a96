import { randomUUID } from 'node:crypto';
import { DocStore } from '../../src/store/docStore';
import { MongoEngine } from '../../src/store/mongoEngine';
import { storeContract } from './contract';

const url = process.env.MONGODB_URL;

if (url) {
  // Each store gets its own collection prefix in database "relais_test", dropped afterwards.
  storeContract('MongoDB', async ({ now, retention }) => {
    const engine = await MongoEngine.connect({ url, dbName: 'relais_test', collectionPrefix: `t${randomUUID().slice(0, 8)}_` });
    const store = await DocStore.open(engine, { now, retention });
    return {
      store,
      cleanup: async () => {
        await engine.dropAll();
        await engine.close();
      },
    };
  });
} else {
  describe.skip('Store contract on MongoDB: skipped because MONGODB_URL is not set (no MongoDB server on this machine); set it to run the same contract suite against a real server', () => {
    it('runs the shared contract', () => undefined);
  });
}
