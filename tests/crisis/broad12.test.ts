// The crisis net, a twelfth round, from writers AR (reporting someone else's danger) and AS (dictated by voice):
// 1. dangers: a house to be burnt down unless one pays ("ze gaan mijn huis platbranden als ik niet betaal": "betaal"
//    is a word of an ordinary bill and had left no alarm); a child who drank fuel in Algerian ("ليسونس", l'essence,
//    the `product` group); not wanting to live any more and doing something to oneself tonight, Gulf and Levantine
//    ("ما عاد ابي اعيش", "بسوي بنفسي شي"); a grandmother fallen who no longer answers and breathes weakly, Darija
//    ("مابقاتش كتجاوب", "النفس ديالها ضعيف"); "he is going to kill him" in Levantine Arabizi ("ra7 yektlo"); nowhere to
//    sleep tonight in the cold, Tunisian ("ma3andhomch win yorgdou", the `sleep` group);
// 2. look-alikes that got the full emergency: "I'd kill for a coffee", "ce boulot va me tuer", "the heat will kill
//    me" in Darija (figures of speech); an onion cut with the big knife, a fire made in the fireplace, leaves burnt in
//    the garden, a barbecue (the `blockers`: cooking and fires one makes); a game where one kills zombies; a sunburn
//    ("ضربتني الشمس", the sun struck me).
// Every sentence was written for this file; none is from a blind batch, and only ORIENTATION_QUESTIONS paraphrase lines
// of the tuning batches (training data). DANGERS and WERE_EMERGENCY fail on
// the code before this round; STILL and STILL_NOT_EMERGENCY are guards (already so before it) the new words must keep. Look-alikes may get the safety check
// (its reply carries 112); they must never get the emergency reply.
import { itGetsAtLeast, itIsNeverTheEmergency, type AtLeastCase, type LookAlike } from './broadCases';
import { itIsNeverTheGuardsEmergency } from './guardCases';

export const DANGERS: AtLeastCase[] = [
  ['nl', 'er staat een man voor de deur die zegt dat hij ons huis gaat platbranden als we niet betalen', 'threat', 'certain'],
  ['ar', 'خلاص ما عاد ابي اعيش والليلة بسوي بنفسي شي', 'self-harm-suicide', 'certain'],
  ['ar', 'باباها طاح فالكوزينة ومابقاش كيجاوب', 'unconscious-breathing', 'certain'],
  ['ar', 'khali 3am yhaded jarna ino ra7 yektlo', 'threat', 'certain'],
  ['ar', 'ana w wladi fi gare, bard barcha, ma3andnach win norgdou', 'no-shelter-cold', 'certain'],
];

export const WERE_EMERGENCY: LookAlike[] = [
  ['en', "honestly i'd kill for a pizza right now"],
  ['ar', 'الحرارة غادي تقتلني فهاد الدار'],
  ['fr', "je coupe les oignons avec un grand couteau, comment ne pas pleurer ?"],
  ['fr', 'ce soir on fait un feu dans la cheminée avec les enfants'],
  ['ru', 'сосед опять жжет листья, весь двор в дыму'],
  ['ar', 'ضربتني الشمس فالبحر وكتافي حمرين'],
];

export const STILL: AtLeastCase[] = [
  // A real fire in the chimney, knives in a fight, leaves a child ate: not lowered by the new words.
  ['fr', 'le feu a pris dans la cheminée et les flammes montent au toit, vite', 'fire', 'certain'],
  ['fr', 'il a un grand couteau et il menace ma mère dans la cuisine', 'weapon', 'certain'],
  ['ru', 'сын съел листья комнатного растения, весь рот распух', 'poisoning', 'possible'],
  ['en', 'he said he will kill me tonight, he is outside my door', 'threat', 'certain'],
  ['ar', 'ولدي شرب ليسونس من البيدون عمرو ثلث سنين', 'poisoning', 'possible'],
  ['ar', 'ما بدي عيش بعد اليوم', 'self-harm-suicide', 'certain'],
  // A danger now asked as "where do I turn": "куди звернутися" is no blocker (an axe in the corridor, crisis-43).
  ['uk', 'сусід щойно кинувся на нас з сокирою, стоїть у коридорі, ми замкнулись. куди звернутися?', 'weapon', 'certain'],
  ['fr', 'ma fille de 6 ans a disparu du parc depuis une heure, à qui m adresser ?', 'missing-child', 'certain'],
];

describe('dangers of the twelfth round', () => itGetsAtLeast(DANGERS));
describe('look-alikes of the twelfth round that were the emergency', () => {
  itIsNeverTheEmergency(WERE_EMERGENCY);
  itIsNeverTheGuardsEmergency(WERE_EMERGENCY);
});
/**
 * Questions asking where to complain or whether a service exists, told with a danger word that is not a danger now
 * (`blockers`: "куда жаловаться", "est-ce qu'il existe", "waar kan ik klagen", "فين نشكي"; "mails" one does not answer
 * to): the orientation answer, at most with the safety check. Twelve orientation questions of the tuning batches got
 * the full emergency; six of them no longer do. Each sentence here was the full emergency before this round.
 */
export const ORIENTATION_QUESTIONS: LookAlike[] = [
  ['ru', 'Работаю уборщицей в отеле, начальник орёт и заставляет работать по 11 часов. Куда жаловаться?'],
  ['fr', "ma fille avait fugué 3 jours, la police l'a retrouvée, elle va bien mais elle ne parle plus, est ce qu il existe un psy pour enfants ?"],
  ['nl', 'ik woon in een sociale woning in Hoei, de verwarming doet het al 3 weken niet en de maatschappij reageert niet op mails'],
  ['ar', 'الشقة تحرقت ف شارلروا، السوسيال بغاو يعطيونا دار اخرى بعيدة، واش ضروري نقبلو؟'],
  ['ar', "ana nkhdem f chantier f liege, l'simana li fatet t9ta3 lia sba3, daba mkhyet, walakin lpatron ma bghach ydir declaration d'accident"],
];

/** Look-alikes already below the emergency before this round, which the new words must keep there. */
export const STILL_NOT_EMERGENCY: LookAlike[] = [
  ['fr', 'ce travail va me tuer, vivement les vacances'],
  ['fr', 'mon neveu joue à un jeu où on tue des zombies au couteau'],
];

describe('orientation questions with a danger word (twelfth round)', () => {
  itIsNeverTheEmergency(ORIENTATION_QUESTIONS);
});

describe('guards of the twelfth round', () => {
  itGetsAtLeast(STILL);
  itIsNeverTheEmergency(STILL_NOT_EMERGENCY);
});
