// The crisis net: kinds of danger found from concept words combined, in six languages, dialect and Latin letters;
// ordinary messages with the same words stay ordinary. Every sentence here was written for this file (none is from
// the blind batches), so these tests say what the net does on phrasings it was not tuned on line by line.
import { assessDanger, DangerAssessor, levelOf } from '../../src/crisis/assess';
import { compileTerm, readText, termFound, withinOneEdit } from '../../src/crisis/lexicon';
import { wordsWithApostrophes } from '../../src/language/tokenize';
import { LEXICONS } from '../../src/crisis/lexicons';
import { DANGER_KINDS, type DangerKind } from '../../src/crisis/types';
import { itGetsAtLeast, itGetsItsLevel, itIsNeverTheEmergency, itIsTheSafetyCheck, itRaisesNoAlarm, itStaysCertain, type ExactCase } from './broadCases';

describe('assessDanger: certain, by kind of danger', () => {
  itGetsItsLevel([
    // weapon
    ['fr', 'mon voisin est devant la porte avec un couteau', 'weapon'],
    ['en', 'a guy outside my flat pulled a knife on my son', 'weapon'],
    ['nl', 'iemand in de gang heeft een pistool', 'weapon'],
    ['ru', 'сосед угрожает мне ножом', 'weapon'],
    ['ar', 'واحد عنده سلاح قدام بيتنا الان', 'weapon'],
    // injury and bleeding
    ['fr', 'mon fils saigne beaucoup de la tête', 'injury-bleeding'],
    ['en', 'my wife cut her hand and is losing blood fast', 'injury-bleeding'],
    ['uk', 'брат сильно поранений, кровотеча не зупиняється', 'injury-bleeding'],
    // unconscious, not breathing
    ['nl', 'mijn vader is bewusteloos in de badkamer', 'unconscious-breathing'],
    ['ru', 'бабушка не дышит, что делать', 'unconscious-breathing'],
    ['ar', 'ابني ما كيتنفسش مزيان', 'unconscious-breathing'],
    ['en', 'my grandad passed out in the kitchen', 'unconscious-breathing'],
    // stroke
    ['fr', 'ma mère a la bouche de travers et parle bizarrement', 'stroke'],
    ['en', 'my dad suddenly has slurred speech and his face is drooping', 'stroke'],
    ['uk', 'у тата інсульт, мабуть', 'stroke'],
    // poisoning
    ['fr', 'ma fille a bu de la javel', 'poisoning'],
    ['nl', 'mijn zoontje heeft te veel pillen ingenomen, alle pillen zijn weg', 'poisoning'],
    ['ru', 'ребенок отравился чем-то из шкафа', 'poisoning'],
    // fire
    ['en', 'the kitchen is on fire', 'fire'],
    ['uk', 'у нас горить квартира', 'fire'],
    ['ar', 'كاين حريق في العمارة ديالنا', 'fire'],
    ['nl', 'het ruikt naar gas in de hele gang', 'fire'],
    // domestic violence
    ['en', 'my boyfriend slapped me again last night', 'domestic-violence'],
    ['nl', 'mijn man sloeg me vanavond weer', 'domestic-violence'],
    ['ar', 'راجلي كيضربني كل نهار', 'domestic-violence'],
    ['uk', 'чоловік побив мене вчора', 'domestic-violence'],
    // threats
    ['fr', 'il dit qu’il va me tuer si je pars', 'threat'],
    ['en', 'they know where i live and said they will come tonight', 'threat'],
    ['ru', 'бывший угрожает убить меня', 'threat'],
    // self-harm and suicide
    ['fr', "j'ai envie de mourir", 'self-harm-suicide'],
    ['nl', 'ik wil er een einde aan maken', 'self-harm-suicide'],
    ['en', 'i feel like everyone would be better off without me', 'self-harm-suicide'],
    ['uk', 'не хочу більше жити', 'self-harm-suicide'],
    ['ar', 'بغيت نقتل راسي', 'self-harm-suicide'],
    // missing child
    ['fr', 'ma fille de 6 ans a disparu au marché', 'missing-child'],
    ['nl', 'onze zoon is vermist sinds vanmiddag', 'missing-child'],
    ['ru', 'сын пропал, не пришел домой после тренировки', 'missing-child'],
    ['ar', 'ولدي ما رجعش من المدرسه', 'missing-child'],
    // trafficking and exploitation
    ['en', 'my boss took my passport and i work for free', 'trafficking-exploitation'],
    ['fr', 'ils ont pris mes papiers et me forcent à travailler la nuit', 'trafficking-exploitation'],
    ['ru', 'нас заставляют работать и не выпускают', 'trafficking-exploitation'],
    // no shelter, with children or in the cold
    ['en', 'we are sleeping outside with the children', 'no-shelter-cold'],
    ['fr', 'je dors dehors et il fait très froid', 'no-shelter-cold'],
    ['uk', 'ми з дітьми ночуємо на вулиці', 'no-shelter-cold'],
    ['en', 'we sleep in car with my kids and it is freezing', 'no-shelter-cold'], // "in car", no article
    // indirect words
    ['nl', 'hij schrijft dat hij mijn kinderen gaat pakken als ik niet betaal', 'threat'],
    ['en', 'honestly i am thinking about ending it tonight', 'self-harm-suicide'],
    ['fr', 'ma fille jla trouve plus au marché depuis une heure', 'missing-child'],
  ]);
});

