// The crisis net, a twenty-first round, from writers BJ (places said through streets and stations) and BK (a body,
// an illness or care behind the question):
// 1. a series or a game is a frame (`frame`): "in die aflevering werd iemand neergestoken" is television, not a
//    stabbing now; "a game where they shoot each other" was already so in English, now in Dutch too;
// 2. new words of danger (below, `DANGERS`): French "je" glued to its verb as texted ("jtrouve plus mon fils" is "j
//    trouve plus mon fils", in messages and terms alike); strong medicines put aside or counted for a death (morphine,
//    insulin, tramadol; "mis de côté", "lethal dose", "would it take to"); a door to be broken and a child to be taken
//    under an ultimatum (ru, uk, nl, "if we don't pay" in Russian and Ukrainian); "covered" names insurance only in
//    its phrases ("covered by", "is it covered"), not "covered in snow".
// Every sentence was written for this file; none is from a blind or tuning batch. WERE_EMERGENCY and DANGERS fail on
// the code before this round; STILL are guards (already so before it) the new rules must keep.
import { type AtLeastCase, type LookAlike } from './broadCases';
import { describeRound } from './guardCases';

export const WERE_EMERGENCY: LookAlike[] = [
  ['nl', 'in die aflevering werd iemand neergestoken'],
];

export const DANGERS: AtLeastCase[] = [
  ['fr', 'jtrouve plus mon enfant dans la gare, il a 3 ans', 'missing-child', 'certain'],
  ['fr', "j'ai mis de côté toutes les boîtes de morphine de papa, ce soir je les prends", 'self-harm-suicide', 'certain'],
  ['en', 'she said she googled the lethal dose of her tramadol', 'self-harm-suicide', 'certain'],
  ['ru', 'сказали что выбьют дверь если не заплатим сегодня', 'threat', 'certain'],
  ['uk', 'кажуть що заберуть дитину якщо не віддам гроші', 'threat', 'certain'],
  ['nl', 'ze gaan de deur intrappen als ik niet betaal', 'threat', 'certain'],
  ['en', 'how many of my insulin pens would it take to not wake up', 'self-harm-suicide', 'certain'],
  ['en', 'old man lying on the pavement not moving covered in snow', 'unconscious-breathing', 'certain'],
];

export const STILL: AtLeastCase[] = [
  ['fr', 'jretrouve plus ma fille depuis 1h au parc, elle a 6 ans', 'missing-child', 'certain'],
  ['fr', 'jveux en finir ce soir', 'self-harm-suicide', 'certain'],
  ['en', "my ex's brother said they'll break the door down tonight if I don't pay", 'threat', 'certain'],
];

describeRound('twenty-first', { wereEmergency: WERE_EMERGENCY, dangers: DANGERS, still: STILL });
