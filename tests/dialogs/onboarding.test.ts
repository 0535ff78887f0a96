// Welcome and onboarding: privacy notice and language buttons on arrival; place and status asked only when needed.
import { answers, buttons, firstParagraph, harness, i18n, serviceIds, textOf } from './harness';

const t = (lang: string, key: string, params?: Record<string, string | number>) => i18n.t(lang, key, params);
/** Reaches the CPAS's integration income (cpas-ris) on the real knowledge base; its office is the person's CPAS. */
const CPAS_QUESTION = "Comment demander le revenu d'intégration au CPAS ?";
/** Reaches the CPAS entry for people under temporary protection (an entry for one status). */
const UKRAINE_QUESTION = 'Quelle aide du CPAS pour les Ukrainiens ?';
const TP_ENTRY = 'cpas-temporary-protection-ukraine';
const arrival = { type: 'conversationUpdate', membersAdded: [{ id: 'person-1', name: '' }], recipient: { id: 'bot', name: 'Relais' } };

describe('welcome', () => {
  it('greets with the privacy notice and offers each language in its own name', async () => {
    const h = await harness({ locale: 'fr-BE' });
    const replies = await h.say(arrival);
    expect(replies).toHaveLength(3);
    expect(replies[0].text).toContain(t('fr', 'welcome.greeting'));
    expect(replies[0].text).toContain(t('fr', 'welcome.privacy', { profileDays: 180, reviewDays: 90 }));
    expect(replies[1].text).toBe(t('fr', 'welcome.invite'));
    expect(buttons(replies.slice(0, 2))).toEqual(['Français', 'Nederlands', 'English', 'Українська', 'Русский', 'العربية']);
    // Last, the topics (guided browsing, browseDialog.ts) and "change language", which most channels keep showing.
    expect(replies[2].text).toBe(t('fr', 'browse.chooseTopic'));
    expect(buttons(replies).at(-1)).toBe(t('fr', 'actions.changeLanguage'));
    expect(answers(replies).every((a) => a.kind === 'prompt' && a.lang === 'fr')).toBe(true);
  });

  it('uses the channel locale before anything is known, French without one', async () => {
    expect((await (await harness({ locale: 'nl-BE' })).say(arrival))[0].text).toContain(t('nl', 'welcome.greeting'));
    expect((await (await harness({ locale: 'es-ES' })).say(arrival))[0].text).toContain(t('fr', 'welcome.greeting'));
  });

  it('a language button from the welcome switches language and the notice is not repeated', async () => {
    const h = await harness({ locale: 'fr-BE' });
    await h.say(arrival);
    const changed = await h.say('Українська');
    expect(changed.map((r) => r.text)).toEqual([t('uk', 'language.changed')]);
    const next = await h.say('Як попросити дохід інтеграції в CPAS?');
    expect(textOf(next)).not.toContain(t('uk', 'welcome.privacy', { profileDays: 180, reviewDays: 90 }));
    expect(answers(next)[0]).toMatchObject({ kind: 'answer', lang: 'uk' });
  });

  it('does not greet the bot itself joining', async () => {
    const h = await harness();
    const replies = await h.say({ ...arrival, membersAdded: [{ id: 'bot', name: 'Relais' }] });
    expect(replies).toEqual([]);
  });
});

describe('where the person lives', () => {
  it('comes from channelData.postalCode without asking', async () => {
    const h = await harness();
    const replies = await h.say({ type: 'message', text: CPAS_QUESTION, channelData: { postalCode: '5000' } });
    const answer = answers(replies).find((a) => a.kind === 'answer');
    expect(serviceIds(answer)).toContain('cpas:namur');
    expect(textOf(replies)).not.toContain(t('fr', 'place.ask'));
    expect((await h.profile())).toMatchObject({ postalCode: '5000', region: 'wallonia' });
  });

  it('comes from the text ("je vis à Namur") and is kept for the next questions', async () => {
    const h = await harness();
    const noted = await h.say('je vis à Namur');
    expect(noted[noted.length - 1].text).toContain(t('fr', 'place.saved', { place: '5000 Namur' }));
    expect(noted[noted.length - 1].text).toContain(t('fr', 'place.askQuestion'));
    const replies = await h.say(CPAS_QUESTION);
    expect(serviceIds(answers(replies)[0])).toContain('cpas:namur');
  });

  it('after "I live in", the town named there, not another one the message mentions', async () => {
    const h = await harness();
    await h.say('Ik woon in Gent maar ik werk in Namen, hoe vraag ik een leefloon aan bij het OCMW?');
    expect((await h.profile())).toMatchObject({ postalCode: '9000', region: 'flanders' });
  });

  it('given after an answer, shows that answer\'s local services', async () => {
    const h = await harness();
    await h.say(CPAS_QUESTION);
    await h.say('Oui, utile'); // not the pending place question: handled as a new message, nothing breaks
    const replies = await h.say('1030');
    expect(replies[0].text).toContain('CPAS de Schaerbeek');
    expect(answers(replies)[0]).toMatchObject({ kind: 'answer', entryId: 'cpas-ris', services: [{ id: 'cpas:schaerbeek', type: 'cpas', name: 'CPAS de Schaerbeek' }] });
  });

  it('outside Wallonia and Brussels, says what Relais covers', async () => {
    const h = await harness();
    const replies = await h.say('9000');
    expect(replies[replies.length - 1].text).toContain(t('fr', 'place.outsideArea'));
  });

  it('a question that merely names a commune is still answered', async () => {
    const h = await harness();
    const replies = await h.say('CPAS Namur');
    // Not taken for "I live in Namur" alone: the CPAS is what is asked about (answered, or first of the choices).
    const reply = answers(replies).find((a) => a.kind === 'answer' || a.kind === 'clarify');
    expect(reply?.topic).toBe('cpas');
  });
});

