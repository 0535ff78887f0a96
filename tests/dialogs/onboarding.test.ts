// Welcome and onboarding: privacy notice and language buttons on arrival; place and status asked only when needed.
import { TEMPORARY_PROTECTION_AID } from './fixtures/entries';
import { answers, buttons, firstParagraph, harness, i18n, textOf } from './harness';

const t = (lang: string, key: string, params?: Record<string, string | number>) => i18n.t(lang, key, params);
const arrival = { type: 'conversationUpdate', membersAdded: [{ id: 'person-1', name: '' }], recipient: { id: 'bot', name: 'Relais' } };

describe('welcome', () => {
  it('greets with the privacy notice and offers each language in its own name', async () => {
    const h = harness({ locale: 'fr-BE' });
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
    expect((await harness({ locale: 'nl-BE' }).say(arrival))[0].text).toContain(t('nl', 'welcome.greeting'));
    expect((await harness({ locale: 'es-ES' }).say(arrival))[0].text).toContain(t('fr', 'welcome.greeting'));
  });

  it('a language button from the welcome switches language and the notice is not repeated', async () => {
    const h = harness({ locale: 'fr-BE' });
    await h.say(arrival);
    const changed = await h.say('Українська');
    expect(changed.map((r) => r.text)).toEqual([t('uk', 'language.changed')]);
    const next = await h.say('Як записатися на прийом до CPAS?');
    expect(textOf(next)).not.toContain(t('uk', 'welcome.privacy', { profileDays: 180, reviewDays: 90 }));
    expect(answers(next)[0]).toMatchObject({ kind: 'answer', lang: 'uk' });
  });

  it('does not greet the bot itself joining', async () => {
    const h = harness();
    const replies = await h.say({ ...arrival, membersAdded: [{ id: 'bot', name: 'Relais' }] });
    expect(replies).toEqual([]);
  });
});

describe('where the person lives', () => {
  it('comes from channelData.postalCode without asking', async () => {
    const h = harness();
    const replies = await h.say({ type: 'message', text: 'Comment prendre rendez-vous au CPAS ?', channelData: { postalCode: '5000' } });
    const answer = answers(replies).find((a) => a.kind === 'answer');
    expect(answer?.services).toEqual([{ id: 'cpas:namur', type: 'cpas', name: 'CPAS Namur' }]);
    expect(textOf(replies)).not.toContain(t('fr', 'place.ask'));
    expect(h.store.profiles.get('person-1')).toMatchObject({ postalCode: '5000', region: 'wallonia' });
  });

  it('comes from the text ("je vis à Namur") and is kept for the next questions', async () => {
    const h = harness();
    const noted = await h.say('je vis à Namur');
    expect(noted[noted.length - 1].text).toContain(t('fr', 'place.saved', { place: '5000 Namur' }));
    expect(noted[noted.length - 1].text).toContain(t('fr', 'place.askQuestion'));
    const replies = await h.say('Comment prendre rendez-vous au CPAS ?');
    expect(answers(replies)[0].services).toEqual([{ id: 'cpas:namur', type: 'cpas', name: 'CPAS Namur' }]);
  });

  it('after "I live in", the town named there, not another one the message mentions', async () => {
    const h = harness();
    await h.say('Ik woon in Gent maar ik werk in Namen, hoe maak ik een afspraak bij het OCMW?');
    expect(h.store.profiles.get('person-1')).toMatchObject({ postalCode: '9000', region: 'flanders' });
  });

  it('given after an answer, shows that answer\'s local services', async () => {
    const h = harness();
    await h.say('Comment prendre rendez-vous au CPAS ?');
    await h.say('Oui, utile'); // not the pending place question: handled as a new message, nothing breaks
    const replies = await h.say('1030');
    expect(replies[0].text).toContain('CPAS Schaerbeek');
    expect(answers(replies)[0]).toMatchObject({ kind: 'answer', entryId: 'cpas-appointment' });
  });

  it('outside Wallonia and Brussels, says what Relais covers', async () => {
    const h = harness();
    const replies = await h.say('9000');
    expect(replies[replies.length - 1].text).toContain(t('fr', 'place.outsideArea'));
  });

  it('a question that merely names a commune is still answered', async () => {
    const h = harness();
    const replies = await h.say('CPAS Namur');
    expect(answers(replies).map((a) => a.kind)).toContain('answer');
    expect(answers(replies).find((a) => a.kind === 'answer')?.services).toEqual([{ id: 'cpas:namur', type: 'cpas', name: 'CPAS Namur' }]);
  });
});

