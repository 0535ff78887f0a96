// The crisis net, a ninth round, on the new writers' batches (pasted letters and text messages, formal letters, young
// people alone in their first weeks, heavy dialect and slang):
// 1. look-alikes that got the emergency reply: a fire inspection announced by letter; food scorched in the pan with
//    the flat full of smoke ("борщ пригорів", "плов сгорел"); a phone that died, in Arabizi, read as a death and its
//    "repair" ("nsal7o") as a weapon ("sla7");
// 2. real dangers the net missed or held at the safety check: a blocker that is the danger's own word ("swallowed a
//    battery"), standard Arabic forms of a knife and a death threat ("يحمل سكينا", "سيقتلونني"), a fall with noisy
//    breathing next to "bruit", and the dialect forms of the later sections.
// Every sentence was written for this file before the code was changed for it; none is from a tuning or blind batch.
// Look-alikes may get the safety check (its reply carries 112); they must never get the emergency reply.
import { itGetsAtLeast, itGetsItsLevel, itIsNeverTheEmergency, itRaisesNoAlarm, type AtLeastCase, type ExactCase, type LookAlike } from './broadCases';
import { itIsNeverTheGuardsEmergency, itIsTheGuardsEmergency } from './guardCases';

/** A fire inspection or a safety visit announced: a drill, not a fire. */
export const INSPECTIONS: LookAlike[] = [
  ['fr', "Bonjour, le syndic annonce une inspection incendie des pompiers jeudi, faut-il laisser la clé au concierge ?"],
  ['nl', 'De brandweerinspectie komt dinsdag langs in ons gebouw, moet ik thuis zijn? Alvast bedankt'],
  ['en', 'letter from the commune: fire safety inspection of the flats on monday morning, can my neighbour let them in?'],
  ['uk', 'У гуртожитку в середу пожежна перевірка, пожежники ходитимуть по кімнатах. Треба бути присутнім?'],
  ['ru', 'в пятницу пожарная проверка в доме, придут пожарные смотреть датчики. мне надо отпрашиваться с работы?'],
  ['ar', 'جانا خبر بلي غادي يكون تفتيش الحريق فالعمارة نهار الخميس، واش خاصني نكون فالدار؟'],
];

/** Food scorched in the pan, the flat full of smoke: the cooking's smoke. */
export const SCORCHED: LookAlike[] = [
  ['fr', "j'ai cramé le riz, tout l'appart est plein de fumée, la voisine a rigolé quand elle a senti"],
  ['nl', 'de soep is aangebrand, het hele huis staat vol rook, mijn vrouw lacht me uit'],
  ['en', 'i burnt the rice again, whole flat full of smoke, my roommate will never let me cook'],
  ['uk', 'каша пригоріла, вся квартира в диму, сусід сміється з мене'],
  ['ru', 'котлеты пригорели, вся кухня в дыму, муж смеётся'],
  ['ar', 'حرقت الطبخه والدار كلها عامرة بالدخان، ماما ضحكات عليا'],
];

/** Real fires told with food: flames, a fire that spreads, stay the emergency reply. */
export const SCORCHED_TWINS: ExactCase[] = [
  ['fr', 'la casserole a pris feu, il y a des flammes jusqu au plafond, aidez nous', 'fire'],
  ['en', 'the pan caught fire and the kitchen is on fire, flames everywhere', 'fire'],
  ['ru', 'на кухне пожар, горит всё, огонь до потолка', 'fire'],
];

/** A phone or a battery that died, written in Arabizi or with "repair" in it: a thing. */
export const DEVICES: LookAlike[] = [
  ['ar', 'tilifoun dyali mat lbareh, fin n9der nsal7o rkhis f anvers?'],
  ['ar', 'telephone dyal khti mat, bghat tsal7o, chkoun kayrepari f liege?'],
  ['fr', 'mon téléphone est mort, où je peux le faire réparer pas cher à Liège ?'],
  ['nl', 'mijn telefoon is dood, waar kan ik hem laten repareren in Gent?'],
  ['en', 'my phone died, where can i get it fixed cheap in antwerp?'],
  ['uk', 'телефон помер, де його можна полагодити недорого в Льєжі?'],
];

/** A blocker that is the danger's own word: a child who swallowed a button battery. */
export const SWALLOWED: ExactCase[] = [
  ['en', 'my son swallowed a battery from the remote, he is 2', 'poisoning'],
  ['en', 'my little girl swallowed a button battery, help', 'poisoning'],
];

/** Standard Arabic forms of a knife and a death threat, written in formal letters. */
export const STANDARD_ARABIC: AtLeastCase[] = [
  ['ar', 'رأيت رجلا يحمل سكينا أمام المدرسة ويصرخ على الأطفال', 'weapon', 'possible'],
  ['ar', 'أرسل لي زوجي السابق رسالة يقول فيها إنه سيقتلني الليلة', 'threat', 'certain'],
  ['ar', 'جيراننا قالوا إنهم سيقتلوننا إذا لم نغادر المنزل', 'threat', 'certain'],
];

