// The crisis net in Ukrainian, Russian and Arabic for dangers told by what a frightened person sees and feels rather
// than by their name: signs and symptoms, verbs in their many forms, Surzhyk and Central Asian Russian, Arabic
// dialects (Darija, Algerian, Tunisian, Levantine, Egyptian, Iraqi, Sudanese, Gulf), Latin-letter Russian and
// Ukrainian, Arabizi; and look-alikes that share their words. Every sentence was written for this file, before the
// lexicons were broadened for it, by the person who broadened them (none is from a blind batch).
import { assessDanger } from '../../src/crisis/assess';
import type { DangerKind, DangerLevel } from '../../src/crisis/types';

/** `level`: 'certain' must be the emergency reply; 'possible' must reach at least the safety check. */
type Case = [lang: string, text: string, kind: DangerKind, level: Exclude<DangerLevel, 'none'>];

const CRISES: Case[] = [
  // Ukrainian
  ['uk', 'у нього в руці лезо, махає ним перед дитиною', 'weapon', 'certain'],
  ['uk', 'хлопець приставив мені до шиї розбиту пляшку', 'weapon', 'certain'],
  ['uk', 'u nyoho pistolet, vin tsilytsia v nas', 'weapon', 'certain'],
  ['uk', 'тато порізався бензопилою, кров б\'є струменем', 'injury-bleeding', 'certain'],
  ['uk', 'малий упав з гойдалки, рука вигнута не в той бік і він весь блідий', 'injury-bleeding', 'certain'],
  ['uk', 'бабуся сіла в крісло і не відгукується, очі закотились', 'unconscious-breathing', 'certain'],
  ['uk', 'малюк вдавився шматком яблука, кашляти не може, червоніє', 'unconscious-breathing', 'certain'],
  ['uk', 'у мами раптом опустився куточок рота і вона плутає слова', 'stroke', 'certain'],
  ['uk', 'тато раптом перестав розуміти що я кажу, права нога не тримає', 'stroke', 'certain'],
  ['uk', 'донька знайшла в шафці бабусині ліки і з\'їла кілька штук, їй три роки', 'poisoning', 'certain'],
  ['uk', 'дитина відпила засобу для унітазу, плаче і в роті пече', 'poisoning', 'certain'],
  ['uk', 'з розетки валить чорний дим і щось тріщить за стіною', 'fire', 'certain'],
  ['uk', 'на кухні спалахнула олія на сковороді, вогонь до стелі', 'fire', 'certain'],
  ['uk', 'співмешканець знову підняв на мене руку, я сховалась з дітьми у ванній', 'domestic-violence', 'certain'],
  ['uk', 'чоловік тягав мене за волосся і каже що відбере дітей', 'domestic-violence', 'certain'],
  ['uk', 'cholovik znovu pidnyav na mene ruku, ya khovayus u vanniy', 'domestic-violence', 'certain'],
  ['uk', 'колишній пише що мені кінець і що він знає в яку школу ходить син', 'threat', 'certain'],
  ['uk', 'хазяїн квартири сказав що якщо не виїдемо до завтра, його хлопці поламають нам кістки', 'threat', 'certain'],
  ['uk', 'я роздала свої речі і написала всім що люблю їх, більше нікому не заважатиму', 'self-harm-suicide', 'certain'],
  ['uk', 'сиджу на даху, дивлюсь вниз і думаю чи варто стрибати', 'self-harm-suicide', 'certain'],
  ['uk', 'синові 6 років, відпустила його погратися у двір, а там його немає і ніхто не бачив', 'missing-child', 'certain'],
  ['uk', 'малий відстав від нас на вокзалі, шукаємо пів години', 'missing-child', 'certain'],
  ['uk', 'чоловік що привіз мене каже що я йому винна 5000 і маю відпрацювати з клієнтами', 'trafficking-exploitation', 'certain'],
  ['uk', 'на складі працюю по 14 годин, грошей не бачу, телефон забрали', 'trafficking-exploitation', 'possible'],
  ['uk', 'ми з малою третю ніч ночуємо в пральні самообслуговування, там хоч тепло', 'no-shelter-cold', 'possible'],
  ['uk', 'надворі мінус, нам нікуди піти, дитина вся тремтить', 'no-shelter-cold', 'certain'],
  // Russian
  ['ru', 'у соседа в руках тесак, он размахивает им на лестнице', 'weapon', 'certain'],
  ['ru', 'какой-то тип наставил на меня ствол у банкомата', 'weapon', 'certain'],
  ['ru', 'u nego nozh, on mashet im pered det\'mi', 'weapon', 'certain'],
  ['ru', 'муж упал с лесов на стройке, нога вывернута, кость торчит', 'injury-bleeding', 'certain'],
  ['ru', 'сын распорол руку о стекло, кровь никак не унимается', 'injury-bleeding', 'certain'],
  ['ru', 'отец рухнул на кухне, глаза закатились и хрипит', 'unconscious-breathing', 'certain'],
  ['ru', 'ребенок подавился конфетой, не может откашляться, лицо красное', 'unconscious-breathing', 'certain'],
  ['ru', 'babushka upala i ne otklikaetsya, pomogite', 'unconscious-breathing', 'certain'],
  ['ru', 'у мамы вдруг опустился уголок рта и она путает слова', 'stroke', 'certain'],
  ['ru', 'дедушка вдруг не понимает что я говорю, правая нога подкашивается', 'stroke', 'certain'],
  ['ru', 'малой нашел бабушкины таблетки от давления и сжевал несколько штук', 'poisoning', 'certain'],
  ['ru', 'дочка хлебнула средство для унитаза, плачет, во рту жжет', 'poisoning', 'certain'],
  ['ru', 'из щитка валит черный дым и что-то трещит', 'fire', 'certain'],
  ['ru', 'на сковородке вспыхнуло масло, огонь до потолка', 'fire', 'certain'],
  ['ru', 'сожитель опять поднял на меня руку, я закрылась с детьми в ванной', 'domestic-violence', 'certain'],
  ['ru', 'муж таскал меня за волосы и сказал что заберет детей', 'domestic-violence', 'certain'],
  ['ru', 'бывший пишет что мне конец и что он знает в какую школу ходит сын', 'threat', 'certain'],
  ['ru', 'хозяйка квартиры сказала что её люди выкинут нас и переломают кости', 'threat', 'certain'],
  ['ru', 'byvshiy pishet chto mne konets, on znaet gde ya zhivu', 'threat', 'certain'],
  ['ru', 'раздала вещи, всем написала что люблю, больше никому не буду мешать', 'self-harm-suicide', 'certain'],
  ['ru', 'сижу на крыше, смотрю вниз и думаю стоит ли прыгать', 'self-harm-suicide', 'certain'],
  ['ru', 'сыну 6 лет, отпустила его поиграть во двор, а его там нет и никто не видел', 'missing-child', 'certain'],
  ['ru', 'малой отстал от нас на вокзале, ищем уже полчаса', 'missing-child', 'certain'],
  ['ru', 'мужик который привез меня говорит что я ему должна 5000 и буду отрабатывать с клиентами', 'trafficking-exploitation', 'certain'],
  ['ru', 'братан, бригадир паспорт держит у себя, третий месяц ни копейки не дал', 'trafficking-exploitation', 'certain'],
  ['ru', 'мы с малой третью ночь ночуем в прачечной, там хоть тепло', 'no-shelter-cold', 'possible'],
  ['ru', 'на улице минус, нам некуда идти, ребенок весь трясется', 'no-shelter-cold', 'certain'],
  // Arabic: Levantine, Egyptian, Darija, Algerian, Tunisian, Iraqi, Sudanese, Gulf, MSA, Arabizi
  ['ar', 'في زلمة ماسك شفرة وعم يلوح فيها قدام الولاد', 'weapon', 'certain'],
  ['ar', 'واحد طلع مطوة في وشي عند المحطة', 'weapon', 'certain'],
  ['ar', 'wa7ed jbed 3liya jenwi f zenqa daba', 'weapon', 'certain'],
  ['ar', 'باباه طاح من السقالة ورجلو تلوات والعظم باين', 'injury-bleeding', 'certain'],
  ['ar', 'ولدي انشق راسه والدم يصب', 'injury-bleeding', 'certain'],
  ['ar', 'ابوي وكع بالمطبخ وعيونه مقلوبه ويشخر', 'unconscious-breathing', 'certain'],
  ['ar', 'ابني شرق بحتة حلاوة ومش قادر يكح ولا ياخد نفسه', 'unconscious-breathing', 'certain'],
  ['ar', 'امي فجأة تمها نزل من جنب وصارت تخربط بالحكي', 'stroke', 'certain'],
  ['ar', 'بابا ما عادش ينجم يهز يدو اليمين وكلامو مخلط', 'stroke', 'certain'],
  ['ar', 'بنتي الصغيرة كلات شي حبات ديال الضغط ديال جدتها', 'poisoning', 'certain'],
  ['ar', 'ابني شرب من قارورة منظف المرحاض وفمه يحرقه', 'poisoning', 'certain'],
  ['ar', 'الكهربا طقت والدخان الاسود مالي الغرفة', 'fire', 'certain'],
  ['ar', 'الطاوة شعلت فالكوزينة والنار وصلت للسقف', 'fire', 'certain'],
  ['ar', 'ريلي مد ايده علي قدام العيال وقفلت على روحي بالحمام', 'domestic-violence', 'certain'],
  ['ar', 'جوزي شدني من شعري وبيقول هياخد العيال', 'domestic-violence', 'certain'],
  ['ar', 'طليقي بعتلي انه رح يخلص مني وبيعرف مدرسة ابني', 'threat', 'certain'],
  ['ar', 'مول الدار قال ليا الا ما خرجتيش غدا غادي يجيب شي ناس يكسرو ليك عظامك', 'threat', 'certain'],
  ['ar', 'l\'ex dyali kaysifet liya msajat ghadi nqtlek', 'threat', 'certain'],
  ['ar', 'وزعت أغراضي وكتبت للجميع أني أحبهم، لن أزعج أحدا بعد اليوم', 'self-harm-suicide', 'certain'],
  ['ar', 'انا واقف فوق السطح وبفكر انط', 'self-harm-suicide', 'certain'],
  ['ar', 'safi ma b9itch baghi nkml had l7ayat', 'self-harm-suicide', 'certain'],
  ['ar', 'ولدي عندو 6 سنين خرج يلعب قدام الدار وما لقيناهش', 'missing-child', 'certain'],
  ['ar', 'ابني ضاع منا بالمحطة ودورنا عليه نص ساعة', 'missing-child', 'certain'],
  ['ar', 'binti 8 snin khrjat l7anout mn sa3tin w ma rj3atch', 'missing-child', 'certain'],
  ['ar', 'الزلمة اللي جابني بيقول اني مديونتله 5000 ولازم اشتغل مع زباين', 'trafficking-exploitation', 'certain'],
  ['ar', 'خدام فالفيرمة 14 ساعة فالنهار ما كنشوف حتى فلس وداو لينا التيليفونات', 'trafficking-exploitation', 'possible'],
  ['ar', 'رانا فالزنقة أنا ووليداتي والبرد قاصح', 'no-shelter-cold', 'certain'],
  ['ar', 'ما عندنا محل نبيت فيه الليلة والشفع بترجفوا من البرد', 'no-shelter-cold', 'certain'],
  ['ar', '7na f zen9a m3a drari w lberd ktir', 'no-shelter-cold', 'certain'],
];

