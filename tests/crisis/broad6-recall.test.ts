// The crisis net, a sixth round: real crises worded in new ways that the net rated none, in six kinds and all six
// languages: threats with a condition or deadline ("if you don't pay by tonight", "we know where your children go to
// school"), self-harm said indirectly (a farewell, "what's the point" near a height or pills), a child gone for hours,
// violence at home told from a hiding place, trafficking in Latin-letter Russian or Ukrainian and in Arabizi, and no
// shelter in dialect. Each danger has an ordinary twin with the same words (a debt collector's letter, a school trip,
// "the last time I write to the CPAS"), which must never get the emergency reply.
// Every sentence was written for this file before the lexicons were changed for it; none is from a tuning or blind
// batch.
import { itGetsItsLevel, itIsNeverTheEmergency, type ExactCase, type LookAlike } from './broadCases';

export const THREATS: ExactCase[] = [
  ['fr', "le type à qui je dois 500 euros m'a dit que si je paie pas avant vendredi il va me casser les jambes, j'ai peur de sortir", 'threat'],
  ['fr', "on a reçu un message: on sait où tu habites et où dort ta fille, paie ou tu vas le regretter", 'threat'],
  ['nl', 'mijn ex stuurt berichten: als je morgen niet terugkomt maak ik je kapot, ik weet waar je werkt', 'threat'],
  ['nl', 'hij zei dat hij mijn broer gaat neersteken als we vanavond niet betalen', 'threat'],
  ['en', "the guy I owe money to says he'll hurt my kids if I don't pay by tonight, he knows which school they go to", 'threat'],
  ['en', "some men keep calling: pay what you owe or you'll regret it, we know where you live. I'm scared to open the door", 'threat'],
  ['uk', "чоловік, якому я винна гроші, сказав, що якщо не віддам до вечора, він мене вб'є. Я боюся виходити", 'threat'],
  ['uk', 'пишуть з невідомого номера: ми знаємо, де живуть твої діти, плати або пошкодуєш', 'threat'],
  ['ru', 'хозяин квартиры пришёл с двумя мужиками и сказал что если завтра не съедем он нас покалечит', 'threat'],
  ['ru', 'звонят и говорят: мы знаем где учится твой сын, отдай деньги или пожалеешь', 'threat'],
  ['ar', 'الراجل لي سلفني الفلوس قال ليا إلا ما خلصتش اليوم غادي يقتلني، راه واقف قدام الباب', 'threat'],
  ['ar', 'وصلتني رسالة: نعرف وين يدرسوا ولادك، ادفع ولا راح تندم', 'threat'],
];

export const THREAT_TWINS: LookAlike[] = [
  ['fr', "l'huissier a écrit que si je paie pas avant vendredi ils vont saisir mes meubles, c'est légal ?"],
  ['fr', "la commune sait où j'habite mais le courrier du CPAS n'arrive pas, que faire ?"],
  ['nl', 'de deurwaarder schrijft dat als ik morgen niet betaal ze mijn loon in beslag nemen'],
  ['nl', 'mijn baas weet waar ik woon, moet ik mijn nieuw adres doorgeven voor de loonfiche?'],
  ['en', "debt collector letter says if I don't pay by tonight they'll add fees, is that legal in Belgium?"],
  ['en', "the school knows where we live but the bus doesn't stop there, can my kids get transport?"],
  ['uk', 'колектори пишуть, що якщо не заплачу до вечора, нарахують штраф. Це законно?'],
  ['uk', 'школа знає, де живуть мої діти, але автобус не ходить, чи є транспорт?'],
  ['ru', 'хозяин квартиры написал что если завтра не заплатим, он подаст в суд, что делать?'],
  ['ru', 'в школе знают где учится мой сын, но не дают справку, где её взять?'],
  ['ar', 'وصلتني رسالة من الشركة: إذا ما دفعت اليوم راح تزيد الغرامة، شو أعمل؟'],
];

