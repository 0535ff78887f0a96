// The Store contract: one suite every engine must pass (embedded SQLite always, MongoDB when MONGODB_URL is set).
import { ConversationState, TestAdapter, TurnContext, UserState, type Activity } from 'botbuilder';
import type { DocStore } from '../../src/store/docStore';
import type { RetentionOptions, UsageEvent } from '../../src/store/types';

/** A fresh, empty store on the engine under test. */
export type StoreFactory = (options: {
  now: () => Date;
  retention?: Partial<RetentionOptions>;
}) => Promise<{ store: DocStore; cleanup: () => Promise<void> }>;

/** A clock the tests move by hand. */
export class Clock {
  constructor(public t = new Date('2026-03-01T10:00:00.000Z')) {}
  now = (): Date => new Date(this.t);
  advanceDays(days: number): void {
    this.t = new Date(this.t.getTime() + days * 86_400_000);
  }
}

function context(adapter: TestAdapter, conversationId: string, userId: string, text = 'hello'): TurnContext {
  const activity: Partial<Activity> = {
    type: 'message',
    channelId: 'test',
    text,
    from: { id: userId, name: '', role: 'user' },
    recipient: { id: 'bot', name: 'bot' },
    conversation: { id: conversationId, name: '', isGroup: false, conversationType: 'personal' },
  };
  return new TurnContext(adapter, activity);
}

/** Everything in every collection, as one JSON text (to search for what must not be there). */
async function everything(store: DocStore): Promise<string> {
  return JSON.stringify(await store.dump());
}

