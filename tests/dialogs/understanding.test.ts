// What people write, read on the real knowledge base: the most specific place wins, a stated status is kept.
import { harness, i18n, textOf } from './harness';

const real = (locale?: string) => harness({ locale });

/** What the person's profile holds after one message in a new conversation. */
async function profileAfter(text: string) {
  const h = await real();
  await h.say(text);
  return h.profile();
}

/** The first reply that is an answer, a choice or a fallback (not the privacy notice or a prompt). */
function answerIn(replies: Array<{ channelData?: { answer?: { kind: string; topic?: string } } }>) {
  return replies.map((r) => r.channelData?.answer).find((a) => a && a.kind !== 'prompt');
}

/** What the first message of a new conversation in `lang` gets: its first answer, choice or fallback. */
async function firstAnswer(lang: string, text: string) {
  const h = await real(lang);
  return answerIn(await h.say(text));
}

/** The first reply that answers outright (not a choice or a fallback) answers with the entry `entryId`. */
function expectAnsweredWith(replies: Array<{ channelData?: { answer?: { kind: string; entryId?: string } } }>, entryId: string) {
  expect(replies.map((r) => r.channelData?.answer).find((a) => a?.kind === 'answer')).toMatchObject({ entryId });
}

/** The first message of a new conversation in `lang` is answered or offered choices, about `topic`. */
async function expectTopicFirst(lang: string, text: string, topic: string) {
  const found = await firstAnswer(lang, text);
  expect(found?.kind).toMatch(/^(answer|clarify)$/);
  expect(found?.topic).toBe(topic);
}

/** After `first`, the follow-up `next` is answered or offered choices, about `topic`. */
async function expectFollowUpTopic(lang: string, first: string, next: string, topic: string) {
  const h = await real(lang);
  await h.say(first);
  const found = answerIn(await h.say(next));
  expect(found?.kind).toMatch(/^(answer|clarify)$/);
  expect(found?.topic).toBe(topic);
}

describe('the most specific place wins', () => {
  it.each([
    ['en', 'I live in Brussels 1070 Anderlecht, where can i get help from the CPAS', '1070'],
    ['nl', 'ik woon in brussel 1080 molenbeek waar is het ocmw', '1080'],
    ['fr', "j'habite à Bruxelles, Schaerbeek, comment aller au CPAS", '1030'],
    ['nl', 'ik woon in brussel molenbeek, waar kan ik nederlands leren', '1080'],
  ])('%s: %s', async (_lang, text, postalCode) => {
    expect((await profileAfter(text))?.postalCode).toBe(postalCode);
  });
});

describe('a status the person states', () => {
  it.each([
    ['uk', 'маю тимчасовий захист, чи можу я працювати', 'temporary-protection'],
    ['en', 'hi, i am recognized refugee, do i need a work permit?', 'refugee'],
    ['fr', "j'ai la carte orange, est-ce que je peux travailler", 'asylum-seeker'],
    // Other wordings: the procedure named, other cases of the noun, spoken Arabic.
    ['ru', 'я в процедуре убежища, могу ли я работать', 'asylum-seeker'],
    ['ar', 'عندي حماية ثانوية، كيف اسجل بالسيباس', 'subsidiary-protection'],
    ['uk', 'я отримала статус біженця, що робити далі', 'refugee'],
    ['ar', 'ما عنديش الوراق، واش نقدر نشوف طبيب', 'undocumented'],
  ])('%s: "%s" is kept and not asked again', async (lang, text, status) => {
    const h = await real();
    const replies = await h.say(text);
    expect((await h.profile())?.status).toBe(status);
    expect(textOf(replies)).not.toContain(i18n.t(lang, 'status.ask'));
  });

  it.each([
    ['ru', 'какие документы нужны?'],
    ['fr', 'il faut quels papiers ?'],
    ['uk', 'а які документи треба?'],
    ['en', 'no idea which papers they want'],
  ])('%s: "%s" asks for documents and states no status', async (_lang, text) => {
    expect((await profileAfter(text))?.status).toBeUndefined();
  });

  it('is never taken from where the person comes from alone', async () => {
    expect((await profileAfter('я з України, де знайти роботу'))?.status).toBeUndefined();
  });

  // Said right after an answer, with little else: the same question for that status, within the last answer's topic,
  // not a new question the status words alone decide.
  it.each([
    ['en', 'how do i find a job in brussels', 'and if i only have an orange card?'],
    ['ru', 'как найти работу в Брюсселе', 'а с оранжевой картой?'],
  ])('%s: stated after an answer ("%s" … "%s"), it asks the same question for that status: the entry written for it', async (lang, first, next) => {
    const h = await real(lang);
    expect(answerIn(await h.say(first))).toMatchObject({ kind: 'answer', topic: 'employment' });
    expectAnsweredWith(await h.say(next), 'employment-asylum-seeker-work');
  });

  // The first two got the asylum seekers' work entry; the others are guards.
  it.each([
    ['fr', 'ou je peux suivre des cours de francais a Namur', 'et moi je suis demandeur d asile, c est possible aussi ?', 'language-courses'],
    ['fr', 'je cherche un cours de francais a Huy', "bon moi j'ai juste la carte orange pour l'instant, ca passe quand meme ?", 'language-courses'],
    ['nl', 'waar kan ik Nederlandse les volgen in Brussel', 'en als ik asielzoeker ben?', 'language-courses'],
    ['uk', 'де знайти курси французької в Намюрі', 'а якщо я шукач притулку?', 'language-courses'],
    ['ar', 'وين في دروس فرنساوي ببروكسل', 'وانا طالب لجوء، بيقبلوني؟', 'language-courses'],
  ])('%s: after "%s", "%s" stays with %s', async (lang, first, next, topic) => {
    await expectFollowUpTopic(lang, first, next, topic);
  });
});