describe('assessDanger: dialect and Latin letters', () => {
  it.each<[string, DangerKind]>([
    ['rajli kaydrobni, 3awnouni', 'domestic-violence'], // Moroccan Arabizi: my husband hits me, help me
    ['bghit nmout, ma bqitch qader', 'self-harm-suicide'], // Arabizi: I want to die
    ['بدي موت، تعبت', 'self-harm-suicide'], // Levantine
    ['مراتي مغمي عليها ومش بترد', 'unconscious-breathing'], // Egyptian
    ['muzh menya b’et, pomogite', 'domestic-violence'], // Russian in Latin letters
    ['dytyna ne dykhaye, dopomozhit', 'unconscious-breathing'], // Ukrainian in Latin letters
    ['ya ne hochu zhit', 'self-harm-suicide'],
    ['mon mari me frape', 'domestic-violence'], // no accent, the phrase list's spelling
    ['ولدي تلف مني فالمارشي', 'missing-child'], // Darija: got lost from me
    ['ختي الصغيرة شربت دوا ديال الغسيل', 'poisoning'], // Darija: washing product
    ['syn poteryalsya v magazine, ego net uzhe polchasa', 'missing-child'], // Russian in Latin letters
    ['ibni ra7 3al 7adi2a w ma raja3 lahla2', 'missing-child'], // Levantine Arabizi: did not come back
    ['واحد بعثلي رسالة وكال راح يخلص علي', 'threat'], // Iraqi: he will finish me off
  ])('"%s" is certain: %s', (text, kind) => {
    const a = assessDanger(text);
    expect(a.level).toBe('certain');
    expect(a.kinds).toContain(kind);
  });
});

describe('assessDanger: possible danger (a safety check, then the answer)', () => {
  it.each<[string, string]>([
    ['en', 'i have a knife in my bag, is that allowed'], // a weapon word with no one threatened
    ['fr', 'il y a de la fumée'], // a fire sign, no one said to be there
    ['en', 'we have nowhere to sleep tonight'], // no roof, without children or cold: the housing answer follows
    ['nl', 'ik ben dakloos, waar kan ik douchen'],
    ['ru', 'ребёнок потерялся?'], // a word that needs a person and urgency to be certain
  ])('[%s] "%s" is possible', (lang, text) => {
    expect(assessDanger(text, lang).level).toBe('possible');
  });
});

describe('assessDanger: taking all the pills one has kept', () => {
  itGetsItsLevel(([
    ['fr', "j'ai gardé toutes les boîtes de médicaments et ce soir je pense à les prendre toutes ensemble"],
    ['en', 'i kept all my pills from the doctor and tonight i will take them all'],
    ['nl', 'ik heb al mijn pillen bewaard en vanavond neem ik ze allemaal'],
    ['ru', 'я собрала все таблетки и сегодня ночью выпью их все'],
    ['ar', 'خبيت الدوا كامل والليلة ناخدهم كلهم'],
  ] as const).map(([lang, text]) => [lang, text, 'self-harm-suicide'] as ExactCase));

  itIsNeverTheEmergency([
    ['fr', "le docteur m'a donné trois médicaments, je dois les prendre tous le matin ?"],
    ['en', 'the doctor gave me 3 medicines, do i take them all in the morning?'],
    ['nl', 'de dokter gaf me pillen, moet ik ze allemaal innemen voor het eten?'],
  ]);
});

describe('assessDanger: a danger word next to a topic word', () => {
  // "Insurance", "school" or "rent" make a danger word ordinary ("is a nosebleed covered by my insurance"), unless a
  // body part or urgency is with it: then the safety check at least.
  it.each<[string, string]>([
    ['ru', 'у сына сильно идет кровь из головы, скорая платная? страховки нет'],
    ['uk', 'у сина сильно йде кров з голови, швидка платна? страховки нема'],
  ])('[%s] "%s" (an insurance question) gets at least the safety check', (lang, text) => {
    expect(['possible', 'certain']).toContain(assessDanger(text, lang).level);
  });
});

