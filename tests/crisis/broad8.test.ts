// The crisis net, an eighth round: ordinary questions from the orientation batches that got the full emergency reply,
// each through a word that means something else in the message's own language or frame:
// 1. a function word of the message's language read by another lexicon: Dutch "die" (who) is English "die" ("de man
//    die ik help ... nu");
// 2. gas on a bill: "facture dyal gaz", "factuur van het gas", "my gas bill" is what a household pays for, not a leak;
// 3. a word of birth read as a danger word: Dutch "bevallen" (to give birth) one key from "gevallen" (fallen), Arabic
//    "حبلى" (pregnant), written "حبلي" once normalised, read as "حبل" (a rope) with "my";
// 4. a question about what an institution does ("is it true the hospital calls the police") is not a report.
// Real dangers sharing their words must stay the emergency reply: gas smelled with someone dizzy, a wife bleeding after
// giving birth, English "die" in a message written in English in a Dutch conversation.
// Every sentence was written for this file before the code was changed for it; none is from a tuning or blind batch.
// Look-alikes may get the safety check (its reply carries 112); they must never get the emergency reply.
import { itGetsItsLevel, itIsNeverTheEmergency, type ExactCase, type LookAlike } from './broadCases';
import { itIsNeverTheGuardsEmergency } from './guardCases';

export const FUNCTION_WORDS: LookAlike[] = [
  ['nl', 'de man die ik help moet nu zijn huur betalen, kan hij uitstel vragen?'],
  ['nl', 'mijn ex die in brussel woont vraagt nu alimentatie, help, wat zijn mijn rechten'],
  ['nl', 'de baby die we verwachten moet nu ingeschreven worden, help ons met de papieren'],
];

/** English "die" in English, whatever the conversation's language: still the emergency reply. */
export const FUNCTION_WORD_TWINS: ExactCase[] = [
  ['nl', 'my brother says he wants to die, he is alone now, please help', 'self-harm-suicide'],
  ['en', 'help my friend says she is going to die tonight', 'self-harm-suicide'],
  ['nl', 'hij heeft een mes en bedreigt mijn moeder, help', 'weapon'],
];

export const BILLS: LookAlike[] = [
  ['nl', 'ik heb een factuur van het gas gekregen van 800 euro, help, wat moet ik doen'],
  ['en', 'my gas bill is 700 euros this month, please help i cant pay'],
  ['ar', 'jatni fatura dyal l gaz ghalya bzaf, 3awnouni'],
  ['ar', '3andi factura d gaz w dow, ma3andich bach nkhalas, 3awnouni'],
  ['fr', "j'ai reçu une facture de gaz de 600 euros, je ne peux pas payer, aidez moi svp"],
  ['ar', 'جاتني فاتورة الغاز 500 اورو، عاونوني عافاكم'],
  ['ru', 'пришёл счёт за газ 400 евро, помогите срочно, не могу заплатить'],
  ['uk', 'прийшов рахунок за газ, 500 євро, допоможіть, не маю грошей'],
];

/** Gas smelled, someone unwell: the emergency reply. */
export const BILL_TWINS: ExactCase[] = [
  ['en', 'my neighbour smells gas in the kitchen and feels dizzy', 'unconscious-breathing'],
  ['nl', 'het ruikt naar gas in de keuken en mijn moeder is duizelig, help', 'fire'],
  ['fr', 'ça sent le gaz chez ma voisine, elle a mal à la tête, vite', 'fire'],
  ['ru', 'в квартире пахнет газом, у мамы кружится голова', 'fire'],
  ['uk', 'у квартирі пахне газом, бабуся знепритомніла', 'unconscious-breathing'],
];

export const BIRTH_WORDS: LookAlike[] = [
  ['nl', 'waar kan mijn vrouw bevallen als we geen papieren hebben? de politie mag dat toch niet weten'],
  ['nl', 'mijn zus moet volgende maand bevallen, mag ze in het ziekenhuis blijven zonder verzekering? help'],
  ['ar', 'مراتي حبلى فالشهر التامن، واش السبيطار كيعيطو للبوليس الا ما عندناش الوراق'],
  ['ar', 'ختي حبلى وما عندهاش التأمين، فين تولد؟ عاونوني'],
];

/** Bleeding in pregnancy or after a birth: the emergency reply. */
export const BIRTH_TWINS: ExactCase[] = [
  ['nl', 'mijn vrouw bloedt heel veel na de bevalling, help', 'injury-bleeding'],
  ['ar', 'مرتي حبلى وكتنزف بزاف، عيطو للاسعاف', 'injury-bleeding'],
  ['en', 'my wife is pregnant and bleeding a lot, help', 'injury-bleeding'],
];

export const INSTITUTION_QUESTIONS: LookAlike[] = [
  ['fr', "on m'a dit que l'hôpital appelle la police si on a pas de papiers, c'est vrai ? ma femme est enceinte"],
  ['en', 'my cousin says the hospital calls the police on people without papers, is that true?'],
  ['ru', 'говорят больница вызывает полицию если нет документов, это правда? жена беременна'],
  ['uk', 'кажуть, що лікарня викликає поліцію, якщо немає документів. це правда? дружина вагітна'],
  ['ar', 'واش صحيح السبيطار كيعيط للبوليس على اللي ما عندهمش الوراق؟'],
  ['nl', 'klopt het dat het ziekenhuis de politie belt als je geen papieren hebt? mijn vrouw is zwanger'],
];

describe.each([
  ["a function word of the message's own language", FUNCTION_WORDS, FUNCTION_WORD_TWINS],
  ['gas on a bill', BILLS, BILL_TWINS],
  ['a word of birth or pregnancy', BIRTH_WORDS, BIRTH_TWINS],
  ['a question about what an institution does', INSTITUTION_QUESTIONS, []],
] as const)('%s', (_kind, lookAlikes, twins) => {
  itIsNeverTheEmergency(lookAlikes);
  itIsNeverTheGuardsEmergency(lookAlikes);
  if (twins.length > 0) itGetsItsLevel(twins);
});
