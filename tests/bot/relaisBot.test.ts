// RelaisBot as the composition root wires it (real answerer, router, knowledge base and DocStore on MemoryEngine):
// an ActivityHandler over botbuilder's TestAdapter.
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { createRelaisBot } from '../../dialogs/conversation';
import { botOptions, RelaisBotError } from '../../src/bot/relaisBot';
import { apologyActivity } from '../../src/bot/replier';
import type { DocStore } from '../../src/store/docStore';
import { botDeps, i18n, titleOf, type Reply } from '../dialogs/harness';

async function setup() {
  const deps = await botDeps();
  const bot = createRelaisBot(deps);
  const adapter = new TestAdapter(async (context) => bot.run(context));
  const turn = async (activity: Partial<Activity>): Promise<Reply[]> => {
    await adapter.receiveActivity({ from: { id: 'person-9', name: '' }, locale: 'fr-BE', ...activity });
    return adapter.activeQueue.splice(0) as Reply[];
  };
  const events = async () => ((await (deps.store as DocStore).dump()).events ?? []).map((e) => (e as { data: unknown }).data);
  return { knowledge: deps.knowledge, events, turn };
}

describe('RelaisBot', () => {
  it('welcomes a person who joins, with the language buttons', async () => {
    const { turn } = await setup();
    const replies = await turn({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'person-9', name: '' }], recipient: { id: 'bot', name: '' } });
    expect(replies.map((r) => r.text)).toEqual([
      `${i18n.t('fr', 'welcome.greeting')}\n\n${i18n.t('fr', 'welcome.privacy', { profileDays: 180, reviewDays: 90 })}`,
      i18n.t('fr', 'welcome.invite'),
      i18n.t('fr', 'browse.chooseTopic'),
    ]);
    expect(replies[1].suggestedActions?.actions.map((a) => a.title)).toEqual(['Français', 'Nederlands', 'English', 'Українська', 'Русский', 'العربية']);
  });

  it('keeps a pending question across turns through the store (clarify, then the choice)', async () => {
    const { turn, events, knowledge } = await setup();
    // One entry per region, no place known: the person chooses.
    const first = await turn({ type: 'message', text: 'من يجب عليه اتباع مسار الاندماج؟' });
    const clarify = first[first.length - 1];
    expect(clarify.channelData?.answer).toMatchObject({ kind: 'clarify', lang: 'ar' });
    expect(clarify.locale).toBe('ar');
    expect(clarify.channelData?.textDirection).toBe('rtl');
    const brussels = 'integration-pathway-brussels-obligation';
    const titles = clarify.suggestedActions?.actions.map((a) => a.title);
    expect(titles).toContain(titleOf(knowledge, brussels, 'ar'));
    const picked = await turn({ type: 'message', text: titleOf(knowledge, brussels, 'ar') });
    expect(picked[0].channelData?.answer).toMatchObject({ kind: 'answer', entryId: brussels, lang: 'ar' });
    expect(await events()).toEqual([expect.objectContaining({ outcome: 'clarified', lang: 'ar' })]);
  });

  it('answers every message with channelData.answer', async () => {
    const { turn } = await setup();
    for (const text of ["Comment demander le revenu d'intégration au CPAS ?", '1030', 'Oui, utile', 'aide', 'Mon mari me frappe']) {
      const replies = await turn({ type: 'message', text });
      expect(replies.length).toBeGreaterThan(0);
      for (const r of replies) expect(r.channelData?.answer?.lang).toBe('fr');
    }
  });

  it("follows the web chat page's language picker from the next message on, once (channelData.pickedLang)", async () => {
    const { turn } = await setup();
    const fr = await turn({ type: 'message', text: 'Comment prendre rendez-vous au CPAS ?' });
    expect(fr[0].channelData?.answer?.lang).toBe('fr');
    // "1030" alone says nothing of its language: without the pick the conversation would stay in French.
    const uk = await turn({ type: 'message', text: '1030', channelData: { pickedLang: 'uk' } });
    expect(uk.map((r) => r.channelData?.answer?.lang)).toEqual(uk.map(() => 'uk'));
    const next = await turn({ type: 'message', text: 'aide' });
    expect(next[0].channelData?.answer?.lang).toBe('uk');
    // A message written in another language still wins over the picker's earlier choice.
    const ar = await turn({ type: 'message', text: 'كيف أسجل في البلدية؟' });
    expect(ar[0].channelData?.answer?.lang).toBe('ar');
    // An unknown or malformed pick changes nothing.
    const same = await turn({ type: 'message', text: 'aide', channelData: { pickedLang: 'xx' } });
    expect(same[0].channelData?.answer?.lang).toBe('ar');
  });

  it('ignores other activity types', async () => {
    const { turn } = await setup();
    expect(await turn({ type: ActivityTypes.Typing })).toEqual([]);
  });
});

describe('apologyActivity', () => {
  it('apologises in the activity language with channelData.answer, right-to-left for Arabic', () => {
    expect(apologyActivity(i18n, 'ar-MA')).toMatchObject({
      text: i18n.t('ar', 'error.apology'),
      locale: 'ar',
      channelData: { answer: { kind: 'prompt', lang: 'ar', machineTranslated: false, services: [] }, textDirection: 'rtl' },
    });
    expect(apologyActivity(i18n, 'es').text).toBe(i18n.t('fr', 'error.apology'));
  });
  it('apologises in the language of the message when the channel sends no locale, in French when unsure', () => {
    expect(apologyActivity(i18n, undefined, 'Де я можу вивчати французьку мову безкоштовно?').text).toBe(i18n.t('uk', 'error.apology'));
    expect(apologyActivity(i18n, undefined, 'ok').text).toBe(i18n.t('fr', 'error.apology'));
    expect(apologyActivity(i18n, 'nl-BE', 'Where can I learn French?').text).toBe(i18n.t('nl', 'error.apology'));
  });
});

describe('botOptions', () => {
  it('merges over the defaults and names a bad option', () => {
    expect(botOptions({ profileDays: 30 })).toMatchObject({ profileDays: 30, reviewDays: 90 });
    expect(() => botOptions({ minDetectLetters: -1 })).toThrow(RelaisBotError);
    expect(() => botOptions({ reviewDays: 1.5 })).toThrow('RelaisBotError: option "reviewDays" must be a whole number >= 0 (got 1.5)');
  });

  it('takes the follow-up confidences as shares from 0 to 1', () => {
    expect(botOptions({ followUpSureAnswer: 0.75 })).toMatchObject({ followUpSureAnswer: 0.75 });
    expect(() => botOptions({ followUpSureAnswer: 2 })).toThrow('RelaisBotError: option "followUpSureAnswer" must be in [0, 1] (got 2)');
    expect(() => botOptions({ followUpSureWords: 0.5 })).toThrow('option "followUpSureWords" must be a whole number');
  });
});