describe('assessDanger: a person who says they are not in danger', () => {
  // "Not in danger, but I would like to talk to a psychologist": the safety check and the answer, not the numbers
  // alone. The words of danger in the same message are not lost: they still get the safety check.
  itIsTheSafetyCheck([
    ['fr', "je ne suis pas en danger, mais je voudrais parler à un psychologue, je ne dors plus depuis le refus"],
    ['nl', 'ik ben niet in gevaar maar ik wil met een psycholoog praten'],
    ['en', 'i am not in danger but i need to talk to someone about my nightmares'],
    ['uk', 'я не в небезпеці, але хочу поговорити з психологом'],
    ['ru', 'я не в опасности, но хочу поговорить с психологом, не сплю после отказа'],
    ['ar', 'انا مش في خطر بس بدي احكي مع طبيب نفسي'],
  ]);

  itStaysCertain(
    [
      ['fr', 'je suis en danger mon mari a un couteau'],
      ['ru', 'мне угрожают убить, я в опасности'],
    ],
    'said in danger, stays certain',
  );
});

describe('assessDanger: a danger told as over, inside a practical question', () => {
  // Writer AA's blind spot (orient-61): people just out of danger ask something practical, and the emergency numbers
  // alone answered none of it. An "after" just before the danger ("après l'incendie", "після пожежі", "بعد الحريق"),
  // or a violence or exploitation told as over ("je suis en sécurité", "все позаду", "تطلقت") with nothing that says
  // now, is the safety check and the answer, no longer the emergency reply alone.
  itIsTheSafetyCheck([
    ['fr', "après l'incendie de notre immeuble on dort chez des amis, est-ce que la commune peut nous aider pour un logement?"],
    ['fr', "ma fille avait disparu deux jours mais elle est rentrée, l'école veut nous voir, il faut un interprète?"],
    ['en', 'since the fire in our kitchen the kids have nightmares, is there a child psychologist who speaks arabic?'],
    ['en', "my boss took my passport back home but i got out and i'm safe now, can i work legally here?"],
    ['uk', 'після пожежі ми живемо в готелі, чи треба міняти адресу в комуні?'],
    ['uk', 'колись чоловік мене бив, все позаду, живу окремо, як подати на аліменти?'],
    ['ar', 'كان جوزي يضربني بس تطلقت، هلق بدي اسجل ولادي بالمدرسة، كيف؟'],
  ]);

  // The same words with a danger now: a word of now ("encore", "still", "ما زال"), a sign after the "after" that is
  // not after it, a threat (what a divorce provokes), a child not back (a negated return).
  itStaysCertain(
    [
      ['fr', "après l'incendie la fumée est partout et mon fils ne respire plus, vite"],
      ['fr', "je suis partie chez ma soeur mais il m'a encore frappée ce soir devant la porte"],
      ['fr', "il menace de me tuer depuis que j'ai divorcé, il sait où j'habite"],
      ['en', 'after the fight he is still hitting me right now, help'],
      ['en', 'my daughter has not come back home since yesterday, phone off'],
      ['nl', 'sinds vandaag slapen mijn kinderen en ik buiten in de kou, waar kunnen we heen?'],
      ['uk', 'син не повернувся додому після школи, телефон вимкнений'],
      ['ru', 'дочь не вернулась домой после школы, уже ночь'],
      ['ar', 'بنتي ما رجعتش من المدرسة، تليفونها مطفي'],
      ['ar', 'بعد ما ضربني هو ما زال كيضربني دابا، عاونوني'],
    ],
    'a danger now, stays certain',
  );

  // Writer AA's off-topic lines full of strong words: a shooter game, an idiom of exam stress.
  itIsNeverTheEmergency([
    ['en', 'my son plays pubg all night and says they kill him every round, is that normal'],
    ['nl', 'die examens gaan mij nog kapot maken, ik ben dood van de stress, hoeveel keer mag ik herkansen?'],
  ]);
});

describe('assessDanger: crises told inside a practical question (writer AA)', () => {
  // What crisis-61's missed crises were made of, in sentences written here: a threat to the family if one goes to the
  // police, looking at the rails, pills on the table beside "I can't any more", breathing with difficulty and a side
  // that no longer moves in Darija, a fire that "شعلات" with the stairs full of smoke, a child who never arrived.
  itGetsItsLevel([
    ['uk', "вони написали: підеш в поліцію - знайдемо твою родину, і зараз стоять біля під'їзду", 'threat'],
    ['ru', 'пишут что найдем твою семью если пойдешь в полицию, сейчас ходят под окнами', 'threat'],
    ['uk', 'все, я стою на станції і дивлюсь на рейки, мені вже нічого не треба', 'self-harm-suicide'],
    ['en', 'standing at the station looking at the tracks, nothing matters anymore', 'self-harm-suicide'],
    ['ru', 'всё, больше не могу, таблетки на столе, напишите хоть куда обратиться', 'self-harm-suicide'],
    ['ar', 'مرتي طايحة فالكوزينة وكتنفس بصعوبة ما كتجاوبنيش', 'unconscious-breathing'],
    ['ar', 'الواليد فجأة ما بقاش يحرك جنبو اليسار وكيهضر بزز', 'stroke'],
    ['ar', 'النار شعلات فالصالون والدروج عامرين دخان', 'fire'],
    ['fr', "le patron a nos passeports, on dort dans l atelier et je lui dois encore 3000 euros, je peux avoir un avocat?", 'trafficking-exploitation'],
  ]);

  // The same words in ordinary messages.
  itIsNeverTheEmergency([
    ['en', 'works on the tracks tonight, my train is cancelled, can i get a refund'],
    ['uk', 'мій син працює на залізниці, ремонтує рейки, чи потрібен йому дозвіл'],
    ['uk', 'я більше не можу чекати відповіді від комуни, скільки ще?'],
    ['nl', 'ik verzuip in de facturen van de tandarts, kan het OCMW helpen?'],
    ['fr', 'le patron dit que je dois encore finir le mois avant de partir en congé, normal?'],
  ]);
});

