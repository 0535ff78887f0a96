// Table-driven conversations in the six core languages: every flow of issue 5, through the turn middleware and main dialog.
import {
  INTEGRATION_BRUSSELS,
  INTEGRATION_BRUSSELS_OBLIGATION,
  INTEGRATION_WALLONIA,
  CPAS_APPOINTMENT,
  TEMPORARY_PROTECTION_AID,
} from './fixtures/entries';
import { LANGS, answers, buttons, firstParagraph, harness, i18n, textOf } from './harness';

type L = (typeof LANGS)[number];

interface Row {
  cpas: string;
  integration: string;
  unknown: [string, string];
  emergency: string;
  forget: string;
  changeLanguage: string;
  /** "I'm in <Namur>" in casual words, then a CPAS question. */
  presence: string;
  /** The same casual words alone: only where the person is. */
  presenceOnly: string;
  /** A casual phrase not followed by a place; the town is only mentioned further on. */
  inPassing: string;
}

const TABLE: Record<L, Row> = {
  fr: {
    cpas: 'Comment prendre rendez-vous au CPAS ?',
    integration: "Comment fonctionne le parcours d'intégration ?",
    unknown: ['Je voudrais apprendre à pêcher la truite dans la rivière', 'Où acheter une canne à pêche pour la rivière ?'],
    emergency: 'Mon mari me frappe',
    forget: 'oublie-moi',
    changeLanguage: 'changer de langue',
    presence: "Je suis à Namur, comment prendre rendez-vous au CPAS ?",
    presenceOnly: "je suis à Namur",
    inPassing: "Je suis au chômage, comment prendre rendez-vous au CPAS de Namur ?",
  },
  nl: {
    cpas: 'Hoe maak ik een afspraak bij het OCMW?',
    integration: 'Hoe werkt het inburgeringstraject?',
    unknown: ['Ik wil leren vissen op forel in de rivier', 'Waar koop ik een hengel voor de rivier?'],
    emergency: 'mijn kind heeft pillen ingeslikt',
    forget: 'vergeet mij',
    changeLanguage: 'taal wijzigen',
    presence: "Ik ben in Namen, hoe maak ik een afspraak bij het OCMW?",
    presenceOnly: "ik ben in Namen",
    inPassing: "Ik ben in de war, hoe maak ik een afspraak bij het OCMW van Namen?",
  },
  en: {
    cpas: 'How do I get an appointment at the CPAS?',
    integration: 'How does the integration pathway work?',
    unknown: ['I would like to learn trout fishing in the river', 'Where can I buy a fishing rod for the river?'],
    emergency: 'I want to kill myself',
    forget: 'forget me',
    changeLanguage: 'change language',
    presence: "im in namur how do I get an appointment at the CPAS?",
    presenceOnly: "im in namur",
    inPassing: "I'm in trouble, how do I get an appointment at the CPAS in Namur?",
  },
  uk: {
    cpas: 'Як записатися на прийом до CPAS?',
    integration: 'Як працює інтеграційний курс?',
    unknown: ['Я хочу навчитися ловити форель у річці', 'Де купити вудку для річки?'],
    emergency: 'він погрожує мене вбити',
    forget: 'забудь мене',
    changeLanguage: 'змінити мову',
    presence: "Я з Намюра, як записатися на прийом до CPAS?",
    presenceOnly: "я з Намюра",
    inPassing: "Я в розпачі, як записатися на прийом до CPAS у Намюрі?",
  },
  ru: {
    cpas: 'Как записаться на приём в CPAS?',
    integration: 'Как работает интеграционный курс?',
    unknown: ['Я хочу научиться ловить форель в реке', 'Где купить удочку для реки?'],
    emergency: 'хочу покончить с собой',
    forget: 'забудь меня',
    changeLanguage: 'сменить язык',
    presence: "Я из Намюра, как записаться на приём в CPAS?",
    presenceOnly: "я из Намюра",
    inPassing: "Я в отчаянии, как записаться на приём в CPAS в Намюре?",
  },
  ar: {
    cpas: 'كيف أحصل على موعد في CPAS؟',
    integration: 'كيف يعمل مسار الاندماج؟',
    unknown: ['أريد أن أتعلم صيد السمك في النهر', 'أين أشتري صنارة صيد للنهر؟'],
    emergency: 'زوجي يضربني',
    forget: 'انسني',
    changeLanguage: 'تغيير اللغة',
    presence: "ساكن في نامور، كيف أحصل على موعد في CPAS؟",
    presenceOnly: "ساكن في نامور",
    inPassing: "أنا في ورطة، كيف أحصل على موعد في CPAS في نامور؟",
  },
};