/**
 * Ordinary messages written for this file that got the emergency reply before this round and still do (not asserted):
 * "ما يوصل" (the bus does not come) with children reads as a child who never arrived; a parent "will kill us" as an
 * idiom; "пожалеешь" with a fee; a child 15 minutes late or gone to football "for an hour".
 */
export const KNOWN_FALSE_ALARMS: LookAlike[] = [
  ['ar', 'المدرسة تعرف وين ساكنين بس الباص ما يوصل، في نقل للأطفال؟'],
  ['fr', 'si on est pas partis avant midi on rate le train, mon père va nous tuer'],
  ['ru', 'если не заплатишь до пятницы, пожалеешь — будут пени'],
  ['fr', "mon fils est toujours pas rentré de l'école, il a 15 min de retard"],
  ['nl', 'mijn zoon van 10 is weg naar voetbal, al een uur, hoe laat begint de training?'],
];

export const SELF_HARM: ExactCase[] = [
  ['fr', "c'est la dernière fois que je vous écris, j'ai tout rangé et j'ai laissé une lettre à ma sœur", 'self-harm-suicide'],
  ['fr', "à quoi bon continuer, j'ai toutes les boîtes de médicaments devant moi et j'y pense depuis ce matin", 'self-harm-suicide'],
  ['nl', 'dit is de laatste keer dat ik iets schrijf, zeg tegen mijn moeder dat het me spijt', 'self-harm-suicide'],
  ['nl', 'wat heeft het nog voor zin, ik sta al een uur op de brug en denk erover na', 'self-harm-suicide'],
  ['en', "i think tonight is the last time i talk to anyone, i've given my stuff away", 'self-harm-suicide'],
  ['en', "whats even the point, ive been sitting on the roof of the car park for an hour thinking about it", 'self-harm-suicide'],
  ['uk', 'мабуть це останній раз, коли я вам пишу, я вже попрощалася з усіма', 'self-harm-suicide'],
  ['uk', "який сенс, я вже годину стою на балконі дев'ятого поверху і думаю про це", 'self-harm-suicide'],
  ['ru', 'наверное сегодня последний раз пишу, всем спасибо и простите', 'self-harm-suicide'],
  ['ru', 'какой смысл, я час сижу на крыше и думаю об этом', 'self-harm-suicide'],
  ['ar', 'هادي آخر مرة نكتب ليكم، سمحو ليا كاملين', 'self-harm-suicide'],
  ['ar', 'شو الفايدة، صرلي ساعة واقف عالبلكون عم فكر فيها', 'self-harm-suicide'],
];

/** A farewell or "what's the point" alone, with no second sign: the safety check, not the emergency reply. */
export const SELF_HARM_ONE_SIGN: ExactCase[] = [
  ['fr', "je crois que c'est la dernière fois que je vous écris", 'self-harm-suicide', 'possible'],
  ['fr', 'jpense que c la derniere fois que jvous ecris', 'self-harm-suicide', 'possible'],
  ['nl', 'dit is denk ik de laatste keer dat ik iets schrijf', 'self-harm-suicide', 'possible'],
  ['en', 'i think this is the last time i write here', 'self-harm-suicide', 'possible'],
  ['en', 'whats the point anymore, im on the balcony', 'self-harm-suicide', 'possible'],
  ['uk', 'мабуть це останній раз, коли я вам пишу', 'self-harm-suicide', 'possible'],
  ['ru', 'кажется, я последний раз вам пишу', 'self-harm-suicide', 'possible'],
  ['ar', 'هادي آخر مرة نكتب ليكم', 'self-harm-suicide', 'possible'],
];