describe('assessDanger: a danger asked about in general or as a hypothesis (writer AD)', () => {
  // Writer AD's blind spot (crisis-67): "what do we do if one day there is a fire", "the risk of a stroke later", "the
  // signs of a stroke so I know them if it happens to my father" got the emergency reply alone. A "do if" or "one day"
  // with a condition, or a question about a risk or the signs with a "later" or a condition before the danger, is the
  // safety check and the answer when nothing says now.
  itIsTheSafetyCheck([
    ['fr', "qu'est-ce qu'on doit faire si un jour il y a un incendie dans notre tour ? on est au 9e"],
    ['fr', "mon cardiologue parle de tension haute, il y a un risque d'AVC plus tard ?"],
    ['en', 'what are the warning signs of a stroke so i can spot it later in my dad'],
    ['nl', 'wat moet je doen als er ooit brand uitbreekt in een flat zonder lift?'],
    ['ru', 'какие симптомы инсульта, чтобы узнать если когда-нибудь случится у мамы'],
    ['ar', 'شنو هي أعراض الجلطة باش نعرفها إذا صارت لشي حد فالعائلة؟'],
  ]);

  // The same words told of someone now stay the emergency reply.
  itStaysCertain(
    [
      ['en', 'my dad has stroke symptoms right now, his face is drooping'],
      ['fr', 'mon pere a les symptomes d un avc, sa bouche tombe, vite'],
      ['ru', 'у мамы симптомы инсульта, лицо перекосило, не может говорить'],
    ],
    'signs of a danger now, stays certain',
  );

  // Crises asked as "is it serious? should I call?", in words crisis-67 showed missing: a threat to burn a place with
  // the person inside, a young child lost in a shop, sitting on a roof, breathing with difficulty in Arabizi.
  itGetsItsLevel([
    ['en', 'they said they will come back tonight and burn the flat with us inside, is that just talk?', 'threat'],
    ['fr', 'ils ont dit qu ils reviennent ce soir bruler le magasin avec moi dedans, c est serieux?', 'threat'],
    ['en', 'lost my 3 year old at the market 10 minutes ago, should i call police already?', 'missing-child'],
    ['ru', 'сижу на крыше и не знаю зачем пишу', 'self-harm-suicide'],
    ['uk', 'стою на даху, нічого вже не хочу', 'self-harm-suicide'],
    ['en', "im on the roof, don't know why im texting this", 'self-harm-suicide'],
    ['ar', 'mama ta7t f lkuzina w katnaffas bso3oba, ntsanna?', 'unconscious-breathing'],
  ]);

  itIsNeverTheEmergency([
    ['en', 'we are sitting on the roof terrace with tea, is it allowed to grill there?'],
    ['ar', 'الـ assurance ديال الطوموبيل كتغطي إلى شي واحد ضربني من اللور؟'],
    ['en', 'i lost my card at the market, can the commune make a new one?'],
  ]);
});

