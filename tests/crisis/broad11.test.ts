// The crisis net, an eleventh round: Arabic of every dialect group (Egyptian, Sudanese, Yemeni, Iraqi, Gulf,
// Levantine, Maghrebi), in Arabic script and in Arabizi, and look-alikes that got the full emergency.
// 1. Arabic and Arabizi concept words: a child who drank a fuel or a household product ("شرب البنزين", "chreb
//    produit", the `product` group), pills a child ate written in Latin letters ("klat cachets", "akalet 7abbat"), a
//    heavy tongue or speech and a face fallen on one side, a raised hand that fails ("lsano t2il", "kalamha t9il",
//    "wishha wa2e3", "rfa3 ido"), blood running and a lot of it ("dam yinzil", "دم كتير"), searching everywhere for a
//    child ("9lbna 3liha", "dawarna 3aleh"), a flat set alight ("wala3et nar"), "he will kill me" with a g for the
//    qaf (Iraqi, Gulf, Sudanese, Yemeni: "yigtilni", and "يگتلني" with the letter گ, read as ق), wanting to die
//    ("3ayza amoot") and throwing oneself from a height or killing oneself in Arabizi, ending one's life or
//    everything ("إنهاء حياتي", "لا معنى للحياة"), a passport held ("ماخذين الجواز", "makhdin jawazi"), not let out,
//    unpaid ("bala ma3ash"), a debt, nowhere to sleep in Arabizi ("ma 3ndna wein nnam"), fallen to the ground
//    breathing weakly ("wa2e3 3al ard", "nafaso da3if");
// 2. look-alikes: a stroke or a fall "last year" in Arabizi ("l3am li fat", also read as "ila mat"), a laptop to
//    repair ("bisalle7" is "bsla7", with a weapon, as a skeleton), burning the dead (cremation), a smoke detector
//    beeping with no smoke, a game with shooting (Ukrainian "гру"), words learnt for a course, an asylum interview,
//    a suicide theme in an English class (French and Dutch read "suicide" too: the English reading decides), a passport
//    taken to the consulate;
// 3. safety checks made ordinary: a dose asked in millilitres, a pharmacy closed ("sakra" is also "drunk"), an old
//    scar and the mutuelle, a bailiff for a hospital debt after an accident.
// LOOK_ALIKES_CHECK also holds Arabizi messages whose consonant skeletons meet words left out for that reason
// ("nour", light, is "nar", fire; "3eish", bread, and "3asha", dinner, are "a3ish", to live; "Rami nafs" is "armi
// nafsi"; "tel", a phone, is "t2il", heavy; "bla flous" is free of charge; "nazel min jiha" is going out; Gulf
// "ماخذ", did not take, is the participle "has taken"; "حاجز" is a ticket booked as well as a passport held).
// Every sentence was written for this file; none is from a tuning or blind batch. The sentences of DIALECT_DANGERS,
// LOOK_ALIKES_WERE_EMERGENCY and NO_ALARM fail on the code before this round; DIALECT_STILL and LOOK_ALIKES_CHECK
// are guards. Two guards this round leans on stand where they were first written, not again here: "l3afya chaala f
// lcuisine" (a fire, certain: tests/crisis/broad4-uk-ru-ar.test.ts) and a new scarf to send with a passport (a
// look-alike: tests/crisis/broad9.test.ts). Look-alikes may get the safety check (its reply carries 112); they must never get the emergency reply.
import { itGetsAtLeast, itIsNeverTheEmergency, itRaisesNoAlarm, type AtLeastCase, type LookAlike } from './broadCases';
import { itIsNeverTheGuardsEmergency } from './guardCases';