describe('follow-ups are read against the last answer', () => {
  it.each([
    ['fr', "comment demander le revenu d'intégration au CPAS", 'quels documents ?', 'cpas'],
    ['nl', 'hoe vraag ik een leefloon aan bij het OCMW', 'waar moet ik naartoe?', 'cpas'],
    ['en', 'how do i ask the CPAS for the living wage', 'how much is it?', 'cpas'],
    ['uk', 'як отримати соціальну допомогу в CPAS', 'скільки це?', 'cpas'],
    // The question alone finds social housing on "papiers": read against the CPAS answer, it is surer.
    ['fr', "comment demander le revenu d'intégration au CPAS", 'il faut quels papiers ?', 'cpas'],
    // Alone, "compulsory" finds school ("compulsory from 5 to 18"); after the pathway's answer it is the pathway's.
    ['en', 'how do i sign up for the reception pathway in brussels', 'is that compulsory??', 'integration-pathway'],
    ['ru', 'как записаться на программу приёма в Брюсселе', 'а это обязательно', 'integration-pathway'],
    // "and the price?" with the "and" glued on, after a doctor's answer: it was read as a subject outside Relais.
    ['ar', 'ابغى اسجل عند طبيب عام في لييج', 'وكم السعر؟', 'health'],
    // How to reach the office just shown, and nothing else (writer BE): the language spoken there met interpreting,
    // the bus other entries. The last answer is shown again, its offices on the card. The Arabic and Ukrainian rows
    // failed before; the others are guards.
    ['en', 'where is the forem office in Liège', 'do they speak english there?', 'employment'],
    ['ar', 'وين مكتب الفورم في شارلروا', 'في حدا بيحكي عربي هناك؟', 'employment'],
    ['uk', 'як знайти CPAS в Ікселі', 'яким автобусом доїхати від площі Флаже?', 'cpas'],
    ['nl', 'waar is het OCMW van Gent', 'kan ik bellen of enkel mailen?', 'cpas'],
    ['fr', 'le bureau d aide juridique de Namur c est ou', 'ils parlent anglais la bas ?', 'legal-aid'],
    // A question with a need of its own after an answer is that need, whatever aspect it asks (guard).
    ['en', 'where is the forem office in Liège', 'how much is the rent deposit for a flat?', 'housing'],
    // "il se passe quoi" named the CPAS ("see pass", analysed as French), and the school's date question went there.
    ['fr', 'comment inscrire mon fils en premiere secondaire, c est quand l inscription', 'et si on rate la date il se passe quoi', 'education'],
    // A sure answer of its own stands: the title of the CPAS premium offered among the housing choices had brought
    // the school question to it.
    ['fr', 'ou trouver un logement a liege', 'et pour inscrire ma fille a l ecole ?', 'education'],
    // Guards: "and if they refuse?" stays with family reunification, with thanks before it too.
    ['ru', 'как привезти жену в Бельгию, я беженец', 'а если откажут, можно ещё раз подать?', 'family-reunification'],
    ['uk', 'хочу привезти дітей в Бельгію, в мене статус біженця', 'а якщо відмовлять, можна ще раз подати?', 'family-reunification'],
    ['nl', 'Ik wil mijn vrouw naar België laten overkomen, ik ben erkend vluchteling', 'Dank je. En welke papieren heb ik daarvoor nodig?', 'family-reunification'],
    // "And if …?" asks a case of the last answer (intents `supposes`), even naming the CPAS when the answer does: the
    // urgent medical aid, which the CPAS grants, had given way to the RIS entry (for people with a residence permit).
    ['ru', 'я без документов, мне нужен врач, кто заплатит?', 'а если CPAS откажет?', 'health'],
    ['fr', 'sans papiers, mon fils est malade, qui paie le medecin ?', 'et si le CPAS refuse ?', 'health'],
    ['ar', 'ma3andich lwra9 w bghit tbib, chkoun ghadi ykhalles?', 'w ila CPAS rafdo?', 'health'],
    // Guards: another topic that the last answer does not name is a new question, "and if" or not.
    ['fr', 'la caution pour un appartement à Liège, comment la payer ?', 'et si je veux apprendre le français ?', 'language-courses'],
    ['en', 'where do I register at the commune in Ixelles?', 'and if I want to bring my wife?', 'family-reunification'],
    // Thanks at length before the follow-up made it too long to be read as one (and "je vous remercie" was no thanks):
    // the French and English rows fell back, the Dutch one went to family reunification; the others guard.
    ['fr', 'Madame, Monsieur, je souhaiterais savoir comment choisir une mutuelle.', 'Je vous remercie sincerement pour votre reponse. Pourriez-vous egalement m indiquer quels documents je dois apporter ?', 'health'],
    ['en', 'Dear Sir or Madam, I would like to know how to register my son at a school in Namur.', 'Thank you very much for your kind answer. Could you please also tell me how long the procedure usually takes?', 'education'],
    ['nl', 'Geachte, ik zou graag weten hoe ik een ziekenfonds kies als nieuwkomer.', 'Dank u wel. En welke documenten dien ik daarvoor mee te brengen?', 'health'],
    ['ru', 'Уважаемые господа, как получить пособие CPAS в Льеже?', 'Благодарю за ответ. Не могли бы Вы также сообщить, какие документы нужно принести?', 'cpas'],
    ['ar', 'السادة المحترمون، كيف يمكنني التسجيل في دروس اللغة الفرنسية في لييج؟', 'شكرا على ردكم. هل يمكنكم ان تخبروني كم تكلف؟', 'language-courses'],
  ])('%s: "%s" then "%s" is about %s', async (lang, first, next, topic) => {
    await expectFollowUpTopic(lang, first, next, topic);
  });

  it('a short question that names another institution leaves the last answer ("and the CPAS?")', async () => {
    const h = await real();
    await h.say('how do i sign up for the reception pathway in brussels');
    const replies = await h.say('can the CPAS help me with money?');
    const answer = answerIn(replies);
    expect(answer?.topic).toBe('cpas');
  });

  it.each(['how much is it?', 'quels documents ?', 'waar moet ik naartoe?'])('"%s" asked first falls back', async (text) => {
    const h = await real();
    const replies = await h.say(text);
    expect(replies.map((r) => r.channelData?.answer?.kind)).toContain('fallback');
  });

  it('a question asked instead of picking a choice is read against the choices', async () => {
    const h = await real('en');
    // Answered outright since "integration course" names the pathway: a question that still offers choices.
    const first = answerIn(await h.say('where do i take the course for newcomers in brussels'));
    expect(first?.kind).toBe('clarify');
    const answer = answerIn(await h.say('is it free?'));
    expect(answer?.kind).toMatch(/answer|clarify/);
    expect(['integration-pathway', 'language-courses']).toContain(answer?.topic);
  });

  it('a follow-up still not understood shows the last answer again, and says so', async () => {
    const h = await real('nl');
    const first = answerIn(await h.say('ik zoek een cursus Frans in Brussel'));
    expect(first).toMatchObject({ kind: 'answer', topic: 'language-courses' });
    const replies = await h.say("ook 's avonds?");
    expect(textOf(replies)).toContain(i18n.t('nl', 'followUp.again'));
    expect(answerIn(replies)).toMatchObject({ kind: 'answer', topic: 'language-courses' });
  });

  it('a longer follow-up understood as nothing shows the last answer again', async () => {
    const h = await real('fr');
    expect(answerIn(await h.say("comment demander le revenu d'intégration au CPAS"))).toMatchObject({ kind: 'answer', topic: 'cpas' });
    const replies = await h.say('on doit prendre un rendez vous ou on peut passer directement le matin ?');
    expect(textOf(replies)).toContain(i18n.t('fr', 'followUp.again'));
    expect(answerIn(replies)).toMatchObject({ kind: 'answer', topic: 'cpas' });
  });

  it.each([
    ['ar', 'كيف نسجل فدروس الفرنسية فبروكسيل', 'واذا قالولي ما كاينش بلاصة؟'],
    ['fr', 'je cherche un cours de francais a Bruxelles', 'et si ya pas de place?'],
    ['en', 'where can i learn french in brussels', 'and if they say no?'],
  ])('%s: a short question naming nothing, right after an answer, is about it', async (lang, question, followUp) => {
    const h = await real(lang);
    expect(answerIn(await h.say(question))).toMatchObject({ kind: 'answer', topic: 'language-courses' });
    expect(answerIn(await h.say(followUp))).toMatchObject({ kind: 'answer', topic: 'language-courses' });
  });

  // An opening day or a cost asked right after an answer was read as a weekend's leisure by the topic model and told it
  // is outside Relais (tuning follow-ups of orient-83, 91, 93): the last answer's topic, or that answer shown again.
  it.each([
    ['en', 'i need a doctor who speaks urdu near Ixelles', 'and on saturday?', 'health'],
    ['nl', 'ik zoek een cursus Nederlands in Brussel', 'ook op zaterdag?', 'language-courses'],
    ['ru', 'где бесплатные курсы французского в Льеже', 'а в субботу?', 'language-courses'],
  ])('%s: "%s" then "%s" stays with %s', async (lang, first, next, topic) => {
    const h = await real(lang);
    expect(answerIn(await h.say(first))).toMatchObject({ topic });
    const found = answerIn(await h.say(next));
    expect(found?.kind).toMatch(/^(answer|clarify)$/);
    expect(found?.topic).toBe(topic);
  });

  // Dictated to a phone, a follow-up carries the fillers of speech: eleven words with "euh" went to the mental-health
  // entry on "toute seule" (writer AS's dictated batches; the fillers are not counted as words of the question).
  it.each([
    ['fr', "je voudrais savoir comment on fait pour avoir le revenu d'intégration au CPAS", 'et euh ça fait combien par mois pour une personne toute seule', 'cpas'],
  ])('%s: a dictated follow-up "%s" then "%s" stays with %s', async (lang, first, next, topic) => {
    const h = await real(lang);
    expect(answerIn(await h.say(first))).toMatchObject({ topic });
    expect(answerIn(await h.say(next))?.topic).toBe(topic);
  });

  it('a subject of the off-topic lists asked with an opening day is still outside Relais', async () => {
    const h = await real('en');
    await h.say('i need a doctor who speaks urdu near Ixelles');
    for (const [lang, text] of [['en', 'and who won the football match on saturday?'], ['fr', 'et il fait quel temps samedi ?']]) {
      const replies = await h.say(text);
      expect(replies.map((r) => r.channelData?.answer?.kind)).not.toContain('answer');
      expect(textOf(replies)).not.toContain(i18n.t(lang, 'followUp.again'));
    }
  });

  it('an off-topic message after an answer is not taken for a follow-up', async () => {
    const h = await real('en');
    await h.say('how do i ask the CPAS for the living wage');
    for (const text of ['and who won the football match?', 'and the weather tomorrow?']) {
      const replies = await h.say(text);
      expect(replies.map((r) => r.channelData?.answer?.kind)).not.toContain('answer');
      expect(textOf(replies)).not.toContain(i18n.t('en', 'followUp.again'));
    }
  });

  it.each([
    // The Dutch one fell back before the follow-up was searched within the pathway's entries; the others guard.
    ['nl', 'moet ik inburgering doen als erkend vluchteling in vlaanderen', 'en als ik het niet doe eh, krijg ik dan een boete of zo'],
    ['fr', 'je dois faire le parcours d integration, j ai eu mon titre de sejour', 'et si jle fais pas ils me font quoi? genre une amende?'],
    ['en', 'I must do the integration pathway, I just got my card', 'and if i dont do it what do they do to me? a fine?'],
    ['uk', 'я біженка, чи обов\'язковий для мене курс інтеграції', 'а якщо ні, то штраф чи шо?'],
    ['ru', 'я беженец, обязателен ли для меня курс интеграции', 'а если нет, то штраф или что?'],
    ['ar', 'انا لاجئ، هل مسار الاندماج اجباري علي', 'واذا لا، في غرامة ولا شو؟'],
  ])('%s: a follow-up after the choices of one topic stays in that topic', async (lang, question, followUp) => {
    const h = await real(lang);
    await h.say(question);
    const found = answerIn(await h.say(followUp));
    expect(found?.kind).toMatch(/^(answer|clarify)$/);
    expect(found?.topic).toBe('integration-pathway');
  });

  it('"and …" answered only weakly by another topic is read within the last answer\'s topic', async () => {
    // "deadline" met the refugees' family-reunification deadline, weakly, after the free lawyer.
    const h = await real('en');
    await h.say('where can i get a free lawyer for my asylum appeal');
    const found = answerIn(await h.say('and is there a deadline? the negative letter came last week'));
    expect(found?.kind).toMatch(/^(answer|clarify)$/);
    expect(found?.topic).toBe('legal-aid');
  });

  it('formal thanks on their own are thanked in return (they were "I am not sure I understood")', async () => {
    const h = await real('fr');
    await h.say('comment demander le revenu d integration au CPAS');
    const replies = await h.say('Je vous remercie.');
    expect(textOf(replies)).toContain(i18n.t('fr', 'smallTalk.thanks'));
  });

  it('"and in Namur?" gives the last answer\'s services there', async () => {
    const h = await real();
    await h.say('comment demander le revenu d integration au CPAS');
    const replies = await h.say('et à Namur ?');
    expect(textOf(replies)).toContain('Namur');
    expect((await h.profile())?.postalCode).toBe('5000');
  });

  it('"and in Charleroi?" after choices gives the services of the first choice\'s topic there', async () => {
    const h = await real();
    // "ou est le CPAS de Namur" was the first message until the topic model learnt the tuning batches' messages, then
    // "le cpas de namur peut m'aider à payer mes courses ?" until it learnt writers AT and AU (twenty-third session):
    // both are now answered outright with the CPAS's aids (docs/eval.md).
    const first = answerIn(await h.say("je suis ukrainienne sous protection temporaire, j'ai droit à quoi ici"));
    expect(first?.kind).toBe('clarify');
    expect((first as { topic?: string } | undefined)?.topic).toBe('cpas');
    const replies = await h.say('et a Charleroi?');
    const answer = answerIn(replies) as { kind: string; topic?: string; services?: Array<{ id: string }> } | undefined;
    expect(answer?.topic).toBe('cpas');
    expect(answer?.services?.map((s) => s.id)).toContain('cpas:charleroi');
    expect(textOf(replies)).not.toContain(i18n.t('fr', 'place.askQuestion'));
  });
});