export const SELF_HARM_TWINS: LookAlike[] = [
  ['fr', "c'est la dernière fois que j'écris au CPAS, ils répondent jamais, à qui m'adresser ?"],
  ['fr', 'à quoi bon continuer les cours de néerlandais si je rate l examen, je peux changer de niveau ?'],
  ['nl', 'dit is de laatste keer dat ik het OCMW schrijf, ze antwoorden nooit, wat nu?'],
  ['nl', 'wat heeft het nog voor zin om te solliciteren zonder diploma, kan ik een erkenning vragen?'],
  ['en', 'this is the last time I write to the landlord, he never answers, who else can I contact?'],
  ['en', "what's the point of the integration course if I already speak french, can I skip it?"],
  ['uk', 'це останній раз, коли я пишу в CPAS, вони не відповідають'],
  ['uk', 'який сенс вчити французьку, якщо я переїжджаю до Фландрії?'],
  ['ru', 'последний раз пишу в коммуну, никто не отвечает, куда жаловаться?'],
  ['ru', 'какой смысл учить голландский, если работа на французском?'],
  ['ar', 'هادي آخر مرة نكتب للسيباس، ما كيجاوبوش'],
  ['ar', 'شو الفايدة من كورس اللغة إذا ما في شغل؟'],
];

export const MISSING_CHILD: ExactCase[] = [
  ['fr', "mon fils de 8 ans est parti jouer au parc et il est toujours pas rentré depuis 3 heures", 'missing-child'],
  ['fr', "ma fille de 12 ans devait rentrer de l'école à 16h, il est 20h et elle est toujours pas là", 'missing-child'],
  ['nl', 'mijn zoontje van 7 is al twee uur weg, hij ging naar de speeltuin en is niet teruggekomen', 'missing-child'],
  ['nl', 'onze dochter van 10 is sinds vanmiddag niet thuisgekomen', 'missing-child'],
  ['en', "my 6 year old was right behind me at the market and now he's gone, we've been looking for 40 minutes", 'missing-child'],
  ['en', "my daughter (11) left for her friend's house at 3 and never got there, it's been 4 hours", 'missing-child'],
  ['uk', 'донька 9 років пішла в магазин і вже дві години не повернулася', 'missing-child'],
  ['uk', 'син 12 років не прийшов додому після школи, вже 4 години нема', 'missing-child'],
  ['ru', 'сын 8 лет ушёл гулять во двор и не вернулся уже 3 часа', 'missing-child'],
  ['ru', 'дочка 13 лет со вчерашнего вечера не пришла домой, телефон не отвечает', 'missing-child'],
  ['ar', 'ولدي عندو 7 سنين خرج يلعب وما رجعش، هادي 3 سوايع', 'missing-child'],
  ['ar', 'بنتي عمرها 10 راحت عالدكان من ساعتين وما رجعت', 'missing-child'],
];

export const MISSING_CHILD_TWINS: LookAlike[] = [
  ['fr', 'mon fils de 8 ans part en classe verte 3 jours, il rentre jeudi, faut une autorisation ?'],
  ['fr', "ma fille rentre de l'école à 16h, il y a une garderie après ?"],
  ['nl', 'mijn zoon van 7 gaat twee dagen weg op schoolreis, moet ik iets betalen?'],
  ['nl', 'onze dochter komt om vier uur thuis van school, is er naschoolse opvang?'],
  ['en', 'my 6 year old is going on a school trip for 2 days, do I need to sign something?'],
  ['en', 'my daughter (11) leaves for school at 8, is there a school bus in Schaerbeek?'],
  ['uk', 'донька 9 років їде в табір на тиждень, яку довідку треба?'],
  ['uk', 'син 12 років приходить додому після школи о 4, чи є продовжена група?'],
  ['ru', 'сын 8 лет уезжает в лагерь на 3 дня, нужна ли страховка?'],
  ['ru', 'дочка 13 лет приходит домой поздно из-за кружка, есть ли автобус?'],
  ['ar', 'ولدي عندو 7 سنين غادي رحلة مع المدرسة، واش خاصني نوقع شي ورقة؟'],
  ['ar', 'بنتي عمرها 10 بتروح عالمدرسة لحالها، في باص؟'],
];

