// The crisis net, a seventeenth round, from writers BB (Arabic and Russian, the ordinary user) and BC (the next step):
// 1. an employer or an office that "does not answer", in a message that names one and where nobody lies on the floor,
//    is no second sign of another danger: unpaid wages from an employer who no longer answers were the full emergency
//    (unconsciousness and self-harm read from "не отвечает", made heavier by "did not pay");
//    "se faire brûler par une agence" (to be cheated) and "explosé dans ma tête" are figures of speech (`figurative`);
// 2. new words of danger (below, `DANGERS`): hands around a throat (nl), "komt ons halen" with a condition to pay (nl),
//    a man who "knows where I live" (Darija), a child who "did not show up" and was searched for (Darija), nights
//    spent at a station in the cold written with a glued preposition ("بمحطة").
// Every sentence was written for this file; none is from a blind or tuning batch. WERE_EMERGENCY and DANGERS fail on
// the code before this round; STILL is a guard (already so before it) the new rules must keep.
import { type AtLeastCase, type LookAlike } from './broadCases';
import { describeRound } from './guardCases';

export const WERE_EMERGENCY: LookAlike[] = [
  ['ru', 'Работодатель не заплатил за последний месяц и не отвечает. Я живу в Икселе, есть бесплатный юрист?'],
  ['uk', 'Роботодавець не заплатив за березень і не відповідає. Я живу в Льєжі, де безкоштовний юрист?'],
  // "Se faire brûler par" an agency or a boss (to be cheated) and "explosé dans ma tête" are figures of speech.
  ['fr', 'jme suis fait bruler par une agence, 2 semaines pas payees et ils repondent plus, qui m aide a Mons?'],
  ['fr', 'tout a explose dans ma tete depuis l exil, je cherche un psy qui parle arabe a Namur'],
];

export const DANGERS: AtLeastCase[] = [
  ['nl', 'hij had zijn handen rond mijn keel tot ik niet meer kon ademen, nu slaapt hij, wat moet ik doen', 'domestic-violence', 'certain'],
  ['nl', 'de man van de garage zegt dat hij ons vanavond komt halen als we niet betalen', 'threat', 'certain'],
  ['ar', 'واحد كنسالو فلوس قالي عارف وين ساكن وجاي الليلة', 'threat', 'certain'],
  ['ar', 'بنتي عندها 5 سنين خرجات تلعب وما باناتش، دورت عليها فالحومة كاملة', 'missing-child', 'certain'],
  ['ar', 'انا ومرتي وولادي صرلنا ليلتين نايمين بمحطة الميدي والبرد كتير', 'no-shelter-cold', 'certain'],
];

export const STILL: AtLeastCase[] = [
  // Someone on the floor who does not react stays the emergency, even where an office is named.
  ['ru', 'в офисе CPAS мужчина упал на пол и не отвечает, не дышит', 'unconscious-breathing', 'certain'],
  ['fr', "mon patron est tombé par terre au chantier, il répond plus", 'unconscious-breathing', 'certain'],
  // Burnt by hot oil is a burn, whatever the figure of speech about agencies.
  ['fr', "je me suis fait bruler par l huile de la friteuse, la peau se decolle", 'fire', 'certain'],
];

describeRound('seventeenth', { wereEmergency: WERE_EMERGENCY, dangers: DANGERS, still: STILL });
