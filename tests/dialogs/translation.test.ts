// Languages without curated text: machine translation through French when available, else French and a note. The
// translator is FakeTranslation (a dictionary, else "[target] text"); the answerer and knowledge base are the real ones.
import type { Entry } from '../../src/knowledge/types';
import { FakeTranslation } from './fakes/fakeTranslation';
import { answers, buttons, entryOf, harness, i18n, knowledgeOf, realKnowledge, type Knowledge } from './harness';

const t = (lang: string, key: string, params?: Record<string, string | number>) => i18n.t(lang, key, params);
const GERMAN = 'Wie beantrage ich das Eingliederungseinkommen beim CPAS?';
/** What the translator makes of GERMAN: a French question the real answerer answers with the CPAS's integration income. */
const GERMAN_IN_FRENCH = "Comment demander le revenu d'intégration au CPAS ?";
const SPANISH = '¿Cómo puedo pedir el ingreso de integración en el CPAS de mi barrio?';
const LANGUAGE_BUTTONS = ['Français', 'Nederlands', 'English', 'Українська', 'Русский', 'العربية'];
/** A translator that knows the test's questions. */
const translator = () => new FakeTranslation(true, { [GERMAN]: GERMAN_IN_FRENCH, [SPANISH]: GERMAN_IN_FRENCH });

let k: Knowledge;
let ris: Entry;
/** The real knowledge base before its Ukrainian texts were written (an instance that curates fewer languages). */
let withoutUkrainian: Knowledge;
beforeAll(async () => {
  k = await realKnowledge();
  ris = entryOf(k, 'cpas-ris');
  const entries = k.kb.entries.map((e) => {
    const { uk, ...text } = e.text;
    void uk;
    return { ...e, text } as Entry;
  });
  withoutUkrainian = await knowledgeOf({ ...k.kb, entries });
});

