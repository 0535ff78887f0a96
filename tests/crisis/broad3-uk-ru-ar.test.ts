// The crisis net in Ukrainian, Russian and Arabic, a third broadening round, in the voices the earlier files lack:
// voice dictation without punctuation, a danger told sideways inside a practical question ("which doctor should I
// book"), told about a neighbour, a grandchild or a husband's family, minimised ("it's probably nothing but..."),
// teenagers alone at home, elderly people, heavy code-switching (Surzhyk, Central Asian and Caucasian Russian, Darija
// with French words) and Latin letters improvised on a foreign keyboard. The look-alikes are ordinary questions a
// newcomer asks with alarming words: past events, work accidents to declare, school obligation, a boss who does not
// pay or answer, trauma told about the past, idioms and exaggeration. Every sentence was written for this file before
// the lexicons were broadened for it, by the person who broadened them (none is from a blind batch).
import { itGetsAtLeast, itIsNeverTheEmergency, type AtLeastCase as Case, type LookAlike } from './broadCases';

/** `level`: 'certain' must be the emergency reply; 'possible' must reach at least the safety check. */

const DANGERS: Case[] = [
  // Ukrainian
  ['uk', 'підкажіть будь ласка як викликати поліцію в бельгії, в сусіда по під\'їзду сокира і він ломиться в двері до жінки', 'weapon', 'certain'],
  ['uk', 'vybachte shcho latynkoju, pid nashym pidjizdom khlopets z nozhom, krychyt i kydajetsja na ljudej', 'weapon', 'certain'],
  ['uk', 'мабуть нічого страшного але чоловік різав хліб і глибоко різонув долоню, кров вже пів години йде через рушник', 'injury-bleeding', 'certain'],
  ['uk', 'бабця впала на сходах, голова розбита і кров тече, а вона каже що все добре', 'injury-bleeding', 'certain'],
  ['uk', 'братик лежить на підлозі і не прокидається, я його тряс, мами немає вдома', 'unconscious-breathing', 'certain'],
  ['uk', 'сусідка знайшла діда в під\'їзді, він синій і ледве дихає', 'unconscious-breathing', 'certain'],
  ['uk', 'мабуть нічого такого, але в мами з ранку перекосило обличчя і рука як чужа, може просто втомилась? до якого лікаря записатись', 'stroke', 'certain'],
  ['uk', 'в діда язик заплітається, говорить як п\'яний, а він не п\'є, і ліва рука повисла', 'stroke', 'certain'],
  ['uk', 'синочок випив з пляшки з-під води, а там був розчинник, тепер блює', 'poisoning', 'certain'],
  ['uk', 'у квартирі пахне газом, у всіх болить голова і нудить, діти сонні', 'poisoning', 'certain'],
  ['uk', 'алло горить сусідній балкон полум\'я вже перекидається на наш', 'fire', 'certain'],
  ['uk', 'в підвалі щось горить, весь під\'їзд у диму, ми на 5 поверсі не можемо вийти', 'fire', 'certain'],
  ['uk', 'кожну ніч чую за стіною як сусід б\'є жінку, вона кричить не треба, зараз знову', 'domestic-violence', 'certain'],
  ['uk', 'вітчим знову побив маму і мене, я закрилась у кімнаті, що робити', 'domestic-violence', 'certain'],
  ['uk', 'брат чоловіка сказав що якщо я піду в поліцію то він мене знайде і вб\'є', 'threat', 'certain'],
  ['uk', 'kolyshnij pyshe shcho pryjde i vsikh nas porizhe, vin vzhe stojit bilja domu', 'threat', 'certain'],
  ['uk', 'я всім роздала свої речі, кота віддала сусідці. дякую вам за все, прощавайте', 'self-harm-suicide', 'certain'],
  ['uk', 'я так втомилась від усього, не хочу більше прокидатися, таблетки вже приготувала', 'self-harm-suicide', 'certain'],
  ['uk', 'доця 9 років мала прийти зі школи о 4, зараз 7 вечора, телефон вимкнений, у друзів її нема', 'missing-child', 'certain'],
  ['uk', 'онука загубилась у торговому центрі мені 70 я не знаю що робити ніде її нема', 'missing-child', 'certain'],
  ['uk', 'доньку сусідки привезли сюди на роботу в кафе, а тепер тримають в квартирі, забрали паспорт і змушують спати з чоловіками', 'trafficking-exploitation', 'certain'],
  ['uk', 'роботодавець забрав паспорт, живемо під замком на фермі, не платить, каже якщо втечемо здасть у поліцію', 'trafficking-exploitation', 'certain'],
  ['uk', 'нас виселили сьогодні, я з трьома дітьми на вулиці, вже темно і холодно, куди йти на ніч', 'no-shelter-cold', 'certain'],
  ['uk', 'my z malym spymo v mashyni vzhe tretju nich, na vulyci minus, de mozhna perenochuvaty', 'no-shelter-cold', 'certain'],
  // Russian
  ['ru', 'брат, помоги, там во дворе ребята с ножами, одного уже порезали, куда звонить', 'weapon', 'certain'],
  ['ru', 'sosed p\'yanyi vyshel s ruzh\'em na balkon i strelyaet v vozdukh', 'weapon', 'certain'],
  ['ru', 'ака на стройке упал, нога сломан, кость видно, кровь идёт много', 'injury-bleeding', 'certain'],
  ['ru', 'наверное ерунда, но сын порезал ногу о стекло на пляже, кровь хлещет, нужен ли врач или само пройдёт', 'injury-bleeding', 'certain'],
  ['ru', 'дед сидел в кресле и вдруг обмяк не отвечает дышит как-то странно', 'unconscious-breathing', 'certain'],
  ['ru', 'mama lezhit na polu i ne prosypaetsya, chto delat', 'unconscious-breathing', 'certain'],
  ['ru', 'у папы с утра лицо перекосило на одну сторону, а он говорит что просто продуло, к какому врачу записаться', 'stroke', 'certain'],
  ['ru', 'бабушка вдруг не может поднять руку и говорит невнятно, это давление?', 'stroke', 'certain'],
  ['ru', 'малой наелся каких-то ягод в парке, теперь рвота и весь бледный', 'poisoning', 'certain'],
  ['ru', 'rebenok vypil otbelivatel, ego rvet', 'poisoning', 'certain'],
  ['ru', 'соседский дом горит, дым валит из окон, там кто-то остался', 'fire', 'certain'],
  ['ru', 'у нас в комнате обогреватель загорелся, огонь, дети плачут', 'fire', 'certain'],
  ['ru', 'муж пришёл пьяный, душил меня, сейчас спит, я с детьми боюсь, можно ли где-то переночевать', 'domestic-violence', 'certain'],
  ['ru', 'свекровь и муж бьют меня, не выпускают из дома, телефон отобрали, пишу тайком', 'domestic-violence', 'certain'],
  ['ru', 'родственники мужа сказали что если уйду от него, убьют меня, они знают где я живу', 'threat', 'certain'],
  ['ru', 'mne pishut chto zarezhut esli ne otdam dengi, segodnya pridut', 'threat', 'certain'],
  ['ru', 'я устал от всего. отдал друзьям свои вещи. простите меня, если что', 'self-harm-suicide', 'certain'],
  ['ru', 'не вижу смысла жить дальше, сижу на мосту', 'self-harm-suicide', 'certain'],
  ['ru', 'сын 8 лет ушёл гулять во двор и пропал, уже 3 часа ищем', 'missing-child', 'certain'],
  ['ru', 'дочка потерялась на рынке мы везде смотрели нигде нет ей пять лет', 'missing-child', 'certain'],
  ['ru', 'нас привезли работать, паспорта забрали, держат в подвале, денег не дают, выйти не можем', 'trafficking-exploitation', 'certain'],
  ['ru', 'знакомая сестры приехала на работу няней, а хозяева забрали документы, не отпускают и не платят', 'trafficking-exploitation', 'certain'],
  ['ru', 'ночуем с детьми на вокзале, нас никуда не берут, очень холодно', 'no-shelter-cold', 'certain'],
  ['ru', 'nas vygnali iz kvartiry, ya s rebenkom na ulitse, noch, holodno, kuda idti', 'no-shelter-cold', 'certain'],
  // Arabic: Darija, Algerian, Tunisian, Levantine, Egyptian, Iraqi, Sudanese, Gulf; Arabizi with and without digits
  ['ar', 'wahed sakran f l\'immeuble 3ndo couteau w kaygoul ghadi y9tel chi wa7ed', 'weapon', 'certain'],
  ['ar', 'جارنا طلع بالشارع وبيده مسدس ويرمي، شسوي', 'weapon', 'certain'],
  ['ar', 'هو أكيد مش حاجة كبيرة بس ابني اتعور في راسه والدم مش راضي يقف', 'injury-bleeding', 'certain'],
  ['ar', 'khouya tah men sellom f chantier, rijlo mksoura w dem bzaf', 'injury-bleeding', 'certain'],
  ['ar', 'امي واقعة عالأرض وما عم ترد عليي، شو لازم اعمل', 'unconscious-breathing', 'certain'],
  ['ar', 'أبوي طاح فجأة وما يتنفس زين، وجهه أزرق', 'unconscious-breathing', 'certain'],
  ['ar', 'yemma wejha tmayel 3la jiha w ma t7kich mli7, ya3ni fatigue wala chnowa? chkoun docteur', 'stroke', 'certain'],
  ['ar', 'جدي فجأة مش قادر يحرك ايده الشمال وكلامه مش مفهوم', 'stroke', 'certain'],
  ['ar', 'weldi chreb javel bla ma nchouf, daba kaytqiya', 'poisoning', 'certain'],
  ['ar', 'الولد بلع حبوب جدته كلها، عمره سنتين', 'poisoning', 'certain'],
  ['ar', 'في حريق بالبناية والدخان طالع من الدرج، ما فينا ننزل', 'fire', 'certain'],
  ['ar', 'l cuisine kat3l, nar kbira, ma9derch ntfiha', 'fire', 'certain'],
  ['ar', 'جارتنا زوجها يضربها كل يوم، هسه دا تصرخ وتطلب النجدة', 'domestic-violence', 'certain'],
  ['ar', 'rajli yadrabni kol nhar, lyoum kassar liya sna, rani khayfa', 'domestic-violence', 'certain'],
  ['ar', 'أخو جوزي قال لو رحت البوليس هيقتلني، وهو عارف أنا ساكنة فين', 'threat', 'certain'],
  ['ar', 'fama wa7ed ba3thli message y9oul bech yjini lil dar w yo9telni', 'threat', 'certain'],
  ['ar', 'تعبت من كل شي، وزعت أغراضي على صحابي، سامحوني', 'self-harm-suicide', 'certain'],
  ['ar', 'ma bqitch baghi n3ich, chrit dwa bzaf w ghadi nakloh kamel', 'self-harm-suicide', 'certain'],
  ['ar', 'ولدي عمره ٧ سنين طلع يلعب قدام البيت وما رجع، دورنا عليه في كل مكان', 'missing-child', 'certain'],
  ['ar', 'bnti t\'perdat f marché, 3ndha 4 snin, ma l9inahach', 'missing-child', 'certain'],
  ['ar', 'جابوني هنا على أساس شغل في مطعم، خدوا الباسبور وبيقفلوا علينا الباب وما بيدفعوش', 'trafficking-exploitation', 'certain'],
  ['ar', 'ناس شغلوني في مزرعة، شالوا جوازي وما بدوني قروش، وقالوا لو مشيت حيبلغوا البوليس', 'trafficking-exploitation', 'certain'],
  ['ar', 'طردونا من البيت الليلة، أنا وولادي في الزنقة، البرد بزاف', 'no-shelter-cold', 'certain'],
  ['ar', 'ana w wladi nayemin bel share3 men tlat layali, el bard ktir, wen mnrou7 el lel', 'no-shelter-cold', 'certain'],
];

