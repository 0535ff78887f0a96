import { ConversationState, PrivateConversationState, TestAdapter, TurnContext, UserState } from 'botbuilder';
import { parseStateKey } from '../../src/store/botStorage';

describe('parseStateKey finds whom a botbuilder state key belongs to', () => {
  test.each([
    ['test/conversations/c1/', { kind: 'conversation', conversationId: 'c1' }],
    ['test/conversations/c1', { kind: 'conversation', conversationId: 'c1' }],
    ['msteams/conversations/a:1;messageid=2/ns', { kind: 'conversation', conversationId: 'a:1;messageid=2' }],
    ['test/conversations/c1/users/u1/', { kind: 'conversation', conversationId: 'c1', userId: 'u1' }],
    ['test/users/u1/', { kind: 'user', userId: 'u1' }],
    ['test/users/u1', { kind: 'user', userId: 'u1' }],
    ['something-else', { kind: 'conversation' }],
  ])('%s', (key, expected) => {
    expect(parseStateKey(key)).toEqual(expected);
  });

  it("matches the keys botbuilder's own state classes build", async () => {
    const adapter = new TestAdapter();
    const turn = new TurnContext(adapter, {
      type: 'message',
      channelId: 'webchat',
      from: { id: 'user-7', name: '' },
      recipient: { id: 'bot', name: '' },
      conversation: { id: 'conv-7', name: '', isGroup: false, conversationType: 'personal' },
    });
    const written: string[] = [];
    const storage = {
      read: async () => ({}),
      write: async (changes: Record<string, unknown>) => void written.push(...Object.keys(changes)),
      delete: async () => undefined,
    };
    for (const state of [new ConversationState(storage), new UserState(storage), new PrivateConversationState(storage)]) {
      await state.load(turn);
      await state.saveChanges(turn, true);
    }
    expect(written.map(parseStateKey)).toEqual([
      { kind: 'conversation', conversationId: 'conv-7' },
      { kind: 'user', userId: 'user-7' },
      { kind: 'conversation', conversationId: 'conv-7', userId: 'user-7' },
    ]);
  });
});