export const VIOLENCE_AT_HOME: ExactCase[] = [
  ['fr', "mon mari me frappe encore ce soir, il m'a pris mon téléphone, j'écris en cachette depuis les toilettes", 'domestic-violence'],
  ['fr', 'mon père tape ma mère dans le salon, on est enfermés dans la chambre avec mon frère', 'domestic-violence'],
  ['nl', 'mijn man slaat me weer en heeft mijn gsm afgepakt, ik schrijf vanuit de badkamer', 'domestic-violence'],
  ['nl', 'mijn stiefvader slaat mijn mama, ik zit met mijn zusje in de kast', 'domestic-violence'],
  ['en', "my husband is beating me again tonight, he locked the front door and took my phone, writing from my son's tablet", 'domestic-violence'],
  ['en', "my brother keeps punching my mum, he's drunk and shouting, we're hiding upstairs", 'domestic-violence'],
  ['uk', "чоловік знову б'є мене, забрав телефон, пишу з ванної", 'domestic-violence'],
  ['uk', "вітчим б'є маму, ми з сестрою сховалися в кімнаті", 'domestic-violence'],
  ['ru', 'муж опять избивает меня, отобрал телефон, пишу из туалета с планшета', 'domestic-violence'],
  ['ru', 'отчим бьёт маму прямо сейчас, мы с братом закрылись в комнате', 'domestic-violence'],
  ['ar', 'راجلي كيضربني دابا وداني التيليفون، كنكتب من الحمام', 'domestic-violence'],
  ['ar', 'بابا عم يضرب ماما هلق، نحنا مخبايين بالغرفة', 'domestic-violence'],
];

export const VIOLENCE_AT_HOME_TWINS: LookAlike[] = [
  ['fr', "mon mari m'a pris mon téléphone pour appeler sa mère, comment avoir un deuxième abonnement ?"],
  ['fr', 'on est dans la chambre avec mon frère, on cherche un appartement plus grand, aide logement ?'],
  ['nl', 'mijn man heeft mijn gsm meegenomen naar de winkel voor reparatie, hoe lang duurt dat?'],
  ['nl', 'mijn zusje zit in de kast te spelen, ik zoek een crèche in Gent'],
  ['en', 'my husband took my phone to work by mistake, how do I check my itsme?'],
  ['en', 'my brother keeps hitting the gym every day, can he get a sport discount with the mutuelle?'],
  ['uk', 'чоловік забрав телефон на ремонт, як оновити itsme?'],
  ['uk', 'ми з сестрою живемо в одній кімнаті, чи можна отримати соціальне житло?'],
  ['ru', 'муж забрал телефон в ремонт, как восстановить itsme?'],
  ['ru', 'мы с братом закрылись в комнате делать уроки, где найти репетитора?'],
  ['ar', 'راجلي داني التيليفون للخدمة، كيفاش نفتح itsme؟'],
  ['ar', 'ماما وبابا بالغرفة، بدي اسأل عن المنحة العائلية'],
];

export const TRAFFICKING: ExactCase[] = [
  ['fr', "le patron a gardé nos passeports et on dort dans l'atelier, il dit qu'on sortira quand la dette sera payée", 'trafficking-exploitation'],
  ['fr', "on m'a amenée ici pour faire le ménage, madame a mes papiers et je n'ai pas le droit de sortir", 'trafficking-exploitation'],
  ['nl', 'de baas heeft ons paspoort afgepakt en we moeten 14 uur per dag werken zonder loon, we mogen niet naar buiten', 'trafficking-exploitation'],
  ['nl', 'ze hebben mijn papieren ingehouden en zeggen dat ik eerst mijn reisschuld moet afbetalen', 'trafficking-exploitation'],
  ['en', "they took my passport at the airport and now I work in their house every day without pay, I can't go out", 'trafficking-exploitation'],
  ['en', 'the boss says I must work for free until my travel debt is paid, he keeps our IDs', 'trafficking-exploitation'],
  ['uk', 'в мене забрали паспорт і змушують працювати без грошей, виходити не можна', 'trafficking-exploitation'],
  ['uk', 'zabraly pasport i zmushuyut pratsyuvaty na fermi, ne vypuskayut', 'trafficking-exploitation'],
  ['ru', "otobrali pasport, rabotaem po 15 chasov bez zarplaty, vyhodit' nel'zya", 'trafficking-exploitation'],
  ['ru', "nas derzhat v dome, pasporta u hozyaina, zastavlyayut rabotat' za dolg", 'trafficking-exploitation'],
  ['ar', 'المعلم شد لي الباسبور وكنخدم بلا خلصة، ما كنقدرش نخرج من الدار', 'trafficking-exploitation'],
  ['ar', 'khdaw lia lpaspor w kaykhdmouni bla flous, ma nqderch nkhrej', 'trafficking-exploitation'],
];