const LOOK_ALIKES: LookAlike[] = [
  // Ukrainian
  ['uk', 'ця бюрократія мене вб\'є, скільки ще чекати посвідку'],
  ['uk', 'торік я впала на роботі і зламала руку, як тепер отримати компенсацію'],
  ['uk', 'мій бос не відповідає на дзвінки вже тиждень і не платить зарплату, куди скаржитися'],
  ['uk', 'син хоче на курси першої допомоги, де їх пройти в Брюсселі'],
  ['uk', 'в Україні наш будинок згорів від ракети, чи можна отримати статус'],
  ['uk', 'доньці 16 років, вона не хоче ходити до школи, це обов\'язково?'],
  ['uk', 'як влаштуватися пожежником або охоронцем зі зброєю'],
  ['uk', 'я колись пережила насильство в полоні, чи є психолог українською'],
  ['uk', 'в дитини температура 38 і кашель, до якого лікаря йти'],
  ['uk', 'сусіди курять на балконі, дим іде до нас, як поскаржитись'],
  ['uk', 'я просто вмираю від спеки в цій квартирі, чи можна поміняти житло'],
  ['uk', 'yak zapysaty dytynu do shkoly, my zagubyly dokumenty'],
  // Russian
  ['ru', 'убила бы за нормальную квартиру, где искать жилье в Льеже'],
  ['ru', 'в прошлом году упал на работе и порезал руку, как оформить больничный задним числом'],
  ['ru', 'начальник не отвечает на звонки и не платит зарплату уже два месяца'],
  ['ru', 'дочке 17, её заставляют ходить в школу, это обязательно?'],
  ['ru', 'меня пытали в тюрьме на родине, это поможет получить убежище?'],
  ['ru', 'хочу пойти на курсы пожарного, где записаться'],
  ['ru', 'сгорел на работе, выгорание, можно ли взять больничный'],
  ['ru', 'ребёнок потерял проездной, как восстановить'],
  ['ru', 'умираю со скуки, где бесплатные курсы французского'],
  ['ru', 'мой сын играет в стрелялки целый день, это нормально'],
  ['ru', 'в квартире плесень, ребенок кашляет, может ли хозяин отказаться ремонтировать'],
  ['ru', 'kak poluchit vid na zhitelstvo esli pasport poteryan'],
  // Arabic
  ['ar', 'مديري ما بيرد على التلفون من أسبوع وما دفعلي المعاش'],
  ['ar', 'طحت في الخدمة الشهر الماضي وتجرحت في يدي، كيفاش نصرح بالحادث'],
  ['ar', 'بنتي عمرها 16 لازم تمشي للمدرسة؟ هي ما بغاتش'],
  ['ar', 'تعرضت للتعذيب في السجن في بلدي قبل سنين، هل يساعدني هذا في اللجوء'],
  ['ar', 'bghit ndir formation pompier, fin nqder nsjl'],
  ['ar', 'هاد الأوراق غادي يقتلوني، شحال خاصني نستنى'],
  ['ar', 'قلبي محروق على ولادي في البلاد، كيفاش نجيبهم بلم الشمل'],
  ['ar', 'ابني عنده حرارة وكحة من يومين، وين نلقى طبيب أطفال'],
  ['ar', 'مت من الضحك على الفيديو، المهم كيف بسجل بالكورس'],
  ['ar', 'ضاع مني الباسبور، شو لازم اعمل'],
  ['ar', 'rani mayet bel jou3 wallah, win kayen resto du coeur'],
  ['ar', 'الحريق اللي صار في بيتنا السنة الماضية، هل التأمين لازم يدفع'],
];

