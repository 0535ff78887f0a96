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
// Every sentence was written for this file; none is from a tuning or blind batch. DANGERS and WERE_EMERGENCY fail on
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
];

describe('dangers of the twelfth round', () => itGetsAtLeast(DANGERS));
describe('look-alikes of the twelfth round that were the emergency', () => {
  itIsNeverTheEmergency(WERE_EMERGENCY);
  itIsNeverTheGuardsEmergency(WERE_EMERGENCY);
});
/** Look-alikes already below the emergency before this round, which the new words must keep there. */
export const STILL_NOT_EMERGENCY: LookAlike[] = [
  ['fr', 'ce travail va me tuer, vivement les vacances'],
  ['fr', 'mon neveu joue à un jeu où on tue des zombies au couteau'],
];

describe('guards of the twelfth round', () => {
  itGetsAtLeast(STILL);
  itIsNeverTheEmergency(STILL_NOT_EMERGENCY);
});