/** Arabic and Arabizi dangers of the dialect groups, caught now (at least the level written). */
export const DIALECT_DANGERS: AtLeastCase[] = [
  ['ar', 'ابني شرب جاز من الازازة وريحته كلها جاز', 'poisoning', 'certain'],
  ['ar', 'ibni shereb benzine mn el 2anninye w 3am yis3ol', 'poisoning', 'certain'],
  ['ar', 'wldi chreb chi produit dyal tnqiya mn tht lavabo', 'poisoning', 'certain'],
  ['ar', 'binti akalet 7abbat men shantet gedda dlwa2ti, 3ayza a3mel eh', 'poisoning', 'certain'],
  ['ar', 'bnti klat cachets dyal mama, ma3rftch ch7al', 'poisoning', 'possible'],
  ['ar', 'abuya fag2a lsano t2il w mesh 3aref yitkallem', 'stroke', 'certain'],
  ['ar', 'khalti kalamha t9il w wishha nazel', 'stroke', 'certain'],
  ['ar', 'gidi fag2a wijhu nazil w ma yigdar yirfa3 ido', 'stroke', 'certain'],
  ['ar', 'جدتي فجأة كلامها ثقيل وما بتقدر تمسك الكاس', 'stroke', 'certain'],
  ['ar', 'اختي الدم نازل منها وما عارفين شنعملو', 'injury-bleeding', 'certain'],
  ['ar', 'binti 5 snin, 9lbna 3liha f souk kamel w walou', 'missing-child', 'certain'],
  ['ar', 'ibni 9 sneen, dawarna 3aleh fi el share3 kollo', 'missing-child', 'certain'],
  ['ar', 'el sha2a wal3et nar w e7na fo2 ma ni2dar nenzel', 'fire', 'possible'],
  ['ar', 'el matbakh wala3et nar w el dokhan fi kol 7eta', 'fire', 'possible'],
  ['ar', 'jaruna ygul bayigtilni iza ma tla3t min el beit', 'threat', 'certain'],
  ['ar', 'galuli nigtilak lo shufnak hna marra thanya', 'threat', 'certain'],
  ['ar', 'طليقي قال يگتلني اذا رحت للمحكمه', 'threat', 'certain'],
  ['ar', 'ana 3ayza amoot, t3ebt min kol 7aga', 'self-harm-suicide', 'certain'],
  ['ar', 'nefsi amoot w arta7, kil shay ma yaswa', 'self-harm-suicide', 'certain'],
  ['ar', 'ana ta3bana w bfakker armi nafsi min el balkona el leila', 'self-harm-suicide', 'certain'],
  ['ar', 'kol yom afakker aktil nafsi, ta3bana', 'self-harm-suicide', 'certain'],
  ['ar', 'أفكر في إنهاء حياتي، تعبت', 'self-harm-suicide', 'certain'],
  ['ar', 'صار لي شهور ما أشوف أي معنى للحياة وأفكر في إنهاء كل شيء', 'self-harm-suicide', 'certain'],
  ['ar', 'صاحب المطعم ماخذ جوازي وما يطلعونا من المطبخ', 'trafficking-exploitation', 'certain'],
  ['ar', 'el kafil w wlado makhdin jawazi w ana ashtaghil bala ma3ash', 'trafficking-exploitation', 'certain'],
  ['ar', 'ma 3ndna wein nnam w il bard kteer, ma3ana tifl sghir', 'no-shelter-cold', 'certain'],
  ['ar', 'ma 3ndi win anam, ana w binti bil share3', 'no-shelter-cold', 'certain'],
  ['ar', 'abouy wa2e3 3al ard w nafaso t2il, ma byrodd 3alayye', 'unconscious-breathing', 'certain'],
];

/** Dangers the net caught before this round: still caught with the new words beside them. */
export const DIALECT_STILL: AtLeastCase[] = [
  ['ar', 'ibni wiga3 min el darag w dam yinzil min rasu', 'injury-bleeding', 'possible'],
  ['ar', 'صاحب المعمل ماخذين جوازاتنا، گالو علينا دين', 'trafficking-exploitation', 'certain'],
  ['ar', 'بنتي تعورت فالمدرسه وفيها دم وايد', 'injury-bleeding', 'certain'],
  ['ar', 'ولدي الصغير شرب البنزين من القرعة ديال الموطور وكيكح', 'poisoning', 'certain'],
  ['ar', 'اخوي انجرح والدم ينزل من ايده', 'injury-bleeding', 'certain'],
  ['ar', 'بنتي شربت جافيل وكتقيا', 'poisoning', 'certain'],
  ['ar', 'خذاو لي الباسبور وما كيخلصونيش', 'trafficking-exploitation', 'certain'],
  ['fr', 'ma fille a bu de l eau de javel pendant que je remplissais le formulaire, elle vomit', 'poisoning', 'certain'],
  ['en', 'my brother attempted suicide tonight, he is in the bathroom and wont open', 'self-harm-suicide', 'certain'],
  ['uk', 'сусід стріляє з рушниці у дворі, ми сховались', 'weapon', 'certain'],
  ['ru', 'муж избил меня сейчас, я закрылась в ванной', 'domestic-violence', 'certain'],
  // The negating ما before a conjunctional one still makes a child not come home.
  ['ar', 'ابني ما رجع من وقت ما طلع الصبح', 'missing-child', 'certain'],
  // A duration before a negation, and Levantine "بعد" (still), stay negations.
  ['ar', 'بنتي ضاعت بالمحطة، ساعة ما لقيناها', 'missing-child', 'certain'],
  ['ar', 'ابني بعد ما رجع من المدرسة والساعة صارت تسعة بالليل', 'missing-child', 'certain'],
];

