// The crisis net, a twentieth round, from writers BH (Ukrainian and Russian only, the details of a need) and BI (a
// second language, little schooling):
// 1. "this rent will kill me" in Ukrainian ("ця оренда мене вб'є") is a figure of speech (`figurative`);
// 2. new words of danger (below, `DANGERS`): a mouth to one side ("рот набік") and speech "as if drunk" (stroke); "I
//    won't leave here alive" and "he'll finish me off" in surzhyk ("живою не вийду", "порішить"), "they'll come tonight
//    and break in" (ru, threat); the Russian "мальчик" in a Ukrainian line (a child); "go with clients" (trafficking);
//    night frosts ("заморозки") as the cold; a fire in Latin-letter Ukrainian ("zagorilas", "vogon"); a husband who
//    "raised his hand" (ru, violence at home); "om mij buiten te slaan" (nl, threat).
// Every sentence was written for this file; none is from a blind or tuning batch. WERE_EMERGENCY and DANGERS fail on
// the code before this round; STILL are guards (already so before it) the new rules must keep.
import { type AtLeastCase, type LookAlike } from './broadCases';
import { describeRound } from './guardCases';

export const WERE_EMERGENCY: LookAlike[] = [
  ['uk', "ця оренда мене просто вб'є, де шукати дешевше?"],
];

export const DANGERS: AtLeastCase[] = [
  ['uk', 'бабі погано, рот набік і говорить незрозуміло', 'stroke', 'certain'],
  ['uk', 'чоловік сказав що я звідси живою не вийду', 'threat', 'certain'],
  ['uk', 'колишній написав що порішить мене', 'threat', 'certain'],
  ['uk', 'мальчик 7 лєт пропав біля школи, шукаємо годину', 'missing-child', 'certain'],
  ['uk', 'кажуть шо я винна їм гроші і маю ходити з клієнтами', 'trafficking-exploitation', 'certain'],
  ['uk', 'zagorilas kuhnia, vogon uzhe na stini', 'fire', 'certain'],
  ['ru', 'у отца речь как у пьяного, но он не пил', 'stroke', 'certain'],
  ['ru', 'муж опять поднимал руку, я с детьми в ванной', 'domestic-violence', 'certain'],
  ['ru', 'сказали сегодня ночью придут и будут ломать дверь', 'threat', 'certain'],
  ['ru', 'на улице с чемоданом, ночью заморозки, идти некуда', 'no-shelter-cold', 'certain'],
  ['nl', 'hij stond voor de deur en wil mij buiten te slaan', 'threat', 'certain'],
];

export const STILL: AtLeastCase[] = [
  ['uk', 'ми з дітьми на вулиці, вночі заморозки, нема куди йти', 'no-shelter-cold', 'certain'],
  ['ru', 'nas zamanili na rabotu, dokumenty u hozyaina, uiti ne dayut', 'trafficking-exploitation', 'certain'],
  ['nl', 'ik wil er een einde aan maken vannacht', 'self-harm-suicide', 'certain'],
  ['en', 'he cut his hand on the glass and blood is pouring', 'injury-bleeding', 'certain'],
];

describeRound('twentieth', { wereEmergency: WERE_EMERGENCY, dangers: DANGERS, still: STILL });