/** A fall, no answer, noisy breathing: "bruit" there is a sound, not a neighbours' complaint. */
export const NOISY_BREATHING: ExactCase[] = [
  ['fr', 'mon grand-pere est tombe, il repond plus, il fait un bruit bizarre en respirant', 'unconscious-breathing'],
];
/** Noise as a topic: still no emergency. */
export const NOISE: LookAlike[] = [
  ['fr', 'le voisin fait trop de bruit la nuit, il crie et tape sur les murs, je peux appeler qui ?'],
];

describe.each([
  ['a fire inspection announced', INSPECTIONS, []],
  ['food scorched in the pan', SCORCHED, SCORCHED_TWINS],
  ['a phone that died, a repair', DEVICES, []],
  ['noise as a topic', NOISE, NOISY_BREATHING],
] as const)('%s', (_kind, lookAlikes, twins) => {
  itIsNeverTheEmergency(lookAlikes);
  itIsNeverTheGuardsEmergency(lookAlikes);
  if (twins.length > 0) itGetsItsLevel(twins);
});

describe('a blocker inside the danger term', () => {
  itGetsItsLevel(SWALLOWED);
  itIsTheGuardsEmergency(SWALLOWED.map(([lang, text]) => [lang, text]));
});

describe('standard Arabic forms', () => {
  itGetsAtLeast(STANDARD_ARABIC);
});

/** An employer's words quoted: the passport kept until a debt is paid, no going out. */
export const PASSPORT_KEPT: ExactCase[] = [
  ['fr', "mon chef m'a écrit « ton passeport reste chez moi jusqu'à ce que tu aies remboursé le trajet », je dors dans l'atelier", 'trafficking-exploitation'],
  ['en', "the farm boss texted 'your passport stays with me till you pay the visa back', we cant go out of the house after 8", 'trafficking-exploitation'],
  ['nl', 'de baas zegt je paspoort blijft bij mij tot je de reis terugbetaalt, we slapen in de loods', 'trafficking-exploitation'],
  ['uk', 'господар каже: паспорт побуде в мене, поки не віддаси за дорогу', 'trafficking-exploitation'],
  ['ru', 'хозяин сказал: паспорт побудет у меня, живёшь на складе', 'trafficking-exploitation'],
  ['ar', 'المعلم قالي جوازك يبقى عندي حتى تخلص لي التذكرة', 'trafficking-exploitation'],
];

/** Sudanese and Levantine words of a passport taken and work without pay. */
export const TAKEN_UNPAID: ExactCase[] = [
  ['ar', 'صاحب المزرعة شال جواز اخوي وبيخليه يشتغل من الصبح لليل بدون قروش', 'trafficking-exploitation'],
  ['ar', 'الراجل الجابنا هنا شال جوازاتنا وقال علينا دين كبير', 'trafficking-exploitation'],
];

/** A knife carried, someone chased, in standard Arabic. */
export const CARRYING: ExactCase[] = [
  ['ar', 'يوجد رجل أمام العمارة يحمل سكينا ويطارد جارنا، نحن خائفون', 'weapon'],
];

/** Kill threats written as they are spoken: Flemish, Levantine and Egyptian Arabizi. */
export const SPOKEN_THREATS: ExactCase[] = [
  ['nl', 'mijn ex stuurt dat hij haar deze nacht nog komt afmaken, help', 'threat'],
  ['nl', 'ze sturen berichtjes: as ge ni betaalt komen we de kinders halen', 'threat'],
  ['ar', 'el nas dol bi2oulo hayi2tlouni law ma dafa3tesh, w 3arfin beiti', 'threat'],
  ['ar', 'jouz okhti ba3atli enno ra7 yi2tolni el leila', 'threat'],
];

/** Violence at home in a feminine participle; Flemish diminutives for a child not home. */
export const DIALECT_FORMS: ExactCase[] = [
  ['fr', "il m'a encore tapée ce matin, il dort, je suis dans la salle de bain avec ma fille", 'domestic-violence'],
  ['nl', 'ons zoonke van 9 is ni thuisgekomen na de voetbal, t is al 2 uur geleden', 'missing-child'],
];

/** Nigerian English and Pidgin: charcoal indoors and everyone sick, a child gone from the house. */
export const PIDGIN: ExactCase[] = [
  ['en', 'we put charcoal inside the room for the cold, now my small brother weak well well, he no fit stand', 'poisoning'],
  ['en', 'my small girl of 5 comot from house since morning, we no see am, we don check everywhere', 'missing-child'],
];