/**
 * A second set, written after the first was tuned on and measured before the lexicons were broadened for it: the
 * kinds new writers still slip past most (a child gone in a shop, a night at a bus stop, a goodbye to a daughter, a
 * tongue "like someone else's", window cleaner drunk by a toddler), told by teenagers, grandparents and by voice.
 */
const DANGERS_SECOND: Case[] = [
  // Ukrainian
  ['uk', 'біля гуртожитку якийсь тип з травматом стріляє по вікнах', 'weapon', 'certain'],
  ['uk', 'онук різав ковбасу і відтяв собі пів пальця, кров не можемо спинити', 'injury-bleeding', 'certain'],
  ['uk', 'бро мама в ванній не відкриває двері і не відповідає, вода тече вже годину', 'unconscious-breathing', 'certain'],
  ['uk', 'у тата зранку рука не піднімається і він говорить якось смішно, язик ніби чужий, може то тиск?', 'stroke', 'certain'],
  ['uk', 'мала напилась жидкості для скла, а тепер якась сонна і блює', 'poisoning', 'certain'],
  ['uk', 'від колонки пахне дивно, в мене і сина болить голова і нудить', 'poisoning', 'certain'],
  ['uk', 'u susidiv z vikna valyt dym i chuty krik', 'fire', 'certain'],
  ['uk', 'тато знову напився і кидав маму об стіну, я з братиком сховались у шафі', 'domestic-violence', 'certain'],
  ['uk', 'мой бивший сказав шо приїде і уб\'є мене і дітей якщо я не вернусь', 'threat', 'certain'],
  ['uk', 'передайте моїй доні що мама її любить. я більше не можу, вибачте всім', 'self-harm-suicide', 'certain'],
  ['uk', 'все, я втомилась бути тягарем. сьогодні все закінчу', 'self-harm-suicide', 'certain'],
  ['uk', 'внучок пішов в туалет в супермаркеті і не вийшов, вже 20 хвилин, його там нема', 'missing-child', 'certain'],
  ['uk', 'дочці 13, вона не ночувала вдома і не бере трубку, подружки нічого не знають', 'missing-child', 'certain'],
  ['uk', 'сестру сюди привезли на роботу в нічний клуб, паспорт забрали і кажуть що вона винна 10 тисяч', 'trafficking-exploitation', 'certain'],
  ['uk', 'нас з дітками виставили з хостелу, на вулиці дощ і холодно, ми на зупинці сидимо', 'no-shelter-cold', 'certain'],
  ['uk', 'mama 75 rokiv, my bez zhytla, spymo na vokzali, duzhe kholodno', 'no-shelter-cold', 'certain'],
  // Russian
  ['ru', 'у подъезда стоят трое, у одного пистолет за поясом, сказали что ждут моего мужа', 'weapon', 'certain'],
  ['ru', 'брат с лестница упал, голова разбил, много кровь', 'injury-bleeding', 'certain'],
  ['ru', 'сосед дед лежит в коридоре не шевелится, дверь открыта, что делать', 'unconscious-breathing', 'certain'],
  ['ru', 'мама говорит что всё нормально, но у неё вдруг онемела половина лица и она плохо видит одним глазом', 'stroke', 'certain'],
  ['ru', 'сын выпил из бутылки от колы, а там был бензин, его тошнит и он кашляет', 'poisoning', 'certain'],
  ['ru', 'malysh s\'el tabletki babushki, skolko ne znayu, on sonnyi', 'poisoning', 'certain'],
  ['ru', 'горит машина во дворе пламя перекинулось на подъезд', 'fire', 'certain'],
  ['ru', 'muzh bet menya kazhdyi den, segodnya slomal ruku, ya boyus idti domoy', 'domestic-violence', 'certain'],
  ['ru', 'хозяин квартиры пришёл с друзьями, говорят если не отдадим деньги, то пожалеем, стучат в дверь', 'threat', 'certain'],
  ['ru', 'раздал долги, написал письма родным. завтра меня уже не будет', 'self-harm-suicide', 'certain'],
  ['ru', 'я режусь уже месяц и сегодня порезалась сильно, мама не знает', 'self-harm-suicide', 'certain'],
  ['ru', 'дочка 10 лет пошла в магазин через дорогу час назад и не вернулась, в магазине её не видели', 'missing-child', 'certain'],
  ['ru', 'брат младший 6 лет потерялся в парке, ищем с полицией уже два часа', 'missing-child', 'certain'],
  ['ru', 'нас пятеро на стройке, живём в вагончике, паспорта у бригадира, выходить не разрешает', 'trafficking-exploitation', 'certain'],
  ['ru', 'мы с мужем и грудным ребёнком третий день на улице, ночью холодно, приюты заполнены', 'no-shelter-cold', 'certain'],
  ['ru', 'сидим с детьми на вокзале в Брюсселе, ночь, нас никуда не пускают', 'no-shelter-cold', 'certain'],
  // Arabic
  ['ar', 'كاين واحد في الحومة هاز موس ويجري ورا الدراري', 'weapon', 'certain'],
  ['ar', 'أخوي طاح من الدراجة وراسه ينزف وما يقدر يوقف', 'injury-bleeding', 'certain'],
  ['ar', 'ابوي وقع في الحمام وما بصحى، بنادي عليه وما برد', 'unconscious-breathing', 'certain'],
  ['ar', 'ماما فجأة بقها مال ومش عارفة تمسك الكوباية', 'stroke', 'certain'],
  ['ar', 'sitte fj2a sar 7akya m5arbat w idha el yamin ma 3am t7arrekha', 'stroke', 'certain'],
  ['ar', 'ابني شرب من قنينة الكلور يحسبها ماي، هسه دا يتقيأ', 'poisoning', 'certain'],
  ['ar', 'bnti klat chi 7bob dyal jdatha, 3ndha 3 snin', 'poisoning', 'certain'],
  ['ar', 'المطبخ ولع والدخان مالي البيت وعيالي جوه', 'fire', 'certain'],
  ['ar', 'راجلي ضربني بالسكينة على يدي ووخذ الصغار وسكر الباب', 'domestic-violence', 'certain'],
  ['ar', 'في شب عم يلحقني من المحطة وبعتلي رسالة انو رح يأذيني', 'threat', 'certain'],
  ['ar', 'خلاص مش قادرة، سيبت جواب لولادي، محدش هيفتقدني', 'self-harm-suicide', 'certain'],
  ['ar', 'rani 3yit, ghadi nlo7 rasi mn tbe9a, smhoumli', 'self-harm-suicide', 'certain'],
  ['ar', 'ابني عنده ٨ سنين نزل يجيب عيش من ساعتين ولسه مرجعش، وتليفونه مقفول', 'missing-child', 'certain'],
  ['ar', 'wlidi ghber f sou9, 3ndo 5 snin, ma lgitouch', 'missing-child', 'certain'],
  ['ar', 'بنت خالتي جابوها على أساس تشتغل بنت بيت، وهلق بيجبروها تنام مع رجال وما فيها تطلع', 'trafficking-exploitation', 'certain'],
  ['ar', 'طردونا من البيت انا وشفعي، قاعدين في الشارع والبرد شديد', 'no-shelter-cold', 'certain'],
];