describe('the need, not the status, says the topic', () => {
  // Temporary protection is named in most of the CPAS's Ukrainian questions: the topic model reads the need without it.
  it.each([
    ['uk', "я з України, маю тимчасовий захист, чи треба мені проходити парcours d'intégration у Льєжі?"],
    ['en', 'as a Ukrainian with temporary protection, do I have to follow the integration course in Liege?'],
  ])('%s: "%s" is about the integration pathway', async (lang, text) => {
    expect(await firstAnswer(lang, text)).toMatchObject({ kind: expect.stringMatching(/^(answer|clarify)$/), topic: 'integration-pathway' });
  });
});

describe('a follow-up is about the place its question named', () => {
  // "Is it free?" after Dutch courses in Antwerp was answered with the Brussels BAPAs: the town the question named was
  // not the profile's (a town a question only mentions is not kept as where one lives), and the follow-up had none.
  it.each([
    ['en', 'where can i learn dutch in Antwerpen', 'is it free?', 'vdab', 'bapa-bxl'],
    ['fr', 'où apprendre le néerlandais à Gent ?', "c'est gratuit ?", 'vdab', 'bapa-bxl'],
    // Another town named in the follow-up is that town.
    ['fr', 'cours de français à Namur ?', 'et à Liège ?', 'cri-liege', 'cri-namur'],
  ])('%s: "%s" then "%s" routes to %s, not %s', async (_lang, first, next, wanted, other) => {
    const h = await real();
    await h.say(first);
    const ids = (answerIn(await h.say(next)) as { services?: Array<{ id: string }> } | undefined)?.services?.map((s) => s.id) ?? [];
    expect(ids).toContain(wanted);
    expect(ids).not.toContain(other);
  });
});