describe('assessDanger: Arabizi words that only look like danger words (writer AE)', () => {
  // "ya3tik el3afye" (God give you health, a Levantine greeting) is not "l3afya" (fire, in Moroccan Arabic); "ja2ni"
  // (it came to me) is not "jenoui" (knife), a two-consonant skeleton that met any j-n word.
  itRaisesNoAlarm([
    ['ar', 'ya3tikom el3afye, ana lebnani w sar li 3 ashhor hon, fini ishtighil?'],
    ['ar', 'يعطيك العافية، بدي اسأل عن الشغل بعد ما اخدت الاقامة'],
    ['ar', 'ja2ni refus mn el CGRA, aku muhami ysa3idni? ma 3indi flus'],
  ]);

  // What crisis-69 missed, in Iraqi, Egyptian, Levantine and standard Arabic, written here: a person who does not wake
  // ("ma yga3id"), a face twisted and no speech, a daughter not found ("ما لكيناها"), a tribe's revenge, a kidnapping
  // threat in Egyptian Arabizi, papers held and work forced without wage, a family in the street in the cold.
  itGetsAtLeast([
    ['ar', 'akhoya wag3 bil ma6bakh w ma yga3id, shsawi?', 'unconscious-breathing', 'certain'],
    ['ar', 'mama fag2a wesha ma2loob w mesh 3arfa tetkalem', 'stroke', 'certain'],
    ['ar', 'بنتي طلعت من البيت وما لكيناها لحد الان', 'missing-child', 'certain'],
    ['ar', 'ebni ra7 el madrasa w ma rege3sh lehad dilwa2ti', 'missing-child', 'possible'],
    ['ar', 'عشيرته تهددني يقولون ناخذ ثارنا منك', 'threat', 'certain'],
    ['ar', 'bye2olo hankhtef ebnak law ma dafa3tesh', 'threat', 'certain'],
    ['ar', 'صاحب المصنع يحتجز أوراقي ويجبرني على العمل دون أجر', 'trafficking-exploitation', 'certain'],
    ['ar', 'a3dine bel shera3 ana w wladi w kellna bardanin', 'no-shelter-cold', 'certain'],
    ['ar', 'ماكو مكان ننام بيه الليلة وياي طفلين', 'no-shelter-cold', 'certain'],
  ]);

  // Everyday Arabizi that met the Arabizi danger words by their skeleton: "masmou7" (allowed) is no "msmom" (poisoned),
  // a baccalaureate's "bakaloria" no "kloor" (bleach).
  itRaisesNoAlarm([
    ['ar', 'ana talib f liege, shkad sa3at masmou7 ashtaghil bil osbou3?'],
    ['ar', 'kifach ndir mu3adalat al-bakaloria dyali f Belgique?'],
  ]);

  itStaysCertain(
    [
      ['ar', 'kayna l3afya f lkouzina w wlidi m7boss'],
      ['ar', 'rajli 3ando jenwi f yeddo w kaygoul ghadi yqtelni'],
    ],
    'a danger now, stays certain',
  );
});

describe('assessDanger: "where I live" in Arabizi is not a knife (eighteenth session)', () => {
  // "sakin", "sakna", "boskon" (I live) have the consonants of the knife (سكين: "sekkin", "sikin"); written here, in
  // the ways the tuning batches' Levantine, Maghrebi and Egyptian writers gave their address.
  itRaisesNoAlarm([
    ['ar', 'baddi et3allam hollandi, ana sakin b Leuven, fi cours bel leil?'],
    ['ar', 'ana sakna f Anderlecht m3a wladi, fin nsjel bnti f lmdrasa?'],
    ['ar', 'kif ba3mel inscription bel commune? 3am boskon 3and re2fati b Ixelles'],
    ['ar', 'e7na saknin f Schaerbeek men sana, el carte bta3ti khelset'],
    // "mois" (a month, kept in French) is no "mous" (a knife).
    ['ar', 'hadi 3 mois w wldi mazal ma dkhelch l madrasa, chno ndir?'],
  ]);

  // A family put out of the shelter, in the cold at the station, in Tunisian Arabizi: caught before only because "2 mois"
  // was read as a knife.
  itGetsAtLeast([
    ['ar', 'khrjouna mn foyer lyoum, ana w wladi 9a3din fel gare w el bard barcha', 'no-shelter-cold', 'certain'],
  ]);

  itStaysCertain(
    [
      ['ar', 'wa7ed m3ah sekkin f tram w kayhadded nas'],
      ['ar', 'fama rajel 3andou sakkina w y3ayet 3al ness'],
      ['ar', 'jari chad sikin w bgha yd9ni daba'],
    ],
    'a knife held now, stays certain',
  );
});

/** Look-alikes that raise no alarm at all: the examples and others like them. */
const NO_ALARM: Array<[string, string]> = [
  ['en', 'my battery died'],
  ['en', 'the rent is killing us'],
  ['en', 'I want to work as a paramedic'],
  ['en', 'fire safety course'],
  ['en', 'my visa expired'],
  ['en', 'the CPAS threatened to cut my aid'],
  ['fr', 'le CPAS a menacé de couper mon aide'],
  ['fr', "je m'inscris à un cours de premiers secours"],
  ['nl', 'waar kan ik een cursus eerste hulp volgen'],
  ['ar', 'الـ CPAS هددني يقطع المساعدة'],
  ['ru', 'где взять справку для CPAS'],
  // Short Arabizi skeletons ("rs" of "ras", head) match only a whole word, never what is left of "merci" or
  // "papiers" once a letter is read as a prefix.
  ['fr', 'ok merci wallah t es un bon'],
  ['fr', 'merci pour les papiers, khoya'],
  ['ar', 'slm khoya bghit nsjel rasi f la commune'],
];