describe('status', () => {
  /** The question from a person whose channel gives the postal code: the place is known, only the status may be asked. */
  const inNamur = (text: string) => ({ type: 'message', text, channelData: { postalCode: '5000' } });

  it('is asked only after an answer that depends on it, and is optional', async () => {
    const h = await harness();
    const first = await h.say(inNamur(UKRAINE_QUESTION));
    expect(answers(first).map((a) => a.kind)).toEqual(['prompt', 'answer', 'prompt']);
    expect(answers(first)[1]).toMatchObject({ entryId: TP_ENTRY });
    expect(first[2].text).toBe(t('fr', 'status.ask'));
    expect(buttons(first)).toContain(t('fr', 'status.skip'));
    const skipped = await h.say(t('fr', 'status.skip'));
    expect(skipped.map((r) => firstParagraph(r.text))).toEqual([t('fr', 'feedback.ask')]);
    expect((await h.profile())?.status).toBeUndefined();
  });

  it('without a place, asks the place first, then the status', async () => {
    const h = await harness();
    const first = await h.say(UKRAINE_QUESTION);
    expect(first[first.length - 1].text).toBe(t('fr', 'place.ask'));
    const placed = await h.say('5000');
    expect(serviceIds(answers(placed)[0])).toContain('cpas:namur');
    expect(placed[placed.length - 1].text).toBe(t('fr', 'status.ask'));
  });

  it('warns when the answer may not apply to the status given, names who can check, and answers for that status next', async () => {
    const h = await harness();
    await h.say('5000');
    await h.say(UKRAINE_QUESTION);
    const replies = await h.say(t('fr', 'status.refugee'));
    expect(replies[0].text).toContain(t('fr', 'status.mayNotApply'));
    expect(replies[0].text).toContain('CPAS de Namur');
    expect((await h.profile())?.status).toBe('refugee');
    expect(firstParagraph(replies[1].text)).toBe(t('fr', 'feedback.ask'));
    // The status reaches the answerer: the entry written for temporary protection is no longer given to a refugee.
    const again = await h.say(UKRAINE_QUESTION);
    expect(answers(again).map((a) => a.entryId)).not.toContain(TP_ENTRY);
  });

  it('is not asked when the message states it, and is kept for the next questions', async () => {
    const h = await harness();
    const first = await h.say(inNamur("J'ai la protection temporaire, quelle aide du CPAS ?"));
    expect(answers(first).find((a) => a.kind === 'answer')).toMatchObject({ entryId: TP_ENTRY });
    expect(textOf(first)).not.toContain(t('fr', 'status.ask'));
    expect((await h.profile())?.status).toBe('temporary-protection');
    const again = await h.say(UKRAINE_QUESTION);
    expect(answers(again).find((a) => a.kind === 'answer')).toMatchObject({ entryId: TP_ENTRY });
    expect(textOf(again)).not.toContain(t('fr', 'status.ask'));
  });

  it('is not kept from a hint alone ("Ukrainians"): asked instead', async () => {
    const h = await harness();
    const first = await h.say(inNamur(UKRAINE_QUESTION));
    expect(textOf(first)).toContain(t('fr', 'status.ask'));
    expect((await h.profile())?.status).toBeUndefined();
  });

  it('is not asked again once the person gave it', async () => {
    const h = await harness();
    await h.say(inNamur(UKRAINE_QUESTION));
    await h.say(t('fr', 'status.temporary-protection'));
    expect((await h.profile())?.status).toBe('temporary-protection');
    const again = await h.say(UKRAINE_QUESTION);
    expect(answers(again).find((a) => a.kind === 'answer')).toMatchObject({ entryId: TP_ENTRY });
    expect(textOf(again)).not.toContain(t('fr', 'status.ask'));
  });
});

describe('clarify by number and language buttons mid-flow', () => {
  /** Without a place, one entry per region (Wallonia, Brussels): the person chooses. */
  const WHO_MUST = "Qui doit suivre le parcours d'intégration ?";

  it('"2" picks the second choice', async () => {
    const h = await harness();
    const offered = buttons(await h.say(WHO_MUST));
    const picked = await h.say('2');
    expect(answers(picked)[0]).toMatchObject({ kind: 'answer', topic: 'integration-pathway' });
    expect(picked[0].text).toContain(offered[1]);
  });

  it('a language button pressed while a choice is pending changes the language', async () => {
    const h = await harness();
    await h.say(WHO_MUST);
    const changed = await h.say('English');
    expect(changed.map((r) => r.text)).toEqual([t('en', 'language.changed')]);
  });
});

describe('clarify with a known place', () => {
  it('names the best guess\'s offices for the place', async () => {
    const h = await harness();
    await h.say('5000');
    // "cours de français" names the need outright since the language courses became a topic name: a question that
    // still leaves the choice.
    const replies = await h.say('le français ou le travail à Namur ?');
    const clarify = replies.find((r) => r.channelData?.answer?.kind === 'clarify');
    const cri = answers(replies).find((a) => a.kind === 'clarify')?.services.find((s) => s.type === 'cri');
    expect(cri?.id).toBe('cri-namur');
    expect(clarify?.text).toContain(cri?.name);
  });

  it('names none without a place', async () => {
    const h = await harness();
    const replies = await h.say("Qui doit suivre le parcours d'intégration ?");
    expect(replies.find((r) => r.channelData?.answer?.kind === 'clarify')?.channelData?.answer?.services).toEqual([]);
  });
});