describe('institutions from elsewhere name the need', () => {
  // People who lived in another country first name its offices: the need is the Belgian office's.
  it.each([
    ['ru', 'в Германии Sozialamt платил мне каждый месяц, а тут куда идти за деньгами?', 'cpas'],
    ['nl', 'in Frankrijk ging ik naar Pôle emploi, en hier, waar kan ik terecht?', 'employment'],
    ['ar', 'فألمانيا كانت الKrankenkasse كتخلص الطبيب، هنا شكون كيخلص؟', 'health'],
    // Twenty-fourth session (writer AW): the home country's registration office and employment agency (both fell back
    // before); a doctor named as the French or post-Soviet system names it and social housing as the British council's
    // were already answered so (guards of the new names).
    ['uk', 'де тут щось як ЦНАП? треба оформити прописку в Намюрі', 'residence'],
    ['ar', 'wach kayn chi haja kima ANAPEC f lmghrib bach nl9a khdma hna f Liège?', 'employment'],
    ['fr', "en France j'avais un médecin traitant, comment on en trouve un à Namur ?", 'health'],
    ['ru', 'мне нужен терапевт как в поликлинике, куда записаться в Льеже?', 'health'],
    ['en', 'back in the UK I lived in a council flat, how do I apply for one here in Charleroi?', 'housing'],
    // Twenty-fifth session (writer AY): registering at the commune, the mutualité as a translation app renders it
    // ("التعاضدية") and a work permit as heard ("بيرمي شغل") were clarified on housing or daily life, or chosen between.
    ['ar', 'كيف اعمل التسجيل في البلدية بشارلروا؟ عندي عقد ايجار', 'residence'],
    ['ar', 'شو هي التعاضدية وكيف اشترك فيها بنامور؟', 'health'],
    ['ar', 'المدير بالمطعم قال لازم بيرمي شغل قبل ما ابدا، من وين بجيبه؟', 'employment'],
    // A transport operator named is getting around, whatever aid the family gets (writer AX): it was the CPAS's premium.
    ['en', 'how much is a STIB pass for my son, we get help from the CPAS', 'daily-life'],
  ])('%s: "%s" is answered on %s', async (lang, text, topic) => {
    expect(await firstAnswer(lang, text)).toMatchObject({ kind: 'answer', topic });
  });

  it('"GP" is a doctor, but "the Belgian GP" is a race, outside Relais', async () => {
    await expectTopicFirst('en', 'how do i get a GP in Liege? back home i just went to the surgery', 'health');
    expect(await firstAnswer('en', 'who won the Belgian GP at Spa this summer?')).toMatchObject({ kind: 'fallback' });
  });
});

describe('a dialect question read in standard Arabic before its French words alone (engine option dialectReadingFirst)', () => {
  // "fiche de paie", "contrat" and "intérim" alone found work; the Darija around them asks for a flat to rent.
  it('ar: a flat to rent asked in Darija with French words is about housing', async () => {
    await expectTopicFirst('ar', 'خويا نحوس على دار للكرا ف Mons، ديما يطلبو fiche de paie و contrat، أنا خدام intérim', 'housing');
  });
});

describe('an office asked to pay for a subject outside Relais', () => {
  // Guard of the rule above: the office is asked for what it does (`officeServiceWords`), so the question stays in scope.
  it('en: "can the CPAS pay for my son\'s football club fees?" is about the CPAS', async () => {
    await expectTopicFirst('en', "can the CPAS pay for my son's football club fees?", 'cpas');
  });
});

describe('Belgian words kept in Latin letters inside another script', () => {
  // "leefloon", "inburgering", "NT2" are what people hear at the desk and write as heard, inside a Russian,
  // Ukrainian or Arabic sentence (the answerer's `borrowedKeywords`: each entry's Dutch keywords are searched there too).
  it.each([
    ['ru', 'скажите пожалуйста, кто платит leefloon и сколько ждать?', 'cpas'],
    ['ar', 'واش ضروري نتسجل فال inburgering ولا لا؟', 'integration-pathway'],
    ['uk', 'куди йти на NT2 ввечері?', 'language-courses'],
  ])('%s: "%s" is about %s', async (lang, text, topic) => {
    await expectTopicFirst(lang, text, topic);
  });
});

describe('travelling with a residence card, a child turning 18', () => {
  // Writer AD asked what a card allows ("can I go abroad with it, for how long?") and what changes at 18: residence
  // questions that met the integration pathway or a school entry. The entry that says who can answer them holds them now.
  it.each([
    ['fr', 'est-ce que je peux partir 3 semaines au maroc avec ma carte de séjour?'],
    ['nl', 'mijn zoon wordt 18 volgende maand, wat verandert er voor zijn verblijfskaart?'],
    ['ar', 'بنتي رح يصير عمرها 18، شو بيتغير بالإقامة تبعها؟'],
  ])('%s: "%s" is about residence', async (lang, text) => {
    await expectTopicFirst(lang, text, 'residence');
  });
});

describe('French words written in Arabic letters', () => {
  // "الغارونتي" (la garantie) and "الميتوال" (la mutuelle) are spelled as heard, with other vowels than the entries'
  // "غارانتي" and "ميتيال": the rent-deposit and health-insurance entries hold these spellings too.
  it.each([
    ['صاحب الشقة في لييج ما بغاش يرجع ليا الغارونتي', 'housing-rent-deposit-wallonia'],
    ['ما عنديش الميتوال وولدي مريض، كيفاش نتسجل', 'health-mutuality'],
  ])('ar: "%s" is answered with %s', async (text, entryId) => {
    const h = await real('ar');
    expectAnsweredWith(await h.say(text), entryId);
  });
});

describe('the need named in everyday words', () => {
  // A lawyer named is legal aid; bringing a husband or a wife over is family reunification. English and Arabic fell
  // back or offered choices before these names; the other rows guard.
  it.each([
    ['fr', 'elle a pas d avocat, comment elle en trouve un gratuit', 'legal-aid'],
    ['nl', 'hij heeft geen advocaat, hoe vindt hij er een gratis', 'legal-aid'],
    ['en', 'she doesnt have a lawyer. how does she find a free one', 'legal-aid'],
    ['uk', 'в неї нема адвоката, як знайти безкоштовного', 'legal-aid'],
    ['ru', 'у него нет адвоката, как найти бесплатного', 'legal-aid'],
    ['ar', 'ما عندو محامي، كيفاش يلقى واحد بلاش', 'legal-aid'],
    ['en', 'i am a eu citizen from romania and want to bring my wife from moldova', 'family-reunification'],
    ['ru', 'у меня вид на жительство, хочу привезти жену из Узбекистана', 'family-reunification'],
    // Brothers and sisters, and "how do I bring them": the French went to debts, the Arabic fell back.
    ['fr', 'comment faire venir mes freres du congo', 'family-reunification'],
    ['ar', 'اخواتي في لبنان، كيف اجيبهم لبلجيكا', 'family-reunification'],
    ['en', 'can i bring my sisters to belgium, i have refugee status', 'family-reunification'],
    // Social housing named in short: "a family with children" had drawn family reunification.
    ['ru', 'помогаю семье с тремя детьми, хотят соц жильё, куда подавать', 'housing'],
    ['fr', 'une famille que j aide veut un logement social, ils ont 4 enfants, on depose ou', 'housing'],
    // An equivalence named is the diploma's recognition: the English one fell back.
    ['en', 'got my masters in Lagos and the firm here wants an equivalence, how long does it usually take', 'education'],
    ['nl', 'master gehaald in Kabul, de baas wil gelijkwaardigheid, duurt dat lang?', 'education'],
    // A sworn translator named is help with papers: the French fell back, the English went to diplomas.
    ['fr', 'ou trouver un traducteur juré pour mon acte de naissance', 'daily-life'],
    ['uk', 'мені потрібен присяжний перекладач для свідоцтва про шлюб', 'daily-life'],
    // A temp agency named (writer AZ: it went to legal aid for debts); the school canteen row is a guard.
    ['ar', 'وكالة التشغيل اخذت مني فلوس ووعدتني بخدمة وما عطاتني والو', 'employment'],
    ['fr', "la cantine à l'école de ma fille coûte trop cher pour nous, il y a une aide ?", 'education'],
    // A SIM card is help settling in (its entry), not a phone to repair; a tram or train ticket named in Arabic.
    ['en', 'where can i buy a sim card when i only have my annex 26?', 'daily-life'],
    ['ar', 'ازاي اشتري تذكرة قطر للولاد؟ بكام؟', 'daily-life'],
    ['ar', 'شلون احصل تذكرة الترام بسعر قليل؟', 'daily-life'],
    // A lease named (writer BC: "the lease ends, the owner won't extend" went to residence); Wallonia's buses named
    // (writer BB: a TEC pass for a pupil went to school); an asylum claim already made, asking what comes next (writer
    // BB: it went to the health care of asylum seekers or to work). The Ukrainian row failed on the start build; the
    // others are guards of the same changes.
    ['uk', 'договір оренди закінчується у травні, власник не продовжує, скільки часу він мав дати?', 'housing'],
    ['ru', 'договор аренды заканчивается, хозяин не хочет продлевать, что делать', 'housing'],
    ['ar', 'بكم اشتراك TEC للطالب في الثانوية؟', 'daily-life'],
    ['ar', 'قدمت لجوء من اسبوع وعطوني ورقة، وين بروح هلق؟', 'residence'],
  ])('%s: "%s" is about %s', async (lang, text, topic) => {
    const found = await firstAnswer(lang, text);
    expect(found?.kind).toMatch(topic === 'legal-aid' ? /^answer$/ : /^(answer|clarify)$/);
    expect(found?.topic).toBe(topic);
  });
});