/** Look-alikes the code before this round gave the emergency reply; now the safety check at most, or nothing. */
export const LOOK_ALIKES_WERE_EMERGENCY: LookAlike[] = [
  ['ar', 'خويا خدا الجواز ديالو ومشا للقنصلية باش يجددو'],
  ['ar', 'كاشف الدخان كيصفر كل ليلة وما كاين دخان، شكون خاصو يبدل البطارية؟'],
  ['ar', 'jeddi jatou jalta l3am li fat w daba labas, wach lkiné kaykhlsoh lmutuelle?'],
  ['ar', 'el pc dyali mat, 3arfin chi wa7ed bisalle7 laptop f anvers?'],
  ['ar', 'واش يجوز حرق الجثه عندنا؟ الجنازه غادي تكون فبروكسيل'],
  // "ما" after a word of time is no negation: "since we arrived", not "we did not arrive".
  ['ar', 'من يوم ما وصلنا وابني تعبان نفسيا، وين نلاقي طبيب؟'],
  ['ar', 'بنتي حزينة من وقت ما وصلنا بلجيكا، في دكتور نفسي بيحكي عربي؟'],
  ['en', 'we have to analyse a poem for english class, the theme is suicide, is that allowed for 14 year olds'],
  ['uk', 'донька грає в гру де всі стріляють, це нормально для 9 років?'],
  ['ru', 'меня избили в 2016 году дома, сейчас всё хорошо, это нужно рассказать на интервью?'],
];

/** Look-alikes that keep the safety check at most (guards). */
export const LOOK_ALIKES_CHECK: LookAlike[] = [
  ['ru', 'учу слова на французском: пожар, скорая, полиция. как будет по-французски кровь?'],
  ['ar', 'el imti7an bta3 bokra ga3id yaktulni, mesh fahma 7aga'],
  ['ar', 'hayda el film fi mashahed dam ktir, mnaseb lal wlad?'],
  ['ar', 'ana nazel min jiha tanya, 3ayez a3raf el tram fein'],
  ['ar', 'kalamha f el tel embare7 3ala el maw3ed'],
  ['ar', 'ana w rami nafs el fasl, 3ayzin nghayar el madrasa'],
  ['ar', 'mesh 3ayez 3eish, 3ayez ro2z, fein fi bank akl?'],
  ['ar', 'kayn chi cours bla flous? ana bghit nt3lm lfransawi'],
  ['ar', 'ana w ukhti 3andna nafs el tel, fein nsalla7o?'],
  ['ar', 'wala3t el nour w el tallaga mesh shaghala'],
  ['ar', 'ابني ماخذ الجواز معه للمطار، شو لازم يعمل؟'],
  ['ar', 'wldi makhdch jawaz dyalo m3ah l matar, chno ndir?'],
  ['ar', 'انا حاجز تذكرة لتركيا وجوازي جاهز، شو بدي ورقة من البلدية؟'],
];

/** Ordinary questions that had the safety check: no alarm now. */
export const NO_ALARM: LookAlike[] = [
  ['fr', 'le médecin a donné du paracétamol en sirop pour mon fils, combien de ml pour 12 kilos ?'],
  ['ar', 'el walad s5oun w el saydaliyye sakra, wein fi wa7de fat7a?'],
  ['ar', 'عندي جرح قديم وبغيت نعرف واش المتوال كتخلص عملية التجميل'],
  ['ru', 'после аварии прошлой осенью остался шрам, теперь судебный исполнитель требует долг за больницу'],
];

describe.each([
  ['Arabic and Arabizi dangers of every dialect', DIALECT_DANGERS],
  ['Arabic dangers, guards', DIALECT_STILL],
] as const)('%s', (_name, rows) => {
  itGetsAtLeast(rows);
});

describe('look-alikes of the eleventh round', () => {
  itIsNeverTheEmergency([...LOOK_ALIKES_WERE_EMERGENCY, ...LOOK_ALIKES_CHECK, ...NO_ALARM]);
  itIsNeverTheGuardsEmergency([...LOOK_ALIKES_WERE_EMERGENCY, ...LOOK_ALIKES_CHECK, ...NO_ALARM]);
  itRaisesNoAlarm(NO_ALARM);
});