describe('machine translation', () => {
  it('translates the question to French, answers, and translates the reply back with the French original', async () => {
    const mt = translator();
    const h = await harness({ translation: mt });
    const replies = await h.say(GERMAN);
    expect(mt.calls[0]).toMatchObject({ texts: [GERMAN], source: 'de', target: 'fr' });
    const answer = replies.find((r) => r.channelData?.answer?.kind === 'answer');
    expect(answer?.channelData?.answer).toMatchObject({ lang: 'de', machineTranslated: true, entryId: ris.id });
    expect(answer?.locale).toBe('de');
    expect(answer?.text).toContain(`[de] **${ris.text.fr.title}**`);
    expect(answer?.text).toContain(`[de] ${t('fr', 'language.machineTranslated')}`);
    expect(answer?.text).toContain(t('fr', 'language.originalHeading'));
    expect(answer?.text).toContain(ris.text.fr.answer.slice(0, 60));
    expect(answers(replies).every((a) => a.lang === 'de' && a.machineTranslated)).toBe(true);
  });

  it('translates button titles and still recognises them when pressed', async () => {
    const h = await harness({ translation: translator() });
    await h.say(GERMAN);
    const place = await h.say('1030');
    expect(buttons(place)[0]).toBe(`[de] ${t('fr', 'feedback.useful')}`);
    const thanks = await h.say(`[de] ${t('fr', 'feedback.useful')}`);
    expect(thanks[0].text).toBe(`[de] ${t('fr', 'feedback.thanks')}`);
    expect(await h.feedback()).toEqual([expect.objectContaining({ entryId: ris.id, value: 'useful', lang: 'de' })]);
  });

  it('without a translator: replies in French and says so in French, offering the languages', async () => {
    const h = await harness();
    const replies = await h.say(GERMAN);
    expect(answers(replies).every((a) => a.lang === 'fr' && !a.machineTranslated)).toBe(true);
    expect(answers(replies).some((a) => a.kind !== 'prompt')).toBe(true);
    const last = replies[replies.length - 1];
    expect(last.text).toBe(t('fr', 'language.cannotTranslate'));
    expect(buttons(replies)).toEqual(LANGUAGE_BUTTONS);
  });

  // Fault injection: the translator stops answering after detecting the language.
  it('when the translator fails mid-turn: French and the note', async () => {
    const mt = translator();
    mt.translate = async () => undefined;
    const h = await harness({ translation: mt });
    const replies = await h.say(GERMAN);
    expect(answers(replies).every((a) => a.lang === 'fr' && !a.machineTranslated)).toBe(true);
    expect(replies[replies.length - 1].text).toBe(t('fr', 'language.cannotTranslate'));
  });

  it('a curated language without the entry\'s text: machine-translated from French when possible', async () => {
    const h = await harness({ knowledge: withoutUkrainian, translation: translator() });
    const replies = await h.say('Як попросити дохід інтеграції в CPAS?');
    const answer = answers(replies).find((a) => a.kind === 'answer');
    expect(answer).toMatchObject({ topic: 'cpas', lang: 'uk', machineTranslated: true });
    // Everything else the bot says is curated Ukrainian.
    expect(answers(replies).filter((a) => a.kind === 'prompt').every((a) => a.lang === 'uk' && !a.machineTranslated)).toBe(true);
  });

  it('a curated language without the entry\'s text and no translator: French text under a note in the person\'s language', async () => {
    const h = await harness({ knowledge: withoutUkrainian });
    const replies = await h.say('Як попросити дохід інтеграції в CPAS?');
    const reply = replies.find((r) => r.channelData?.answer?.kind === 'answer');
    expect(reply?.channelData?.answer).toMatchObject({ topic: 'cpas', lang: 'fr', machineTranslated: false });
    const entry = entryOf(k, reply?.channelData?.answer?.entryId ?? '');
    expect(reply?.text).toContain(t('uk', 'language.entryNotInLanguage'));
    expect(reply?.text).toContain(entry.text.fr.answer.slice(0, 60));
  });

  it('checks a message in another language for crisis words once translated to French', async () => {
    const h = await harness({ translation: new FakeTranslation(true, { 'Mein Mann schlägt mich jeden Tag': 'Mon mari me frappe tous les jours' }) });
    const replies = await h.say('Mein Mann schlägt mich jeden Tag');
    expect(replies).toHaveLength(1);
    expect(answers(replies)[0]).toMatchObject({ kind: 'emergency', lang: 'de', machineTranslated: true });
    expect(replies[0].text).toContain(`[de] **${t('fr', 'emergency.intro')}**`);
    expect(replies[0].text).toContain('112');
  });

  it('asks the translator which language an unknown text is in, and never caches the question', async () => {
    const mt = translator();
    mt.detectAs = 'es';
    const h = await harness({ translation: mt });
    const replies = await h.say(SPANISH);
    expect(answers(replies).find((a) => a.kind === 'answer')).toMatchObject({ lang: 'es', machineTranslated: true, entryId: ris.id });
    expect(mt.calls[0]).toMatchObject({ texts: [SPANISH], source: 'es', target: 'fr', options: { cache: false } });
  });

  it('keeps the routed service names as they are when translating a reply', async () => {
    const mt = translator();
    const h = await harness({ translation: mt });
    await h.say({ type: 'message', text: GERMAN, channelData: { postalCode: '1030' } });
    const answerCall = mt.calls.find((c) => c.source === 'fr' && c.texts[0].includes(ris.text.fr.title));
    expect(answerCall?.options?.protectedTerms).toEqual(['CPAS de Schaerbeek']);
  });

  it('answers an emergency before asking the translator anything, even one that never answers', async () => {
    const mt = new FakeTranslation(true);
    let asked = 0;
    mt.detect = () => {
      asked += 1;
      return new Promise<undefined>(() => undefined);
    };
    const h = await harness({ translation: mt });
    const replies = await h.say('suicide overdose');
    expect(answers(replies)[0].kind).toBe('emergency');
    expect(asked).toBe(0);
    expect(mt.calls).toEqual([]);
  });
});