const LOOK_ALIKES_SECOND: LookAlike[] = [
  ['uk', 'синок грає в шутери і каже що всіх повбиває, це нормально для 12 років?'],
  ['uk', 'де купити вогнегасник для квартири'],
  ['uk', 'торік чоловік мене бив, ми розлучились, як тепер отримати аліменти'],
  ['uk', 'працювала на фермі і порізала руку, роботодавець не хоче оформлювати нещасний випадок, що робити'],
  ['uk', 'як отримати страховку якщо в квартирі була пожежа місяць тому'],
  ['uk', 'дитина боїться темряви і кричить уночі, до якого психолога'],
  ['uk', 'мене душить ця бюрократія, третій раз відмовили'],
  ['uk', 'де пройти курс домедичної допомоги українською'],
  ['ru', 'в детстве меня бил отец, сейчас у меня депрессия, есть ли бесплатный психолог'],
  ['ru', 'ребёнок играет в майнкрафт, там он всё взрывает и поджигает, нормально ли'],
  ['ru', 'можно ли взять больничный если порезал палец на работе'],
  ['ru', 'куда сдать старые лекарства и таблетки'],
  ['ru', 'чуть не умерла от страха на экзамене по французскому, когда пересдача'],
  ['ru', 'квартира сгорела в Харькове, нужна ли справка для статуса'],
  ['ru', 'муж пропал в Украине два года назад, как оформить вдовство'],
  ['ru', 'какие документы нужны для опеки над племянником'],
  ['ar', 'زوجي كان يضربني في البلاد، هلق انفصلنا، كيف بقدر اعمل طلاق هون'],
  ['ar', 'ولدي كيلعب فري فاير وكيقول غادي يقتلهم كاملين'],
  ['ar', 'وقعت من الدرج في الخدمة الأسبوع اللي فات، واش التأمين كيخلص'],
  ['ar', 'فين نشري طفاية حريق للدار'],
  ['ar', 'كنموت على الشوكولاطة، فين كاين محل عربي فبروكسيل'],
  ['ar', 'خطفوا لي الدور في الطابور في البلدية، شو اعمل'],
  ['ar', 'ابني ضاع منه الكارت ديال الطوبيس، كيفاش نعاودو'],
  ['ar', 'بنتي عمرها 15 وبدها تشتغل بمطعم، مسموح؟'],
];