describe('learning the language said with the verb, and what Relais is', () => {
  // The Arabizi and Darija rows fell back before the dialect words and the names kept in a reading; the questions
  // about Relais itself fell back in five languages (the entry had no "Relais"); see the rows below for the
  // Cyrillic and Persian-letter names. The other rows guard.
  it.each([
    ['ru', 'подскажите где учат французский по вечерам', 'language-courses'],
    ['uk', 'хочу вчити французьку але не знаю куди піти', 'language-courses'],
    ['ar', 'بغيت نتعلم الفرنساوي فين نمشي', 'language-courses'],
    ['ar', 'bghit n9ra lfransawi wach kayn chi blassa', 'language-courses'],
    ['ar', 'عندي ديبلوم من الجزائر كيفاش نعادلو هنا', 'education'],
    ['fr', 'c est quoi relais au juste, vous etes une asbl ou l etat', 'daily-life'],
    ['nl', 'is Relais van de overheid of een vzw?', 'daily-life'],
    ['en', 'who runs Relais, is it the government or private?', 'daily-life'],
    ['uk', 'Relais це державна служба чи приватна?', 'daily-life'],
    ['ru', 'Relais это государственная служба или частная?', 'daily-life'],
    ['ar', 'Relais جهة حكومية ولا جمعية؟', 'daily-life'],
    // Belgian names written in Cyrillic as heard.
    ['uk', 'чи треба мені проходити інбургерінг якщо я з тимчасовим захистом?', 'integration-pathway'],
    ['ru', 'ОЦМВ не отвечает уже месяц, что делать', 'cpas'],
    ['ru', 'надо ли мне регистрироваться в ВДАБ', 'employment'],
    // p written with the Persian letter.
    ['ar', 'قالولي روح السي پي ايه اس، هما بيدوا فلوس قد ايه', 'cpas'],
  ])('%s: "%s" is about %s', async (lang, text, topic) => {
    await expectTopicFirst(lang, text, topic);
  });
});

describe("a letter's salutation says nothing of the need", () => {
  // "Шановні" weighed a third of the Ukrainian question, which fell back; the other rows guard.
  it.each([
    ['uk', 'Шановні, як зареєструвати дитину до школи в Намюрі?', 'education'],
    ['ru', 'Уважаемые господа, как записать ребенка в школу? С уважением', 'education'],
    ['nl', 'Geachte heer/mevrouw, hoe schrijf ik mijn zoon in op school? Met vriendelijke groeten', 'education'],
    ['ar', 'السادة المحترمون، تحية طيبة وبعد، كيف اسجل ابني في المدرسة؟', 'education'],
    ['fr', "Mesdames, Messieurs, comment inscrire mon fils a l'ecole ? Veuillez agreer mes salutations distinguees", 'education'],
    ['en', 'Dear Sir or Madam, how do I enrol my son in school? Yours faithfully', 'education'],
  ])('%s: "%s"', async (lang, text, topic) => {
    const found = await firstAnswer(lang, text);
    expect(found?.kind).toBe('answer');
    expect(found?.topic).toBe(topic);
  });
});

describe('institutions dictated to a phone name the need', () => {
  // Speech-to-text writes the letters as heard: "sepasse", "o see em wee", "see pass", "le for hem".
  it.each([
    ['fr', 'euh bonjour comment on fait pour avoir le revenu d integration au sepasse je suis refugie', 'cpas'],
    ['nl', 'dus eh hoeveel is het leef loon bij het o see em wee als erkend vluchteling', 'cpas'],
    ['en', 'um someone told me to go to the see pass for money is that right i just got my status', 'cpas'],
    ['fr', 'je me suis inscrit au for hem mais personne me rappelle pour du travail', 'employment'],
    // Spelt out by a Russian or Ukrainian voice keyboard (writer BA); the Russian row is a guard.
    ['ru', 'как подать на помощь в си пи эй эс если я только переехал', 'cpas'],
    ['uk', 'сі пі ес не відповідає на мою заяву вже місяць що робити', 'cpas'],
    ['uk', 'де в Намюрі сепас?', 'cpas'],
    ['uk', 'в якому сепасі мене приймуть?', 'cpas'],
  ])('%s: "%s" is about %s', async (lang, text, topic) => {
    const found = await firstAnswer(lang, text);
    expect(found?.kind).toMatch(/^(answer|clarify)$/);
    expect(found?.topic).toBe(topic);
  });
});

