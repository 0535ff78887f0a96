import { DocStore } from '../../src/store/docStore';
import { MemoryEngine } from '../../src/store/memoryEngine';
import { startPurgeSchedule } from '../../src/store/purgeSchedule';

test('the purge schedule deletes expired records without anyone running a command', async () => {
  let now = new Date('2026-01-01T00:00:00.000Z');
  const store = await DocStore.open(new MemoryEngine(), { now: () => now, retention: { conversationDays: 30 } });
  await store.botStorage.write({ 'test/conversations/old/': { v: 1 } });
  now = new Date('2026-03-01T00:00:00.000Z');
  const purged = await new Promise<number>((resolve) => {
    const stop = startPurgeSchedule(store, { runAtStart: true, onPurged: (n) => (stop(), resolve(n)) });
  });
  expect(purged).toBe(1);
  expect(await store.botStorage.read(['test/conversations/old/'])).toEqual({});
});

test('a failing purge is logged and does not throw', async () => {
  const warnings: object[] = [];
  const failing = { purgeExpired: () => Promise.reject(new Error('down')) };
  await new Promise<void>((resolve) => {
    const stop = startPurgeSchedule(failing, {
      logger: { info: () => undefined, warn: (o) => (warnings.push(o), stop(), resolve()) },
    });
  });
  expect(warnings).toEqual([{ component: 'store', error: 'Error' }]);
});