/** Ordinary questions that share the danger words: never the emergency reply. */
const LOOK_ALIKES: Array<[lang: string, text: string]> = [
  ['uk', 'оренда мене просто вбиває, де знайти дешевшу квартиру'],
  ['uk', 'у мене телефон помер, як відновити доступ до itsme'],
  ['uk', 'де пройти курс першої допомоги в Льєжі'],
  ['uk', 'де на ринку купити гарний ніж для кухні'],
  ['uk', 'моя віза вже мертва, що робити з продовженням'],
  ['uk', 'дитина загубила рюкзак у школі, куди звернутися'],
  ['uk', 'хочу працювати фельдшером на швидкій, який диплом треба'],
  ['uk', 'у сина температура і кашель, до якого лікаря йти'],
  ['uk', 'мій ноутбук згорів, де полагодити недорого'],
  ['uk', 'курси пожежної безпеки для роботи на складі'],
  ['uk', 'telefon pomer, yak vidnovyty parol vid banku'],
  ['ru', 'аренда меня убивает, где найти жильё подешевле'],
  ['ru', 'телефон умер, как восстановить доступ к itsme'],
  ['ru', 'где пройти курсы первой помощи в Льеже'],
  ['ru', 'где на рынке купить хороший нож для кухни'],
  ['ru', 'моя виза уже мертвая, что делать с продлением'],
  ['ru', 'ребенок потерял рюкзак в школе, куда обращаться'],
  ['ru', 'хочу работать фельдшером на скорой, нужен диплом?'],
  ['ru', 'у дочки температура и кашель, к какому врачу идти'],
  ['ru', 'сгорел ноутбук, где починить недорого'],
  ['ru', 'я умираю от жары в этой квартире, можно ли поставить кондиционер'],
  ['ru', 'telefon umer, kak vosstanovit parol ot banka'],
  ['ar', 'الكرا قاتلني، فين نلقى دار رخيصة'],
  ['ar', 'التلفون مات ليا، كيفاش نرجع الحساب ديال itsme'],
  ['ar', 'وين فيني اعمل دورة اسعافات اولية ببروكسل'],
  ['ar', 'بغيت نشري موس ديال الكوزينة من المارشي'],
  ['ar', 'الفيزا ديالي ماتت، كيفاش نجددها'],
  ['ar', 'ولدي ضيع الكرطابة ديالو فالمدرسة'],
  ['ar', 'بدي اشتغل مسعف بالاسعاف، شو لازم ادرس'],
  ['ar', 'ابني عنده سخونة وكحة، عند انا طبيب نروح'],
  ['ar', 'اللابتوب تحرق، فين نصلحو'],
  ['ar', 'انا ميت من الجوع ههه'],
  ['ar', 'lkra kat9telni, bghit dar rkhisa'],
];