describe('thanks and greetings are answered in kind', () => {
  it.each([
    ['fr', 'merci beaucoup', 'smallTalk.thanks'],
    ['uk', 'дякую', 'smallTalk.thanks'],
    ['ar', 'السلام عليكم', 'smallTalk.greeting'],
    ['en', 'hello', 'smallTalk.greeting'],
    ['nl', 'oke dankjewel', 'smallTalk.thanks'],
    ['uk', 'ок, дякую', 'smallTalk.thanks'],
    ['ar', 'تمام شكرا', 'smallTalk.thanks'],
    // Thanks said at length: the thanks phrases hold most of the message.
    ['ar', 'شكرا جزيلا الله يخليك', 'smallTalk.thanks'],
    ['fr', 'merci bcp vraiment', 'smallTalk.thanks'],
    // With an interjection or a compliment around it.
    ['nl', 'merci eh', 'smallTalk.thanks'],
    ['fr', 'ok merci wallah t es le meilleur', 'smallTalk.thanks'],
    ['en', 'thank you bro you are the best', 'smallTalk.thanks'],
    ['ru', 'спасибо, вы лучшие', 'smallTalk.thanks'],
    ['ar', 'شكرا خويا الله يرضي عليك', 'smallTalk.thanks'],
    // With a blessing.
    ['fr', 'ok merci bcp que dieu vous benisse', 'smallTalk.thanks'],
    ['ru', 'спасибо большое, храни вас бог', 'smallTalk.thanks'],
    ['uk', 'дякую, хай бог береже', 'smallTalk.thanks'],
    // Someone asking for another person says they will pass it on.
    ['nl', 'oke bedankt, ik zal het hem zeggen', 'smallTalk.thanks'],
    ['uk', 'дякую, передам їй', 'smallTalk.thanks'],
    ['en', "thanks a lot, i'll let her know", 'smallTalk.thanks'],
    ['fr', 'merci je lui transmets', 'smallTalk.thanks'],
    ['ru', 'спасибо, я ему скажу', 'smallTalk.thanks'],
    ['ar', 'شكرا بزاف، غادي نقوليه', 'smallTalk.thanks'],
    // Said to a brother, a friend, "you and your family"; or "I figured it out".
    ['fr', 'merci bcp ma soeur, que dieu vous garde vous et votre famille', 'smallTalk.thanks'],
    ['nl', 'dankjewel broer, echt', 'smallTalk.thanks'],
    ['en', 'thanks again my friend, god bless you and your family', 'smallTalk.thanks'],
    ['uk', 'дякую, друже, розібрався', 'smallTalk.thanks'],
    ['ru', 'спасибо брат, разобрался', 'smallTalk.thanks'],
    ['ar', 'شكرا حبيبي الله يحفظك', 'smallTalk.thanks'],
    // Thanks opening a message that asks nothing else the bot understands: relief, praise, a complaint about an office.
    ['fr', 'merci infiniment, enfin quelqu un qui repond clairement', 'smallTalk.thanks'],
    ['nl', 'dank je wel, eindelijk iemand die antwoordt', 'smallTalk.thanks'],
    ['en', 'thank you so much, you have been more helpful than the commune honestly', 'smallTalk.thanks'],
    ['uk', 'дякую вам велике, нарешті хтось відповів', 'smallTalk.thanks'],
    ['ru', 'спасибо огромное, вы мне очень помогли с этим', 'smallTalk.thanks'],
    ['ar', 'شكرا كتير، والله ساعدتني اكتر من البلدية', 'smallTalk.thanks'],
    // Thanks in Latin letters: Arabizi of every region, Russian and Ukrainian as typed without Cyrillic.
    ['ar', 'choukran bzaf khouya', 'smallTalk.thanks'],
    ['ar', 'tamam shukran ya basha', 'smallTalk.thanks'],
    ['ar', 'tislam idak ya akhi', 'smallTalk.thanks'],
    ['ar', 'يسلمو ايديك', 'smallTalk.thanks'],
    ['ru', 'ok spasibo bolshoe', 'smallTalk.thanks'],
    ['uk', 'duzhe dyakuyu', 'smallTalk.thanks'],
  ])('%s: %s', async (lang, text, key) => {
    // One word says little of its language: the page sends the person's locale.
    const h = await real(lang);
    const replies = await h.say(text);
    expect(textOf(replies)).toContain(i18n.t(lang, key));
    expect(textOf(replies)).not.toContain(i18n.t(lang, 'fallback.rephrase'));
  });

  it('thanks followed by a question is a question', async () => {
    const h = await real();
    await h.say("comment demander le revenu d'intégration au CPAS");
    const replies = await h.say('merci, et pour ma femme il faut faire une demande a part ?');
    expect(textOf(replies)).not.toContain(i18n.t('fr', 'smallTalk.thanks'));
  });

  it('thanks at length right after an answer are thanks, not a follow-up of it', async () => {
    const h = await real('en');
    await h.say("i'm a nurse and want to find work in brussels");
    const replies = await h.say("thank you so much, you've been more helpful than the commune honestly");
    expect(textOf(replies)).toContain(i18n.t('en', 'smallTalk.thanks'));
    expect(replies.map((r) => r.channelData?.answer?.kind)).not.toContain('answer');
  });

  it('thanks before a need said without a question mark is still the need', async () => {
    const h = await real();
    const replies = await h.say('merci, mon fils aussi cherche une ecole');
    expect(textOf(replies)).not.toContain(i18n.t('fr', 'smallTalk.thanks'));
    expect(replies.map((r) => r.channelData?.answer?.topic)).toContain('education');
  });

  it('a greeting before a question is no small talk', async () => {
    const h = await real();
    const replies = await h.say('hello, i need a free lawyer');
    expect(replies.map((r) => r.channelData?.answer?.topic)).toContain('legal-aid');
  });
});

describe('Russian, Ukrainian and Arabic typed in Latin letters', () => {
  it.each([
    ['ru', 'dobryj den, gde mne iskat rabotu v Namure', 'employment'],
    ['uk', 'de znayty likarya yakyy hovoryt ukrayinskoyu', 'health'],
    // Longer messages whose everyday words were not counted ("ja", "ne", "i" are Dutch, French and English too), a
    // Belgian word kept in Latin letters and a 4 for ч (writer BA: read as French, they fell back).
    ['uk', "sho take leefloon i 4y ja maju na n'ogo pravo? ja teper zhyvu v Mechelen z dvoma ditmy", 'cpas'],
    ['ru', 'ja tut po rabote, ho4u perevezti zhenu i syna, 4to dlja etogo nuzhno?', 'family-reunification'],
  ])('%s: "%s" is answered in its language from its entries', async (lang, text, topic) => {
    const h = await real();
    const replies = await h.say(text);
    const answer = replies.find((r) => r.channelData?.answer && r.channelData.answer.kind !== 'prompt');
    expect(answer?.channelData?.answer?.topic).toBe(topic);
    expect(answer?.locale ?? answer?.channelData?.lang).toBe(lang);
  });

  it.each([
    ['kifach ndir demande dial logement social f Namur?', 'housing'],
    ['فين نقدر ندير des cours de francais ف لييج', 'language-courses'],
  ])('Darija with French words: "%s" is searched on its French words too', async (text, topic) => {
    const h = await real('ar');
    const replies = await h.say(text);
    const answer = answerIn(replies);
    expect(answer?.kind).toMatch(/answer|clarify/);
    expect(answer?.topic).toBe(topic);
  });

  it('a follow-up in Arabic letters mixed with French, in a conversation held in Arabic, is answered in Arabic', async () => {
    const h = await real();
    await h.say('fin n9der nt3allam lfransawiya f namur?');
    const replies = await h.say('w les horaires? rani nkhdem f la nuit');
    const answer = replies.find((r) => r.channelData?.answer);
    expect(answer?.locale ?? answer?.channelData?.lang).toBe('ar');
  });

  it('an Arabizi question about a course never reaches the emergency entries on "bghit" (I want)', async () => {
    const h = await real();
    const replies = await h.say("bghit nt3lm lfransawiya, fin kayn cours f bruxelles?");
    const kinds = replies.map((r) => r.channelData?.answer?.kind);
    expect(kinds).not.toContain('emergency');
    expect(replies.map((r) => r.channelData?.answer?.topic)).not.toContain('emergency');
  });
});

