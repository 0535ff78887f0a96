// The crisis net, a thirteenth round, from writers AT (who tell their story first) and AU (who are angry):
// 1. dangers: standing on a bridge thinking about jumping; all the pills of the flat gathered; sitting in the car in
//    the garage with the engine running (a death by exhaust fumes, said without naming it);
// 2. look-alikes that got the full emergency: an angry writer's own threat against an office or its papers ("I'm going
//    to kill someone at the commune", "спалю всі ці листи", the lexicon's `vent` and `office` groups); a butcher's
//    knives and a French course that "will kill me" in Darija (`blockers`); violence told as over, followed by a "now"
//    that says since when things are fine (the `nowword` group beside `over` or `healed`: "сейчас у неё всё хорошо").
// Every sentence was written for this file; none is from a blind or tuning batch. DANGERS and WERE_EMERGENCY fail on
// the code before this round; STILL and STILL_NOT_EMERGENCY are guards (already so before it) the new words must keep.
// Look-alikes may get the safety check (its reply carries 112); they must never get the emergency reply.
import { itGetsAtLeast, itIsNeverTheEmergency, type AtLeastCase, type LookAlike } from './broadCases';
import { itIsNeverTheGuardsEmergency } from './guardCases';

export const DANGERS: AtLeastCase[] = [
  ['en', 'standing on the bridge near the station, been here an hour thinking about jumping', 'self-harm-suicide', 'certain'],
  ['ru', 'сижу в машине в гараже с включенным двигателем, больше ничего не хочу', 'self-harm-suicide', 'certain'],
  ['uk', 'я зібрала всі таблетки що є і сиджу на кухні, не хочу більше так', 'self-harm-suicide', 'certain'],
  ['uk', 'сьогодні зібрав всі ліки з аптечки, більше не можу', 'self-harm-suicide', 'certain'],
  ['nl', 'ik zit in de auto in de garage met de motor aan, ik kan niet meer', 'self-harm-suicide', 'certain'],
];

export const WERE_EMERGENCY: LookAlike[] = [
  ['en', 'im gonna kill someone at the commune, they sent me back 3 times for the same docs'],
  ['en', "I swear I'm going to kill someone at the commune, third time they send me home. what papers do I need?"],
  ['uk', "я вб'ю когось у тій комуні, вже вчетверте посилають по той самий папірець"],
  ['uk', 'спалю всі ці папірці з комуни, нічого не зрозуміло'],
  ['ru', 'убью этого чиновника из коммуны, пятый раз одна и та же бумажка!'],
  ['ar', 'khdemt 10 snin f boucherie, kan9ta3 b sekkin kol nhar'],
];

export const STILL: AtLeastCase[] = [
  // A threat said of the writer, a man at an office or at home: the intention is not the writer's.
  ['en', 'the man at the commune said he will kill me when I leave, he is waiting outside now', 'threat', 'certain'],
  ['uk', "чоловік кричить що вб'є мене, стоїть під дверима, я з дітьми", 'threat', 'certain'],
  ['en', "I'm going to kill myself tonight, the CPAS cut everything", 'self-harm-suicide', 'certain'],
  // Already caught in French before this round.
  ['fr', "je suis dans le garage avec le moteur allumé, je veux juste que tout s'arrête", 'self-harm-suicide', 'certain'],
  // A ball game is no course: a child who went out to play football and is not back is still missing.
  ['ar', 'ولدي خرج يلعب الكورة قدام العمارة وما رجعش، هادي ٣ سوايع', 'missing-child', 'certain'],
  // Past violence that came back now: "now" says the danger is here again.
  ['fr', "l'an dernier il m'a frappée, maintenant il est revenu et il me frappe encore", 'domestic-violence', 'certain'],
];

/** Look-alikes already below the emergency before this round, which the new words must keep there. */
export const STILL_NOT_EMERGENCY: LookAlike[] = [
  ['fr', "l'an dernier je me suis fait agresser dans le tram, c'est fini maintenant, je peux encore porter plainte ?"],
  ['fr', "je vais tuer quelqu'un à la commune, ça fait trois fois qu'on me renvoie"],
  ['ar', 'جارتي كان جوزها يضربها من زمان، هلق اتطلقوا وهي منيحة، كيف تغير عنوانها؟'],
];

describe('dangers of the thirteenth round', () => itGetsAtLeast(DANGERS));
describe('look-alikes of the thirteenth round that were the emergency', () => {
  itIsNeverTheEmergency(WERE_EMERGENCY);
  itIsNeverTheGuardsEmergency(WERE_EMERGENCY);
});
describe('guards of the thirteenth round', () => {
  itGetsAtLeast(STILL);
  itIsNeverTheEmergency(STILL_NOT_EMERGENCY);
});