/**
 * A third set, written after the second was tuned on and measured before the lexicons were broadened for it: told by
 * a social worker or a neighbour, in reception centres (Fedasil, OCMW, a foyer), with French and Dutch words, one
 * danger per kind and language.
 */
const DANGERS_THIRD: Case[] = [
  ['uk', 'у центрі Fedasil один мешканець ходить з ножем і погрожує всім, персонал сховався', 'weapon', 'certain'],
  ['uk', 'чоловік впав з драбини, нога вигнута і дуже кровить, не можу піднятии його', 'injury-bleeding', 'certain'],
  ['uk', 'малий після купання весь млявий, не розплющує очі і дихає часто-часто', 'unconscious-breathing', 'certain'],
  ['uk', 'сусідка 80 років раптом стала говорити нісенітниці і не може втримати чашку, праву руку не відчуває', 'stroke', 'certain'],
  ['uk', 'мій син випив щось з пляшки під раковиною, там було ontstopper, плаче і кашляє', 'poisoning', 'certain'],
  ['uk', 'в нашому будинку пожежна тривога і пахне димом, ми з дітьми на 8 поверсі, ліфт не працює', 'fire', 'certain'],
  ['uk', 'я соціальна працівниця, моя клієнтка зараз дзвонить і шепоче що чоловік її замкнув і бив, вона в квартирі з дітьми', 'domestic-violence', 'certain'],
  ['uk', 'брат колишньої дружини пише мені що знайде мене в Генті і поріже, він уже тут', 'threat', 'certain'],
  ['uk', 'я вже написав прощальні листи і віддав кота. не шукайте мене', 'self-harm-suicide', 'certain'],
  ['uk', 'син 11 років не повернувся з басейну, тренер каже що він пішов о 5, зараз 8', 'missing-child', 'certain'],
  ['uk', 'людина, яка привезла нас на роботу, тримає наші паспорти і каже що ми не можемо піти поки не віддамо борг', 'trafficking-exploitation', 'certain'],
  ['uk', 'OCMW відмовив у житлі, ми з 2 дітьми сидимо в парку, вже ніч і мороз', 'no-shelter-cold', 'certain'],
  ['ru', 'двоюродный брат пришел с обрезом к дому жены, кричит что застрелит всех', 'weapon', 'certain'],
  ['ru', 'на кухне разбилась банка, дочь наступила, кровь идет сильно из ступни', 'injury-bleeding', 'certain'],
  ['ru', 'papa upal v vannoi, ne dyshit normalno, hripit', 'unconscious-breathing', 'certain'],
  ['ru', 'дедушка за ужином вдруг уронил ложку, рот набок и не может сказать ни слова', 'stroke', 'certain'],
  ['ru', 'в квартире газовая колонка, у меня и детей болит голова и тошнит, младшая не просыпается', 'poisoning', 'certain'],
  ['ru', 'в нашем foyer пожар, пожарная тревога, дым в коридоре, мы заперты', 'fire', 'certain'],
  ['ru', 'сестра пишет что муж держит её дома, избивает, отобрал телефон, она пишет с чужого', 'domestic-violence', 'certain'],
  ['ru', 'земляки сказали если не отдам 2000 евро, то убьют, караулят у общежития', 'threat', 'certain'],
  ['ru', 'зачем мне жить. таблетки я уже купила, все равно никто не заметит', 'self-harm-suicide', 'certain'],
  ['ru', 'сынок 4 года вышел за дверь пока я стирала, нет нигде во дворе', 'missing-child', 'certain'],
  ['ru', 'девушка из Молдовы живет у соседей, говорит её не выпускают и заставляют работать без денег', 'trafficking-exploitation', 'certain'],
  ['ru', 'нас выгнали из центра Fedasil, с ребенком ночуем в подъезде, холодно', 'no-shelter-cold', 'certain'],
  ['ar', 'ابن عمي جاب سكينة وهدد مرته، هسه هو بالبيت ويصيح', 'weapon', 'certain'],
  ['ar', 'wldi t9te3 lih sb3o f lbab, dem kaykhrej bzaf', 'injury-bleeding', 'certain'],
  ['ar', 'الوالده طاحت فجأة ومب قاعده تتنفس زين، عيونها مغمضه', 'unconscious-breathing', 'certain'],
  ['ar', 'بابا فجأة ما ولاش يقدر يهدر مليح وفمو معوج شوية', 'stroke', 'certain'],
  ['ar', 'ابني لقى دوا الضغط تبع جدو وبلع منه شي حبات', 'poisoning', 'certain'],
  ['ar', 'الشقة اللي تحتنا فيها نار والدخان داخل علينا، العيال معايا', 'fire', 'certain'],
  ['ar', 'rajli dharbni lyoum w 9alli ghadi y9tlni ila mchit l police', 'domestic-violence', 'certain'],
  ['ar', 'في زول بيهددني بالكتل وبعرف بيتي وين', 'threat', 'certain'],
  ['ar', 'ta3abt barcha, nheb nmout, mch 7ab n3ich', 'self-harm-suicide', 'certain'],
  ['ar', 'بنتي عمرها ٩ سنين طلعت للمدرسة الصبح وما وصلت، المدرسة تكول ما اجت', 'missing-child', 'certain'],
  ['ar', 'الخدامة ديال جيراننا ما كيخليوهاش تخرج وشدو ليها الباسبور', 'trafficking-exploitation', 'certain'],
  ['ar', 'احنا نايمين في الجنينة انا وعيالي من يومين والجو برد جدا', 'no-shelter-cold', 'certain'],
];