describe('a question outside what Relais covers', () => {
  // 'either': "outside what I cover" or "say it otherwise"; 'offTopic': the question names a subject Relais does
  // not cover (football, crypto, pets, jokes, films, the weather, household repairs, poems, sums, phones, prices of
  // goods, celebrities), so it is told so.
  it.each([
    ['en', 'who will win the football league this year', 'either'],
    ['nl', 'wie gaat dit jaar de champions league winnen', 'either'],
    ['fr', 'c est quoi la recette des crepes', 'either'],
    ['en', 'is bitcoin gonna crash again this month', 'offTopic'],
    ['fr', 'mon chat vomit depuis ce matin, un veto pas cher ?', 'offTopic'],
    ['nl', 'wie kent een goeie mop over belgen', 'offTopic'],
    ['ru', 'посоветуй хороший фильм на выходные', 'offTopic'],
    ['uk', 'чому пральна машина не зливає воду', 'offTopic'],
    ['ar', 'شنو الطقس غدا فبروكسيل', 'offTopic'],
    ['nl', 'schrijf een gedicht voor de verjaardag van mijn moeder', 'offTopic'],
    // A sum to work out is homework Relais does not do, though "huiswerk" is a word of the homework-support entry.
    ['nl', 'kan je mijn huiswerk doen aub: 4x + 2 = 10', 'offTopic'],
    ['en', 'my phone screen broken where to repair cheap', 'offTopic'],
    ['ar', 'شحال سعر الذهب اليوم فبلجيكا', 'offTopic'],
    ['ru', 'кто лучше месси или роналду', 'offTopic'],
    // No subject listed: the topic model learnt what lies outside what Relais covers (knowledge/phrasings/outside.jsonl).
    ['en', 'how many players in a rugby team', 'offTopic'],
    ['fr', 'c quoi la capitale de l australie', 'offTopic'],
    // Snow and sledging, sights, a sura to explain; "het weer" said as the weather, not as "again".
    ['en', 'will it snow in the ardennes on sunday, the kids want to go sledging', 'offTopic'],
    ['nl', 'hoe is het weer zaterdag aan de kust, ik moet buiten werken', 'offTopic'],
    ['fr', 'le musee de l atomium c est combien pour les enfants', 'offTopic'],
    ['uk', 'де покататися на санках біля Льєжа коли випаде сніг', 'offTopic'],
    ['ru', 'объясните смысл суры ясин пожалуйста', 'offTopic'],
    ['ar', 'ممكن حد يشرحلي تفسير سورة يس', 'offTopic'],
    // Beer and gifts to buy, a Christmas market, a prayer to say, maths to explain.
    ['en', 'which belgian beer should i bring my uncle as a present', 'offTopic'],
    ['nl', 'tips voor een cadeautje voor de juf van mijn dochter?', 'offTopic'],
    ['fr', 'il ouvre quand le marche de noel a liege cette annee', 'offTopic'],
    ['uk', 'поясніть будь ласка дроби, син не розуміє', 'offTopic'],
    ['ru', 'какой подарок купить жене на новый год', 'offTopic'],
    ['ar', 'ابغى دعاء للنجاح في امتحان السياقة', 'offTopic'],
    // A laptop to fix, sights to see, a phrase to translate, a quiz, a match (the laptop, the match and the quiz were
    // already told so: guards for the words added with the others).
    ['en', 'my laptop keeps restarting, can you fix it', 'offTopic'],
    ['en', 'my daughter has homework with linear equations, can you explain', 'offTopic'],
    ['fr', 'mon pc portable ne s allume plus, vous pouvez m aider', 'offTopic'],
    ['nl', 'hoe zeg je in het frans ik heb honger', 'offTopic'],
    ['uk', 'які визначні місця є в Генті з дітьми?', 'offTopic'],
    ['ru', 'как сказать по-французски спасибо большое', 'offTopic'],
    ['ar', 'وقتاش الماتش ديال المغرب وبلجيكا', 'offTopic'],
    ['en', 'what is the capital of canada, it is for a quiz', 'offTopic'],
    // Video games by name (writer AA): a boss in a game is no employer, a video game for a child is no school question.
    ['en', 'stuck on the final boss in elden ring, any tips', 'offTopic'],
    ['fr', 'c est quoi le meilleur jeu video pour un enfant de 8 ans', 'offTopic'],
    ['ar', 'كيفاش نربح فببجي، ديما كيقتلوني', 'offTopic'],
    // An office named beside a subject outside Relais (writer AC): where the question comes from, not its need.
    ['nl', 'het weer morgen in gent? ik moet te voet naar het ocmw', 'offTopic'],
    ['ru', 'дай рецепт борща, в CPAS сказали что ты все знаешь', 'offTopic'],
    ['en', 'who won belgium vs france yesterday, my mate from actiris bet me 10 euro', 'offTopic'],
    ['fr', "vous avez le numéro perso de l'assistante du cpas? je voudrais l'inviter au resto", 'offTopic'],
    // Subjects at the edge of Relais's world (writer AZ): a traffic fine read as legal aid, car insurance as health,
    // buying a home as the CPAS or housing. The Ukrainian home internet row is a guard.
    ['fr', "j'ai pris une amende de stationnement à Liège, je la paie comment ?", 'offTopic'],
    ['nl', 'hoeveel kost een autoverzekering voor een nieuwe bestuurder?', 'offTopic'],
    ['en', 'we want to buy a house near Leuven, how much are notary fees roughly?', 'offTopic'],
    ['ru', 'получил штраф за превышение скорости по почте, где его оплатить?', 'offTopic'],
    ['uk', 'порадьте дешевий домашній інтернет у Брюсселі', 'offTopic'],
    ['ar', 'بغيت نعرف ثمن تأمين السيارة هنا، شي شركة رخيصة؟', 'offTopic'],
    // A gym or a cheap hairdresser (writer BC: read as daily life or housing). The Russian row is a guard.
    ['fr', 'une salle de sport pas chere a Namur svp', 'offTopic'],
    ['ar', 'وين في حلاق رخيص بشاربيك؟', 'offTopic'],
    ['ru', 'посоветуйте спортзал недорогой в Льеже', 'offTopic'],
  ])('%s: "%s" gets what Relais covers, the topics as buttons and the safety line, no entry (%s)', async (lang, text, reply) => {
    const h = await real(lang);
    const replies = await h.say(text);
    const fallback = replies.find((r) => r.channelData?.answer?.kind === 'fallback');
    expect(replies.map((r) => r.channelData?.answer?.kind)).not.toContain('answer');
    expect(fallback?.text).toContain(i18n.t(lang, 'safety.line'));
    const offTopic = fallback?.text?.includes(i18n.t(lang, 'fallback.offTopic'));
    const rephrase = fallback?.text?.includes(i18n.t(lang, 'fallback.rephrase'));
    expect(reply === 'offTopic' ? offTopic : offTopic || rephrase).toBe(true);
    const titles = (fallback?.suggestedActions?.actions ?? []).map((a) => a.title);
    expect(titles.length).toBeGreaterThan(5);
  });

  it.each([
    // An institution spelt out letter by letter, typed or dictated, is named.
    ['fr', 'bonjour le c p a s il donne combien pour une personne seule a namur', 'cpas', 'spelt out'],
    ['nl', 'ik ben ingeschreven bij de vee dee aa bee maar ik hoor niks, moet ik zelf bellen', 'employment', 'spelt out'],
    ['en', 'i am going to the see pee ay ess tomorrow for money, what papers do i bring', 'cpas', 'spelt out'],
    // The CPAS described rather than named, or translated word for word, is the CPAS.
    ['en', 'the office for poor people in my commune, can they give me money?', 'cpas', 'described'],
    ['fr', 'maison de l aide des pauvres a liege comment demander argent', 'cpas', 'described'],
    ['ru', 'мне сказали идти в офис для бедных, это где', 'cpas', 'described'],
    // "The social service", as Ukrainian and Russian speakers call it (writer BE); the Ukrainian row is a guard.
    ['ru', 'соцслужба в Генте где она и нужна ли запись', 'cpas', 'the social office'],
    ['uk', 'де соцслужба в Шарлеруа, хочу попросити допомогу', 'cpas', 'the social office'],
    // The asylum interview is the procedure, not work; work while waiting for the decision is work (guards).
    ['ru', 'я потерял оранжевую карту, а интервью в CGRA через неделю, что делать', 'residence', 'the interview'],
    ['ru', 'можно ли работать пока жду ответ по убежищу', 'employment', 'guard'],
    ['uk', 'чи можна працювати поки чекаю рішення щодо притулку', 'employment', 'guard'],
    // Levantine Arabizi that no reading holds enough of is offered what its Arabic-script reading is about.
    ['ar', 'bidi at3allam fransawi, fi madrasa bala flous?', 'language-courses', 'Arabizi read in Arabic'],
    ['ar', 'baddi at3allam hollandi bi antwerpen, wein?', 'language-courses', 'Arabizi read in Arabic'],
    // The address of an office asked in its name (writer BE): "адреса" had made it the entry for people without an
    // address, "знайти" (find) the entry for finding a home. The "pas d'adresse" row is a guard: no address is the need.
    ['uk', 'адреса CPAS в Ікселі', 'cpas', 'an office and how to reach it'],
    ['ar', 'عنوان السيباس في سكاربيك', 'cpas', 'an office and how to reach it'],
    ['en', 'the address of the CPAS in Namur', 'cpas', 'an office and how to reach it'],
    ['uk', 'як знайти CPAS в Ікселі', 'cpas', 'an office and how to reach it'],
    ['fr', "j'ai pas d'adresse, le cpas peut me domicilier?", 'housing', 'guard'],
    // The trade a person says they are, unknown to every entry, weighed as the rarest word and left the need under
    // half the question: the French, Dutch and Russian rows fell back. The others are guards (a known word after "je
    // suis" still counts).
    ['fr', 'je suis plombier, comment trouver du travail', 'employment', 'a trade named first'],
    ['nl', 'ik ben kapper, hoe vind ik werk in gent', 'employment', 'a trade named first'],
    ['ru', 'я сварщик, как найти работу', 'employment', 'a trade named first'],
    ['en', 'I am an electrician, how to find job', 'employment', 'guard'],
    ['fr', 'je suis malade, ou trouver un medecin', 'health', 'guard'],
    // Offices as Arabic speakers say them at the counter (writer BG): the mutuelle "المتييل", the OCMW "الأوسيمو",
    // the social office "السوسيال", the health insurance "لاسورونس ديال الصحة".
    ['ar', 'المتييل شو بدهم اوراق لسجل فيها؟', 'health', 'an office as heard'],
    ['ar', 'معونة الأوسيمو بيقطعوها اذا اشتغلت نص دوام؟', 'cpas', 'an office as heard'],
    ['ar', 'السوسيال قالو ليا خاصني نقلب على خدمة، واش عندهم الحق؟', 'cpas', 'an office as heard'],
    ['ar', 'لاسورونس ديال الصحة شحال كتكلف فالشهر؟', 'health', 'an office as heard'],
    // "How much" in Moroccan, Algerian and Levantine (شحال, قداش, قديش) read as the standard كم: as the rarest word
    // of a detail question it had left the need under half of it (writer BG); the Levantine row is a guard.
    ['ar', 'الكريش شحال كتخلص فالشهر؟', 'education', 'how much in dialect'],
    ['ar', 'الضمانة تاع الكرا قداش شهر؟', 'housing', 'how much in dialect'],
    ['ar', 'قديش بيعطي السيباس للعيلة؟', 'cpas', 'guard'],
    // Work with an annexe 26 (the asylum seeker's paper) is work: the residence entry on annexes had it.
    ['en', 'I have annexe 26, can I work?', 'employment', 'annexe 26'],
    ['fr', "j'ai une annexe 26, est-ce que je peux travailler?", 'employment', 'annexe 26'],
    // Arabizi with French office words kept as written in its Arabic reading ("etudiant", "adresse"), and that
    // reading taken when the letters as written held little of the question: the address change fell back. The
    // other two rows are guards.
    ['ar', "ana etudiant, bghit nbeddel l'adresse dyali l Anderlecht, kifach?", 'residence', 'French words in Arabizi'],
    ['ar', 'ana 3ndi nationalite belge, n9der njib mama mn lmaghrib?', 'family-reunification', 'guard'],
    ['ar', 'momken a3mel compte f la banque b annexe 26?', 'daily-life', 'guard'],
    // An age no entry holds ("67 лет") is not held against the question; a bare number still is (a sum: "كم 12 ضرب
    // 11" met violence on its ضرب when every number was forgiven, a golden question guards it). The French row is a
    // guard.
    ['ru', 'мне 67 лет, надо ли проходить интеграцию?', 'integration-pathway', 'an age'],
    ['fr', "j'ai 68 ans, le parcours d'intégration est obligatoire pour moi?", 'integration-pathway', 'guard'],
  ])('%s: "%s" is about %s (%s)', async (lang, text, topic) => {
    await expectTopicFirst(lang, text, topic);
  });

  it.each([
    ['fr', 'est ce que la piscine est ouverte le week end'],
    ['en', 'what can we do this weekend in brussels'],
    ['nl', 'wat kunnen we dit weekend doen in Gent'],
    ['uk', 'куди піти у вихідні в Брюсселі'],
    ['ru', 'что делать в выходные вечером в Льеже'],
  ])('%s: "%s" is not answered with the doctor for nights and week-ends on its words of when alone', async (lang, text) => {
    const replies = await (await real(lang)).say(text);
    expect(replies.map((r) => r.channelData?.answer?.kind)).not.toContain('answer');
    expect(replies.map((r) => r.channelData?.answer?.entryId)).not.toContain('health-urgent-doctor');
  });

  it.each([
    ['fr', 'médecin de garde ce week-end à Namur'],
    ['en', 'sunday night my son has fever, which doctor'],
    ['nl', 'ik heb een dokter nodig in het weekend'],
    ['uk', 'лікар у вихідні'],
  ])('%s: "%s", the need said with the same words of when, still gets the doctor for nights and week-ends (guard)', async (lang, text) => {
    expect(await firstAnswer(lang, text)).toMatchObject({ kind: 'answer', entryId: 'health-urgent-doctor' });
  });

  it.each([
    ['en', 'a man at the mosque told me the waiting list for social housing in Schaerbeek is ten years, is that true', 'housing'],
    ['fr', 'a la mosquee on m a dit que le cpas coupe le revenu si on part en vacances, c est vrai?', 'cpas'],
    // An institution named says the question is Relais's, whatever else it names.
    ['fr', 'c est pour un gars du club de foot, il est inscrit au Forem depuis 4 mois et rien, il peut aller en interim en meme temps ?', 'employment'],
  ])('%s: a mosque where a rumour was heard, a football club where one met, is no subject outside Relais: "%s"', async (lang, text, topic) => {
    expect(await firstAnswer(lang, text)).toMatchObject({ kind: expect.stringMatching(/^(answer|clarify)$/), topic });
  });

  it.each([
    ['ru', 'говорят для воссоединения семьи нужен доход, а я живу на пособии от CPAS. это конец?', 'family-reunification'],
    // Come through family reunification: a status, the pathway is the question.
    ['ar', 'jit b regroupement familial, wach parcours d integration darouri?', 'integration-pathway'],
    // The same way of coming said in Arabizi ("b lam shaml"): the residence card of a son turning 18 is the question.
    ['ar', 'ibni ykammil 18 sana, shno yitghayar 3la iqamto? i7na jina b lam shaml', 'residence'],
  ])('%s: family reunification named is the subject, not the CPAS also named: "%s"', async (lang, text, topic) => {
    expect(await firstAnswer(lang, text)).toMatchObject({ kind: expect.stringMatching(/^(answer|clarify)$/), topic });
  });

  it.each([
    ['en', 'im an engineer from syria, i want to learn french fast to find work in my field', 'language-courses'],
    ['nl', 'de VDAB wil dat ik eerst Nederlandse les volg voor ik een opleiding mag starten, waar?', 'language-courses'],
    ['uk', 'я працюю вдень, чи є курси французької ввечері для дорослих', 'language-courses'],
  ])('%s: a language course named is the need, whatever work it is for: "%s"', async (lang, text, topic) => {
    expect(await firstAnswer(lang, text)).toMatchObject({ kind: expect.stringMatching(/^(answer|clarify)$/), topic });
  });

  it('the football question is said to be outside what Relais covers, not a question to rephrase', async () => {
    const h = await real('en');
    const replies = await h.say('who will win the football league this year');
    expect(textOf(replies)).toContain(i18n.t('en', 'fallback.offTopic'));
  });
});
