import { ActivityTypes, TestAdapter } from 'botbuilder';
import { DocStore } from '../../src/store/docStore';
import { MemoryEngine } from '../../src/store/memoryEngine';
import { ConversationOwnerMiddleware } from '../../src/store/ownerMiddleware';

describe('ConversationOwnerMiddleware', () => {
  it('links the person to the conversation so "forget me" erases its state, even from a later conversation', async () => {
    const store = await DocStore.open(new MemoryEngine());
    const adapter = new TestAdapter(async (context) => {
      await store.botStorage.write({ [`test/conversations/${context.activity.conversation.id}/`]: { turn: context.activity.text } });
      await context.sendActivity('ok');
    });
    adapter.use(new ConversationOwnerMiddleware(store));
    await adapter.send('first question').assertReply('ok');
    const conversationId = adapter.conversation.conversation.id;
    expect(JSON.stringify(await store.dump())).toContain(conversationId);

    const userId = adapter.conversation.user?.id ?? '';
    expect(userId).not.toBe('');
    await store.forgetUser(userId);
    expect(JSON.stringify(await store.dump())).not.toContain(conversationId);
  });

  it('never breaks the turn when the store fails', async () => {
    const failing = { linkConversation: async () => Promise.reject(new Error('down')) };
    const adapter = new TestAdapter(async (context) => {
      if (context.activity.type === ActivityTypes.Message) await context.sendActivity('still here');
    });
    adapter.use(new ConversationOwnerMiddleware(failing));
    await adapter.send('hello').assertReply('still here');
  });
});

test('a conversation that goes on after "forget me" is linked again, so a second "forget me" still finds it', async () => {
  const store = await DocStore.open(new MemoryEngine());
  const adapter = new TestAdapter(async (context) => {
    await store.botStorage.write({ [`test/conversations/${context.activity.conversation.id}/`]: { turn: context.activity.text } });
    await context.sendActivity('ok');
  });
  adapter.use(new ConversationOwnerMiddleware(store));
  const userId = adapter.conversation.user?.id ?? '';
  await adapter.send('one').assertReply('ok');
  await store.forgetUser(userId);
  await adapter.send('two').assertReply('ok');
  await store.forgetUser(userId);
  expect(JSON.stringify(await store.dump())).not.toContain(adapter.conversation.conversation.id);
});
