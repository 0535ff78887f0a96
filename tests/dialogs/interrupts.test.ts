// Interrupts at any turn (help, language, start over, forget me, talk to a person), a failing store, quiet logs.
import { ConversationState, UserState } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { createConversation } from '../../dialogs/conversation';
import { detectLanguage } from '../../src/language/detect';
import { fakeKnowledge } from './fakes/fakeAnswerer';
import { FakeStore } from './fakes/fakeStore';
import { LANGS, answers, buttons, firstParagraph, harness, i18n } from './harness';

const t = (lang: string, key: string, params?: Record<string, string | number>) => i18n.t(lang, key, params);

describe('interrupts', () => {
  it.each(LANGS)('the %s button titles of every interrupt are recognised', async (lang) => {
    const h = harness({ locale: lang });
    const help = await h.say(t(lang, 'actions.help'));
    expect(help[help.length - 1].text).toBe(t(lang, 'help.text'));
    const person = await h.say(t(lang, 'actions.talkToPerson'));
    expect(person[0].text).toContain(t(lang, 'person.generic'));
    const language = await h.say(t(lang, 'actions.changeLanguage'));
    expect(language[0].text).toBe(t(lang, 'language.choose'));
    const forget = await h.say(t(lang, 'actions.forgetMe'));
    expect(forget[0].text).toBe(t(lang, 'forget.confirm'));
    const over = await h.say(t(lang, 'actions.startOver'));
    expect(over[0].text).toBe(t(lang, 'startOver.done'));
    expect(over[1].text).toContain(t(lang, 'welcome.greeting'));
  });

  it('help keeps the pending question: the clarify buttons still work after it', async () => {
    const h = harness();
    await h.say("Comment fonctionne le parcours d'intégration ?");
    const help = await h.say('aide');
    expect(help.map((r) => r.text)).toEqual([t('fr', 'help.text')]);
    expect(buttons(help)).toEqual(['changeLanguage', 'talkToPerson', 'forgetMe', 'startOver'].map((a) => t('fr', `actions.${a}`)));
    const picked = await h.say('Le parcours d’accueil à Bruxelles');
    expect(answers(picked)[0]).toMatchObject({ kind: 'answer', entryId: 'integration-brussels' });
  });

  it('"talk to a person" names the service for the place, with its contact fields', async () => {
    const h = harness();
    await h.say('1030');
    await h.say('Comment prendre rendez-vous au CPAS ?');
    const replies = await h.say('parler à quelqu’un');
    expect(replies[0].text).toContain(t('fr', 'person.intro'));
    expect(replies[0].text).toContain('CPAS Schaerbeek');
    expect(answers(replies)[0]).toMatchObject({ kind: 'prompt', topic: 'cpas', services: [{ id: 'cpas:schaerbeek', type: 'cpas', name: 'CPAS Schaerbeek' }] });
  });

  it('"talk to a person" without a place asks for it, then names the service', async () => {
    const h = harness({ locale: 'en' });
    const first = await h.say('talk to a person');
    expect(first[0].text).toContain(t('en', 'person.generic'));
    expect(first[0].text).toContain(t('en', 'fallback.askPlace'));
    const second = await h.say('5000');
    expect(second[0].text).toContain('CPAS Namur');
  });

  it('a question typed while a button answer is awaited is answered, not lost', async () => {
    const h = harness();
    await h.say("Comment fonctionne le parcours d'intégration ?");
    const replies = await h.say('Comment prendre rendez-vous au CPAS ?');
    expect(answers(replies)[0]).toMatchObject({ kind: 'answer', entryId: 'cpas-appointment' });
  });

  it('every turn may hand a message back once: after a re-dispatched question, a later answer to a pending question still works', async () => {
    const h = harness();
    await h.say('1030');
    await h.say("Comment fonctionne le parcours d'intégration ?");
    const answered = await h.say('Comment prendre rendez-vous au CPAS ?');
    expect(firstParagraph(answered[answered.length - 1].text)).toBe(t('fr', 'feedback.ask'));
    const moved = await h.say('5000');
    expect(moved[0].text).toContain(t('fr', 'place.saved', { place: '5000 Namur' }));
    expect(moved[0].text).toContain('CPAS Namur');
  });

  it('"langue" alone changes the language, "cours de langue" is a question', async () => {
    const h = harness();
    const question = await h.say('cours de langue');
    expect(firstParagraph(question[1].text)).toBe(t('fr', 'fallback.rephrase'));
    expect(question[1].text).toContain(t('fr', 'safety.line'));
    expect((await h.say('langue'))[0].text).toBe(t('fr', 'language.choose'));
  });
});

describe('a failing store', () => {
  it('says it cannot remember, and keeps answering', async () => {
    const h = harness();
    h.store.degraded = true;
    const replies = await h.say('Comment prendre rendez-vous au CPAS ?');
    expect(replies[0].text).toBe(t('fr', 'store.degraded'));
    expect(answers(replies).map((a) => a.kind)).toContain('answer');
  });

  it('still answers when every store call throws', async () => {
    const h = harness();
    h.store.failing = true;
    const replies = await h.say('Comment prendre rendez-vous au CPAS ?');
    expect(replies[0].text).toBe(t('fr', 'store.degraded'));
    expect(answers(replies).map((a) => a.kind)).toContain('answer');
    const sos = await h.say('Mon mari me frappe');
    expect(answers(sos).map((a) => a.kind)).toEqual(['emergency']);
  });
});

describe('logs', () => {
  it('never contain what the person wrote', async () => {
    const lines: string[] = [];
    const log = (obj: object, msg?: string) => lines.push(JSON.stringify(obj) + (msg ?? ''));
    const store = new FakeStore();
    const conversationState = new ConversationState(store.botStorage);
    const { dialog, middleware } = createConversation({
      conversationState,
      userState: new UserState(store.botStorage),
      store,
      ...fakeKnowledge(),
      detectLanguage: (text) => detectLanguage(text),
      i18n,
      logger: { info: log, warn: log, error: log },
    });
    const client = new DialogTestClient('test', dialog, undefined, [middleware], conversationState);
    const said = ['Comment prendre rendez-vous au CPAS ?', 'Je voudrais apprendre à pêcher la truite', 'Mon mari me frappe'];
    for (const text of said) await client.sendActivity(text);
    expect(lines.length).toBeGreaterThan(0);
    for (const text of said) expect(lines.join('\n')).not.toContain(text);
    expect(lines.join('\n')).not.toMatch(/truite|frappe|rendez/);
  });
});

describe('anonymous records', () => {
  it('usage events carry no user id and no text; review items are scrubbed', async () => {
    const h = harness();
    await h.say('Je voudrais apprendre à pêcher la truite, appelez-moi au 0470 12 34 56');
    expect(JSON.stringify(h.store.events)).not.toContain('person-1');
    expect(JSON.stringify(h.store.events)).not.toContain('truite');
    expect(h.store.reviews[0].text).not.toContain('0470 12 34 56');
    expect(h.store.reviews[0].text).toContain('truite');
  });
});