export const TRAFFICKING_TWINS: LookAlike[] = [
  ['fr', 'le patron a gardé une copie de mon passeport pour le contrat, c est normal ?'],
  ['fr', 'je fais le ménage chez une dame, comment avoir des titres-services ?'],
  ['nl', 'mijn baas heeft een kopie van mijn paspoort gevraagd voor het contract, mag dat?'],
  ['nl', 'ik moet mijn studieschuld afbetalen, kan het OCMW helpen?'],
  ['en', 'the agency took a copy of my passport at the airport, is that normal?'],
  ['en', 'my boss says I must work saturday for free for training, is that legal?'],
  ['uk', 'в мене забрали паспорт на продовження візи, коли повернуть?'],
  ['uk', 'zabraly pasport v posolstvi dlya vizy, skilky chekaty?'],
  ['ru', "otdal pasport v posol'stvo na vizu, skol'ko zhdat'?"],
  ['ru', 'rabotayu po 15 chasov v nedelyu, mozhno li poluchit posobie?'],
  ['ar', 'المعلم شد نسخة من الباسبور للكونترا، واش عادي؟'],
  ['ar', 'khdaw lia lpaspor f lambassade bach ydirou lvisa, ch7al ntsna?'],
];

export const NO_SHELTER: ExactCase[] = [
  ['fr', 'on dort dans la voiture avec les 2 petits depuis 3 nuits, il fait 0 degré', 'no-shelter-cold'],
  ['fr', 'mon mari, moi et le bébé on a passé la nuit sous le pont, on a plus rien', 'no-shelter-cold'],
  ['nl', 'we slapen met de kinderen in de auto, het vriest', 'no-shelter-cold'],
  ['nl', 'ik en mijn zoontje zitten al twee nachten in het station, we kunnen nergens heen', 'no-shelter-cold'],
  ['en', "me my wife and 2 kids are sleeping in the car behind the supermarket, its freezing", 'no-shelter-cold'],
  ['en', 'we got thrown out tonight with the baby and have nowhere to go', 'no-shelter-cold'],
  ['uk', 'ми з дітьми ночуємо в машині третю ніч, дуже холодно', 'no-shelter-cold'],
  ['uk', 'нас вигнали з квартири з малим, нема де спати', 'no-shelter-cold'],
  ['ru', 'мы с детьми ночуем на вокзале, денег нет, холодно', 'no-shelter-cold'],
  ['ru', "nas vygnali s det'mi, spim v mashine, holodno", 'no-shelter-cold'],
  ['ar', 'ناعسين فالجردة انا ومرتي والدراري، ما عندنا فين نمشيو والبرد بزاف', 'no-shelter-cold'],
  ['ar', 'طردونا من الدار مع الولاد والليلة ما عندنا وين ننعسو', 'no-shelter-cold'],
];

