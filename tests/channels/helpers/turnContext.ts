// A turn context for one message, as botbuilder builds it, for tests that drive state and turn logic directly.
import { TestAdapter, TurnContext, type Activity } from 'botbuilder';

/** A message of user-1 in conversation conv-1 on channel "test"; `fields` replaces any of it. */
export function messageTurn(fields: Partial<Activity> = {}): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message',
    text: 'bonjour',
    channelId: 'test',
    conversation: { id: 'conv-1' },
    from: { id: 'user-1' },
    recipient: { id: 'bot' },
    ...fields,
  } as Partial<Activity> as Activity);
}
