// Table-driven conversations in the six core languages: every flow of issue 5, through the turn middleware and main
// dialog, on the real answerer, router and knowledge base (the questions reach the entries named in ENTRY).
import { placeLabel } from '../../src/bot/render';
import { LANGS, TODAY, answers, buttons, entryOf, firstParagraph, harness, i18n, realKnowledge, serviceIds, textOf, titleOf, type Knowledge } from './harness';

type L = (typeof LANGS)[number];

/** The entries the table's questions reach in every language. */
const ENTRY = {
  /** `cpas`, `presence`, `inPassing`: the CPAS's integration income (routed to the person's CPAS). */
  cpas: 'cpas-ris',
  /** `integration`: one entry per region, so the person chooses (no place known yet). */
  integrationWallonia: 'integration-pathway-wallonia-obligation',
  integrationBrussels: 'integration-pathway-brussels-obligation',
  /** The other Brussels entry of the topic: the follow-up after the Brussels answer. */
  integrationBrusselsNext: 'integration-pathway-brussels-content',
} as const;

let k: Knowledge;
beforeAll(async () => {
  k = await realKnowledge();
});

interface Row {
  cpas: string;
  integration: string;
  unknown: [string, string];
  /** What the knowledge base makes of the first unknown question: partly known words, or none. */
  unknownIs: 'rephrase' | 'offTopic';
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
    cpas: "Comment demander le revenu d'intégration au CPAS ?",
    integration: "Qui doit suivre le parcours d'intégration ?",
    // Swimming rather than trout fishing since the topic model learns the tuning batches' messages: "apprendre à
    // pêcher la truite" now gets the French courses offered as a choice (docs/eval.md, seventeenth session).
    unknown: ['Je voudrais apprendre à nager dans la rivière', 'Où acheter une canne à pêche pour la rivière ?'],
    unknownIs: 'rephrase',
    emergency: 'Mon mari me frappe',
    forget: 'oublie-moi',
    changeLanguage: 'changer de langue',
    presence: "Je suis à Namur, comment demander le revenu d'intégration au CPAS ?",
    presenceOnly: 'je suis à Namur',
    inPassing: "Je suis au chômage, comment demander le revenu d'intégration au CPAS de Namur ?",
  },
  nl: {
    cpas: 'Hoe vraag ik een leefloon aan bij het OCMW?',
    integration: 'Wie moet het inburgeringstraject volgen?',
    unknown: ['Ik wil leren vissen op forel in de rivier', 'Waar kan ik een vishengel kopen?'],
    unknownIs: 'rephrase',
    emergency: 'mijn kind heeft pillen ingeslikt',
    forget: 'vergeet mij',
    changeLanguage: 'taal wijzigen',
    presence: 'Ik ben in Namen, hoe vraag ik een leefloon aan bij het OCMW?',
    presenceOnly: 'ik ben in Namen',
    inPassing: 'Ik ben in de war, hoe vraag ik een leefloon aan bij het OCMW van Namen?',
  },
  en: {
    cpas: 'How do I apply for the integration income at the CPAS?',
    integration: 'Who must follow the integration pathway?',
    unknown: ['I would like to learn trout fishing in the river', 'Where can I buy a fishing rod for the river?'],
    unknownIs: 'offTopic',
    emergency: 'I want to kill myself',
    forget: 'forget me',
    changeLanguage: 'change language',
    presence: 'im in namur how do I apply for the integration income at the CPAS?',
    presenceOnly: 'im in namur',
    inPassing: "I'm in trouble, how do I apply for the integration income at the CPAS in Namur?",
  },
  uk: {
    cpas: 'Як попросити дохід інтеграції в CPAS?',
    integration: 'Хто має проходити курс інтеграції?',
    unknown: ['Я хочу навчитися ловити форель у річці', 'Де купити вудку для річки?'],
    unknownIs: 'offTopic',
    emergency: 'він погрожує мене вбити',
    forget: 'забудь мене',
    changeLanguage: 'змінити мову',
    presence: 'Я з Намюра, як попросити дохід інтеграції в CPAS?',
    presenceOnly: 'я з Намюра',
    inPassing: 'Я в розпачі, як попросити дохід інтеграції в CPAS у Намюрі?',
  },
  ru: {
    cpas: 'Как попросить доход интеграции в CPAS?',
    integration: 'Кто должен проходить курс интеграции?',
    unknown: ['Я хочу научиться ловить форель в реке', 'Где купить удочку для реки?'],
    unknownIs: 'rephrase',
    emergency: 'хочу покончить с собой',
    forget: 'забудь меня',
    changeLanguage: 'сменить язык',
    presence: 'Я из Намюра, как попросить доход интеграции в CPAS?',
    presenceOnly: 'я из Намюра',
    inPassing: 'Я в отчаянии, как попросить доход интеграции в CPAS в Намюре?',
  },
  ar: {
    cpas: 'كيف أطلب دخل الاندماج من CPAS؟',
    integration: 'من يجب عليه اتباع مسار الاندماج؟',
    unknown: ['أريد أن أتعلم صيد السمك في النهر', 'أين أشتري صنارة صيد للنهر؟'],
    unknownIs: 'rephrase',
    emergency: 'زوجي يضربني',
    forget: 'انسني',
    changeLanguage: 'تغيير اللغة',
    presence: 'ساكن في نامور، كيف أطلب دخل الاندماج من CPAS؟',
    presenceOnly: 'ساكن في نامور',
    inPassing: 'أنا في ورطة، كيف أطلب دخل الاندماج من CPAS في نامور؟',
  },
};