describe('assessDanger: look-alikes', () => {
  itRaisesNoAlarm(NO_ALARM);

  itIsNeverTheEmergency([
    ['en', 'i got fired last week, what about unemployment'],
    ['en', 'my phone is dead, can i still get the sms code'],
    ['fr', 'ma batterie est morte'],
    ['fr', 'le loyer nous tue'],
    ['fr', 'je voudrais devenir ambulancier'],
    ['fr', 'formation sécurité incendie à Liège'],
    ['fr', 'mon visa a expiré'],
    ['fr', 'je meurs de chaud dans ce logement'],
    ['nl', 'mijn batterij is leeg'],
    ['nl', 'de huur maakt ons kapot'],
    ['nl', 'ik wil ambulancier worden'],
    ['nl', 'het OCMW dreigt mijn leefloon te stoppen'],
    ['uk', 'у мене сів телефон'],
    ['uk', 'оренда нас вбиває'],
    ['uk', 'CPAS погрожує припинити виплати'],
    ['uk', 'хочу працювати фельдшером'],
    ['ru', 'аренда нас просто убивает'],
    ['ru', 'у меня закончилась виза'],
    ['ru', 'CPAS угрожает отменить пособие'],
    ['ar', 'البطارية ماتت'],
    ['ar', 'الكراء قتلنا'],
    ['ar', 'بغيت نخدم في الاسعاف'],
    ['ar', 'انتهت صلاحية الفيزا ديالي'],
    ['en', 'my baby has a rash, is it dangerous'],
    ['en', 'our child is missing school because of the strike'],
    ['fr', "la police m'a arrêté pour un contrôle, j'ai des droits ?"],
    ['fr', 'je suis mort de fatigue après le travail'],
    ['ar', 'بغيت نخدم في الحريق كاطفائي'],
    ['ru', 'сын потерял паспорт'],
    // lost in a screen, not missing
    ['fr', 'mon fils a disparu dans ses jeux video, il travaille plus à l école'],
    ['ru', 'дочка пропала в телефоне, ничего не учит'],
    ['ar', 'ولدي ضايع فالبلايستيشن نهار كامل'],
    ['en', 'my boy disappeared into fortnite all weekend'],
    // a blocker read by the sibling language: Russian reads "не платять" too, Ukrainian has the overtime
    ['uk', 'на складі не платять за понаднормові'],
    // "gestolen" (stolen) is no typo of "gestoken" (stabbed)
    ['nl', 'mijn fiets is gestolen aan het station, aangifte bij de politie?'],
    // a typed smiley makes the threat a joke
    ['ru', 'сосед сказал что убьёт меня если опять включу музыку :)'],
  ]);
});

describe('levelOf', () => {
  const ctx = { person: false, urgency: false, body: false, blocked: false };
  it('needs a person and urgency for a weak word, any context for a danger word, nothing for a combined concept', () => {
    expect(levelOf(1, ctx)).toBe('none');
    expect(levelOf(1, { ...ctx, person: true })).toBe('possible');
    expect(levelOf(1, { ...ctx, person: true, urgency: true })).toBe('certain');
    expect(levelOf(2, ctx)).toBe('possible');
    expect(levelOf(2, { ...ctx, body: true })).toBe('certain');
    expect(levelOf(3, ctx)).toBe('certain');
  });

  it('lets a blocker leave a combined concept, or a danger word with a body part or urgency, and as possible', () => {
    expect(levelOf(3, { ...ctx, blocked: true })).toBe('possible');
    expect(levelOf(2, { ...ctx, person: true, urgency: true, blocked: true })).toBe('possible');
    expect(levelOf(2, { ...ctx, body: true, blocked: true })).toBe('possible');
    expect(levelOf(2, { ...ctx, person: true, blocked: true })).toBe('none');
    expect(levelOf(2, { ...ctx, body: true, urgency: true, blocked: true, figurative: true })).toBe('none');
    expect(levelOf(1, { ...ctx, person: true, urgency: true, blocked: true })).toBe('none');
  });
});

describe('lexicons', () => {
  it('cover every kind of danger in all six languages, with the context groups', () => {
    for (const [lang, lex] of Object.entries(LEXICONS)) {
      expect([lang, DANGER_KINDS.filter((k) => !(lex.kinds[k]?.length))]).toEqual([lang, []]);
      for (const g of ['person', 'urgency', 'body', 'blockers']) expect([lang, g, lex.groups[g].length > 0]).toEqual([lang, g, true]);
    }
  });

  it('compile (a term without a word is refused, naming the language and the term)', () => {
    expect(() => new DangerAssessor()).not.toThrow();
    expect(() => compileTerm('fr', '  ')).toThrow('crisis lexicon "fr": term "  " has no word to match');
    expect(() => new DangerAssessor({ en: { groups: { person: [], urgency: [], body: [], blockers: [] }, kinds: { fire: [{ weight: 1, terms: ['x'], with: ['cold'] }] } } })).toThrow(
      'crisis lexicon "en": kind "fire" needs group "cold", which the lexicon lacks',
    );
  });

  it('match French, Dutch and English terms in order, Slavic and Arabic terms in any order', () => {
    const fr = (t: string) => readText('fr', wordsWithApostrophes(t));
    expect(termFound(compileTerm('fr', 'en finir'), fr('je veux en finir'), 'fr')).toBe(true);
    expect(termFound(compileTerm('fr', 'en finir'), fr('pas pu finir en un an'), 'fr')).toBe(false);
    expect(termFound(compileTerm('fr', 'me frappe'), fr('il me frappe'), 'fr')).toBe(true);
    expect(termFound(compileTerm('ru', 'бьет меня'), readText('ru', wordsWithApostrophes('меня бьёт муж')), 'ru')).toBe(true);
  });

  it('read Latin words as Arabizi or Russian only in a message that looks written so', () => {
    expect(assessDanger('la dame a dit la mort au dos').langs).not.toContain('ar');
    expect(assessDanger('on ne sait pas ce qui est mort').langs).not.toContain('ru');
    expect(assessDanger('ya ne znayu, on umer?').langs).toContain('ru');
  });

  it('never read a language level (NT2, A2) as Arabizi: a Dutch course question is no danger', () => {
    expect(assessDanger('Ik heb al NT2 gedaan in Nederland, moet ik bij het Huis van het Nederlands opnieuw beginnen van nul?', 'nl').level).toBe('none');
  });
});

