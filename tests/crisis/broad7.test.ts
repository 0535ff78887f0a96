// The crisis net and the guard, a seventh round (issue 13): ordinary messages that still got the full emergency reply
// on the new writers' batches (someone writing for another, voice dictation, terse keywords, worried narrators), in
// all six languages, each kind with real dangers that share its words and must stay the emergency reply:
// 1. a question ABOUT the emergency number or a service ("what's the ambulance number here, just to note it", "is 112
//    free"): the crisis phrase lists hold "emergency number" and "ambulance", which made it the emergency reply;
// 2. a near miss or a child found again ("he almost got lost", "мало не загубилась, але швидко знайшли");
// 3. a hypothetical or a preparation ("what should I do if my kid goes missing", "что делать если ... на всякий случай");
// 4. a past event where nobody was hurt ("car accident last week, nobody hurt, the insurance wants a form");
// 5. a school project, a film or a series about a danger;
// and real dangers the net rated none: several weak signs of one wound next to a word of work ("cut his leg with the
// chainsaw at the garden job, blood through the towel").
// Every sentence was written for this file before the code was changed for it; none is from a tuning or blind batch.
// Look-alikes may get the safety check (its reply carries 112); they must never get the emergency reply.
import { itGetsAtLeast, itGetsItsLevel, itIsNeverTheEmergency, type AtLeastCase, type ExactCase, type LookAlike } from './broadCases';
import { itIsNeverTheGuardsEmergency, itIsTheGuardsEmergency } from './guardCases';

export const NUMBER_QUESTIONS: LookAlike[] = [
  ['fr', "le numero d urgence c est gratuit depuis un portable sans credit ?"],
  ['fr', "c'est quoi le numéro d'urgence ici? je le colle sur le frigo pour ma belle-mère"],
  ['nl', 'wat is het noodnummer hier? ik wil het opschrijven voor mijn moeder'],
  ['nl', 'moet je betalen als je een ziekenwagen belt? mijn buurman kreeg een rekening'],
  ['en', 'which number do i call for an ambulance in belgium, asking for later'],
  ['en', 'is the emergency number free from a payphone'],
  ['uk', 'номер екстреної служби тут 112 чи 103? просто питаю'],
  ['uk', 'підкажіть номер екстреної допомоги, хочу зберегти в телефоні тата'],
  ['ru', 'номер экстренной помощи бесплатный с мобильного?'],
  ['ru', 'какие экстренные номера в бельгии, напишите списком'],
  ['ar', 'شنو هو رقم الاسعاف فبلجيكا؟ بغيت نكتبو للوالدة'],
  ['ar', 'ما هو رقم الطوارئ هنا؟ فقط للمعرفة'],
];

/** Dangers that name a number too ("what number do I call"): the number question does not lower them. */
export const NUMBER_TWINS: LookAlike[] = [
  ['fr', 'quel numero j appelle mon pere respire plus il est par terre'],
  ['nl', 'welk nummer moet ik bellen, mijn vrouw ademt niet meer'],
  ['en', 'what number do i call my son swallowed bleach'],
  ['uk', 'який номер, мама не дихає, лежить на підлозі'],
  ['ru', 'какой номер звонить, муж не дышит'],
  ['ar', 'شنو الرقم، بابا ما كيتنفسش طاح فالأرض'],
];

export const NEAR_MISSES: LookAlike[] = [
  ['fr', "on a failli perdre la petite au marché ce matin, on l'a retrouvée tout de suite derrière un stand. ça existe des bracelets avec le numéro ?"],
  ['nl', 'mijn dochter was bijna verdwaald in de Ikea, gelukkig vonden we haar meteen. waar zijn er kinderopvang in Gent?'],
  ['en', 'my boy nearly got lost at the zoo today but we found him in 2 minutes, do they have wristbands for kids'],
  ['uk', 'дочка мало не загубилась у торговому центрі, але швидко знайшли, де купити годинник з gps'],
  ['ru', 'сын чуть не потерялся в метро, потом смеялись, как оформить ему проездной'],
  ['ru', 'малой потерялся в парке на 5 минут, нашли у фонтана, уф. где купить браслет с номером телефона'],
  ['ar', 'ولدي كان غادي يتودر ليا فالمارشي ولكن لقيتو دغيا، فين نشري ليه ساعة بالجيبيإس'],
];