const t = (lang: string, key: string, params?: Record<string, string | number>) => i18n.t(lang, key, params);
/** The three feedback buttons, first after every answer. */
const feedbackButtons = (lang: string) => [t(lang, 'feedback.useful'), t(lang, 'feedback.notUseful'), t(lang, 'feedback.wrong')];
/** The other language each row switches to. */
const nextLang = (lang: L): L => LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length];
/** "1030 Schaerbeek" as the bot names a postal code's place. */
const placeName = (code: string) => placeLabel(k.router.placeFromPostalCode(code)!);

/**
 * A person who may be in danger, in words the crisis phrases do not catch: the real answerer finds crisis entries
 * nearest but is unsure (a fallback whose topic is "emergency").
 */
const UNSURE_CRISIS: Record<L, string> = {
  fr: 'mon mari est tombé dans la salle de bain et ne bouge plus',
  nl: 'mijn opa is gevallen en beweegt niet',
  en: "my husband fell in the bathroom and doesn't move",
  uk: 'тато впав і не ворушиться',
  ru: 'дедушка упал и не двигается',
  ar: 'جدتي سقطت على الأرض ولا تتحرك',
};

describe.each(LANGS)('conversation in %s', (lang) => {
  const row = TABLE[lang];

  it('welcomes in the channel locale with the privacy notice and the language buttons', async () => {
    const h = await harness({ locale: lang });
    const replies = await h.say({ type: 'conversationUpdate', membersAdded: [{ id: 'person-1', name: '' }], recipient: { id: 'bot', name: '' } });
    expect(replies[0].text).toContain(t(lang, 'welcome.greeting'));
    expect(replies[0].text).toContain(t(lang, 'welcome.privacy', { profileDays: 180, reviewDays: 90 }));
    expect(buttons(replies.slice(0, 2))).toEqual(['Français', 'Nederlands', 'English', 'Українська', 'Русский', 'العربية']);
    expect(buttons(replies).at(-1)).toBe(t(lang, 'actions.changeLanguage'));
    expect(answers(replies).every((a) => a.lang === lang)).toBe(true);
  });

  it('answers a direct question without onboarding, asks the place only then, and records feedback', async () => {
    const h = await harness();
    const entry = entryOf(k, ENTRY.cpas);
    const first = await h.say(row.cpas);
    const kinds = answers(first).map((a) => a.kind);
    expect(kinds).toEqual(['prompt', 'answer', 'prompt']);
    expect(answers(first).every((a) => a.lang === lang && !a.machineTranslated)).toBe(true);
    expect(first[0].text).toContain(t(lang, 'welcome.privacy', { profileDays: 180, reviewDays: 90 }));
    expect(textOf(first)).not.toContain(t(lang, 'welcome.greeting'));
    expect(answers(first)[1]).toMatchObject({ entryId: entry.id, topic: 'cpas', services: [] });
    expect(first[1].text).toContain(entry.text[lang].title);
    expect(first[1].text).toContain(entry.text[lang].answer.slice(0, 60));
    expect(first[1].text).toContain(t(lang, 'answer.source', { source: entry.sources.find((s) => s.url)?.url ?? '' }));
    expect(first[1].text).toContain(entry.reviewed);
    expect(first[2].text).toBe(t(lang, 'place.ask'));

    const second = await h.say('1030');
    const cpas = answers(second)[0].services.find((s) => s.id === 'cpas:schaerbeek');
    expect(answers(second)[0]).toMatchObject({ kind: 'answer', lang, entryId: entry.id });
    expect(cpas).toMatchObject({ type: 'cpas' });
    expect(second[0].text).toContain(t(lang, 'place.saved', { place: placeName('1030') }));
    expect(second[0].text).toContain(cpas?.name);
    expect(firstParagraph(second[1].text)).toBe(t(lang, 'feedback.ask'));
    // Feedback first, "talk to a person" last, and between them other CPAS entries for Brussels, the one written for
    // one status (temporary protection) never before the general ones.
    const shown = buttons(second);
    expect(shown.slice(0, 3)).toEqual(feedbackButtons(lang));
    expect(shown[shown.length - 1]).toBe(t(lang, 'actions.talkToPerson'));
    const offered = shown.slice(3, -1).map((title) => k.entries.find((e) => e.text[lang]?.title === title));
    expect(offered).toHaveLength(2);
    for (const e of offered) expect(e).toMatchObject({ topic: 'cpas', regions: expect.arrayContaining(['brussels']) });
    expect(offered.some((e) => e?.audience?.length)).toBe(false);
    expect(await h.profile()).toMatchObject({ postalCode: '1030', region: 'brussels' });

    const third = await h.say(t(lang, 'feedback.wrong'));
    expect(third.map((r) => r.text)).toEqual([t(lang, 'feedback.thanksWrong')]);
    expect(await h.feedback()).toEqual([{ entryId: entry.id, value: 'wrong', lang, day: TODAY }]);
    expect(await h.events()).toEqual([{ day: TODAY, topic: 'cpas', entryId: entry.id, lang, outcome: 'answered', channel: 'test' }]);
  });

  it('offers the entry of each region as buttons (no place known) and answers the one picked', async () => {
    const h = await harness();
    const first = await h.say(row.integration);
    const clarify = first[first.length - 1];
    expect(answers([clarify])[0]).toMatchObject({ kind: 'clarify', lang, topic: 'integration-pathway' });
    expect(clarify.text).toContain(t(lang, 'clarify.didYouMean'));
    expect(clarify.text).toContain(t(lang, 'safety.line'));
    const brussels = titleOf(k, ENTRY.integrationBrussels, lang);
    const titles = buttons(first);
    expect([...titles.slice(0, 2)].sort()).toEqual([titleOf(k, ENTRY.integrationWallonia, lang), brussels].sort());
    expect(titles[2]).toBe(t(lang, 'clarify.none'));

    const picked = await h.say(brussels);
    expect(answers(picked)[0]).toMatchObject({ kind: 'answer', entryId: ENTRY.integrationBrussels, lang });
    expect(picked[0].text).toContain(entryOf(k, ENTRY.integrationBrussels).text[lang].answer.slice(0, 60));
    expect(picked[0].text).toContain(t(lang, 'answer.unverified'));
    // The BAPA depends on the commune: asked after the answer.
    expect(picked[1].text).toBe(t(lang, 'place.ask'));
    expect((await h.events()).map((e) => e.outcome)).toEqual(['clarified']);
  });

  it('after an answer, offers the other entries of the topic for the region as buttons and answers the one pressed', async () => {
    const h = await harness();
    await h.say(row.integration);
    await h.say(titleOf(k, ENTRY.integrationBrussels, lang));
    const placed = await h.say('1030');
    expect(serviceIds(answers(placed)[0])).toContain('bapa-via-schaerbeek');
    // Feedback first, "talk to a person" last, and between them other entries of the topic that hold in Brussels:
    // a Brussels answer never leads to a Wallonia entry.
    const shown = buttons(placed);
    expect(shown.slice(0, 3)).toEqual(feedbackButtons(lang));
    expect(shown[shown.length - 1]).toBe(t(lang, 'actions.talkToPerson'));
    const offered = shown.slice(3, -1).map((title) => k.entries.find((e) => e.text[lang]?.title === title));
    for (const e of offered) {
      expect(e?.topic).toBe('integration-pathway');
      expect(!e?.regions?.length || e.regions.includes('brussels')).toBe(true);
    }
    const next = titleOf(k, ENTRY.integrationBrusselsNext, lang);
    expect(shown).toContain(next);
    expect(placed[1].text).toContain(t(lang, 'followUp.intro'));
    expect(placed[1].text).toContain(next);

    const followed = await h.say(next);
    expect(answers(followed)[0]).toMatchObject({ kind: 'answer', entryId: ENTRY.integrationBrusselsNext, topic: 'integration-pathway', lang });
    expect(followed[0].text).toContain(entryOf(k, ENTRY.integrationBrusselsNext).text[lang].answer.slice(0, 60));
    // The place is known now: feedback is asked at once, about the new answer; what was read is not offered again.
    expect(firstParagraph(followed[1].text)).toBe(t(lang, 'feedback.ask'));
    const again = buttons(followed);
    expect(again.slice(0, 3)).toEqual(feedbackButtons(lang));
    expect(again).not.toContain(next);
    expect(again).not.toContain(titleOf(k, ENTRY.integrationBrussels, lang));
    expect(await h.feedback()).toEqual([]);
    expect((await h.events()).map((e) => [e.outcome, e.entryId])).toEqual([['clarified', undefined], ['answered', ENTRY.integrationBrusselsNext]]);

    await h.say(t(lang, 'feedback.useful'));
    expect(await h.feedback()).toEqual([{ entryId: ENTRY.integrationBrusselsNext, value: 'useful', lang, day: TODAY }]);
  });

  it('feedback still works next to the follow-up buttons', async () => {
    const h = await harness();
    await h.say(row.integration);
    await h.say(titleOf(k, ENTRY.integrationBrussels, lang));
    await h.say('1030');
    const thanks = await h.say(t(lang, 'feedback.wrong'));
    expect(thanks.map((r) => r.text)).toEqual([t(lang, 'feedback.thanksWrong')]);
    expect(await h.feedback()).toEqual([{ entryId: ENTRY.integrationBrussels, value: 'wrong', lang, day: TODAY }]);
  });

  it('"I\'m in <town>" in casual words sets the place of a question, and keeps it in the profile', async () => {
    const h = await harness();
    const replies = await h.say(row.presence);
    const answer = answers(replies).find((a) => a.kind === 'answer');
    expect(answer).toMatchObject({ entryId: ENTRY.cpas, lang });
    expect(serviceIds(answer)).toContain('cpas:namur');
    expect(textOf(replies)).not.toContain(t(lang, 'place.ask'));
    expect(await h.profile()).toMatchObject({ postalCode: '5000', region: 'wallonia' });
    // Remembered for the next question.
    const again = await h.say(row.cpas);
    expect(serviceIds(answers(again).find((a) => a.kind === 'answer'))).toContain('cpas:namur');
  });

  it('the casual words alone only say where the person is', async () => {
    const h = await harness({ locale: lang });
    const noted = await h.say(row.presenceOnly);
    expect(answers(noted).map((a) => a.kind)).toEqual(['prompt', 'prompt']);
    expect(noted[1].text).toContain(t(lang, 'place.saved', { place: placeName('5000') }));
    expect(noted[1].text).toContain(t(lang, 'place.askQuestion'));
    expect(await h.profile()).toMatchObject({ postalCode: '5000' });
    expect(await h.events()).toEqual([]);
  });

  it('a town only mentioned further on in a question routes that answer, but is not kept as where the person lives', async () => {
    const h = await harness();
    const replies = await h.say(row.inPassing);
    const answer = answers(replies).find((a) => a.kind === 'answer');
    expect(answer).toMatchObject({ entryId: ENTRY.cpas });
    expect(serviceIds(answer)).toContain('cpas:namur');
    expect((await h.profile())?.postalCode).toBeUndefined();
    // The next question without a town: the place is asked, Namur was not remembered.
    const next = await h.say(row.cpas);
    expect(next[next.length - 1].text).toBe(t(lang, 'place.ask'));
  });

  it('"none of these" goes down the fallback ladder and queues the question for review', async () => {
    const h = await harness();
    await h.say(row.integration);
    const none = await h.say(t(lang, 'clarify.none'));
    expect(answers(none)).toEqual([expect.objectContaining({ kind: 'fallback', lang })]);
    expect(firstParagraph(none[0].text)).toBe(t(lang, 'fallback.rephrase'));
    expect(none[0].text).toContain(t(lang, 'safety.line'));
    expect(await h.reviewItems()).toEqual([expect.objectContaining({ text: row.integration, lang, day: TODAY })]);
  });

  it('gives the emergency reply with 112 first to a person describing someone who fell and does not move', async () => {
    // No crisis phrase names this; the crisis net reads a person, a fall and "not moving" (before it, only the
    // answerer's emergency fallback reached these, and only when the nearest entries were crisis entries).
    const h = await harness();
    const replies = await h.say(UNSURE_CRISIS[lang]);
    const emergency = replies.find((r) => r.channelData?.answer?.kind === 'emergency');
    expect(emergency?.text).toContain(t(lang, 'emergency.intro'));
    expect(emergency?.channelData?.answer?.services[0]).toMatchObject({ id: 'emergency-112' });
  });

  it('fallback ladder: asks to rephrase once, then names the human service, never a dead end', async () => {
    const h = await harness();
    const first = await h.say(row.unknown[0]);
    expect(answers(first).map((a) => a.kind)).toEqual(['prompt', 'fallback']);
    // Words the knowledge base knows in part ("learn" of the courses) are a question to rephrase; none at all, one
    // outside what Relais covers.
    expect(firstParagraph(first[1].text)).toBe(t(lang, row.unknownIs === 'offTopic' ? 'fallback.offTopic' : 'fallback.rephrase'));
    expect(first[1].text).toContain(t(lang, 'safety.line'));
    // Then the topics (guided browsing), for a person who cannot say it in other words.
    expect(buttons(first).slice(0, 2)).toEqual([t(lang, 'actions.talkToPerson'), t(lang, 'actions.help')]);
    expect(buttons(first).length).toBeGreaterThan(2);

    const second = await h.say(row.unknown[1]);
    expect(answers(second)).toEqual([expect.objectContaining({ kind: 'fallback', lang })]);
    const named = answers(second)[0].services.length > 0;
    expect(second[0].text).toContain(t(lang, named ? 'fallback.human' : 'fallback.humanGeneric'));
    expect(second[0].text).toContain(t(lang, 'fallback.askPlace'));

    const third = await h.say('5000');
    const cpas = answers(third)[0].services.find((s) => s.id === 'cpas:namur');
    expect(cpas).toBeDefined();
    expect(third[0].text).toContain(cpas?.name);
    expect((await h.reviewItems()).map((r) => r.text)).toEqual(row.unknown);
    expect((await h.events()).map((e) => e.outcome)).toEqual(['fallback', 'fallback']);
  });

  it('the emergency guard interrupts a pending question at once', async () => {
    const h = await harness();
    await h.say(row.cpas);
    await h.say('1030');
    const sos = await h.say(row.emergency);
    expect(sos).toHaveLength(1);
    expect(answers(sos)[0]).toMatchObject({ kind: 'emergency', topic: 'emergency', lang });
    expect(answers(sos)[0].services).toContainEqual({ id: 'emergency-112', type: 'emergency', name: '112' });
    expect(sos[0].text).toContain(t(lang, 'emergency.intro'));
    expect(sos[0].text).toContain('112');
    // The feedback question was dropped: its button is now an ordinary message, not feedback.
    await h.say(t(lang, 'feedback.useful'));
    expect(await h.feedback()).toEqual([]);
    expect((await h.events()).map((e) => e.outcome)).toContain('emergency');
  });

  it('changes language on request and keeps it for short messages', async () => {
    const h = await harness();
    const target = nextLang(lang);
    await h.say(row.cpas);
    const ask = await h.say(row.changeLanguage);
    expect(ask[0].text).toBe(t(lang, 'language.choose'));
    expect(buttons(ask)).toEqual(['Français', 'Nederlands', 'English', 'Українська', 'Русский', 'العربية']);
    const changed = await h.say(t(target, 'language.name'));
    expect(changed.map((r) => r.text)).toEqual([t(target, 'language.changed')]);
    expect(answers(changed)[0].lang).toBe(target);
    expect((await h.profile())?.lang).toBe(target);
    const place = await h.say('1030');
    expect(answers(place)[0].lang).toBe(target);
    expect(place[0].text).toContain(t(target, 'place.saved', { place: placeName('1030') }));
  });

  it('"forget me" erases everything kept about the person after confirmation', async () => {
    const h = await harness();
    await h.say(row.cpas);
    await h.say('1030');
    expect(await h.profile()).toBeDefined();
    expect(await h.remaining()).toBeGreaterThan(0);
    const confirm = await h.say(row.forget);
    expect(confirm[0].text).toBe(t(lang, 'forget.confirm'));
    expect(buttons(confirm)).toEqual([t(lang, 'forget.yes'), t(lang, 'forget.no')]);
    const done = await h.say(t(lang, 'forget.yes'));
    expect(done.map((r) => r.text)).toEqual([t(lang, 'forget.done')]);
    expect(answers(done)[0].lang).toBe(lang);
    expect(await h.profile()).toBeUndefined();
    expect(await h.remaining()).toBe(0);
    // Nothing remembered: a new question shows the privacy notice again and asks the place again.
    const again = await h.say(row.cpas);
    expect(again[0].text).toContain(t(lang, 'welcome.privacy', { profileDays: 180, reviewDays: 90 }));
    expect(again[again.length - 1].text).toBe(t(lang, 'place.ask'));
  });

  it('"forget me" answered "no" erases nothing', async () => {
    const h = await harness();
    await h.say(row.cpas);
    await h.say(row.forget);
    const kept = await h.say(t(lang, 'forget.no'));
    expect(kept.map((r) => r.text)).toEqual([t(lang, 'forget.cancelled')]);
    expect(await h.profile()).toBeDefined();
  });

  it('replies carry the locale, and Arabic ones are marked right-to-left', async () => {
    const h = await harness();
    const replies = await h.say(row.cpas);
    for (const r of replies) {
      expect(r.locale).toBe(lang);
      expect(r.channelData?.textDirection).toBe(lang === 'ar' ? 'rtl' : undefined);
    }
  });
});
