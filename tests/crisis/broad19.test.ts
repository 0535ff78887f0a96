// The crisis net, a nineteenth round, from writers BF (mixed languages in one message) and BG (Arabic only, the
// details of a need):
// 1. the rent "killing" someone in Levantine ("هالاجار عم يقتلني") is a figure of speech (`figurative`); a "reportage"
//    seen is the news (`news`), not a burn (`الحرقة`, the sea crossing); the French "peinture" in an Arabic line is not
//    read in Arabizi (`LOANWORDS`); a paper to sign ("يوقع عليها") is no fall (`blockers`, NO_ALARM);
// 2. new words of danger (below, `DANGERS`): "he'll hurt my sister" (يأذي), a gun carried ("7amel fard"), one eye that
//    does not see and a leg that does not carry, a crooked mouth in Arabizi ("fmha mail"), a door locked on a woman by
//    her fiancé, standing on a roof, a razor with "there is no point", a child "we don't know where she went", the
//    French "disparu" in Arabizi, the "debts of the road" (trafficking), no wish to live, nights in one's car with a
//    child in the cold (ar); "mi hija" (fr, Spanish words); "they took passport" without "our" (en); a former partner who will "finish what he
//    started" (uk, ru, en, fr); an axe chopping a door (ru, uk).
// Every sentence was written for this file; none is from a blind or tuning batch. WERE_EMERGENCY and DANGERS fail on
// the code before this round; NEVER and STILL are guards (already so before it) the new rules must keep.
import { itRaisesNoAlarm, type AtLeastCase, type LookAlike } from './broadCases';
import { describeRound } from './guardCases';

export const WERE_EMERGENCY: LookAlike[] = [
  ['ar', 'هالاجار عم يقتلني قتل، ما بقى معي شي آخر الشهر'],
  // "peinture" (paint) read in Arabizi met "bnt" (a girl): a rent deposit was a missing child.
  ['ar', 'المالك ما بغاش يرجع لي la caution، قال خاص peinture جديدة'],
  ['ar', 'تفرجت reportage على الحرقة و تفكرت الطريق ديالي، الحمد لله وصلنا'],
];

export const DANGERS: AtLeastCase[] = [
  ['ar', 'جوز اختي قال اذا ما دفعنا المصاري بيأذي بنتها', 'threat', 'certain'],
  ['ar', 'في واحد بالشارع 7amel fard وعم يصرخ، نحنا مسكرين الباب', 'weapon', 'certain'],
  ['ar', 'امي فجأة ما عم تشوف بعين وحدة وايدها تقيلة', 'stroke', 'certain'],
  ['ar', 'baba fmo mail w ma kaybanch lih lwjh mzyan', 'stroke', 'certain'],
  ['ar', 'خطيبي سكر علي باب الغرفة واخد تلفوني', 'domestic-violence', 'certain'],
  ['ar', 'رفيقي واقف عالسطح وبعتلي رسالة وداع', 'self-harm-suicide', 'certain'],
  ['ar', 'ماكو فايدة من شي، السكينة بيدي', 'self-harm-suicide', 'certain'],
  ['ar', 'ابني عمره 5 سنين طلع يلعب وما نعرف وينه من ساعتين', 'missing-child', 'certain'],
  ['ar', 'bnti 7 ans disparue mn la sortie d ecole', 'missing-child', 'certain'],
  ['ar', 'صاحب المطعم يقول لازم نخدم حتى نخلص ديون الطريق، ماخذ الباسبورات', 'trafficking-exploitation', 'certain'],
  ['ar', 'ما عندي رغبة في الحياة، خلاص', 'self-harm-suicide', 'certain'],
  ['ar', 'انام في سيارتي مع ابني والحرارة تحت الصفر', 'no-shelter-cold', 'certain'],
  ['fr', 'mi hijo a 7 ans il est pas rentré du parc, son téléphone est éteint', 'missing-child', 'certain'],
  ['uk', 'мій колишній чоловік написав що закінчить те що почав', 'threat', 'certain'],
  ['ru', 'бывший муж пишет что закончит то что начал, он уже в Брюсселе', 'threat', 'certain'],
  ['en', 'my ex husband says he will finish what he started, he is outside', 'threat', 'certain'],
  ['ru', 'соседка прибежала, у мужа топор, он рубит дверь', 'weapon', 'certain'],
];

// Signing a paper ("يوقع عليها") is no fall ("وقع عليه"): these raised the safety check before this round.
export const NO_ALARM: LookAlike[] = [
  ['ar', 'ما معي اوراق، بقدر روح عند الدكتور؟ مين لازم يوقع عليها المساعدة الطبية المستعجلة؟'],
  ['ar', 'اذا رحت عند دكتور بلا اوراق، مين بيوقع عليها؟'],
];

export const NEVER: LookAlike[] = [
  ['ar', 'الكرا غالي بزاف ف بروكسيل، كاين شي مساعدة للسكن؟'],
  ['ru', 'у нас дома топор для дров, можно ли его перевозить в машине?'],
  ['en', 'my passport was taken by the commune for the renewal, when do I get it back?'],
];

export const STILL: AtLeastCase[] = [
  ['ar', 'ننام في السيارة انا وبنتي والبرد كبير', 'no-shelter-cold', 'certain'],
  ['en', 'we came to pick fruit, they took our passports and say we owe them for the trip', 'trafficking-exploitation', 'certain'],
  // The rent killing someone is figurative; a real killer is not.
  ['ar', 'جوزي قال رح يقتلني الليلة، انا مخبية بالحمام', 'threat', 'certain'],
  ['ar', 'النار شعلات ف الكوزينة و الدخان عامر الدروج', 'fire', 'certain'],
];

describe('papers to sign, no fall', () => itRaisesNoAlarm(NO_ALARM));
describeRound('nineteenth', { wereEmergency: WERE_EMERGENCY, never: NEVER, dangers: DANGERS, still: STILL });