describe('typos', () => {
  it('forgive one letter in a long danger word', () => {
    expect(withinOneEdit('unconsious', 'unconscious')).toBe(true);
    expect(withinOneEdit('bleeidng', 'bleeding')).toBe(true);
    expect(withinOneEdit('unconscious', 'conscious')).toBe(false);
    expect(assessDanger('my son is unconsious', 'en')).toMatchObject({ level: 'certain', kinds: ['unconscious-breathing'] });
    expect(assessDanger('ik wil zelfmord plegen', 'nl').level).toBe('certain');
  });

  it('never read a word of the lexicons, or a short word, as a typo of another', () => {
    expect(assessDanger('homeless refugee help belgium', 'en').kinds).not.toContain('self-harm-suicide'); // not "hopeless"
    expect(assessDanger("je n'ai pas de mutuelle et l'hôpital me réclame une facture", 'fr').level).toBe('none'); // not "fracture"
    expect(assessDanger("j'ai changé d'adresse, je dois prévenir qui ?", 'fr').level).toBe('none'); // not "agresse"
    expect(assessDanger('my mother is on strike', 'en').level).toBe('none'); // not "stroke"
  });

  it('read a letter changed as a typo only when its key is next to the one meant', () => {
    expect(withinOneEdit('bleedimg', 'bleeding')).toBe(true); // m next to n
    expect(withinOneEdit('verdienen', 'verdwenen')).toBe(false); // to earn, not gone missing
    expect(withinOneEdit('кровотеча', 'кровлтеча')).toBe(true); // л next to о on ЙЦУКЕН
    const earn = 'Mijn vrouw woont nog in Marokko, ik ben Belg sinds 2019. Hoeveel moet ik verdienen om haar naar hier te laten komen?';
    expect(assessDanger(earn, 'nl').level).toBe('none');
  });
});

describe('assessDanger: an event seen in the news, and a question about preventing one (nineteenth session)', () => {
  // A fire or a knife attack seen in the news, on television or on Facebook happened to someone else, elsewhere.
  // "пожар в" weighs 3 (a fire somewhere), so a topic word alone did not lower it.
  itIsNeverTheEmergency([
    ['ru', 'по телевизору показали пожар в Льеже, там много погибших?'],
    ['uk', 'бачив у новинах пожежу в Генті, це біля вокзалу?'],
    ['ar', 'شفت في الأخبار حريق في شارلروا، كيفاش نعاونو العائلة؟'],
    ['en', 'saw on the news a fire in a building in schaerbeek, how can i give clothes?'],
    ['fr', 'aux infos ils parlent d un incendie a Namur, c est loin de Jambes?'],
  ]);
  // Preventing a danger, or equipment against it, is a question about it, not a report of it.
  itIsNeverTheEmergency([
    ['en', 'how to prevent a stroke? my dad has high blood pressure'],
    ['ar', 'كيف نمنع التسمم عند الأطفال في الصيف؟'],
    ['nl', 'hoe kan ik koolmonoxidevergiftiging voorkomen met een oude geiser?'],
    ['ru', 'как предотвратить пожар от старой проводки в квартире?'],
  ]);
  // Told as happening now, the same words stay an emergency.
  itStaysCertain([
    ['ru', 'у нас пожар в квартире, дым везде, дети внутри'],
    // "face droops", the present of "face drooping", was missing from the English stroke concept.
    ['en', 'my dad, his face droops and he cannot speak'],
    ['ar', 'ابني شرب مبيد الحشرات وهو يتقيأ الآن'],
  ]);
});

