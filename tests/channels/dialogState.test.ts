// botbuilder-dialogs' memory paths, transformed and parsed once: same segments and same memory reads and writes as
// botbuilder's own code, and one shared component registration.
import { ComponentRegistration, ConversationState, MemoryStorage, TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { DialogSet, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { DialogsComponentRegistration } from 'botbuilder-dialogs/lib/dialogsComponentRegistration';
import { shareDialogStateWork } from '../../src/channels/dialogState';

const PATHS = [
  'turn.activity',
  'dialog.values.instanceId',
  '$name',
  '#intent',
  '@@entity',
  '@entity',
  '%property',
  'user.profile.address[0]',
  "conversation['a.b'].c",
  'this.options',
  'a..b',
  '.start',
  'turn.x.$foo',
];

/** Segments (or the error message) of each path, by the DialogStateManager of a fresh turn. */
async function parseAll(): Promise<unknown[]> {
  const adapter = new TestAdapter();
  const context = new TurnContext(adapter, { type: 'message', text: 'hi', channelId: 'test', conversation: { id: 'c' }, from: { id: 'u' } } as Activity);
  const state = new ConversationState(new MemoryStorage());
  const dialogs = new DialogSet(state.createProperty<DialogState>('dialogs'));
  const dc = await dialogs.createContext(context);
  return [...PATHS, 'bad path!'].map((p) => {
    try {
      return [dc.state.transformPath(p), dc.state.parsePath(dc.state.transformPath(p))];
    } catch (err) {
      return (err as Error).message;
    }
  });
}

describe('shareDialogStateWork', () => {
  it('parses and transforms every kind of path as botbuilder does, twice alike', async () => {
    const before = await parseAll();
    shareDialogStateWork();
    expect(await parseAll()).toEqual(before);
    expect(await parseAll()).toEqual(before);
  });

  it('hands out copies: deleting a value does not change the next parse of its path', async () => {
    shareDialogStateWork();
    const adapter = new TestAdapter();
    const context = new TurnContext(adapter, { type: 'message', text: 'hi', channelId: 'test', conversation: { id: 'c' }, from: { id: 'u' } } as Activity);
    const dialogs = new DialogSet(new ConversationState(new MemoryStorage()).createProperty<DialogState>('dialogs'));
    const dc = await dialogs.createContext(context);
    dc.state.setValue('turn.a.b', 1);
    dc.state.setValue('turn.a.c', 2);
    dc.state.deleteValue('turn.a.b');
    expect(dc.state.getValue('turn.a')).toEqual({ c: 2 });
    expect(dc.state.parsePath('turn.a.b')).toEqual(['turn', 'a', 'b']);
    expect(dc.state.getValue('turn.activity.text')).toBe('hi');
  });

  it('registers one dialogs component, whatever the number of dialog contexts', async () => {
    shareDialogStateWork();
    const first = new DialogsComponentRegistration();
    expect(new DialogsComponentRegistration()).toBe(first);
    expect(first).toBeInstanceOf(DialogsComponentRegistration);
    expect(first.getMemoryScopes().map((s) => s.name)).toEqual(expect.arrayContaining(['turn', 'dialog', 'conversation', 'user']));
    const adapter = new TestAdapter(async (context) => {
      const dialogs = new DialogSet(new ConversationState(new MemoryStorage()).createProperty<DialogState>('dialogs'));
      dialogs.add(new WaterfallDialog('w', [async (step) => (await step.context.sendActivity('one'), step.next()), async (step) => (await step.context.sendActivity('two'), step.endDialog())]));
      const dc = await dialogs.createContext(context);
      await dc.beginDialog('w');
    });
    await adapter.send('hello').assertReply('one').assertReply('two');
    const registered = ComponentRegistration.components.filter((c) => c.constructor.name === 'DialogsComponentRegistration');
    expect(registered).toEqual([first]);
  });
});