/** A child not found, or lost now: still the emergency reply. */
export const NEAR_MISS_TWINS: ExactCase[] = [
  ['fr', "mon fils de 7 ans s'est perdu au marché du midi, ça fait 40 minutes que je le cherche", 'missing-child'],
  ['nl', 'dochter kwijt op de foor sinds een half uur, ik vind haar niet', 'missing-child'],
  ['en', "my little girl got lost in the mall, we haven't found her, been looking for half an hour", 'missing-child'],
  ['ru', 'дочка потерялась в парке, ищу уже час, не нашли', 'missing-child'],
  ['ar', 'بنتي تلفات ليا فالسوق، نص ساعة وأنا كنقلب عليها', 'missing-child'],
  ['ar', 'ولدي ضاع فالمارشي من ساعة وما لقيتوش', 'missing-child'],
];

export const HYPOTHETICALS: LookAlike[] = [
  ['fr', "si jamais quelqu'un fait un malaise dans le tram, on appelle qui ?"],
  ['fr', "au cas où mon fils se perd à la foire, il doit aller voir qui ? je veux lui expliquer avant"],
  ['nl', 'wat moet ik doen als iemand bewusteloos op straat ligt? gewoon om te weten'],
  ['en', 'what should i do if my kid goes missing at the fair, i want to prepare him'],
  ['en', "just in case: what do you do here if someone collapses and isn't breathing? in my country we called 103"],
  ['uk', 'що робити, якщо людина впала і не дихає? хочу знати на всякий випадок'],
  ['ru', 'что делать если человек упал и не дышит, на всякий случай'],
  ['ar', 'شنو خاصني ندير إلا ضاع ليا ولدي فشي بلاصة؟ بغيت نعلمو'],
];

/** Dangers told with "what do I do" and no "if": the emergency reply. */
export const HYPOTHETICAL_TWINS: ExactCase[] = [
  ['fr', "qu'est-ce que je fais, mon mari est tombé et il respire plus", 'unconscious-breathing'],
  ['nl', 'wat moet ik doen, mijn vader ligt bewusteloos op de grond', 'unconscious-breathing'],
  ['en', 'what do i do my son is missing since this morning, 6 hours now', 'missing-child'],
  ['ru', 'что делать, муж упал и не дышит', 'unconscious-breathing'],
  ['ar', 'شنو ندير، ولدي ضاع من الصباح وما لقيناهش', 'missing-child'],
];

/**
 * Worried narrators hedge a real danger ("je vous écris au cas où", "just in case I'm overreacting", "на всякий случай
 * пишу"): a hedge is not a hypothetical. Written after "in case" and "на всякий случай" had lowered these.
 */
export const HEDGED_DANGERS: ExactCase[] = [
  ['fr', "je sais pas si c'est grave, je vous écris au cas où, ma mère est tombée et elle répond plus, elle respire fort", 'unconscious-breathing'],
  ['en', "just in case i'm overreacting: my dad collapsed and he's not waking up, his lips are blue", 'unconscious-breathing'],
  ['nl', 'ik schrijf voor het geval dat, mijn zoon is al 4 uur weg en neemt niet op, hij is 9', 'missing-child'],
  ['uk', 'пишу на всякий випадок: мама впала і не дихає нормально, хрипить', 'unconscious-breathing'],
  ['ru', 'на всякий случай пишу: сын 8 лет не пришел из школы, телефон выключен, уже 3 часа', 'missing-child'],
  ['ar', 'كنكتب ليكم للاحتياط، بنتي عندها 7 سنين ما رجعاتش من المدرسة والتيليفون مطفي', 'missing-child'],
];

