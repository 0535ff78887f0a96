// The crisis net, a sixteenth round, from writers AZ (the edge of the map: real needs asked with dramatic words,
// look-alikes from series, courses and questions about a rule) and BA (Ukrainian and Russian only):
// 1. questions that got the full emergency: a landlord, an office or a lawyer who "does not answer the phone" read as
//    someone unconscious, and made a second sign of "he is killing me with this damp" (a "does not answer" term
//    followed by a phone or messages is of the phone, and no second sign of another kind); "the bill almost gave me
//    a heart attack" (`figurative`); whether one may legally carry a taser or pepper spray (the lexicon's `legal`
//    group: a rule, when nothing says now);
// 2. someone who "gave her things away", says "we will be better off without her" and no longer answers her phone is
//    the emergency: her not answering still counts for self-harm, and the farewell words are read themselves; new words
//    of danger (below, `DANGERS`) and films or detective stories about one (`WERE_EMERGENCY`).
// Every sentence was written for this file; none is from a blind or tuning batch. WERE_EMERGENCY and DANGERS fail on
// the code before this round; STILL and NOT_EMERGENCY are guards (already so before it) the new rules must keep.
import { type AtLeastCase, type LookAlike } from './broadCases';
import { describeRound } from './guardCases';

export const WERE_EMERGENCY: LookAlike[] = [
  // A film or a detective story about the danger ("кино про пожар", "смотрела детектив").
  ['ru', 'вчера смотрели кино про пожар в доме, сын теперь боится спать, что ему сказать?'],
  ['uk', 'дивилася детектив, там чоловіка отруїли грибами, а які гриби в Бельгії отруйні?'],
  ['fr', "ma proprio me tue avec ses travaux, le plafond coule et elle répond plus au téléphone, je fais quoi à Namur ?"],
  ['en', 'the hospital invoice nearly gave me a heart attack, 900 euro, is that normal with a mutuality?'],
  ['en', 'can i legally carry a small knife or a taser for self defence? i walk home late through the park'],
  ['en', 'are we allowed to have a taser at home in belgium? asking for my mum who lives alone'],
];

/** Already not the emergency before this round (the safety check at most), and still not. */
export const NOT_EMERGENCY: LookAlike[] = [
  ['en', 'is it legal to carry pepper spray in belgium? my sister walks home late from work'],
  ['ar', 'bghit nbeddel l adresse, l wa9t kay9tel w l commune ma kayjawbouch f tilifon, chno ndir'],
  // One's own regret, not a threat reported ("сказав що я пошкодую"): only the reported words weigh.
  ['uk', 'я пошкодую якщо не запишусь на курси французької цього року'],
  ['ru', 'я пожалею если не пойду на курсы французского'],
];

/**
 * A sister's farewell words, read themselves now ("on sera mieux sans elle", "elle a donné ses affaires"); a throat
 * grabbed; "you will regret it" from a man who knows the address; a child "تلف" (got lost, in Darija); a child
 * ("бала", in Kazakh and Kyrgyz Russian) searched for everywhere; drain cleaner drunk, typed with 4 for ч; a shelter
 * that takes nobody in the cold (the safety check).
 */
export const DANGERS: AtLeastCase[] = [
  ['nl', 'mijn vriend heeft me vannacht bij mijn keel gepakt, hij slaapt nu naast de kinderen', 'domestic-violence', 'certain'],
  ['uk', "сусід сказав що я пошкодую, сьогодні ввечері прийде до нас", 'threat', 'certain'],
  ['uk', "він каже що я пожалію, вже стоїть біля під'їзду", 'threat', 'certain'],
  ['ar', 'ولدي عندو 3 سنين تلف فالمارشي، قلبت عليه بزاف', 'missing-child', 'certain'],
  ['ru', 'бала 5 лет вышел во двор играть, час нету, везде искали', 'missing-child', 'certain'],
  ['ru', 'deti vypili 4to-to iz butylki pod rakovinoj, 4to delat', 'poisoning', 'certain'],
  ['uk', 'нас не беруть у притулок, ми з мамою на вулиці, мінус три', 'no-shelter-cold', 'possible'],
  [
    'fr',
    "ma soeur m'a écrit qu'on sera mieux sans elle, elle a donné ses affaires à une amie et elle répond plus au téléphone",
    'self-harm-suicide',
    'certain',
  ],
];

export const STILL: AtLeastCase[] = [
  ['fr', "mon père est par terre, il répond plus et il respire très mal, vite", 'unconscious-breathing', 'certain'],
  ['en', "he has a gun in his belt, is that even legal?? he is banging on our door right now", 'weapon', 'certain'],
  ['ru', 'отец упал на кухне и не отвечает, не дышит', 'unconscious-breathing', 'certain'],
];

describeRound('sixteenth', { wereEmergency: WERE_EMERGENCY, dangers: DANGERS, still: STILL, stillNotEmergency: NOT_EMERGENCY });
