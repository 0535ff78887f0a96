// The crisis net, a fifteenth round, from writers AX (places named as people name them) and AY (Arabic only: voice
// typing, Arabizi, Arabic mixed with Dutch, translation-app Arabic, Arabic as a second language, Gulf and Sudanese):
// 1. dangers told in new words: a debt collector who "will harm" a child whose school they know; "tonight we finish
//    you" with a photo of the front door; an ex coming with friends "to teach her a lesson"; a worker kept indoors with
//    no money and no phone, in Arabic as a second language; standing "near the bridge, watching the water" in Moroccan
//    Arabizi; a Dutch word for the child ("zoontje", "dochter") beside Arabic "did not come back"; oil alight in a pan
//    in Latin-letter Russian (its words now say the message is Russian);
// 2. look-alikes that got the full emergency: "the weather will kill me" (`figurative`); a landlord who will not
//    repair ("ysle7", he repairs) the heating, whose Arabizi consonants were those of "سلاح" (weapon): that word is now
//    met only as written ("=sla7", "=سلاح"); a Dutch lease ("huurcontract") inside an Arabic message, whose letters
//    began like "7ari9" (fire) read as Arabizi: the Dutch word is now a blocker met as written (the Arabizi fire words
//    must keep their prefix: "y7ar9ouha", "y7r9ni", "ya7re9" are threats to burn and a burning mouth).
// Every sentence was written for this file; none is from a blind or tuning batch. DANGERS and WERE_EMERGENCY fail on
// the code before this round; STILL is a guard (already so before it) the new words must keep.
import { itGetsAtLeast, itIsNeverTheEmergency, itRaisesNoAlarm, type AtLeastCase, type LookAlike } from './broadCases';
import { itIsNeverTheGuardsEmergency } from './guardCases';

export const DANGERS: AtLeastCase[] = [
  ['ar', 'كل يوم بيبعتولي انهم بيعرفوا وين مدرسة بنتي واذا ما دفعت رح يأذوها', 'threat', 'certain'],
  ['ar', 'الشباب اللي بدورو علي قالولي الليلة ننهيك وبعتولي صورة باب البيت', 'threat', 'certain'],
  ['ar', 'طليق اختي جاي الليلة مع صحابه وبدهم يعلموها درس وهي لحالها بالبيت', 'threat', 'certain'],
  ['ar', 'المدام ما يخليني اطلع من البيت، ما في فلوس ولا تلفون، ساعدوني', 'trafficking-exploitation', 'possible'],
  ['ar', 'ma b9itch 9adra, ana daba 7da l pont w kanchouf lma', 'self-harm-suicide', 'certain'],
  ['ar', 'zoontje ديالي 7 سنين ما رجع من المدرسة والساعة ولات 7', 'missing-child', 'certain'],
  ['ru', 'na kukhne zagorelos maslo, plamya do potolka, chto delat', 'fire', 'certain'],
];

export const WERE_EMERGENCY: LookAlike[] = [
  ['ar', 'الجو رح يقتلني هون، البرد ما بينحمل، امتى بيجي الصيف'],
  ['ar', 'khouya mol dar ma bgha ysle7 chauffage w 3andi bebe, chno ndir'],
];

export const STILL: AtLeastCase[] = [
  ['ar', 'الراجل اللي جابني لبلجيكا يحفظ أوراقي ويقول لازم اشتغل مع الرجال', 'trafficking-exploitation', 'certain'],
  ['ru', 'муж вышиб дверь в туалет, где я прячусь, из носа идет кровь', 'domestic-violence', 'certain'],
  ['uk', 'чоловік вибив двері в туалет де я ховаюся, з носа йде кров', 'domestic-violence', 'certain'],
  ['ar', 'wa7ed 3ando sla7 f zan9a w kayhdded nnas', 'weapon', 'certain'],
  ['ar', 'عنده سلاح ويهدد الجيران', 'weapon', 'certain'],
  ['ar', 'ghadi y7ar9o lina dar lyoum fl lil, rahom wa9fin l ta7t', 'fire', 'certain'],
];

describe('dangers of the fifteenth round', () => itGetsAtLeast(DANGERS));
describe('look-alikes of the fifteenth round that were the emergency', () => {
  itIsNeverTheEmergency(WERE_EMERGENCY);
  itIsNeverTheGuardsEmergency(WERE_EMERGENCY);
});
describe('a Dutch word inside an Arabic message is no Arabizi danger word', () =>
  itRaisesNoAlarm([['ar', 'عندي huurcontract لسنة وبدي اوقفه، كيف؟']]));
describe('guards of the fifteenth round', () => itGetsAtLeast(STILL));
