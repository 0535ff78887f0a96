// The crisis net, a fourteenth round, from writers AV (Arabic only, six groups of dialects) and AW (another country's
// words):
// 1. dangers told in dialect: someone "who has" a knife ("عندو couteau") while the writer hides; "I cut myself again,
//    tonight I'll do bigger" in Levantine Arabizi; "داير اخلص من نفسي" (Sudanese: I want to be done with myself);
//    the people one fled sending a photo of one's home, "بنجيك الليلة"; a woman fallen who does not answer, breathing
//    faintly, in Egyptian Arabizi; a daughter locked in ("ma7bouse") and forced; a child "gone from in front of me"
//    and not found, in Levantine Arabizi;
// 2. look-alikes that got the full emergency: rat poison for the kitchen (`blockers`), a student's research on violence
//    at home (Latin-letter `blockers`), information on stroke signs (`frame`), a fire seen in the news while the writer
//    asks who "helps" the victims ("3awnouni", help me!, is now read only as written, not by its consonants), a
//    tired mother who "always" (dima) sleeps badly ("dem", blood, and "na3es", drowsy, are read only as written), and a
//    diabetic whose medicine ran out.
// Every sentence was written for this file; none is from a blind or tuning batch. DANGERS and WERE_EMERGENCY fail on
// the code before this round; STILL and STILL_NOT_EMERGENCY are guards (already so before it) the new words must keep.
import { itGetsAtLeast, itIsNeverTheEmergency, type AtLeastCase, type LookAlike } from './broadCases';
import { itIsNeverTheGuardsEmergency } from './guardCases';

export const DANGERS: AtLeastCase[] = [
  ['ar', 'النجدة واحد عندو couteau فالقهوة وكيغوت على الناس، أنا مخبية تحت الطابلة', 'weapon', 'certain'],
  ['ar', 'jarra7t 7ali kamen marra w ma 3ad fiyi kammel, el leile baddi a3mel akbar min heik', 'self-harm-suicide', 'certain'],
  ['ar', 'داير اخلص من نفسي الليلة خلاص، ما في زول بيسأل علي', 'self-harm-suicide', 'certain'],
  ['ar', 'الناس اللي هربت منهم بعتولي صورة بيتي وقالولي بنجيك الليلة', 'threat', 'certain'],
  ['ar', 'mrati we2e3et fel matbakh w mesh betrod 3alaya, nafasha 5afif', 'unconscious-breathing', 'certain'],
  ['ar', 'bnti ma7bouse 3end el m3allem w byejbrouha tishtighil bala ma3ash', 'trafficking-exploitation', 'certain'],
  ['ar', 'ibni 5 snin ra7 mn 2iddami bel souk w ma la2eto', 'missing-child', 'certain'],
];

export const WERE_EMERGENCY: LookAlike[] = [
  ['ar', 'عندنا فئران بالمطبخ، شو السم اللي بيقتلهن وما بيضر الولاد؟'],
  ['ar', 'ba3mel bahes bel jam3a 3an el 3onf el usari, fi jam3iyyat ba2dar e7ki ma3on?'],
  ['ar', 'اريد معلومات عن اعراض الجلطه لان امي كبيره بالعمر'],
  ['ar', 'chft fel akhbar 7ari9 f Anderlecht, kayn chi jam3iya kat3awen nnas li tdarro?'],
  ['ar', '3ndi drari sghar w dima ta3bana w ma kan3esch, bghit nhdr m3a psychologue'],
  // A diabetic whose medicine ran out asks for a doctor: no poisoning (`blockers`: "الدوا كمل").
  ['ar', 'عندي السكر والدوا كمل من جمعة، واش كاين طبيب بلا فلوس؟'],
];

export const STILL: AtLeastCase[] = [
  // Bleeding that does not stop: "ما يوقف" (does not stop) is no healed wound.
  ['ar', 'طاح من الدروج والدم ما يوقف من راسه', 'injury-bleeding', 'certain'],
  // Beaten yesterday and locked in: a past day says since when, not that it is over.
  ['ar', 'جوزي ضربني امبارح وحابسني بالبيت وآخد تلفوني', 'domestic-violence', 'certain'],
  ['ar', 'نحن في الشارع امام المحطة مع طفلين، رفضوا ادخالنا والبرد شديد', 'no-shelter-cold', 'certain'],
  // A child who drank all of a diabetic's medicine is still poisoned.
  ['ar', 'ابني شرب الدوا ديال السكر ديالي كامل، دابا ما كيفيقش', 'poisoning', 'certain'],
];

/** Look-alikes already below the emergency before this round, which the new words must keep there. */
export const STILL_NOT_EMERGENCY: LookAlike[] = [
  ['ar', 'بكرا في تجربة إنذار حريق بالبناية، لازم نطلع مع الولاد؟'],
];

describe('dangers of the fourteenth round', () => itGetsAtLeast(DANGERS));
describe('look-alikes of the fourteenth round that were the emergency', () => {
  itIsNeverTheEmergency(WERE_EMERGENCY);
  itIsNeverTheGuardsEmergency(WERE_EMERGENCY);
});
describe('guards of the fourteenth round', () => {
  itGetsAtLeast(STILL);
  itIsNeverTheEmergency(STILL_NOT_EMERGENCY);
});