/**
 * "Almost" with a state is the danger itself, and a thing found is not the child: still the emergency reply. Written
 * after the near-miss and found-again rules, to guard them ("почти", "майже", "presque" and "we found" were dropped).
 */
export const NEAR_MISS_GUARDS: ExactCase[] = [
  ['ru', 'мама почти не дышит, губы синие', 'unconscious-breathing'],
  ['uk', 'тато майже не дихає', 'unconscious-breathing'],
  ['en', 'my baby is nearly unconscious', 'unconscious-breathing'],
  ['ru', 'нашли его рюкзак в парке, сыну 7 лет, его нигде нет', 'missing-child'],
  ['uk', 'знайшли тільки рюкзак доньки біля школи, вона пропала', 'missing-child'],
  ['en', 'we found only her backpack at the park, my daughter is 6 and missing since an hour', 'missing-child'],
  ['fr', 'on a retrouvé seulement son vélo, mon fils de 8 ans a disparu', 'missing-child'],
];

export const NOBODY_HURT: LookAlike[] = [
  ['fr', "on a eu un accident de voiture samedi passé, personne n'a été blessé, l'assurance veut un constat"],
  ['en', 'we had a car accident last month, nobody was hurt thankfully, can you help me understand the insurance form?'],
  ['en', 'small crash with the van last week, no one injured, but the other driver wants my papers, help me with the form'],
  ['nl', 'we hadden vorige week een aanrijding, niemand gewond, hoe vul ik het aanrijdingsformulier in'],
  ['uk', 'минулого тижня була аварія, ніхто не постраждав, як заповнити європротокол'],
  ['ru', 'на прошлой неделе была авария, никто не пострадал, как оформить страховку'],
  ['ar', 'كان عندنا حادث بالطوموبيل الأسبوع الفايت، الحمد لله حتى واحد ما تضرر، التأمين بغا ورقة'],
];

export const NOBODY_HURT_TWINS: ExactCase[] = [
  ['fr', "accident de voiture sur l'autoroute, mon mari saigne beaucoup de la tête", 'injury-bleeding'],
  ['en', 'car accident just now, my wife is bleeding a lot and cannot move her legs', 'injury-bleeding'],
  ['nl', 'net een aanrijding gehad, mijn zoon bloedt hevig aan zijn hoofd', 'injury-bleeding'],
];

export const PROJECTS_FILMS: LookAlike[] = [
  ['fr', "mon fils fait un exposé pour l'école sur les incendies, où trouver des infos ?"],
  ['nl', 'mijn dochter maakt een spreekbeurt over branden en brandweer, waar vind ik info'],
  ['en', 'my daughter has a school project about house fires and smoke alarms, any statistics for belgium'],
  ['uk', 'син пише доповідь про пожежі для школи, де знайти статистику'],
  ['ru', 'дочь делает доклад про пожары и дым, где взять статистику по бельгии'],
  ['ar', 'بنتي كتوجد عرض فالمدرسة على الحرائق، فين نلقى معلومات؟'],
];

export const PROJECT_TWINS: ExactCase[] = [
  ['en', 'we were watching a movie about cars and my dad collapsed, he is not breathing', 'unconscious-breathing'],
  ['fr', "ma fille regarde un dessin animé, mon fils a avalé des piles", 'poisoning'],
  ['fr', "il y a le feu à l'école de mon fils, de la fumée partout, les enfants sont encore dedans", 'fire'],
  ['uk', 'у школі сина пожежа, дим, діти ще всередині', 'fire'],
];

/**
 * Which number to call if something happens, dictated ("euh", "um") or typed: the "if" just before the danger word
 * makes it a supposition. Written after the first change, when these still got the emergency reply.
 */
export const NUMBER_IF: LookAlike[] = [
  ['fr', "euh alors ma question c'est euh quel numéro on appelle s'il y a le feu chez nous"],
  ['nl', 'ja dus euh mijn vraag is euh welk nummer moet ik bellen als er euh brand is'],
  ['en', "so um my question is um what number do you call if there's a fire"],
  ['en', 'we watched a documentary about a kidnapping, my son is scared now'],
  ['uk', 'питання таке: який номер треба набрати якщо в будинку пожежа'],
  ['ru', 'вопрос такой какой номер звонить если вдруг в квартире пожар'],
  ['ar', 'سؤالي هو شنو الرقم لي نعيط ليه إلا شعلات العافية فالدار'],
];

