// The crisis net, an eighteenth round, from writers BD (Arabic only, the dialects heard least) and BE (reaching an
// office; look-alikes from news, screens and dreams):
// 1. a true-crime podcast is a frame (`frame`), a dream is told like the news, someone else's and not now (`news`);
//    work that "kills me with tiredness" is a figure of speech (`figurative`); a sleepless night ("і не можу заснути")
//    no longer meets the Ukrainian "заснути і не" (now "заснути і не прокинутися" and its forms);
// 2. new words of danger (below, `DANGERS`): a night "onder de brug" in the cold (nl); "keep thinking about" a high
//    place or train tracks (en); Sudanese "ما داير اعيش" (I don't want to live), railway tracks as a place to jump
//    from, the Yemeni dagger (جنبية), Sudanese Arabizi "ma bi9a7a" (does not wake), the Iraqi "راح اخلص عليك" (I'll finish you), a child
//    searched for "everywhere" or who "never came" to school, a passport taken (ar).
// Every sentence was written for this file; none is from a blind or tuning batch. WERE_EMERGENCY and DANGERS fail on
// the code before this round; NEVER and STILL are guards (already so before it) the new rules must keep.
import { type AtLeastCase, type LookAlike } from './broadCases';
import { describeRound } from './guardCases';

export const WERE_EMERGENCY: LookAlike[] = [
  ['en', 'just finished a true crime podcast about a boy who went missing in 2003, any similar shows to recommend?'],
  ['uk', 'мені наснилось що сусід гнався за мною з ножем, прокинулась вся мокра, де знайти психолога після війни?'],
  ['ru', 'приснилось что за мной гонятся с ножом, проснулся весь мокрый, это нормально после войны?'],
  ['ar', 'الشغل في المصنع بيموتني من التعب، 12 ساعة كل يوم، هل هذا قانوني؟'],
  // A sleepless night: "заснути і не" (fall asleep and not [wake up]) was met in any order by "і не можу заснути".
  ['uk', 'прокинулась о третій і не можу заснути, де знайти психолога?'],
];

export const DANGERS: AtLeastCase[] = [
  ['nl', 'ik slaap al vier nachten onder de brug bij de Leie, het gaat vriezen', 'no-shelter-cold', 'certain'],
  ['en', 'i keep thinking about the train tracks behind the school, i went there again tonight', 'self-harm-suicide', 'certain'],
  ['ar', 'ما داير اعيش خلاص، تعبت من كل شي', 'self-harm-suicide', 'certain'],
  ['ar', 'ابني عمره 16 قاعد يقول بدو يروح على سكة القطار وينط', 'self-harm-suicide', 'certain'],
  ['ar', 'واحد سكران ماسك جنبية ويدور على اخوي في الحارة', 'weapon', 'certain'],
  ['ar', 'abuy wa2ig fil ard ma bi9a7a, kallamnah ma radd', 'unconscious-breathing', 'certain'],
  ['ar', 'قال لي راح اخلص عليك، وهو يعرف وين اشتغل', 'threat', 'certain'],
  ['ar', 'بنتي عمرها 9 سنين والمدرسة اتصلت قالت ماجات للمدرسة اليوم', 'missing-child', 'certain'],
  ['ar', 'صاحب الشغل ماخذ جوازي ويقول ما تطلع من المزرعة', 'trafficking-exploitation', 'certain'],
];

export const NEVER: LookAlike[] = [
  ['ar', 'بغيت نخدم في سكة الحديد، واش كاين شي تكوين في شارلروا؟'],
  ['nl', 'waar is het OCMW in Gent, onder de brug aan de Korenmarkt?'],
];

export const STILL: AtLeastCase[] = [
  // A knife in a real chase stays the emergency, whatever the dreams.
  ['uk', 'за мною женуться з ножем біля вокзалу, я сховалась у магазині', 'weapon', 'certain'],
  ['en', 'a kid went missing from the playground an hour ago, its my son, he is 6', 'missing-child', 'certain'],
  ['uk', 'хочу заснути і не прокинутися, всім буде краще', 'self-harm-suicide', 'certain'],
];

describeRound('eighteenth', { wereEmergency: WERE_EMERGENCY, never: NEVER, dangers: DANGERS, still: STILL });
