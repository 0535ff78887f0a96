// The crisis net's concepts for dangers told by what is seen rather than named (a child late with the phone off,
// breathing weakly, headaches next to a boiler, a split lip, "if I stopped existing"), and the look-alikes that share
// their words. Every sentence was written for this file, none is from the blind batches.
import { assessDanger } from '../../src/crisis/assess';
import type { DangerKind } from '../../src/crisis/types';
import { itGetsItsLevel, itIsNeverTheEmergency, itRaisesNoAlarm } from './broadCases';

describe('concepts of danger described, not named: certain', () => {
  itGetsItsLevel([
    // a missing child: late, phone off, nobody saw them, wandered off
    ['en', 'my 8 year old was meant to be back from the park an hour ago, her phone goes straight to voicemail', 'missing-child'],
    // a farewell message after a refusal, and a threat from creditors who know where one sleeps: a topic word
    // ("recours", "betalen") does not make two such concepts ordinary
    ['fr', "deuxieme refus pour mon recours. j'ai garde des boites de medicaments, si quelqu'un lit ca dites a ma mere que je l'aime", 'self-harm-suicide'],
    ['nl', 'ik moet de smokkelaars nog betalen, ze zeggen dat ze mijn broer iets aandoen en ze weten waar ik slaap', 'threat'],
    ['ru', 'мне отказали в убежище. если кто-то это читает, передайте маме что я её люблю', 'self-harm-suicide'],
    ['en', 'my little boy wandered off at the market, been 30 min, police?', 'missing-child'],
    ['fr', "mon fils de 10 ans devait rentrer à 17h, son portable est éteint et personne ne l'a vu", 'missing-child'],
    ['nl', 'mijn zoon van 9 moest om 4 uur thuis zijn, zijn gsm staat af en niemand heeft hem gezien', 'missing-child'],
    ['nl', 'ons kind is zoek op het strand in oostende, al een half uur', 'missing-child'],
    ['ru', 'дочь должна была вернуться из школы в 3, телефон выключен, никто её не видел', 'missing-child'],
    ['uk', 'донька мала повернутися о 16, телефон вимкнений, ніхто її не бачив', 'missing-child'],
    ['ar', 'ولدي كان خاصو يرجع من المدرسة فالرابعة وما وصلش، التلفون ديالو مطفي', 'missing-child'],
    // unconscious: cannot wake, weak breathing, eyes closed
    ['en', 'i cant wake my uncle up, he is breathing very slowly after drinking', 'unconscious-breathing'],
    ['fr', "je n'arrive pas à réveiller mon oncle, il respire mal", 'unconscious-breathing'],
    ['nl', 'ik krijg mijn oma niet wakker en ze ademt heel zwak', 'unconscious-breathing'],
    ['ru', 'не могу разбудить отца, он еле дышит', 'unconscious-breathing'],
    ['uk', 'не можу розбудити діда, він ледве дихає', 'unconscious-breathing'],
    ['ar', 'جدي ما كيهضرش وعيونه مسدودة ونفسه ضعيف', 'unconscious-breathing'],
    // stroke: one side, talks as if drunk
    ['en', 'my dad suddenly talks like he s drunk and his left arm is weak', 'stroke'],
    ['ru', 'у отца вдруг правая рука не слушается и говорит как пьяный', 'stroke'],
    // carbon monoxide by its signs, next to an appliance
    ['en', 'since the gas heater was on we all have headaches and my wife threw up twice', 'poisoning'],
    ['fr', "depuis qu'on a allumé le poêle on a tous mal à la tête et des vertiges", 'poisoning'],
    ['nl', 'sinds de kachel aan is zijn we duizelig en misselijk', 'poisoning'],
    ['nl', 'oma ligt op de grond en reageert ni meer', 'unconscious-breathing'], // Flemish "ni" for "niet"
    ['ru', 'у всех болит голова и тошнит, колонка в ванной работает весь день', 'poisoning'],
    ['uk', 'у всіх болить голова і нудить, котел працює цілий день', 'poisoning'],
    ['ar', 'من وقت شعلنا الشوفاج كلنا عندنا صداع ودوخة', 'poisoning'],
    // fire seen: sparks, something blazing, a room full of smoke
    ['en', 'the charger is sparking and the sofa caught fire', 'fire'],
    ['nl', 'het stopcontact vonkt en het gordijn brandt', 'fire'],
    ['ru', 'розетка искрит и шторы горят', 'fire'],
    ['ru', 'во дворе полыхает машина соседа, огонь уже у стены', 'fire'],
    ['ar', 'الدار عامرة بالدخان والولاد محبوسين لفوق', 'fire'],
    // violence at home described
    ['en', 'her boyfriend grabbed her by the throat and locked her in the bathroom', 'domestic-violence'],
    ['fr', "mon copain m'a attrapée par la gorge hier, j'ai la lèvre fendue", 'domestic-violence'],
    ['nl', 'mijn vriend sloot me op in de kamer en gaf me een blauw oog', 'domestic-violence'],
    ['ru', 'муж схватил меня за горло и разбил мне нос', 'domestic-violence'],
    ['uk', 'чоловік схопив мене за горло, розбив губу', 'domestic-violence'],
    ['ar', 'راجلي شدني من رقبتي وكسرلي سناني', 'domestic-violence'],
    // threats
    ['en', 'some guy from work keeps following me home and said i better be careful', 'threat'],
    ['ru', 'они сказали что закопают меня', 'threat'],
    ['nl', 'de baas zegt dat zijn mannen me komen kapotmaken als ik praat', 'threat'],
    // indirect suicidal talk
    ['en', 'honestly everyone would cope fine if i stopped existing, i wrote a goodbye letter', 'self-harm-suicide'],
    ['fr', "si je n'étais plus là personne ne remarquerait, j'ai écrit des lettres d'adieu", 'self-harm-suicide'],
    ['nl', 'niemand zou me missen als ik niet meer besta, ik heb een afscheidsbrief geschreven', 'self-harm-suicide'],
    ['ru', 'если меня не станет, никто и не заметит. написала прощальное письмо', 'self-harm-suicide'],
    ['uk', 'якщо мене не стане, всім буде легше', 'self-harm-suicide'],
    ['ar', 'ma bghitch n3ich, ghadi yrta7o mni', 'self-harm-suicide'],
    // trafficking: papers taken, no pay, denounced to the police, crowded lodging at work
    ['en', 'they dont pay us, we sleep 12 in a container and he says he will report us to the police', 'trafficking-exploitation'],
    ['ru', 'хозяин забрал паспорта и денег не видели два месяца', 'trafficking-exploitation'],
    ['uk', 'бригадир забрав паспорти, зарплати немає третій місяць', 'trafficking-exploitation'],
    // no roof: a sleeping word, a place that is no home, children or cold
    ['nl', 'ik slaap met mijn twee kinderen in de auto, het vriest', 'no-shelter-cold'],
    ['en', 'third night outside, my sleeping bag is soaked and it is freezing', 'no-shelter-cold'],
    ['fr', 'on a été expulsés, on est 4 avec un bébé sous la pluie, il gèle', 'no-shelter-cold'],
    // injuries told by what happened: hit by a vehicle, cannot get up
    ['en', 'my friend got hit by a bus and his leg is all twisted', 'injury-bleeding'],
    ['fr', 'ma grand mère est tombée, elle a la hanche cassée et elle peut plus bouger', 'injury-bleeding'],
    // poisoning by a named household product
    ['en', 'my toddler chewed a dishwasher tablet', 'poisoning'],
    ['nl', 'mijn dochter heeft ontstopper gedronken', 'poisoning'],
    ['uk', 'дитина випила рідину для миття посуду', 'poisoning'],
    // a child who never arrived
    ['en', 'my daughter left for school this morning and the school says she never made it to school', 'missing-child'],
    // no reason to live, in Moroccan Arabic
    ['ar', 'ما بقاش عندي علاش نعيش، بغيت نرتاح', 'self-harm-suicide'],
    // Levantine, Egyptian and Iraqi
    ['ar', 'خالتي فجأة نص وشها نزل ومش قادرة تتكلم', 'stroke'],
    ['ar', 'صاحب البيت قال رح يبعت شباب يكسروا راسي', 'threat'],
    ['ar', 'بنتي عمرها 7 سنين ضاعت بالسوق من ساعة', 'missing-child'],
    ['ar', 'صاحب المطعم ماسك جوازي وما بيعطيني معاش من 3 شهور', 'trafficking-exploitation'],
    ['ar', 'نايمين بالشارع انا والولاد والدنيا تلج', 'no-shelter-cold'],
    ['ar', 'ابوي طاح بالحمام وما دا يجاوب', 'unconscious-breathing'],
    // text-message spellings
    ['fr', 'je veu mourir je supporte plu rien', 'self-harm-suicide'],
    ['fr', 'mon bebe respire plu bien il est tou bleu', 'unconscious-breathing'],
    ['en', 'smth is burning in the building alarm is going off everywhere', 'fire'],
    // trafficking: two signs next to a boss (papers held, no pay, confined) add up
    ['fr', 'on travaille au noir, le patron a nos passeports et on dort sur des matelas dans la cave', 'trafficking-exploitation'],
    ['nl', 'mijn werkgever houdt mijn identiteitskaart en betaalt me niet', 'trafficking-exploitation'],
    ['ru', 'хозяин не выпускает нас с фермы и не платит', 'trafficking-exploitation'],
    ['ar', 'المعلم خدا لينا الباسبورات وما كيخلصناش', 'trafficking-exploitation'],
    ['en', 'my cousin brought me here for work but now i have to sleep with men to pay the debt', 'trafficking-exploitation'],
    // more ways of saying it
    ['fr', "j'ai acheté des médicaments pour en finir ce soir", 'self-harm-suicide'],
    ['uk', 'хочу покінчити з усім сьогодні', 'self-harm-suicide'],
    ['ar', 'بغيت نكمل مع هاد الدنيا الليلة', 'self-harm-suicide'],
    ['nl', 'ze hebben gezegd dat ze mijn familie iets aandoen als ik niet betaal', 'threat'],
    ['ar', 'قالولي إلا تكلمت غادي نقتلوك', 'threat'],
    ['ar', 'بنتي عندها 14 سنة ما باتتش فالدار وما كترد', 'missing-child'],
    ['fr', 'on dort dans un parc avec mon fils de 3 ans, on a plus rien', 'no-shelter-cold'],
    // scalds, seizures, wild mushrooms, slang for a gun
    ['fr', "ma fille s'est ébouillantée avec l'eau des pâtes, sa peau se décolle", 'injury-bleeding'],
    ['ru', 'сын обварился кипятком, кожа слезает', 'injury-bleeding'],
    ['en', 'my wife is having a fit and foaming at the mouth', 'unconscious-breathing'],
    ['ar', 'مرتي جاتها نوبة وكيخرج الزبد من فمها', 'unconscious-breathing'],
    ['uk', "дитина з'їла гриби з лісу і її весь час рве", 'poisoning'],
    ['fr', 'ya un mec qui a sorti un flingue dans le bus', 'weapon'],
    // someone in the water
    ['nl', 'mijn zoontje is in het kanaal gevallen', 'unconscious-breathing'],
    ['en', 'my friend jumped into the canal and is not coming up', 'unconscious-breathing'],
    ['fr', 'mon fils est tombé dans la piscine et il remonte pas', 'unconscious-breathing'],
    ['uk', 'syn vpav u vodu i ne vyplyvaie', 'unconscious-breathing'],
    // a break-in now, someone forced into a car
    ['en', 'someone is trying to break into my flat right now', 'threat'],
    ['fr', "quelqu'un essaie de forcer ma porte en ce moment", 'threat'],
    ['nl', 'er probeert iemand in te breken bij ons', 'threat'],
    ['ru', 'девушку затащили в машину силой, помогите', 'threat'],
    // Egyptian and Levantine
    ['ar', 'البيت ولع وانا جوا مع الولاد', 'fire'],
    ['ar', 'ابني عنده 10 سنين خرج يلعب ومرجعش من 4 ساعات', 'missing-child'],
    ['ar', 'الكفيل واخد الباسبور ومش بيدفعلي وبيقفل عليا الباب', 'trafficking-exploitation'],
    ['ar', 'خالي فجأة بقه اتعوج ومش عارف يتكلم', 'stroke'],
    ['ar', 'في واحد ماسك سكينة وعم يركض ورا الناس بالشارع', 'weapon'],
    // text-message French, a plan to jump
    ['fr', 'jpp de ma vie jveux crever', 'self-harm-suicide'],
    ['en', 'im on the roof and i want to jump', 'self-harm-suicide'],
    ['nl', 'er is iemand binnengedrongen in ons huis', 'threat'],
    // threats by "finish" and "knows where we live"; bleeding that does not stop
    ['en', 'her ex texted that he will finish her, he knows our address', 'threat'],
    ['fr', "son ex a dit qu'il allait la finir, il connait notre adresse", 'threat'],
    ['ru', 'сказал что прикончит меня, он знает мой адрес', 'threat'],
    ['en', 'my son cut his leg on glass and it keeps bleeding', 'injury-bleeding'],
    ['uk', 'син порізав руку, кров не зупиняється', 'injury-bleeding'],
    // spoken Arabic negation written apart ("ما … ش") and "and" glued on
    ['ar', 'ولدي مشى للمدرسة وما رجعش حتى دابا', 'missing-child'],
    ['ar', 'صاحب الخدمة شد لي الباسبور وكنخدم بلا خلصة', 'trafficking-exploitation'],
    // threats to burn the home or to kill on a condition; a child lost in a crowd
    ['en', 'my neighbour said he will burn our flat with us inside', 'threat'],
    ['fr', "mon proprio dit qu'il va me casser la tête si je pars pas", 'threat'],
    ['nl', 'hij zegt dat hij me gaat vermoorden als ik vertrek', 'threat'],
    ['ar', 'ضيعت ابني بالسوق عمره 5 سنين ما لقيته', 'missing-child'],
    // a girl not back (Darija feminine), a mouth gone crooked, a kitchen burning in Arabizi
    ['ar', 'بنتي ما رجعاتش من عند صاحبتها والليل طاح', 'missing-child'],
    ['ar', 'بابا فجأة فمو تعوج وما بقاش كيهضر', 'stroke'],
    ['ar', 'dar jiran ch3lat fiha nar w dokhan bzaf f dderj', 'fire'],
    // punishment promised, the address found; a passport kept by the one you work for
    ['nl', 'zijn broers hebben ons adres gevonden en willen mij straffen', 'threat'],
    ['en', 'her family says they will find me and punish me', 'threat'],
    ['ru', 'работаю у хозяина на стройке, паспорт у него и денег не дает', 'trafficking-exploitation'],
    // the threat as it is sent ("I know where you live"), a throat to be cut
    ['fr', "il m'a écrit je sais ou tu habites, fais attention", 'threat'],
    ['en', 'they wrote they will slit my throat, they know my address', 'threat'],
    // not wanting to be there any more, on a bridge; cutting oneself
    ['nl', 'ik wil er niet meer zijn, niemand zou het merken', 'self-harm-suicide'],
    ['ru', 'я опять режу руки и не могу перестать', 'self-harm-suicide'],
    // blood gushing; words lost and a crooked smile
    ['ru', 'у соседа кровь хлещет из ноги, мы в подъезде', 'injury-bleeding'],
    ['en', 'my mum cant find her words and her smile is crooked since this morning', 'stroke'],
    ['uk', 'у тата раптом крива усмішка і рука не слухається', 'stroke'],
  ]);
});

