import { DocStore } from '../../src/store/docStore';
import { MemoryEngine } from '../../src/store/memoryEngine';
import { storeContract } from './contract';

// The in-memory engine backs Direct Line while the real store is down, so it keeps the same contract.
storeContract('the in-memory engine', async ({ now, retention }) => ({
  store: await DocStore.open(new MemoryEngine(), { now, retention }),
  cleanup: async () => undefined,
}));