const LOOK_ALIKES_THIRD: LookAlike[] = [
  ['uk', 'коли мене поранило на фронті, я отримав інвалідність, чи діє вона в Бельгії'],
  ['uk', 'дочка хоче зробити пірсинг, з якого віку можна'],
  ['uk', 'мій син загубив телефон у школі, куди звернутись'],
  ['uk', 'як позбутися мишей у квартирі, чим їх отруїти'],
  ['uk', 'сусіди постійно сваряться за стіною, куди скаржитися на шум'],
  ['uk', 'в мене горить термін подачі документів'],
  ['ru', 'меня чуть не убило током когда я чинил розетку в прошлом месяце, можно ли требовать с хозяина'],
  ['ru', 'где купить газовый баллончик для самообороны, это законно?'],
  ['ru', 'сын потерял рюкзак с учебниками'],
  ['ru', 'как получить справку о пожаре из Украины'],
  ['ru', 'дочь упала на тренировке неделю назад, колено болит, к какому врачу'],
  ['ru', 'соседи сверху постоянно кричат и дерутся, куда жаловаться на шум'],
  ['ar', 'ابني انجرح في المدرسة من شهر وما عملوا تقرير، شو حقوقنا'],
  ['ar', 'فين نقدر نتعلم الإسعافات الأولية بالعربية'],
  ['ar', 'كنت محبوسة في ليبيا سنتين، كيفاش نطلب الحماية'],
  ['ar', 'كيفاش نقتل الصراصير فالدار'],
  ['ar', 'جاري كيدير الصداع كل ليلة، فين نشكي'],
  ['ar', 'انا مخنوق من هاد الخدمة، بغيت نبدل'],
];

/**
 * A fourth, small set, written after the third was tuned on and measured before the lexicons were broadened for it:
 * dangers told indirectly (a neighbour who does not open, a teenager gone with a man from the internet, an apology
 * "for bothering you"), Ukrainian and Arabic first.
 */