/**
 * Written after the lexicons were broadened, against the words that change added (a tree trunk, a hand raised at a
 * meeting, a child behind at school, a dish called "upside-down"): they keep those words from making an emergency.
 */
const LATER_LOOK_ALIKES: Array<[lang: string, text: string]> = [
  ['uk', 'дерево впало, ствол перегородив дорогу'],
  ['uk', 'надворі холодно, де купити зимову куртку дитині'],
  ['uk', 'чоловік підняв руку на зборах щоб спитати'],
  ['uk', 'у тата права нога болить після операції'],
  ['uk', 'я роздала речі дітей, де пункт гуманітарної допомоги'],
  ['uk', 'її немає в списку на курси, донька чекає'],
  ['uk', 'дитина випила ліки від кашлю, коли можна гуляти'],
  ['ru', 'на улице минус, где купить зимние сапоги ребенку'],
  ['ru', 'муж поднял руку на собрании'],
  ['ru', 'дочка отстала в учебе, нужен репетитор'],
  ['ru', 'с одной стороны хочу переехать'],
  ['ru', 'я уже решила куда поступать'],
  ['ru', 'ищу уже месяц садик для дочки'],
  ['ru', 'не хочу быть обузой для государства, хочу работать'],
  ['ru', 'я работаю с клиентами в магазине'],
  ['ru', 'пахнет паленым от тостера'],
  ['ar', 'بدي اعمل مقلوبة لولادي'],
  ['ar', 'الشرق الاوسط، جيت من سوريا مع ولادي'],
  ['ar', 'جوزي يشخر بالليل'],
  ['ar', 'قبضت معاشي اليوم'],
  ['ar', 'جوزي مد ايده يسلم علي'],
  ['ar', 'ولدي خرج يلعب مع صحابو، واش نسجلو فالنادي'],
  ['ar', 'ما عندي حتى فلس، فين نمشي'],
  ['ar', 'نرمي الزبل من الشباك'],
  ['ar', 'طلع الموس غالي فالمارشي'],
];

describe('crises told by their signs in Ukrainian, Russian and Arabic', () => {
  it.each(CRISES)('[%s] "%s": %s, at least %s', (lang, text, kind, level) => {
    const a = assessDanger(text, lang as never);
    if (level === 'certain') expect(a.level).toBe('certain');
    else expect(a.level).not.toBe('none');
    expect(a.kinds).toContain(kind);
  });

  it('most of them are certain, not only a safety check', () => {
    const certain = CRISES.filter(([lang, text]) => assessDanger(text, lang as never).level === 'certain').length;
    expect(certain / CRISES.length).toBeGreaterThanOrEqual(0.85);
  });
});

describe('look-alikes in Ukrainian, Russian and Arabic', () => {
  it.each([...LOOK_ALIKES, ...LATER_LOOK_ALIKES])('[%s] "%s" is never the emergency reply', (lang, text) => {
    expect(assessDanger(text, lang as never).level).not.toBe('certain');
  });
});