describe('status', () => {
  it('is asked only after an answer that depends on it, and is optional', async () => {
    const h = harness();
    const first = await h.say('Quelle aide du CPAS pour les Ukrainiens ?');
    expect(answers(first).map((a) => a.kind)).toEqual(['prompt', 'answer', 'prompt']);
    expect(first[2].text).toBe(t('fr', 'status.ask'));
    expect(buttons(first)).toContain(t('fr', 'status.skip'));
    const skipped = await h.say(t('fr', 'status.skip'));
    expect(skipped.map((r) => firstParagraph(r.text))).toEqual([t('fr', 'feedback.ask')]);
    expect(h.store.profiles.get('person-1')?.status).toBeUndefined();
  });

  it('warns when the answer may not apply to the status given, and names who can check', async () => {
    const h = harness();
    await h.say('5000');
    await h.say('Quelle aide du CPAS pour les Ukrainiens ?');
    const replies = await h.say(t('fr', 'status.refugee'));
    expect(replies[0].text).toContain(t('fr', 'status.mayNotApply'));
    expect(replies[0].text).toContain('CPAS Namur');
    expect(h.store.profiles.get('person-1')?.status).toBe('refugee');
    expect(firstParagraph(replies[1].text)).toBe(t('fr', 'feedback.ask'));
  });

  it('is not asked when the message states it, and is kept for the next questions', async () => {
    const h = harness();
    const first = await h.say("J'ai la protection temporaire, quelle aide du CPAS ?");
    expect(textOf(first)).not.toContain(t('fr', 'status.ask'));
    expect(h.store.profiles.get('person-1')?.status).toBe('temporary-protection');
    await h.say('Quelle aide du CPAS pour les Ukrainiens ?');
    expect(h.fake.requests[h.fake.requests.length - 1].status).toBe('temporary-protection');
  });

  it('is not kept from a hint alone ("Ukrainians"): asked instead', async () => {
    const h = harness();
    const first = await h.say('Quelle aide du CPAS pour les Ukrainiens ?');
    expect(textOf(first)).toContain(t('fr', 'status.ask'));
    expect(h.store.profiles.get('person-1')?.status).toBeUndefined();
  });

  it('is not asked again once the person gave it', async () => {
    const h = harness();
    await h.say('Quelle aide du CPAS pour les Ukrainiens ?');
    await h.say(t('fr', 'status.temporary-protection'));
    const again = await h.say('Quelle aide du CPAS pour les Ukrainiens ?');
    expect(textOf(again)).not.toContain(t('fr', 'status.ask'));
    expect(h.fake.requests[h.fake.requests.length - 1].status).toBe('temporary-protection');
    expect(TEMPORARY_PROTECTION_AID.audience).toEqual(['temporary-protection']);
  });
});

describe('clarify by number and language buttons mid-flow', () => {
  it('"2" picks the second choice', async () => {
    const h = harness();
    await h.say("Comment fonctionne le parcours d'intégration ?");
    const picked = await h.say('2');
    expect(answers(picked)[0]).toMatchObject({ kind: 'answer', entryId: 'integration-brussels' });
  });

  it('a language button pressed while a choice is pending changes the language', async () => {
    const h = harness();
    await h.say("Comment fonctionne le parcours d'intégration ?");
    const changed = await h.say('English');
    expect(changed.map((r) => r.text)).toEqual([t('en', 'language.changed')]);
  });
});

describe('clarify with a known place', () => {
  it('names the office the close entries share, whichever is picked', async () => {
    const h = harness();
    await h.say('5000');
    const replies = await h.say("Comment fonctionne le parcours d'intégration ?");
    const clarify = replies.find((r) => r.channelData?.answer?.kind === 'clarify');
    expect(clarify?.channelData?.answer?.services).toEqual([{ id: 'cri:namur', type: 'cri', name: 'CRI Namur' }]);
    expect(clarify?.text).toContain('CRI Namur');
  });

  it('names none without a place', async () => {
    const h = harness();
    const replies = await h.say("Comment fonctionne le parcours d'intégration ?");
    expect(replies.find((r) => r.channelData?.answer?.kind === 'clarify')?.channelData?.answer?.services).toEqual([]);
  });
});