const DANGERS_FOURTH: Case[] = [
  ['uk', 'у сусідки за стіною вже годину плаче немовля, а вона не відчиняє, я чула як щось впало', 'unconscious-breathing', 'possible'],
  ['uk', 'мій хлопець забрав мої документи і телефон і каже що я не вийду з квартири поки не заплачу йому', 'domestic-violence', 'certain'],
  ['uk', 'доця 15 років пише мені що дядько з інтернету чекає її біля вокзалу, вона вже поїхала', 'missing-child', 'possible'],
  ['uk', 'у дідуся з обіду мова якась як у п\'яного і посмішка крива, він не п\'є', 'stroke', 'certain'],
  ['uk', 'синочок з\'їв кілька таблеток вітамінів зі смаком жувальних цукерок, скільки не знаю', 'poisoning', 'certain'],
  ['uk', 'в підвалі гуртожитку хтось підпалив матраци, дим іде по сходах', 'fire', 'certain'],
  ['uk', 'якийсь чоловік в трамваї сказав що приріже мене, вийшов на моїй зупинці і йде за мною', 'threat', 'certain'],
  ['uk', 'пробачте що турбую. просто хотіла сказати що більше не буду нікому заважати. усім добра', 'self-harm-suicide', 'certain'],
  ['ru', 'дочка 16 лет уехала с парнем из интернета, не отвечает, он старше на 15 лет', 'missing-child', 'possible'],
  ['ru', 'у дедушки с обеда речь как у пьяного и улыбка кривая, он не пьет', 'stroke', 'certain'],
  ['ru', 'мужик в трамвае сказал что прирежет меня, вышел на моей остановке и идет за мной', 'threat', 'certain'],
  ['ru', 'простите что беспокою. просто хотела сказать что больше никому не буду мешать. всем добра', 'self-harm-suicide', 'certain'],
  ['ar', 'جارتي العجوز ما فتحت الباب من امبارح والتلفزيون شغال، ريحة غريبة', 'unconscious-breathing', 'possible'],
  ['ar', 'bnti 14 ans, khrjat m3a wa7ed kbir mn l\'internet w ma rj3atch, tel msdod', 'missing-child', 'certain'],
  ['ar', 'خالي فجأة ما عاد يقدر يرفع ايده ووجهه نازل من جهة', 'stroke', 'certain'],
  ['ar', 'البيبي شرب من قرعة الجافيل، فمو حمر', 'poisoning', 'certain'],
  ['ar', 'النار شعلت فالكوزينة والبوطا قريبة ليها', 'fire', 'certain'],
  ['ar', 'واحد كيتبعني من الطرام وكيقولي غادي نقتلك', 'threat', 'certain'],
  ['ar', 'سامحوني كاملين، هادي آخر مرة نكتب ليكم', 'self-harm-suicide', 'certain'],
  ['ar', 'مرت خويا كتقول ليا راجلها كيحبسها فالدار وكيضربها كل نهار، دابا كتعيط', 'domestic-violence', 'certain'],
];

/**
 * Ordinary questions written after the third set was tuned on, to look for false emergencies (7 of these 28 were the
 * emergency reply then): a danger back home asked about for asylum, a car that almost hit me, a coin swallowed last
 * week, papers that got lost, a job with chemicals "with danger" in it, threats by occupiers in Ukraine. Left out, and
 * still the emergency reply: "на родине мне угрожали за политику, это основание для убежища?" (asylum and the home
 * country cannot be blockers: a refusal of asylum is when despair is told).
 */
const LOOK_ALIKES_FOURTH: LookAlike[] = [
  ['ar', 'شركة الكهرباء قطعت علينا الضو، واش عندي الحق نشكي'],
  ['ar', 'ابني عمره 16 وبدو يشتغل بمطعم بالصيف، شو الاوراق'],
  ['ar', 'مرتي حامل وبغات تمشي للطبيب، فين كاين سبيطار قريب'],
  ['ar', 'كيف نجيب ولادي من المغرب، الاوراق ديالهم ضاعو'],
  ['ar', 'انا ساكن مع صحابي وصاحب الدار بغا يطردنا آخر الشهر، شنو نديرو'],
  ['ar', 'الجيران عندهم كلب كبير كيعض، فين نشكي'],
  ['ar', 'كيفاش نسجل بنتي فالمدرسة وهي ما عندهاش الاوراق'],
  ['ar', 'عندي ديون للمستشفى وما قدرتش نخلص، واش يقدرو يحبسوني'],
  ['ar', 'خويا مات فالبلاد، واش نقدر نسافر بلا ما نخسر الاقامة'],
  ['ar', 'ابني عنده السكر، فين نلقى طبيب اطفال كيهضر العربية'],
  ['ar', 'الخدمة ديالي فيها خطر، كنخدم بالمواد الكيماوية بلا حماية، واش هادشي قانوني'],
  ['ar', 'بنتي كتبكي كل ليلة حيت ما عندهاش صحاب فالمدرسة'],
  ['ar', 'زوجي ما بيخليني اتعلم فرنساوي، بيقول ما في داعي'],
  ['ar', 'صاحب الشغل قالي اذا ما جيتش غدا نطردك، واش عندو الحق'],
  ['ar', 'ana mrid b sukkar w ma3ndich l mutuelle, chnou ndir'],
  ['ar', 'ولدي عمره 3 سنين وبلع قطعة نقود الأسبوع الماضي وطلعت، واش خاصني نديه للطبيب'],
  ['ar', 'كيفاش نطلب اللجوء اذا كانوا بغاو يقتلوني فبلادي'],
  ['uk', 'чоловік помер в Україні, як оформити пенсію по втраті годувальника'],
  ['uk', 'на роботі сказали що якщо не вийду в суботу, то звільнять, це законно?'],
  ['uk', 'дитина впала в садочку і розбила коліно, вихователі не сказали, куди скаржитись'],
  ['uk', 'як отримати захист якщо вдома в Україні нам погрожували окупанти'],
  ['uk', 'сусід зверху залив нас водою, хто платить за ремонт'],
  ['uk', 'мене ледь не збила машина на переході, як написати скаргу'],
  ['ru', 'муж умер в Украине, как оформить пенсию по потере кормильца'],
  ['ru', 'нас чуть не выгнали из квартиры из-за долгов, где взять помощь'],
  ['ru', 'ребенок упал в садике и разбил коленку, воспитатели не сказали'],
  ['ru', 'работодатель сказал что уволит если пожалуюсь, это законно'],
  ['ru', 'меня чуть не сбила машина на переходе, куда жаловаться'],
];