describe('dialect and quoted words of real dangers', () => {
  itGetsItsLevel([...PASSPORT_KEPT, ...TAKEN_UNPAID, ...CARRYING, ...SPOKEN_THREATS, ...DIALECT_FORMS, ...PIDGIN]);
});

/** Guards of the new words: finishing one's studies, fees for a crèche, one's own passport, a shawl, a police weapon. */
export const NEW_WORDS_ORDINARY: LookAlike[] = [
  ['nl', 'ik moet mijn opleiding nog afmaken voor ik kan werken, help'],
  ['nl', 'de loodgieter komt het morgen afmaken, mag ik dan thuis zijn?'],
  ['nl', 'as ik ni betaal voor de creche, mogen ze de kinders dan weigeren?'],
  ['ar', 'اشتريت شال جديد لماما، واش خاصني الجواز باش نصيفطو؟'],
  ['ar', 'خويا شال الجواز ديالو ومشا للقنصلية باش يجددو'],
  ['ar', 'الشرطي كان يحمل سلاح في المحطة، هل هذا عادي في بلجيكا؟'],
  ['en', 'the technician checked the boiler, all of us are happy the heating works now'],
  ['en', 'my phone battery died and the charger is broken, where can i buy one near the station'],
];

describe('the new words in ordinary messages', () => {
  itIsNeverTheEmergency(NEW_WORDS_ORDINARY);
  itIsNeverTheGuardsEmergency(NEW_WORDS_ORDINARY);
});

/**
 * A danger by itself with urgency, where the only topic word names an institution or a person where it happens (the
 * CPAS, the landlord, the nurse on the phone): the emergency reply.
 */
export const NAMED_PLACES: ExactCase[] = [
  ['fr', "il m'étrangle, là maintenant, je me suis enfermée dans la salle d'attente du CPAS, il est devant, vite", 'domestic-violence'],
  ['nl', 'er komen vlammen uit de meterkast, de huisbaas zegt niks doen, help nu', 'fire'],
  ['en', 'gas smell very strong in the flat right now, everyone dizzy, the landlord says wait for the technician', 'fire'],
  ['uk', 'він мене душив, я зараз сиджу біля CPAS у машині, допоможіть терміново', 'domestic-violence'],
  ['ru', 'он меня душил, я сейчас в машине у CPAS, помогите срочно', 'domestic-violence'],
  ['ar', 'ولدي طاح وراسو كينزف بزاف، عاونوني دابا، الممرضة فالتليفون قالت نضغط عليه', 'injury-bleeding'],
];

/** Told as past, with the police or the firefighters who came then: still no emergency reply. */
export const NAMED_PAST: LookAlike[] = [
  ['en', 'last year the police beat my brother with a stick in the camp, now he needs a doctor for his back'],
  ['fr', "l'an dernier mon voisin a eu un incendie, les pompiers sont venus, il veut savoir pour l'assurance"],
  ['nl', 'vorig jaar sloeg de politie mijn man in ons land, nu heeft hij nog pijn, welke dokter helpt ons?'],
];

describe('an institution named where the danger happens', () => {
  itGetsItsLevel(NAMED_PLACES);
  itIsTheGuardsEmergency(NAMED_PLACES.map(([lang, text]) => [lang, text]));
  itIsNeverTheEmergency(NAMED_PAST);
  itIsNeverTheGuardsEmergency(NAMED_PAST);
});

/** Signs of a danger plainly there that the net held at the safety check or missed, in their own words. */
export const PLAIN_SIGNS: ExactCase[] = [
  // A child and the dishwasher product.
  ['uk', 'донька 2 роки ковтнула з пляшки для посудомийки, кашляє', 'poisoning'],
  ['ru', 'сын 3 года отпил из бутылки для посудомойки, плачет', 'poisoning'],
  // "We'll knife you" with an ultimatum.
  ['ru', 'написали брату: если не вернёшь долг к пятнице, зарежем', 'threat'],
  ['uk', 'хлопцям написали: якщо не заплатиш до неділі, заріжемо', 'threat'],
  // Noisy breathing after a fall, in Latin letters ("hripom" is also read "грипом", flu, a topic).
  ['ru', 'mama upala v vannoj i ne prihodit v sebya, dyshit s hripom', 'unconscious-breathing'],
  // A face gone crooked, speech unclear all of a sudden.
  ['ru', 'у деда за обедом лицо стало кривое и говорит непонятно', 'stroke'],
  ['uk', 'у бабусі раптом обличчя криве і говорить незрозуміло', 'stroke'],
  ['ru', 'у деда вдруг рука повисла и говорит непонятно', 'stroke'],
  // A plan for tonight with a topic word in the list of what is lost.
  ['en', 'no job no papers, tired of life, tonight i will finish everything', 'self-harm-suicide'],
  // An arm cut open, bleeding a lot.
  ['fr', 'ma soeur s est coupe le bras sur une vitre, ca coule beaucoup', 'injury-bleeding'],
  // Nights outside with a child, in Arabizi.
  ['ar', 'ana w bnti sghira n3sna brra f lbard, fin nmchiw', 'no-shelter-cold'],
  ['ar', 'ana w wldi 6 snin n3sna brra had lila, fin nmchiw', 'no-shelter-cold'],
  // "He stabs me if I don't pay": a threat with its ultimatum.
  ['nl', 'die man zegt hij steekt mij als ik niet betaal, hij wacht buiten', 'threat'],
  // Standard Arabic: pills swallowed, blood-pressure medicine; a passport taken against a debt.
  ['ar', 'ابني الصغير ابتلع حبوب من دواء الضغط تاع جدو', 'poisoning'],
  ['ar', 'صاحب الورشة اخد جوازي وقال لازم تشتغل لتسد الدين', 'trafficking-exploitation'],
  // Written on the neighbour's wifi: the setting, not the topic.
  ['en', 'he strangled me again now, i am on the neighbour wifi in the hall, please help', 'domestic-violence'],
];