describe('two strong concepts outweigh a topic word, not a joke', () => {
  it('keeps trafficking certain when the message also says "job"', () => {
    expect(assessDanger('the job agency kept my passport and I am not allowed to leave the house', 'en')).toMatchObject({ level: 'certain', kinds: ['trafficking-exploitation'] });
  });

  it('lets one concept next to a topic word stay ordinary', () => {
    expect(assessDanger('my landlord threatened me with the court over the deposit', 'en').level).toBe('none');
  });

  it('reads a joke marker of any language as a figure of speech ("lol" in Russian)', () => {
    expect(assessDanger('мой начальник меня убьет, я потерял ключи от офиса lol', 'ru').level).not.toBe('certain');
  });

  it('reads a laughing or loving emoji as a figure of speech', () => {
    expect(assessDanger('my brother is dying to see you 😂', 'en').level).toBe('none');
    expect(assessDanger('مرتي بتموت على الشوكولا 😍', 'ar').level).toBe('none');
  });
});

describe('Latin words inside a Cyrillic or Arabic message', () => {
  it('are seen by that language\'s blockers ("CPAS" in Russian)', () => {
    expect(assessDanger('меня трясёт от злости на CPAS', 'ru').level).toBe('none');
  });
});

describe('Russian and Ukrainian in Latin letters', () => {
  it('reads "ne dykhaie" as "не дихає" (ie, ia, iu for є, я, ю in the official Latin spelling)', () => {
    expect(assessDanger('tato ne dykhaie, dopomozhit', 'uk')).toMatchObject({ level: 'certain', kinds: ['unconscious-breathing'] });
  });

  it.each<[string, DangerKind]>([
    ['ne hochu bolshe zhit, vse nadoelo', 'self-harm-suicide'],
    ['u babushki insult, lico perekosilo', 'stroke'],
    ['v kvartire pahnet gazom, deti doma', 'fire'],
    ['ne khochu zhyty', 'self-harm-suicide'],
  ])('knows "%s" by two danger words: %s', (text, kind) => {
    const a = assessDanger(text);
    expect(a.level).toBe('certain');
    expect(a.kinds).toContain(kind);
  });

  it('leaves French with "ne" alone', () => {
    expect(assessDanger('je ne sais pas où est la commune').langs).not.toContain('ru');
  });
});