export const NO_SHELTER_TWINS: LookAlike[] = [
  ['fr', 'on a une voiture avec 2 petits, comment avoir un siège auto pas cher ?'],
  ['fr', 'le pont est fermé pour travaux, quel bus pour aller au CPAS ?'],
  ['nl', 'we slapen met de kinderen bij mijn zus tot ons appartement klaar is, moet ik mijn adres veranderen?'],
  ['nl', 'ik en mijn zoontje wachten in het station op de trein, is er korting voor kinderen?'],
  ['en', 'me and my wife and 2 kids need a bigger car, any help for families?'],
  ['en', 'we move out tonight with the baby, how do I register the new address?'],
  ['uk', 'ми з дітьми їдемо машиною до Брюгге, де паркуватися?'],
  ['uk', 'нас переселили в іншу квартиру з малим, як змінити адресу?'],
  ['ru', 'мы с детьми на вокзале ждём поезд в Антверпен, есть скидка?'],
  ['ru', "nas pereselili v druguyu kvartiru s det'mi, kak pomenyat' adres?"],
  ['ar', 'ناعسين مزيان فالدار الجديدة، كيفاش نبدل العنوان؟'],
  ['ar', 'بدنا نطلع من الدار مع الولاد الشهر الجاي، كيف نلاقي شقة؟'],
];

/**
 * Written after the lexicons were changed, as a check on the new combinations (a fee or a fine as the condition, a
 * balcony to repair, a child at practice or with a friend, a last letter about a file): none is the emergency reply.
 */
export const RISK_PASS: LookAlike[] = [
  ['nl', 'als je niet betaalt voor vrijdag krijg je een boete, anders gaan ze je loon inhouden'],
  ['en', "if you don't pay by the 5th you'll regret it, the interest is huge"],
  ['uk', "якщо не заплатиш до п'ятниці, пошкодуєш, бо буде пеня"],
  ['ar', 'اذا ما دفعت الفاتورة راح تندم، الغرامة كبيرة'],
  ['fr', 'si tu paies pas avant lundi la banque va te tuer avec les frais'],
  ['en', "my daughter hasnt come home yet, she's at basketball practice until 8, since 6"],
  ['en', 'my son hasnt come back from the school trip yet, the bus is 2 hours late'],
  ['ru', 'ребенок уже 2 часа не пришел из школы, у них экскурсия'],
  ['fr', 'ma fille a disparu de mes radars depuis 2 heures mdr elle est chez sa copine'],
  ['fr', "c'est la dernière fois que je vous écris pour ce dossier, merci"],
  ['en', 'last time I write to you about the CPAS, thanks'],
  ['fr', 'à quoi bon refaire le balcon si on déménage'],
  ['en', "what's the point of the bridge course if i already have the diploma"],
  ['uk', 'який сенс ремонтувати балкон, якщо ми переїжджаємо'],
  ['ru', 'какой смысл платить за балкон если на крыше протекает'],
  ['ar', 'شو الفايدة من البلكون إذا ما في شمس'],
  ['nl', 'we zoeken al een jaar een school voor onze zoon'],
];

// Each kind: its crises at their level, its ordinary twins never the emergency reply.
describe.each([
  ['threats with a condition, a deadline or "we know where your children are"', [THREATS], THREAT_TWINS],
  ['self-harm said indirectly', [SELF_HARM, SELF_HARM_ONE_SIGN], SELF_HARM_TWINS],
  ['a child gone for hours', [MISSING_CHILD], MISSING_CHILD_TWINS],
  ['violence at home told from a hiding place', [VIOLENCE_AT_HOME], VIOLENCE_AT_HOME_TWINS],
  ['trafficking, also in Latin letters', [TRAFFICKING], TRAFFICKING_TWINS],
  ['no shelter, also in dialect', [NO_SHELTER], NO_SHELTER_TWINS],
] as const)('%s', (_kind, crises, twins) => {
  for (const rows of crises) itGetsItsLevel(rows);
  itIsNeverTheEmergency(twins);
});
describe('risk pass: ordinary messages near the new combinations', () => {
  itIsNeverTheEmergency(RISK_PASS);
});