/** Their words in ordinary messages: an animal for a feast, speaking a language badly, camping. */
export const PLAIN_SIGNS_ORDINARY: LookAlike[] = [
  ['ru', 'в субботу зарежем барана на праздник, где купить специи?'],
  ['uk', 'на свято заріжемо півня, як правильно?'],
  ['ru', 'сосед говорит непонятно по-французски, помогите перевести письмо'],
  ['fr', 'je me suis coupe la main en cuisinant hier, rien de grave, un pansement suffit ?'],
  ['ar', 'kunt n3s brra f camping had sif, fin kayn camping rkhis?'],
];

describe('plain signs of a danger', () => {
  itGetsItsLevel(PLAIN_SIGNS);
  itIsNeverTheEmergency(PLAIN_SIGNS_ORDINARY);
  itIsNeverTheGuardsEmergency(PLAIN_SIGNS_ORDINARY);
});

/**
 * No alarm at all: a weak word about a thing (a phone or an engine that died), a matter of life and death said of a
 * file, a match won.
 */
export const NO_ALARM: LookAlike[] = [
  ['ar', 'tilifoun dyal mama mat, fin nchri chargeur?'],
  ['en', 'my car engine is dead again, any cheap garage in liege?'],
  ['uk', 'це для мене питання життя і смерті, коли буде відповідь щодо житла?'],
  ['ru', 'для нас это вопрос жизни и смерти, когда придёт решение по семье?'],
  ['fr', 'pour moi c est une question de vie ou de mort, quand j aurai la réponse pour le logement ?'],
  ['nl', 'voor ons is dit een kwestie van leven of dood, wanneer beslist de dienst?'],
  ['ar', 'هادي بالنسبة ليا مسألة حياة او موت، امتى يجاوبوني على الملف؟'],
  ['en', 'we killed them in the tournament final, 3-1, so happy'],
];

describe('no alarm at all', () => {
  itRaisesNoAlarm(NO_ALARM);
});

/** Laughing or heat "killing" someone, in Arabic and Nigerian Pidgin, without an emoji: a figure of speech. */
export const LAUGHING_IDIOMS: LookAlike[] = [
  ['ar', 'يقتلني الضحك من خويا'],
  ['ar', 'الضحك قتلني من هاد الفيديو'],
  ['en', 'laugh dey kill me for that video'],
  ['en', 'this heat, I dey die o, where fan dey'],
];

/** A real threat in the same words: still the emergency reply. */
export const LAUGHING_TWINS: ExactCase[] = [
  ['ar', 'جوزي قال يقتلني الليلة، انا خايفة', 'threat'],
];

describe('laughing and heat idioms', () => {
  itIsNeverTheEmergency(LAUGHING_IDIOMS);
  itIsNeverTheGuardsEmergency(LAUGHING_IDIOMS);
  itGetsItsLevel(LAUGHING_TWINS);
});

// Official letters quoted in orientation questions (tuning orient-41): waste collection ("l'enlèvement des
// immondices") read as a kidnapping, a school's attendance letter ("will they punish me") as a threat. Both were the
// emergency reply.
const LETTERS: LookAlike[] = [
  ['fr', "la commune m envoie la taxe sur l enlevement des dechets et des encombrants, je dois payer si je suis locataire ?"],
  ['ru', "пришло письмо 'taxe sur l'enlèvement des immondices 95€', это платит хозяин или я?"],
  ['en', 'letter from school about school attendance, my son missed 4 half days when he was sick, will they punish me?'],
];

describe('official letters quoted in a question', () => {
  itIsNeverTheEmergency(LETTERS);
  itIsNeverTheGuardsEmergency(LETTERS);
});