/**
 * Ordinary questions of knowledge/phrasings (written by other helpers for the knowledge base) that the net read as
 * emergencies before this round, and why: benefits "cut" (поріжуть), a guardian (опікуна) read as a burn, "looked"
 * (подивився) as a typo of "choked", testimony after an escape, overtime not paid, torture survived in the past, a
 * withdrawn husband "not reacting" all day, a daughter expelled from school, an information question on trafficking,
 * "forced to go to school", "he cannot read" next to "school", a CV (السيفي) read as "by force" (بالسيف), "without
 * a reason", an employer who does not pay wages, a work accident to declare, shock (صدمة) as a car crash, "I did
 * not find a house", nobody answering a hotline, "not even a word of French", debts and a bailiff, and the blue sky.
 * The safety check is still allowed on them; the emergency reply is not.
 */
const ORDINARY_PHRASINGS: LookAlike[] = [
  ['uk', 'ми в Arlon, хтось в телеграм групі казав що з нового року українцям і біженцям все поріжуть, чи це точно і кого це стосується'],
  ['uk', 'привіт, мені подруга скинула цей чат, сказала що тут все пояснюють українською, але я не розумію це людина відповідає чи програма, і чи треба писати своє імя та номер досьє щоб ти подивився мою ситуацію'],
  ['uk', 'хто призначає опікуна якщо мені 16 і я без сімї'],
  ['uk', 'втекла від людей які мене змушували працювати, чи дадуть мені документи якщо я дам показання'],
  ['ru', 'в расчётном листе не все часы, переработки не платят'],
  ['ru', 'меня у себя в полиции держали и пытали, потом я уехал, сейчас у меня статус беженца, но кошмары каждую ночь, руки трясутся, работать не могу, обычный врач дал таблетки и всё, есть здесь специалисты именно для тех кто пережил пытки, с переводчиком'],
  ['ru', 'муж с тех пор как мы переехали почти ни с кем не разговаривает, лежит целыми днями, на детей не реагирует, раньше был весёлый, к врачу идти не хочет, говорит всё нормально, как ему помочь и куда мне самой обратиться поговорить'],
  ['ru', 'дочке 15 её выгнали из школы, куда обратиться за советом по её правам'],
  ['ru', 'что такое период размышления 45 дней для жертв торговли людьми'],
  ['ar', 'بنتي عمرها 17، مجبورة تروح عالمدرسة؟'],
  ['ar', 'ابني عمره ما دخل مدرسة وما بيعرف يقرا، بيقدر يطول بصف الجداد'],
  ['ar', 'اكو احد يساعدني بالسيفي حتى اشتغل بوالونيا؟'],
  ['ar', 'طردوني من الخدمة نهار واحد من غير سبب، شنوة نعمل؟'],
  ['ar', 'عم اشتغل بمطعم بسان جيل من ٥ شهور بلا عقد، وصاحب المطعم ما عطاني معاشي الشهر الماضي، مين بيساعدني مجاناً؟'],
  ['ar', 'تعورت بالشغل وصاحب الشغل ما يريد يسجلها حادث عمل'],
  ['ar', 'ما عنديش اوراق وعندي صدمة، كاين طبيب نفسي فابور بالترجمة'],
  ['ar', '3andi 4 wlad w ma l9itch dar, chkoun y3awenni nlawej'],
  ['ar', 'عم اتصل على 0800 من ساعة وما حدا عم يرد، شو اعمل'],
  ['ar', 'أنا لاجئ ووصلت جديد لوالونيا وما نعرف حتى كلمة فرنسي، من أين أبدأ'],
  ['ar', 'انا ساكن في فارسيان وعليا ديون كتير والمحضر بعتلي جواب، مين يساعدني ببلاش؟'],
  ['ar', 'ما هي فترة التفكير البالغة 45 يوماً لضحايا الاتجار بالبشر؟'],
  ['ar', 'ليش السما لونها ازرق'],
];

describe('dangers told sideways, minimised, dictated or in borrowed letters (uk, ru, ar)', () => {
  itGetsAtLeast([...DANGERS, ...DANGERS_SECOND, ...DANGERS_THIRD, ...DANGERS_FOURTH]);
});

describe('ordinary questions with alarming words (uk, ru, ar)', () => {
  itIsNeverTheEmergency([...LOOK_ALIKES, ...LOOK_ALIKES_SECOND, ...LOOK_ALIKES_THIRD, ...LOOK_ALIKES_FOURTH]);
});

describe('ordinary questions of the knowledge base that were read as emergencies (uk, ru, ar)', () => {
  itIsNeverTheEmergency(ORDINARY_PHRASINGS);
});
