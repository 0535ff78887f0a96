// Languages without curated text: machine translation through French when available, else French and a note.
import { CPAS_APPOINTMENT, TEMPORARY_PROTECTION_AID } from './fixtures/entries';
import { FakeTranslation } from './fakes/fakeTranslation';
import { answers, buttons, harness, i18n } from './harness';

const t = (lang: string, key: string, params?: Record<string, string | number>) => i18n.t(lang, key, params);
const GERMAN = 'Wie bekomme ich einen Termin beim CPAS?';
const LANGUAGE_BUTTONS = ['Français', 'Nederlands', 'English', 'Українська', 'Русский', 'العربية'];

describe('machine translation', () => {
  it('translates the question to French, answers, and translates the reply back with the French original', async () => {
    const mt = new FakeTranslation(true);
    const h = harness({ translation: mt });
    const replies = await h.say(GERMAN);
    expect(h.fake.requests[0]).toMatchObject({ text: `[fr] ${GERMAN}`, lang: 'fr' });
    const answer = replies.find((r) => r.channelData?.answer?.kind === 'answer');
    expect(answer?.channelData?.answer).toMatchObject({ lang: 'de', machineTranslated: true, entryId: CPAS_APPOINTMENT.id });
    expect(answer?.locale).toBe('de');
    expect(answer?.text).toContain(`[de] **${CPAS_APPOINTMENT.text.fr.title}**`);
    expect(answer?.text).toContain(`[de] ${t('fr', 'language.machineTranslated')}`);
    expect(answer?.text).toContain(t('fr', 'language.originalHeading'));
    expect(answer?.text).toContain(CPAS_APPOINTMENT.text.fr.answer);
    expect(answers(replies).every((a) => a.lang === 'de' && a.machineTranslated)).toBe(true);
  });

  it('translates button titles and still recognises them when pressed', async () => {
    const h = harness({ translation: new FakeTranslation(true) });
    await h.say(GERMAN);
    const place = await h.say('1030');
    expect(buttons(place)[0]).toBe(`[de] ${t('fr', 'feedback.useful')}`);
    const thanks = await h.say(`[de] ${t('fr', 'feedback.useful')}`);
    expect(thanks[0].text).toBe(`[de] ${t('fr', 'feedback.thanks')}`);
    expect(h.store.feedback).toEqual([expect.objectContaining({ entryId: CPAS_APPOINTMENT.id, value: 'useful', lang: 'de' })]);
  });

  it('without a translator: answers in French and says so in French, offering the languages', async () => {
    const h = harness();
    const replies = await h.say(GERMAN);
    expect(answers(replies).every((a) => a.lang === 'fr' && !a.machineTranslated)).toBe(true);
    expect(answers(replies).map((a) => a.kind)).toContain('answer');
    const last = replies[replies.length - 1];
    expect(last.text).toBe(t('fr', 'language.cannotTranslate'));
    expect(buttons(replies)).toEqual(LANGUAGE_BUTTONS);
  });

  it('when the translator fails mid-turn: the same French answer and note', async () => {
    const mt = new FakeTranslation(true);
    mt.translate = async () => undefined;
    const h = harness({ translation: mt });
    const replies = await h.say(GERMAN);
    expect(answers(replies).map((a) => a.kind)).toContain('answer');
    expect(replies[replies.length - 1].text).toBe(t('fr', 'language.cannotTranslate'));
  });

  it('a curated language without this entry\'s text: machine-translated from French when possible', async () => {
    const h = harness({ translation: new FakeTranslation(true) });
    const replies = await h.say('Яку допомогу CPAS я можу отримати з тимчасовим захистом? temporary protection');
    const answer = answers(replies).find((a) => a.kind === 'answer');
    expect(answer).toMatchObject({ entryId: TEMPORARY_PROTECTION_AID.id, lang: 'uk', machineTranslated: true });
  });

  it('a curated language without this entry\'s text and no translator: French text under a note in the person\'s language', async () => {
    const h = harness();
    const replies = await h.say('Яку допомогу CPAS я можу отримати з тимчасовим захистом? temporary protection');
    const reply = replies.find((r) => r.channelData?.answer?.kind === 'answer');
    expect(reply?.channelData?.answer).toMatchObject({ entryId: TEMPORARY_PROTECTION_AID.id, lang: 'fr', machineTranslated: false });
    expect(reply?.text).toContain(t('uk', 'language.entryNotInLanguage'));
    expect(reply?.text).toContain(TEMPORARY_PROTECTION_AID.text.fr.answer);
  });

  it('checks a message in another language for crisis words once translated to French', async () => {
    const h = harness({ translation: new FakeTranslation(true, { 'Mein Mann schlägt mich jeden Tag': 'Mon mari me frappe tous les jours' }) });
    const replies = await h.say('Mein Mann schlägt mich jeden Tag');
    expect(replies).toHaveLength(1);
    expect(answers(replies)[0]).toMatchObject({ kind: 'emergency', lang: 'de', machineTranslated: true });
    expect(replies[0].text).toContain(`[de] **${t('fr', 'emergency.intro')}**`);
    expect(replies[0].text).toContain('112');
  });

  it('asks the translator which language an unknown text is in, and never caches the question', async () => {
    const mt = new FakeTranslation(true);
    mt.detectAs = 'es';
    const h = harness({ translation: mt });
    const replies = await h.say('¿Cómo puedo pedir una cita en el CPAS de mi barrio?');
    expect(answers(replies).find((a) => a.kind === 'answer')).toMatchObject({ lang: 'es', machineTranslated: true });
    expect(mt.calls[0]).toMatchObject({ source: 'es', target: 'fr', options: { cache: false } });
  });

  it('keeps the routed service names as they are when translating a reply', async () => {
    const mt = new FakeTranslation(true);
    const h = harness({ translation: mt });
    await h.say({ type: 'message', text: GERMAN, channelData: { postalCode: '1030' } });
    const answerCall = mt.calls.find((c) => c.source === 'fr' && c.texts[0].includes(CPAS_APPOINTMENT.text.fr.title));
    expect(answerCall?.options?.protectedTerms).toEqual(['CPAS Schaerbeek']);
  });

  it('answers an emergency before asking the translator anything, even one that never answers', async () => {
    const mt = new FakeTranslation(true);
    let asked = 0;
    mt.detect = () => {
      asked += 1;
      return new Promise<undefined>(() => undefined);
    };
    const h = harness({ translation: mt });
    const replies = await h.say('suicide overdose');
    expect(answers(replies)[0].kind).toBe('emergency');
    expect(asked).toBe(0);
    expect(mt.calls).toEqual([]);
  });
});