export function storeContract(engineName: string, factory: StoreFactory): void {
  describe(`Store contract on ${engineName}`, () => {
    let clock: Clock;
    let store: DocStore;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      clock = new Clock();
      ({ store, cleanup } = await factory({ now: clock.now }));
    });
    afterEach(async () => {
      await cleanup();
    });

    describe('botbuilder state storage', () => {
      const key = 'test/conversations/c1';

      it('finds nothing for an unknown key', async () => {
        expect(await store.botStorage.read([key])).toEqual({});
      });

      it('returns what was written, with a new eTag on each write', async () => {
        await store.botStorage.write({ [key]: { step: 1 } });
        const first = (await store.botStorage.read([key]))[key];
        expect(first.step).toBe(1);
        expect(typeof first.eTag).toBe('string');
        await store.botStorage.write({ [key]: { ...first, step: 2 } });
        const second = (await store.botStorage.read([key]))[key];
        expect(second.step).toBe(2);
        expect(second.eTag).not.toBe(first.eTag);
      });

      it('overwrites on eTag "*" or no eTag, and rejects a stale eTag without changing the record', async () => {
        await store.botStorage.write({ [key]: { v: 'a' } });
        const read1 = (await store.botStorage.read([key]))[key];
        await store.botStorage.write({ [key]: { v: 'b', eTag: '*' } });
        await expect(store.botStorage.write({ [key]: { v: 'c', eTag: read1.eTag } })).rejects.toThrow(
          `Storage: error writing "${key}" due to eTag conflict.`,
        );
        expect((await store.botStorage.read([key]))[key].v).toBe('b');
        await store.botStorage.write({ [key]: { v: 'd' } });
        expect((await store.botStorage.read([key]))[key].v).toBe('d');
      });

      it('accepts the current eTag and sets the new eTag on the written item', async () => {
        await store.botStorage.write({ [key]: { v: 1 } });
        const item = (await store.botStorage.read([key]))[key];
        const change = { v: 2, eTag: item.eTag };
        await store.botStorage.write({ [key]: change });
        const stored = (await store.botStorage.read([key]))[key];
        expect(stored.v).toBe(2);
        expect(change.eTag).toBe(stored.eTag);
      });

      it('deletes', async () => {
        await store.botStorage.write({ [key]: { v: 1 }, 'test/users/u1': { lang: 'fr' } });
        await store.botStorage.delete([key]);
        expect(await store.botStorage.read([key, 'test/users/u1'])).toEqual({ 'test/users/u1': expect.objectContaining({ lang: 'fr' }) });
      });

      it('two turns of one conversation writing concurrently: the second fails instead of overwriting', async () => {
        const adapter = new TestAdapter();
        const stateA = new ConversationState(store.botStorage);
        const stateB = new ConversationState(store.botStorage);
        const propA = stateA.createProperty<number>('count');
        const propB = stateB.createProperty<number>('count');
        const setup = context(adapter, 'c9', 'u9');
        await propA.set(setup, 1);
        await stateA.saveChanges(setup);

        const turnA = context(adapter, 'c9', 'u9');
        const turnB = context(adapter, 'c9', 'u9');
        await propA.set(turnA, ((await propA.get(turnA)) ?? 0) + 10);
        await propB.set(turnB, ((await propB.get(turnB)) ?? 0) + 100);
        await stateA.saveChanges(turnA);
        await expect(stateB.saveChanges(turnB)).rejects.toThrow('eTag conflict');

        const check = context(adapter, 'c9', 'u9');
        const fresh = new ConversationState(store.botStorage).createProperty<number>('count');
        expect(await fresh.get(check)).toBe(11);
      });

      it('lets one turn save its state several times', async () => {
        const adapter = new TestAdapter();
        const state = new UserState(store.botStorage);
        const prop = state.createProperty<string>('lang');
        const turn = context(adapter, 'c8', 'u8');
        await prop.set(turn, 'fr');
        await state.saveChanges(turn);
        await prop.set(turn, 'nl');
        await state.saveChanges(turn);
        const fresh = new UserState(store.botStorage).createProperty<string>('lang');
        expect(await fresh.get(context(adapter, 'c8', 'u8'))).toBe('nl');
      });

      it('scrubs free text in state before storing it', async () => {
        await store.botStorage.write({ [key]: { lastQuestion: 'mon gsm est le 0470 12 34 56' } });
        expect((await store.botStorage.read([key]))[key].lastQuestion).toBe('mon gsm est le [phone]');
        expect(await everything(store)).not.toContain('0470 12 34 56');
      });
    });

    describe('profiles', () => {
      it('keeps what the person chose and nothing else', async () => {
        const profile = { userId: 'u1', lang: 'uk', postalCode: '5000', region: 'wallonia' as const, updatedAt: clock.now().toISOString() };
        await store.putProfile({ ...profile, ...{ name: 'Olena' } });
        expect(await store.getProfile('u1')).toEqual(profile);
        expect(await store.getProfile('u2')).toBeUndefined();
        expect(await everything(store)).not.toContain('Olena');
      });
    });

    describe('events, feedback, review queue and report', () => {
      it('counts questions per topic, language and outcome, the unanswered rate and feedback per entry', async () => {
        const day = '2026-03-01';
        const events: UsageEvent[] = [
          { day, topic: 'housing', entryId: 'housing-rent', lang: 'fr', outcome: 'answered' },
          { day, topic: 'housing', entryId: 'housing-rent', lang: 'nl', outcome: 'answered' },
          { day, topic: 'cpas', lang: 'uk', outcome: 'clarified' },
          { day, lang: 'ar', outcome: 'fallback' },
          { day, topic: 'emergency', lang: 'fr', outcome: 'emergency' },
        ];
        for (const e of events) await store.addEvent(e);
        await store.addFeedback({ entryId: 'housing-rent', value: 'useful', lang: 'fr', day });
        await store.addFeedback({ entryId: 'housing-rent', value: 'useful', lang: 'nl', day });
        await store.addFeedback({ entryId: 'housing-rent', value: 'wrong', lang: 'fr', day });
        await store.addReviewItem({ text: 'où trouver un avocat gratuit ?', lang: 'fr', day });

        const r = await store.report();
        expect(r.questions).toBe(5);
        expect(r.byTopic).toEqual({ cpas: 1, emergency: 1, housing: 2, none: 1 });
        expect(r.byLang).toEqual({ ar: 1, fr: 2, nl: 1, uk: 1 });
        expect(r.byOutcome).toEqual({ answered: 2, clarified: 1, emergency: 1, fallback: 1 });
        expect(r.unansweredRate).toBe(0.25);
        expect(r.feedbackByEntry).toEqual({ 'housing-rent': { useful: 2, 'not-useful': 0, wrong: 1 } });
        expect(r.reviewQueue).toBe(1);
        expect(r.byEntry).toEqual({ 'housing-rent': 2, none: 3 });
      });

      it('reports zeros on an empty store', async () => {
        const r = await store.report();
        expect(r).toMatchObject({ questions: 0, unansweredRate: 0, reviewQueue: 0, byTopic: {} });
      });

      it('never stores the text of an answered question', async () => {
        const withText = { day: '2026-03-01', topic: 'health' as const, lang: 'fr', outcome: 'answered' as const, text: 'comment voir un médecin' };
        await store.addEvent(withText);
        expect(await everything(store)).not.toContain('médecin');
      });

      it('keeps review items scrubbed, oldest first, without the user id', async () => {
        await store.addReviewItem({ text: 'appelez-moi au +32 470 12 34 56', lang: 'fr', day: '2026-03-01', userId: 'u5' });
        clock.advanceDays(1);
        await store.addReviewItem({ text: 'سؤال ثاني', lang: 'ar', day: '2026-03-02', region: 'brussels' });
        const items = await store.listReviewItems();
        expect(items.map((i) => i.text)).toEqual(['appelez-moi au [phone]', 'سؤال ثاني']);
        expect(items[1]).toMatchObject({ lang: 'ar', day: '2026-03-02', region: 'brussels' });
        expect(JSON.stringify(items)).not.toContain('u5');
        expect(await store.listReviewItems(1)).toHaveLength(1);
        await store.removeReviewItem(items[0].id);
        expect((await store.listReviewItems()).map((i) => i.text)).toEqual(['سؤال ثاني']);
      });
    });

    describe('translation cache and knowledge version', () => {
      it('returns cached translations by key', async () => {
        await store.putTranslation('fr>nl:Bonjour', 'Hallo');
        expect(await store.getTranslation('fr>nl:Bonjour')).toBe('Hallo');
        expect(await store.getTranslation('fr>en:Bonjour')).toBeUndefined();
      });

      it('keeps the knowledge version', async () => {
        expect(await store.getKnowledgeVersion()).toBeUndefined();
        await store.setKnowledgeVersion('v1');
        await store.setKnowledgeVersion('v2');
        expect(await store.getKnowledgeVersion()).toBe('v2');
      });
    });

    describe('Direct Line conversations and queues', () => {
      it('appends activities with increasing watermarks and reads after a watermark', async () => {
        await store.createDirectLineConversation({ conversationId: 'dl1', userId: 'dl-user', createdAt: clock.now().toISOString() });
        expect(await store.getDirectLineConversation('dl1')).toEqual({ conversationId: 'dl1', userId: 'dl-user', createdAt: clock.now().toISOString() });
        expect(await store.getDirectLineConversation('nope')).toBeUndefined();
        expect(await store.appendDirectLineActivity('dl1', { type: 'message', text: 'a' })).toBe(0);
        expect(await store.appendDirectLineActivity('dl1', { type: 'message', text: 'b' })).toBe(1);
        expect(await store.appendDirectLineActivity('dl1', { type: 'message', text: 'c' })).toBe(2);
        expect(await store.getDirectLineActivities('dl1')).toEqual({
          activities: [{ type: 'message', text: 'a' }, { type: 'message', text: 'b' }, { type: 'message', text: 'c' }],
          watermark: 2,
        });
        expect(await store.getDirectLineActivities('dl1', 1)).toEqual({ activities: [{ type: 'message', text: 'c' }], watermark: 2 });
        expect(await store.getDirectLineActivities('dl1', 2)).toEqual({ activities: [], watermark: 2 });
        expect(await store.getDirectLineActivities('other')).toEqual({ activities: [], watermark: -1 });
      });

      it('gives concurrent appends distinct watermarks', async () => {
        await store.createDirectLineConversation({ conversationId: 'dl2', createdAt: clock.now().toISOString() });
        const marks = await Promise.all(Array.from({ length: 20 }, (_, i) => store.appendDirectLineActivity('dl2', { i })));
        expect([...marks].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
        expect((await store.getDirectLineActivities('dl2')).activities).toHaveLength(20);
      });

      it('reserves several positions in one step and stores a batch at them, in order, between other appends', async () => {
        await store.createDirectLineConversation({ conversationId: 'dl4', createdAt: clock.now().toISOString() });
        expect(await store.appendDirectLineActivity('dl4', { text: 'question' })).toBe(0);
        const [a, b] = await Promise.all([store.reserveDirectLinePositions('dl4', 3), store.reserveDirectLinePositions('dl4', 2)]);
        // Two reservations at once never overlap: together they take positions 1 to 5.
        expect([a, b].sort((x, y) => x - y)).toEqual(a < b ? [1, 4] : [1, 3]);
        await store.putDirectLineActivities('dl4', a, Array.from({ length: 3 }, (_, i) => ({ text: `a${i}` })));
        await store.putDirectLineActivities('dl4', b, Array.from({ length: 2 }, (_, i) => ({ text: `b${i}` })));
        expect(await store.appendDirectLineActivity('dl4', { text: 'next' })).toBe(6);
        const texts = (await store.getDirectLineActivities('dl4')).activities.map((x) => (x as { text: string }).text);
        expect(texts).toEqual(['question', ...(a < b ? ['a0', 'a1', 'a2', 'b0', 'b1'] : ['b0', 'b1', 'a0', 'a1', 'a2']), 'next']);
        expect(await store.getDirectLineActivities('dl4', 5)).toEqual({ activities: [{ text: 'next' }], watermark: 6 });
      });

      it("scrubs the person's text but keeps the bot's (service phone numbers stay)", async () => {
        await store.createDirectLineConversation({ conversationId: 'dl3', createdAt: clock.now().toISOString() });
        await store.appendDirectLineActivity('dl3', { type: 'message', from: { id: 'u', role: 'user' }, text: 'mon numéro 0470 12 34 56' });
        await store.appendDirectLineActivity('dl3', { type: 'message', from: { id: 'bot', role: 'bot' }, text: 'Appelez le 02 512 34 56' });
        const { activities } = await store.getDirectLineActivities('dl3');
        expect(activities).toEqual([
          { type: 'message', from: { id: 'u', role: 'user' }, text: 'mon numéro [phone]' },
          { type: 'message', from: { id: 'bot', role: 'bot' }, text: 'Appelez le 02 512 34 56' },
        ]);
      });
    });

    describe('forget me', () => {
      async function personWithEverything(userId: string, conv: string, dl: string): Promise<void> {
        const adapter = new TestAdapter();
        const convState = new ConversationState(store.botStorage);
        const userState = new UserState(store.botStorage);
        const turn = context(adapter, conv, userId);
        await store.linkConversation(userId, conv);
        await convState.createProperty<string>('dialog').set(turn, `step for ${conv}`);
        await userState.createProperty<string>('lang').set(turn, 'ru');
        await convState.saveChanges(turn);
        await userState.saveChanges(turn);
        await store.botStorage.write({ [`test/conversations/${conv}/users/${userId}/`]: { secret: 1 } });
        await store.putProfile({ userId, lang: 'ru', postalCode: '1030', updatedAt: clock.now().toISOString() });
        await store.createDirectLineConversation({ conversationId: dl, userId, createdAt: clock.now().toISOString() });
        await store.appendDirectLineActivity(dl, { type: 'message', from: { id: userId, role: 'user' }, text: 'привет' });
        await store.botStorage.write({ [`directline/conversations/${dl}`]: { dialog: 'x' } });
        await store.addReviewItem({ text: 'вопрос без ответа', lang: 'ru', day: '2026-03-01', userId });
      }

      it('erases every record of the person in every collection and nothing of anyone else', async () => {
        await personWithEverything('person-A', 'conv-A', 'dl-A');
        await personWithEverything('person-B', 'conv-B', 'dl-B');
        await store.addEvent({ day: '2026-03-01', lang: 'ru', outcome: 'answered', topic: 'health' });
        await store.putTranslation('k', 'v');
        const before = await everything(store);
        expect(before).toContain('person-A');
        expect(before).toContain('conv-A');

        const erased = await store.forgetUser('person-A');
        expect(erased).toBeGreaterThanOrEqual(9);

        const after = await everything(store);
        for (const trace of ['person-A', 'conv-A', 'dl-A']) expect(after).not.toContain(trace);
        for (const trace of ['person-B', 'conv-B', 'dl-B']) expect(after).toContain(trace);
        expect((await store.report()).questions).toBe(1);
        expect(await store.getProfile('person-B')).toBeDefined();
        expect(await store.forgetUser('person-A')).toBe(0);
      });

      it('also erases conversations the caller names that were never linked', async () => {
        await store.botStorage.write({ 'test/conversations/unlinked': { v: 1 } });
        await store.forgetUser('someone', { conversationIds: ['unlinked'] });
        expect(await store.botStorage.read(['test/conversations/unlinked'])).toEqual({});
      });
    });

    describe('retention', () => {
      it('purges what is past its retention period and keeps the rest', async () => {
        await cleanup();
        ({ store, cleanup } = await factory({ now: clock.now, retention: { conversationDays: 30, eventDays: 396, directLineDays: 2 } }));
        await store.botStorage.write({ 'test/conversations/old': { v: 1 } });
        await store.addEvent({ day: '2026-03-01', lang: 'fr', outcome: 'answered' });
        await store.createDirectLineConversation({ conversationId: 'dl-old', createdAt: clock.now().toISOString() });
        await store.appendDirectLineActivity('dl-old', { text: 'x' });
        await store.setKnowledgeVersion('v1');
        clock.advanceDays(10);
        await store.botStorage.write({ 'test/conversations/recent': { v: 2 } });

        const purged = await store.purgeExpired(new Date(clock.t.getTime() + 25 * 86_400_000));
        expect(purged).toBe(4); // old state, DL conversation, its activity, its counter
        expect(await store.botStorage.read(['test/conversations/old', 'test/conversations/recent'])).toEqual({
          'test/conversations/recent': expect.objectContaining({ v: 2 }),
        });
        expect(await store.getDirectLineConversation('dl-old')).toBeUndefined();
        expect((await store.report()).questions).toBe(1);
        expect(await store.getKnowledgeVersion()).toBe('v1');
      });
    });

    it('answers ping', async () => {
      expect(await store.ping()).toBe(true);
    });
  });
}