/** Look-alikes sharing the concepts' words: never the full emergency reply, most not even a safety check. */
describe('look-alikes of the new concepts', () => {
  itRaisesNoAlarm([
    ['en', 'my son feels lost at his new school, who can help him settle in?'],
    ['en', 'my phone is off at night, can the commune call me in the morning?'],
    ['en', 'the boiler makes a noise, who repairs it, the landlord or me?'],
    ['en', 'i have a headache since monday, where is a doctor on duty?'],
    ['en', 'small burn from the iron, nothing serious, where is a pharmacy open on sunday?'],
    ['en', 'a classmate hit my son and he has a bruise, how do I talk to the teacher?'],
    ['en', 'the kids were searching everywhere for easter eggs haha, are there activities in april?'],
    ['en', 'i owe the landlord two months rent and he says he will call the police, can he evict me?'],
    ['fr', "ma fille se sent perdue à l'école, il y a un soutien en français ?"],
    ['fr', 'petite coupure au doigt, rien de grave, je dois aller où pour un vaccin tétanos ?'],
    ['fr', "mon fils n'est pas arrivé à l'heure à l'école à cause du bus, il aura une sanction ?"],
    ['fr', "le chauffage au gaz donne mal à la tête ? je cherche un technicien pour l'entretien"],
    ['nl', 'ik dood de tijd op de trein, hoe lang duurt een inburgeringscursus?'],
    ['nl', 'mijn gsm staat af want de batterij is leeg, kan ik later bellen?'],
    ['nl', 'ik zoek overal naar een kinderopvang voor mijn dochter, hulp?'],
    ['nl', 'mijn man werkt in een garage, kan hij een opleiding volgen?'],
    ['ru', 'сын совсем потерялся в новом классе, нужна помощь с французским'],
    ['ru', 'колонка сломалась, кто платит — хозяин или я?'],
    ['ru', 'мы живём вдесятером в двух комнатах, можно ли получить соцжильё?'],
    ['uk', 'однокласник штовхнув сина, синець на нозі, як поговорити з учителем?'],
    ['uk', 'шукаємо школу для доньки в Льєжі, куди звертатися?'],
    ['ar', 'بنتي بتموت في المدرسة الجديدة 😍 بدها نشاطات بعد الدوام'],
    ['ar', 'عندي صداع من الصباح، فين كاين طبيب ديال الحراسة؟'],
    ['ar', 'كنقلب على خدمة لبنتي الكبيرة، فين نمشي؟'],
    // an object lost is no lost child
    ['en', 'my son lost his bus pass, where do we get a new one?'],
    ['uk', 'син загубив рюкзак у школі, що робити?'],
    ['ru', 'дочка потеряла телефон, где купить недорогой?'],
    ['en', "i'm dying of boredom here, any free activities for kids?"],
    ['nl', 'ik heb een snee in mijn vinger, niks ergs, moet ik naar de dokter?'],
    ['ar', 'ابني ضربه الزكام، فين نلقى طبيب الأطفال؟'],
    ['fr', 'le gaz est coupé depuis hier, qui appeler ?'],
    // a labour dispute is no trafficking
    ['en', "my employer doesn't pay overtime and i work 10 hours a day, who can help?"],
    ['nl', 'mijn baas betaalt niet op tijd en ik werk 10 uur per dag, mag dat?'],
    ['uk', 'роботодавець не платить за понаднормові, куди звернутися?'],
    // a dead computer, a passport to renew
    ['fr', 'mon ordi est mort, je peux imprimer mes documents où ?'],
    ['ru', 'ноутбук умер, где распечатать документы?'],
    ['ar', 'كيفاش نجدد الباسبور ديالي فالقنصلية؟'],
    ['fr', "l'eau coule du plafond, le proprio fait rien"],
    ['nl', 'ons huis staat onder water na de regen'],
    ['nl', 'mijn zoon zwemt graag in het kanaal, mag dat?'],
    // a product bought is no product swallowed; words that share a stem with danger words
    ['ru', 'где купить средство для мытья посуды подешевле?'],
    ['uk', 'де купити засіб для миття посуду?'],
    ['ru', 'можно ли уксус для уборки в квартире?'],
    ['ru', 'я сбился со счета, сколько стоит курс?'],
    ['ru', 'привет, мне нужно жильё, в центре сказали мест нет'],
    // everyday sentences that share a word with a sign of danger
    ['en', 'my husband can t hold a job here, is there training?'],
    ['nl', 'mijn zoon moet zijn huiswerk afmaken, is er huiswerkbegeleiding?'],
    ['ru', 'не знаю где записать сына в школу'],
    ['uk', 'не знаю де записати доньку до школи'],
    ['ar', 'ولدي ما كيهضرش الفرنسية مزيان، واش كاين دروس؟'],
    ['ar', 'ما نعرف فين نسجل ولدي فالمدرسة'],
    // "no place" for a child at a school or a crèche is no night outside
    ['ar', 'بنتي عمرها 3 سنين والكريش قالو ما عندنا محل'],
    ['ar', 'اخي الصغير بدنا نسجله بمدرسة بس قالولنا ما في محل'],
    ['en', 'my wife is pregnant and we have no idea where to go for the checkups'],
  ]);

  itIsNeverTheEmergency([
    ['nl', 'de kachel is kapot en het is koud, wie moet dat betalen?'],
    ['nl', 'de buurman rookt op het balkon en de rook komt binnen, wat kan ik doen?'],
    ['ru', 'мой сосед курит в подъезде и везде дым, куда жаловаться?'],
    ['ar', 'ولدي ضاع ليه الكارت ديال الطرام، فين نمشي؟'],
    ['uk', 'котел не працює, холодно, до кого звертатися?'],
    ['en', 'my boss asked for a copy of my passport for the contract, is that normal?'],
    ['en', 'we sleep in the car sometimes when we travel with the kids, is there a camping in the ardennes?'],
    ['fr', "je vais me tuer au travail cette semaine, trop d'heures"],
    ['fr', "ma fille a disparu de la liste d'attente de la crèche"],
    ['ru', 'начальник меня убьет если опоздаю, где купить проездной?'],
    ['ru', 'начальник не платит зарплату второй месяц, куда жаловаться?'],
    ['ar', 'الباطرون ما كيخلصنيش فالوقت، واش نقدر نشكي؟'],
    ['fr', 'je suis pas payé depuis 2 mois, le patron dit attends'],
    ['en', 'they dont pay us overtime, is that legal?'],
    ['en', 'where to buy drain cleaner, my sink is blocked'],
    ['nl', 'de batterij van mijn auto is dood, waar kan ik hulp vragen?'],
    ['en', 'my car battery is dead and i have an appointment at the commune, what do i do'],
    ['en', 'my son walks with a limp since his football injury, which doctor?'],
    ['fr', 'je dois la réveiller à 7h pour l’école, il y a une garderie ?'],
    ['nl', 'mijn man doet niks meer in huis sinds zijn ontslag, is er hulp?'],
    ['ru', 'друзья ждут меня в кафе, где тут метро?'],
    ['en', 'this paperwork is killing me, which form do i need for the commune?'],
    ['ru', 'эти бумажки меня убьют, какой документ нужен для карты?'],
    ['nl', 'hoeveel moet ik verdienen om mijn vrouw te laten overkomen?'],
    ['en', 'my son got his vaccine shot at the baby clinic today, is a fever normal?'],
    ['ar', 'بنتي ضربوها ابرة اللقاح اليوم، واش عادي السخانة؟'],
    ['fr', 'si je porte plainte contre mon patron, je perds mon titre de séjour ?'],
    ['nl', 'ik heb me dood gezocht naar een appartement in Gent'],
    // An office that "does not answer" (ma kayjawbouch) is no one unconscious.
    ['ar', 'kifach njded la carte de sejour dyali, l commune ma kayjawbouch f telephone'],
  ]);
});