describe('assessDanger: Arabizi "bas", prevention, legality and "now fine" (twentieth session)', () => {
  // "bas" and "bs" (but, only: Levantine, Iraqi, Egyptian) had the Arabizi skeleton of the blocker "ps4", so every
  // Arabizi message with them was read as about a game console: a threat or a knife in the bus lost.
  itStaysCertain([
    ['ar', 'jouz okhti yhaddidni bil qatl hala2 bs ana w ibni bl beit'],
    ['ar', 'fi wa7ed f l bus 3ando mous w kayd9ar nnas daba'],
    // "fissa" (quickly) has the consonants of the blocker "visa", now met only as written.
    ['ar', 'bnti tay7a f l7mam w ma kat3nfsch, ajiw fissa'],
  ]);
  // The blockers met as written still block: a visa, a CV, a game console.
  itIsNeverTheEmergency([
    ['ar', 'rani nl3ab ps4 w khouya qal lia ghadi y9tlni hahaha'],
  ]);
  // A question about keeping a child from a danger, or whether something is allowed, is no report of it.
  itIsNeverTheEmergency([
    ['ru', 'где хранить средство для посуды, чтобы ребенок не отравился?'],
    ['uk', 'де тримати засоби для чистки, щоб діти не отруїлися?'],
    ['fr', 'comment on eteint un feu de casserole, c est pour un atelier a l ecole'],
    ['en', 'is it legal to carry a pocket knife in Brussels?'],
    ['nl', 'is het toegestaan om pepperspray te hebben in belgie?'],
    ['ar', 'واش قانوني نشري سكين ديال الصيد هنا؟'],
  ]);
  // A danger told as past and fine now, or a child in the news found again.
  itIsNeverTheEmergency([
    ['ru', 'в прошлом году у мамы был инсульт, сейчас нормально, нужен ли ей кардиолог?'],
    ['uk', 'торік у тата був інсульт, зараз нормально, який лікар його має вести?'],
    ['ar', 'شفت في الاخبار طفل ضايع في لييج ولقوه، الحمد لله'],
  ]);
  // Told as happening now, a child kept from harm by a parent's hand is still an emergency.
  itStaysCertain([
    ['ru', 'сын выпил отбеливатель, его рвет, что делать сейчас'],
    ['nl', 'we staan met de kinderen buiten, de opvang zit vol en het vriest vannacht'],
  ]);
});

describe('assessDanger: games, jokes, idioms, medicines for a cold, and signs of a child gone (twenty-first session)', () => {
  // A threat made inside a game, or as a joke, and an idiom of hunger or success: nobody is in danger.
  itIsNeverTheEmergency([
    ['ru', 'друг сказал что убьёт меня в шахматах сегодня вечером'],
    ['uk', 'брат каже що вб’є мене в карти сьогодні ввечері'],
    ['nl', 'collega zei ik ga je afmaken bij het kaarten vanavond'],
    ['fr', 'mon cousin dit qu il va me tuer aux echecs ce soir'],
    ['ru', 'друг шутит что убьёт меня если я не приду на его день рождения'],
    ['en', 'im dying of hunger at work, break in 10'],
    ['fr', 'mon chef m a dit que je suis en feu cette semaine, 3 ventes, trop content'],
  ]);
  // Whether two medicines may be taken together for a cold is a question for the pharmacist, not a poisoning.
  itIsNeverTheEmergency([
    ['fr', 'jai un gros rhume, je peux prendre du dafalgan et de l ibuprofene le meme jour?'],
    ['en', 'cold n sore throat, can i take ibuprofen w paracetamol?'],
    ['nl', 'ik ben verkouden, mag ik ibuprofen en paracetamol samen nemen?'],
  ]);
  // A wound told with "and she is fine" in Darija, and the evening ("masa2") that had the consonants of a knife.
  itIsNeverTheEmergency([
    ['ar', 'bent 3ammi tjer7at f sbe3ha b mous dyal cuisine lbare7, mchat l tbib w labas'],
    ['ar', 'wein agdar at3allam fransi bel masa2, ani ashtughul bel nahar'],
  ]);
  // A swallowed product stays a poisoning whatever is asked about milk.
  itStaysCertain([['en', 'my son swallowed bleach, can i give him milk?']]);
  // Documents taken and a debt claimed by the employer: exploitation, even in a message about a job.
  itStaysCertain([
    ['en', 'I came for a job in a restaurant but they make me sleep in the basement, took my phone and passport and they say I owe them 8000 euros'],
    ['ru', 'приехала на работу в кафе, хозяин забрал паспорт и говорят что я должна им 5000 евро'],
  ]);
  // Threatened and the people waiting outside: a danger now.
  itStaysCertain([
    ['nl', 'krijg berichten dat ze me gaan pakken na mn shift, ze staan buiten'],
    ['en', 'they text me they will get me, they are waiting outside the building'],
  ]);
  // A young child gone, described by what they wear: at least the safety check.
  itGetsAtLeast([
    ['nl', 'zoontje 4j weg op de meir antwerpen blauwe jas', 'missing-child', 'possible'],
    ['en', 'my daughter 5yo gone at the park in wavre 20 min pink jacket', 'missing-child', 'possible'],
    ['fr', 'mon fils 6 ans disparu au marche de la batte, veste rouge', 'missing-child', 'possible'],
  ]);
});
