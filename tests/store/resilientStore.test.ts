import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConversationState, TestAdapter, TurnContext } from 'botbuilder';
import { DocStore } from '../../src/store/docStore';
import { MemoryEngine } from '../../src/store/memoryEngine';
import { ResilientStore } from '../../src/store/resilientStore';
import { SqliteEngine } from '../../src/store/sqliteEngine';
import { StoreError } from '../../src/store/types';
import { FailingEngine } from './fixtures/failingEngine';

const profile = { userId: 'u1', lang: 'nl', postalCode: '1000', updatedAt: '2026-03-01T10:00:00.000Z' };
const once = (store: ResilientStore, event: 'degraded' | 'recovered'): Promise<void> =>
  new Promise((resolve) => store.once(event, () => resolve()));

function turn(text: string): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    channelId: 'test',
    text,
    from: { id: 'u1', name: '' },
    recipient: { id: 'bot', name: '' },
    conversation: { id: 'c1', name: '', isGroup: false, conversationType: 'personal' },
  });
}

describe('ResilientStore with a store that fails and comes back', () => {
  let engine: FailingEngine;
  let store: ResilientStore;

  beforeEach(async () => {
    engine = new FailingEngine(new MemoryEngine());
    store = new ResilientStore(await DocStore.open(engine), { probeIntervalMs: 5, maxProbeIntervalMs: 20 });
  });
  afterEach(() => store.close());

  it('keeps the conversation going while degraded and recovers by itself with the data intact', async () => {
    await store.putProfile(profile);
    const state = new ConversationState(store.botStorage);
    const step = state.createProperty<number>('step');
    const t1 = turn('one');
    await step.set(t1, 1);
    await state.saveChanges(t1);
    expect(store.degraded).toBe(false);

    engine.down = true;
    const degraded = once(store, 'degraded');
    expect(await store.getProfile('u1')).toBeUndefined();
    await degraded;
    expect(store.degraded).toBe(true);

    // A whole turn while degraded: state reads empty, the write is dropped, nothing throws.
    const t2 = turn('two');
    expect(await step.get(t2)).toBeUndefined();
    await step.set(t2, 99);
    await expect(state.saveChanges(t2)).resolves.toBeUndefined();
    await expect(store.addEvent({ day: '2026-03-01', lang: 'fr', outcome: 'answered' })).resolves.toBeUndefined();
    await expect(store.putProfile({ ...profile, lang: 'ar' })).resolves.toBeUndefined();
    expect(await store.listReviewItems()).toEqual([]);
    // "Forget me" must not pretend to have worked.
    await expect(store.forgetUser('u1')).rejects.toThrow(StoreError);

    const recovered = once(store, 'recovered');
    engine.down = false;
    await recovered;
    expect(store.degraded).toBe(false);
    expect(await store.getProfile('u1')).toEqual(profile);
    expect(await step.get(turn('three'))).toBe(1);
  });

  it('serves Direct Line conversations opened while degraded from memory, before and after recovery', async () => {
    engine.down = true;
    await store.getProfile('x');
    expect(store.degraded).toBe(true);
    await store.createDirectLineConversation({ conversationId: 'dl', createdAt: '2026-03-01T10:00:00.000Z' });
    expect(await store.appendDirectLineActivity('dl', { text: 'a' })).toBe(0);
    const recovered = once(store, 'recovered');
    engine.down = false;
    await recovered;
    expect(await store.appendDirectLineActivity('dl', { text: 'b' })).toBe(1);
    expect(await store.getDirectLineActivities('dl')).toEqual({ activities: [{ text: 'a' }, { text: 'b' }], watermark: 1 });
  });

  it('reports the failing store to health checks through ping', async () => {
    expect(await store.ping()).toBe(true);
    engine.down = true;
    expect(await store.ping()).toBe(false);
  });
});

describe('ResilientStore over the embedded engine stopped and restarted', () => {
  it('degrades when the SQLite file is closed and recovers by itself when it is reopened', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'relais-resilient-'));
    const engine = new SqliteEngine({ dataDir: dir });
    const store = new ResilientStore(await DocStore.open(engine), { probeIntervalMs: 5, maxProbeIntervalMs: 20 });
    try {
      await store.putProfile(profile);
      await engine.close();
      const degraded = once(store, 'degraded');
      expect(await store.getProfile('u1')).toBeUndefined();
      await degraded;
      expect(store.degraded).toBe(true);
      await expect(store.botStorage.write({ 'test/conversations/c1/': { v: 1 } })).resolves.toBeUndefined();

      const recovered = once(store, 'recovered');
      await engine.reopen();
      await recovered;
      expect(await store.getProfile('u1')).toEqual(profile);
      await store.botStorage.write({ 'test/conversations/c1/': { v: 2 } });
      expect((await store.botStorage.read(['test/conversations/c1/']))['test/conversations/c1/'].v).toBe(2);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('ResilientStore given data it cannot store', () => {
  let dir: string;
  let store: ResilientStore;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'relais-resilient-data-'));
    store = new ResilientStore(await DocStore.open(new SqliteEngine({ dataDir: dir })), { probeIntervalMs: 5 });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** `{"x":[[[…]]]}` nested `depth` levels: one ~10 KB request. */
  const deep = (depth: number) => JSON.parse(`{"x":${'['.repeat(depth)}${']'.repeat(depth)}}`) as object;

  it('refuses an activity nested 5,000 levels deep without going degraded: other conversations keep their store', async () => {
    let degraded = false;
    store.on('degraded', () => (degraded = true));
    await store.createDirectLineConversation({ conversationId: 'other', createdAt: new Date().toISOString() });
    await store.createDirectLineConversation({ conversationId: 'hostile', createdAt: new Date().toISOString() });
    const write = store.appendDirectLineActivity('hostile', { type: 'message', text: 'x', channelData: deep(5000) });
    await expect(write).rejects.toMatchObject({ name: 'StoreDataError' });
    expect(degraded).toBe(false);
    expect(store.degraded).toBe(false);
    // Before: the overflow counted as a store failure and this read answered "no such conversation".
    await expect(store.getDirectLineConversation('other')).resolves.toMatchObject({ conversationId: 'other' });
    await expect(store.appendDirectLineActivity('other', { type: 'message', text: 'bonjour' })).resolves.toBe(0);
  });

  it('drops a state write it cannot serialise, still in service', async () => {
    await store.botStorage.write({ 'test/conversations/c1/': { deep: deep(5000) } }).catch(() => undefined);
    expect(store.degraded).toBe(false);
    await store.putProfile(profile);
    await expect(store.getProfile('u1')).resolves.toMatchObject({ postalCode: '1000' });
  });
});