const t = (lang: string, key: string, params?: Record<string, string | number>) => i18n.t(lang, key, params);
/** The three feedback buttons, first after every answer. */
const feedbackButtons = (lang: string) => [t(lang, 'feedback.useful'), t(lang, 'feedback.notUseful'), t(lang, 'feedback.wrong')];
/** The other language each row switches to. */
const nextLang = (lang: L): L => LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length];

/** Messages the fake answerer (like the real one on such wordings) finds nearest to crisis entries, unsure. */
// Without a person or urgency the crisis net is only unsure too (a safety check comes first); "mon grand-père est
// tombé et ne bouge plus" is now certain and gets the emergency reply at once (tests/crisis/conversation.test.ts).
const UNSURE_CRISIS: Record<string, string> = {
  fr: 'ne bouge plus depuis ce matin',
  nl: 'beweegt niet sinds vanmorgen',
  en: 'not moving since this morning',
  uk: 'не рухається з ранку',
  ru: 'не двигается с утра',
  ar: 'لا يتحرك منذ الصباح',
};

describe.each(LANGS)('conversation in %s', (lang) => {
  const row = TABLE[lang];

  it('welcomes in the channel locale with the privacy notice and the language buttons', async () => {
    const h = harness({ locale: lang });
    const replies = await h.say({ type: 'conversationUpdate', membersAdded: [{ id: 'person-1', name: '' }], recipient: { id: 'bot', name: '' } });
    expect(replies[0].text).toContain(t(lang, 'welcome.greeting'));
    expect(replies[0].text).toContain(t(lang, 'welcome.privacy', { profileDays: 180, reviewDays: 90 }));
    expect(buttons(replies.slice(0, 2))).toEqual(['Français', 'Nederlands', 'English', 'Українська', 'Русский', 'العربية']);
    expect(buttons(replies).at(-1)).toBe(t(lang, 'actions.changeLanguage'));
    expect(answers(replies).every((a) => a.lang === lang)).toBe(true);
  });

  it('answers a direct question without onboarding, asks the place only then, and records feedback', async () => {
    const h = harness();
    const first = await h.say(row.cpas);
    const kinds = answers(first).map((a) => a.kind);
    expect(kinds).toEqual(['prompt', 'answer', 'prompt']);
    expect(answers(first).every((a) => a.lang === lang && !a.machineTranslated)).toBe(true);
    expect(first[0].text).toContain(t(lang, 'welcome.privacy', { profileDays: 180, reviewDays: 90 }));
    expect(textOf(first)).not.toContain(t(lang, 'welcome.greeting'));
    const answer = answers(first)[1];
    expect(answer).toMatchObject({ entryId: CPAS_APPOINTMENT.id, topic: 'cpas' });
    expect(first[1].text).toContain(CPAS_APPOINTMENT.text[lang].answer);
    expect(first[1].text).toContain(t(lang, 'answer.source', { source: 'https://example.org/source' }));
    expect(first[1].text).toContain('2026-10-01');
    expect(first[2].text).toBe(t(lang, 'place.ask'));

    const second = await h.say('1030');
    expect(second[0].text).toContain(t(lang, 'place.saved', { place: '1030 Schaerbeek' }));
    expect(second[0].text).toContain('CPAS Schaerbeek');
    expect(answers(second)[0]).toMatchObject({ kind: 'answer', lang, services: [{ id: 'cpas:schaerbeek', type: 'cpas', name: 'CPAS Schaerbeek' }] });
    expect(firstParagraph(second[1].text)).toBe(t(lang, 'feedback.ask'));
    // The other CPAS entry is for one status only and curated in French and English only: offered last, where curated.
    const followUps = TEMPORARY_PROTECTION_AID.text[lang] ? [TEMPORARY_PROTECTION_AID.text[lang].title] : [];
    expect(buttons(second)).toEqual([...feedbackButtons(lang), ...followUps, t(lang, 'actions.talkToPerson')]);
    expect(h.store.profiles.get('person-1')).toMatchObject({ postalCode: '1030', region: 'brussels' });

    const third = await h.say(t(lang, 'feedback.wrong'));
    expect(third.map((r) => r.text)).toEqual([t(lang, 'feedback.thanksWrong')]);
    expect(h.store.feedback).toEqual([{ entryId: CPAS_APPOINTMENT.id, value: 'wrong', lang, day: '2026-11-26' }]);
    expect(h.store.events).toEqual([{ day: '2026-11-26', topic: 'cpas', entryId: CPAS_APPOINTMENT.id, lang, outcome: 'answered', channel: 'test' }]);
  });

  it('offers close entries as buttons and answers the one picked', async () => {
    const h = harness();
    const first = await h.say(row.integration);
    const clarify = first[first.length - 1];
    expect(answers([clarify])[0]).toMatchObject({ kind: 'clarify', lang });
    expect(clarify.text).toContain(t(lang, 'clarify.didYouMean'));
    const titles = buttons(first);
    expect(titles).toEqual([INTEGRATION_WALLONIA.text[lang].title, INTEGRATION_BRUSSELS.text[lang].title, t(lang, 'clarify.none')]);

    const picked = await h.say(INTEGRATION_BRUSSELS.text[lang].title);
    expect(answers(picked)[0]).toMatchObject({ kind: 'answer', entryId: INTEGRATION_BRUSSELS.id, lang });
    expect(picked[0].text).toContain(INTEGRATION_BRUSSELS.text[lang].answer);
    expect(picked[0].text).toContain(t(lang, 'answer.unverified'));
    expect(firstParagraph(picked[1].text)).toBe(t(lang, 'feedback.ask'));
    expect(h.store.events.map((e) => e.outcome)).toEqual(['clarified']);
  });

  it('after an answer, offers the other entries of the topic for the region as buttons and answers the one pressed', async () => {
    const h = harness();
    await h.say(row.integration);
    const picked = await h.say(INTEGRATION_BRUSSELS.text[lang].title);
    const next = INTEGRATION_BRUSSELS_OBLIGATION.text[lang].title;
    // A Brussels answer leads to Brussels entries only: never the Wallonia one.
    expect(buttons(picked)).toEqual([...feedbackButtons(lang), next, t(lang, 'actions.talkToPerson')]);
    expect(picked[1].text).toContain(t(lang, 'followUp.intro'));
    expect(picked[1].text).toContain(next);

    const followed = await h.say(next);
    expect(answers(followed)[0]).toMatchObject({ kind: 'answer', entryId: INTEGRATION_BRUSSELS_OBLIGATION.id, topic: 'integration-pathway', lang });
    expect(followed[0].text).toContain(INTEGRATION_BRUSSELS_OBLIGATION.text[lang].answer);
    // Feedback is asked again, about the new answer; what was already read is not offered again.
    expect(firstParagraph(followed[1].text)).toBe(t(lang, 'feedback.ask'));
    expect(buttons(followed)).toEqual([...feedbackButtons(lang), t(lang, 'actions.talkToPerson')]);
    expect(h.store.feedback).toEqual([]);
    expect(h.store.events.map((e) => [e.outcome, e.entryId])).toEqual([['clarified', undefined], ['answered', INTEGRATION_BRUSSELS_OBLIGATION.id]]);

    await h.say(t(lang, 'feedback.useful'));
    expect(h.store.feedback).toEqual([{ entryId: INTEGRATION_BRUSSELS_OBLIGATION.id, value: 'useful', lang, day: '2026-11-26' }]);
  });

  it('feedback still works next to the follow-up buttons', async () => {
    const h = harness();
    await h.say(row.integration);
    await h.say(INTEGRATION_BRUSSELS.text[lang].title);
    const thanks = await h.say(t(lang, 'feedback.wrong'));
    expect(thanks.map((r) => r.text)).toEqual([t(lang, 'feedback.thanksWrong')]);
    expect(h.store.feedback).toEqual([{ entryId: INTEGRATION_BRUSSELS.id, value: 'wrong', lang, day: '2026-11-26' }]);
  });

  it('"I\'m in <town>" in casual words sets the place of a question, and keeps it in the profile', async () => {
    const h = harness();
    const replies = await h.say(row.presence);
    const answer = answers(replies).find((a) => a.kind === 'answer');
    expect(answer).toMatchObject({ entryId: CPAS_APPOINTMENT.id, lang, services: [{ id: 'cpas:namur', type: 'cpas', name: 'CPAS Namur' }] });
    expect(textOf(replies)).not.toContain(t(lang, 'place.ask'));
    expect(h.store.profiles.get('person-1')).toMatchObject({ postalCode: '5000', region: 'wallonia' });
    // Remembered for the next question.
    const again = await h.say(row.cpas);
    expect(answers(again).find((a) => a.kind === 'answer')?.services).toEqual([{ id: 'cpas:namur', type: 'cpas', name: 'CPAS Namur' }]);
  });

  it('the casual words alone only say where the person is', async () => {
    const h = harness({ locale: lang });
    const noted = await h.say(row.presenceOnly);
    expect(answers(noted).map((a) => a.kind)).toEqual(['prompt', 'prompt']);
    expect(noted[1].text).toContain(t(lang, 'place.saved', { place: '5000 Namur' }));
    expect(noted[1].text).toContain(t(lang, 'place.askQuestion'));
    expect(h.store.profiles.get('person-1')).toMatchObject({ postalCode: '5000' });
    expect(h.store.events).toEqual([]);
  });

  it('a town only mentioned further on in a question is not kept as where the person lives', async () => {
    const h = harness();
    const replies = await h.say(row.inPassing);
    expect(answers(replies).some((a) => a.kind === 'answer' && a.entryId === CPAS_APPOINTMENT.id)).toBe(true);
    expect(replies[replies.length - 1].text).toBe(t(lang, 'place.ask'));
    expect(h.store.profiles.get('person-1')?.postalCode).toBeUndefined();
  });

  it('"none of these" goes down the fallback ladder and queues the question for review', async () => {
    const h = harness();
    await h.say(row.integration);
    const none = await h.say(t(lang, 'clarify.none'));
    expect(answers(none)).toEqual([expect.objectContaining({ kind: 'fallback', lang })]);
    expect(firstParagraph(none[0].text)).toBe(t(lang, 'fallback.rephrase'));
    expect(none[0].text).toContain(t(lang, 'safety.line'));
    expect(h.store.reviews).toEqual([expect.objectContaining({ text: row.integration, lang, day: '2026-11-26' })]);
  });

  it('gives the emergency numbers at once when the nearest entries are crisis entries but the answer is unsure', async () => {
    const h = harness();
    const replies = await h.say(UNSURE_CRISIS[lang]);
    const fallback = replies.find((r) => r.channelData?.answer?.kind === 'fallback');
    expect(fallback?.text).toContain(t(lang, 'emergency.intro'));
    expect(fallback?.text).toContain(t(lang, 'emergency.numbers'));
    expect(fallback?.channelData?.answer).toMatchObject({ topic: 'emergency', services: [{ id: 'helpline-112', type: 'emergency', name: '112' }] });
  });

  it('fallback ladder: asks to rephrase once, then names the human service, never a dead end', async () => {
    const h = harness();
    const first = await h.say(row.unknown[0]);
    expect(answers(first).map((a) => a.kind)).toEqual(['prompt', 'fallback']);
    expect(firstParagraph(first[1].text)).toBe(t(lang, 'fallback.rephrase'));
    expect(first[1].text).toContain(t(lang, 'safety.line'));
    // Then the topics (guided browsing), for a person who cannot say it in other words.
    expect(buttons(first).slice(0, 2)).toEqual([t(lang, 'actions.talkToPerson'), t(lang, 'actions.help')]);
    expect(buttons(first).length).toBeGreaterThan(2);

    const second = await h.say(row.unknown[1]);
    expect(answers(second)).toEqual([expect.objectContaining({ kind: 'fallback', lang })]);
    expect(second[0].text).toContain(t(lang, 'fallback.humanGeneric'));
    expect(second[0].text).toContain(t(lang, 'fallback.askPlace'));

    const third = await h.say('5000');
    expect(third[0].text).toContain('CPAS Namur');
    expect(answers(third)[0].services).toEqual([{ id: 'cpas:namur', type: 'cpas', name: 'CPAS Namur' }]);
    expect(h.store.reviews.map((r) => r.text)).toEqual(row.unknown);
    expect(h.store.events.map((e) => e.outcome)).toEqual(['fallback', 'fallback']);
  });

  it('the emergency guard interrupts a pending question at once', async () => {
    const h = harness();
    await h.say(row.cpas);
    await h.say('1030');
    const sos = await h.say(row.emergency);
    expect(sos).toHaveLength(1);
    expect(answers(sos)[0]).toMatchObject({ kind: 'emergency', topic: 'emergency', lang, services: [{ id: 'helpline-112', type: 'emergency', name: '112' }] });
    expect(sos[0].text).toContain(t(lang, 'emergency.intro'));
    expect(sos[0].text).toContain('112');
    // The feedback question was dropped: its button is now an ordinary message, not feedback.
    await h.say(t(lang, 'feedback.useful'));
    expect(h.store.feedback).toEqual([]);
    expect(h.store.events.map((e) => e.outcome)).toContain('emergency');
  });

  it('changes language on request and keeps it for short messages', async () => {
    const h = harness();
    const target = nextLang(lang);
    await h.say(row.cpas);
    const ask = await h.say(row.changeLanguage);
    expect(ask[0].text).toBe(t(lang, 'language.choose'));
    expect(buttons(ask)).toEqual(['Français', 'Nederlands', 'English', 'Українська', 'Русский', 'العربية']);
    const changed = await h.say(t(target, 'language.name'));
    expect(changed.map((r) => r.text)).toEqual([t(target, 'language.changed')]);
    expect(answers(changed)[0].lang).toBe(target);
    expect(h.store.profiles.get('person-1')?.lang).toBe(target);
    const place = await h.say('1030');
    expect(answers(place)[0].lang).toBe(target);
    expect(place[0].text).toContain(t(target, 'place.saved', { place: '1030 Schaerbeek' }));
  });

  it('"forget me" erases the profile after confirmation', async () => {
    const h = harness();
    await h.say(row.cpas);
    await h.say('1030');
    expect(h.store.profiles.has('person-1')).toBe(true);
    const confirm = await h.say(row.forget);
    expect(confirm[0].text).toBe(t(lang, 'forget.confirm'));
    expect(buttons(confirm)).toEqual([t(lang, 'forget.yes'), t(lang, 'forget.no')]);
    const done = await h.say(t(lang, 'forget.yes'));
    expect(done.map((r) => r.text)).toEqual([t(lang, 'forget.done')]);
    expect(answers(done)[0].lang).toBe(lang);
    expect(h.store.forgotten).toEqual(['person-1']);
    expect(h.store.profiles.has('person-1')).toBe(false);
    // Nothing remembered: a new question shows the privacy notice again and asks the place again.
    const again = await h.say(row.cpas);
    expect(again[0].text).toContain(t(lang, 'welcome.privacy', { profileDays: 180, reviewDays: 90 }));
    expect(again[again.length - 1].text).toBe(t(lang, 'place.ask'));
  });

  it('"forget me" answered "no" erases nothing', async () => {
    const h = harness();
    await h.say(row.cpas);
    await h.say(row.forget);
    const kept = await h.say(t(lang, 'forget.no'));
    expect(kept.map((r) => r.text)).toEqual([t(lang, 'forget.cancelled')]);
    expect(h.store.forgotten).toEqual([]);
    expect(h.store.profiles.has('person-1')).toBe(true);
  });

  it('replies carry the locale, and Arabic ones are marked right-to-left', async () => {
    const h = harness();
    const replies = await h.say(row.cpas);
    for (const r of replies) {
      expect(r.locale).toBe(lang);
      expect(r.channelData?.textDirection).toBe(lang === 'ar' ? 'rtl' : undefined);
    }
  });
});