/** A number asked in a real danger, an "as if" after the danger word: still the emergency reply. */
export const NUMBER_IF_TWINS: ExactCase[] = [
  ['fr', "ma mère est tombée, elle répond plus du tout et elle respire bizarre comme si elle ronflait, c'est quoi le numéro", 'unconscious-breathing'],
  ['en', "my dad collapsed in the kitchen and isn't breathing, what's the number here", 'unconscious-breathing'],
  ['nl', 'welk nummer, mijn zoon is bewusteloos en ademt niet meer', 'unconscious-breathing'],
];

/**
 * A child searched for, in Darija conjugations the lexicon did not list ("كتقلب عليه", "she searches for him", beside
 * "كنقلب عليه", "I search"): the search verb is read by its stem. Written before the change.
 */
export const SEARCH_STEMS: ExactCase[] = [
  ['ar', 'جارتي ولدها الصغير غبر من الحديقة هادي ساعة وهي كتقلب عليه', 'missing-child'],
  ['ar', 'ما لقيتش بنتي فالسوبرماركت عندها 4 سنين', 'missing-child'],
  ['ar', 'بنت خالتي صغيرة وكيقلبو عليها فالمارشي من الصباح', 'missing-child'],
];

/** A school, a job or a flat searched for a child, not the child: never the emergency reply. */
export const SEARCH_TWINS: LookAlike[] = [
  ['ar', 'ما لقيتش مدرسة لولدي، فين نسجلو؟'],
  ['ar', 'بنتي كتدور على خدمة فبروكسيل'],
  ['uk', 'не можемо знайти школу для сина, всюди кажуть що місць нема'],
  ['ru', 'не можем найти садик для дочки уже месяц, куда обращаться'],
];

/** Several signs of one wound, with a word of work or a place near them: the safety check at least. */
export const WEAK_SIGNS_AT_WORK: AtLeastCase[] = [
  ['en', 'my husband cut his leg bad with a chainsaw at the garden job, blood soaking through the towel, the boss left', 'injury-bleeding', 'possible'],
  ['fr', "mon frère s'est coupé le bras avec la disqueuse sur le chantier, du sang partout, le patron est parti", 'injury-bleeding', 'possible'],
];

describe('a question about the emergency number or a service', () => {
  itIsNeverTheGuardsEmergency(NUMBER_QUESTIONS);
  itIsTheGuardsEmergency(NUMBER_TWINS);
});

describe.each([
  ['a near miss, or a child found again', NEAR_MISSES, [...NEAR_MISS_TWINS, ...NEAR_MISS_GUARDS]],
  ['a hypothetical or a preparation', HYPOTHETICALS, [...HYPOTHETICAL_TWINS, ...HEDGED_DANGERS]],
  ['a past event where nobody was hurt', NOBODY_HURT, NOBODY_HURT_TWINS],
  ['a school project, a film or a series', PROJECTS_FILMS, PROJECT_TWINS],
] as const)('%s', (_kind, lookAlikes, twins) => {
  itIsNeverTheEmergency(lookAlikes);
  itIsNeverTheGuardsEmergency(lookAlikes);
  itGetsItsLevel(twins);
});

describe('which number to call if it happens, and a documentary read by several lexicons', () => {
  itIsNeverTheEmergency(NUMBER_IF);
  itIsNeverTheGuardsEmergency(NUMBER_IF);
  itGetsItsLevel(NUMBER_IF_TWINS);
});

describe('a child searched for, and a school searched for a child', () => {
  itGetsItsLevel(SEARCH_STEMS);
  itIsNeverTheEmergency(SEARCH_TWINS);
});

describe('several weak signs of one wound next to a word of work', () => {
  itGetsAtLeast(WEAK_SIGNS_AT_WORK);
});
