// Function words per language: dropped before ranking and used as evidence by language detection.
import { foldAccents, normaliseText } from './normalise';

/** Raw stop-word lists, written by hand (short, high-frequency function words and question words). */
export const STOPWORD_LISTS: Readonly<Record<string, string>> = {
  en: `a about above after again all also am an and any are as at be because been before being below between both but by
    can could did do does doing done down during each few for from further had has have having he her here hers him his how
    i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over
    own same she should so some such than that the their theirs them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your yours yourself get got
    there's i'm can't don't doesn't s t d ll m re ve please want need`,
  fr: `a à au aux avec ce ces cet cette ceci cela ça dans de des du elle elles en et eux il ils je la le les leur leurs lui ma
    mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui quoi quel quelle quels quelles sa se ses son
    sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y été être est suis es sommes êtes sont étais était
    étaient ai as avons avez ont avais avait eu fait faire peut peux puis pouvez pouvons doit dois devons devez comment
    quand combien pourquoi est-ce si plus très aussi alors donc comme chez vers sans sous entre ici là cette ceux celle
    celui tout tous toute toutes autre autres dont lorsque afin il-y-a ya veux voudrais voulons besoin
    vais vas va allons allez vont`,
  nl: `aan al alle als alles bij ben daar dan dat de der deze die dit doch doen door dus een eens en er ge geen geweest haar
    had heb hebben heeft hem het hier hij hoe hun ik in is ja je jij jou jouw kan kon kunnen maar me meer men met mij mijn
    moet moeten na naar niet niets nog nu of om omdat ons onze ook op over reeds te tegen toch toen tot u uw uit van veel
    voor waar wanneer wat we wel welke wie wij wil willen word worden wordt zal zij zich zijn zo zou zoals 's waarom hoeveel`,
  de: `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis bist da damit dann
    das dass dein deine dem den der des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem
    einen einer eines er es etwa euer eure für gegen habe haben hat hatte hier hin hinter ich ihm ihn ihnen ihr ihre ihrem
    ihren ihrer im in ist ja jede jedem jeden jeder jedes kann kannst können könnte man manche mein meine mich mir mit muss
    müssen nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so solche soll sollte sondern über um
    und uns unser unter vom von vor war waren warum was weil welche welchem welchen welcher welches wenn wer werde werden
    wie wieder will wir wird wo wobei woher wohin zu zum zur zwischen gibt geben gilt wann wieviel wie viel viele`,
  uk: `а аби але б без би був була були було бути в вам вас ви від він вона вони воно все всі вже де для до його її їх з за
    зі і із й к коли ми мене мені мій мною моя моє мої на над нам нас не ні ну о об от по при про та так також там те ти
    тим то тобі тут у хто це цей ця ці чи чим що щоб я як яка яке які який якщо можна може можу треба потрібно слід маю
    має мають є скільки чому де куди звідки`,
  ru: `а без более бы был была были было быть в вам вас весь во вот все всех вы где да даже для до его ее её если есть еще
    ещё же за здесь и из или им их к как какая какие какой ко когда кто ли либо мне может можно мой мы на над надо наш не
    него нее неё нет ни них но ну о об однако он она они оно от очень по под при про с со так также такой там те тем то
    того тоже той только том ты у уже хотя чего чей чем что чтобы эта эти это этот я мне меня нужно нужен нужна сколько
    почему куда откуда`,
  ar: `في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين هو هي هم هن أنا انا نحن أنت انت أنتم كان كانت يكون تكون
    ما ماذا متى أين اين كيف كم هل لماذا لا لم لن إن ان أن قد ثم أو او و ف ب ل ك بين كل بعض أي اي عند إذا اذا حتى لدي
    لدى عليه عليها فيه فيها منه منها به بها له لها هناك هنا يمكن يمكنني يجب
    شو شنو شنهو ايش ايه إيه اش واش وش كيفاش كيفك ازاي إزاي ازيك شلون وين فين فاين امتى إمتى ليش ليه علاش لاش
    بدي بدك بدنا عايز عايزه عاوز بغيت باغي باغيه نبغي ابغى ابي اريد حاب حابب ممكن ينفع مش مو ما موش ماشي مكانش
    بتاع بتاعي بتاعتي بتاعه ديال ديالي ديالك تاع تاعي متاع متاعي هاد هادا هادي هاذا هاي هيدا هيدي هيك كده كدا دي ده
    دابا هلق هسه هسا هلأ توا دلوقتي عم راح رح غادي اكو ماكو في فيه كاين كاينه يوجد مافي ماكاينش احنا حنا انتو انتوما نتا نتي`,
};

/**
 * Words of time ("yesterday", "today") dropped like function words: they say when, never what. Kept apart from
 * `STOPWORD_LISTS` because those also feed language detection, where "hier" must stay Dutch/German evidence.
 * Without this, "I lost my residence card yesterday" met the missing-child entry through its sample question
 * "my son ran away since yesterday", a rare word in the knowledge base and so a heavy one.
 */
export const TIME_WORD_LISTS: Readonly<Record<string, string>> = {
  en: 'yesterday today tomorrow tonight',
  fr: "hier aujourd'hui aujourd hui demain",
  nl: 'gisteren vandaag morgen',
  de: 'gestern heute morgen',
  uk: 'вчора учора сьогодні завтра',
  ru: 'вчера сегодня завтра',
  ar: 'أمس امس البارحة اليوم غدا',
};

/**
 * Words of when and whether something is open ("week-end", "Sunday", "at night", "open"): searched like any word, but
 * no sign by themselves that a question is about an entry (`EvidenceIndex`, `circumstanceWeight`). The urgent-doctor
 * entry is rightly about the night and the week-end, so "est ce que la piscine est ouverte le week end" and "is it
 * going to snow this weekend" were answered with it on "ouverte" and "week-end" alone.
 * Not "open" in English or Dutch ("open a bank account"), nor Sunday in Arabic (الأحد is also "someone", احد).
 */
export const CIRCUMSTANCE_WORD_LISTS: Readonly<Record<string, string>> = {
  en: 'weekend weekends week-end saturday sunday night nights evening morning',
  fr: `week-end weekend we samedi dimanche nuit soir soirée matin ouvert ouverte ouverts ouvertes ouvre fermé fermée
    fermés fermées ferme`,
  nl: 'weekend weekends zaterdag zondag nacht nachts avond avonds ochtend morgens',
  uk: `вихідні вихідних вихідними субота суботу неділя неділю ніч ночі вночі уночі вечір вечора ввечері ранок
    вранці відкрито відкритий відкрита відкриті зачинено зачинений закрито закритий`,
  ru: `выходные выходных выходными суббота субботу воскресенье ночь ночи ночью вечер вечера вечером утро утром
    открыто открыт открыта открыты закрыто закрыт закрыта закрыты`,
  ar: `الويكند ويكند الويكاند ويكاند السبت الليل ليل بالليل الليلة المساء مساء الصباح صباح مفتوح مفتوحة
    مسكر مسكرة مغلق مغلقة`,
};

/**
 * Greetings and politeness ("bjr", "svp", "добрый день", "السلام عليكم") dropped like function words: they say how,
 * never what. People open most phone messages with them and the knowledge base holds none, so without this
 * "добрый день, где мне искать работу в Намюре" had a third of its words unknown and fell back. A letter's salutation
 * and closing too ("Madame, Monsieur", "Шановні пані та панове", "السادة المحترمون", "Met vriendelijke groeten"):
 * "Шановні, як зареєструвати дитину до школи в Намюрі?" fell back, the salutation weighing a third of it.
 */
export const GREETING_WORD_LISTS: Readonly<Record<string, string>> = {
  en: `hi hello hey hii pls plz thanks thank thx dear sir madam good morning afternoon evening
    regards sincerely faithfully kindly grateful appreciate`,
  fr: `bonjour bjr bonsoir slt salut coucou svp stp merci mrc madame monsieur mesdames messieurs cordialement
    salutations distinguées veuillez agréer remerciant remercie sincèrement respectueusement prie`,
  nl: `hallo hoi hey dag goedendag goeiedag goedemorgen goedemiddag goedenavond aub alstublieft alsjeblieft dank bedankt dankjewel dankuwel
    geachte heer mevrouw hoogachting vriendelijke groeten groet hartelijk`,
  de: 'hallo guten tag morgen abend bitte danke',
  // "ден", "добри": the same words read back from Latin letters ("dobryj den"), which drop the soft sign.
  uk: `привіт вітаю добрий доброго день ден дня вечора ранку будь буд ласка дякую шановні шановний шановна пані панове
    повагою щиро вдячна вдячний заздалегідь`,
  ru: `привет здравствуйте здравствуите здрасте добрый доброго день ден дня вечер вечера утро пожалуйста пожалуиста спасибо
    уважаемые уважаемый уважаемая господа уважением заранее благодарю благодарна благодарен искренне`,
  ar: `مرحبا مرحبًا اهلا أهلا السلام سلام عليكم شكرا شكرًا فضلك سمحت صباح مساء الخير السادة المحترمون المحترم المحترمين
    حضرات تحية طيبة وبعد الاحترام والتقدير تحياتي`,
};

/**
 * Function words as typed on a phone: elisions without their apostrophe ("jai", "cest", "quil"), contractions
 * * ("jsuis", "chui", "im"; negations stay: "cant read" is literacy), texting forms ("bc", "ur", "ff", "da", "шо"). Unknown to the knowledge base,
 * they counted against every entry: "jai un probleme avec mon proprio" held a fifth less of the question.
 */
export const PHONE_WORD_LISTS: Readonly<Record<string, string>> = {
  fr: "jai jsuis chui jpeux jveux jvais jsais jpense jcomprends cest cetait quil quils quelle quon dun dune jen ya yen ptet pcq pck psk tkt slt bcp mrc ds ke koi kel kelle ki",
  nl: "ff effe da ni nie k kzou kheb kben ge gij wa watte hoeveel",
  en: 'im ive u ur ya bc cuz coz pls plz wanna gonna gotta idk thx tho',
  uk: 'шо шоб шось тре ну ага',
  ru: 'че чё шо щас ща плиз пжл пж',
  // Spoken Arabic typed in Latin letters (Darija, Levantine): its function words, never the need. "bla" (without)
  // stays: "bla wra9" is a need. Then the French function words such messages carry ("des cours de lfrancais"), which
  // met the French names quoted in Arabic entries ("Office des étrangers").
  ar: `dial dyal dyali dialo dyalo diyal f fi fl l w wa o b bi li lli ana nta nti howa hiya hna ntouma homa wach wech
    ach chno chnou achno kifach kifech kif fin fine mnin imta 3lach lach bghit bghina baghi bagha kayn kayna chi
    chwiya bzaf bzzaf walakin walaken ila kan mn men m3a 3la 3nd hadi hada hadik hadak dak dik daba db bach bch ghir
    gher hta hetta wla ola ou ndir ndiro chhal ch7al kolchi koulchi n9der nqder n9dar khassni khass lazem lazm
    de des du la le les un une et pour en au aux`,
};

/**
 * What a phone writes of a dictated message besides its words: the fillers of speech ("euh", "nou ja", "um", "ну",
 * "короче", "тобто", "يعني"). They say nothing of the need, and the knowledge base holds none: writer AS's dictated
 * batch (orient-97) carried one to three in most messages. Not "bon", "genre", "like", "well", "enfin", "вот" kept
 * out of the lists for that reason: they are words of a need too ("bon de commande", "not feeling well").
 */
export const FILLER_WORD_LISTS: Readonly<Record<string, string>> = {
  fr: 'euh euhh heu hein bah ben voila',
  nl: 'euh uhm uh nou allee awel',
  en: 'um umm uh uhh hmm basically okay ok yeah',
  uk: 'ее еее ну короче тобто типу значить',
  ru: 'ээ эээ ну короче типа значит блин',
  ar: 'يعني ya3ni wallah والله',
};

const cache = new Map<string, ReadonlySet<string>>();
const fillerCache = new Map<string, ReadonlySet<string>>();

/** The fillers of speech of a language (`FILLER_WORD_LISTS`), with their unaccented and normalised forms. */
export function fillerWords(lang: string): ReadonlySet<string> {
  let set = fillerCache.get(lang);
  if (!set) fillerCache.set(lang, (set = formsOf(FILLER_WORD_LISTS[lang] ?? '')));
  return set;
}

/** A list's words with their unaccented and normalised forms. */
function formsOf(raw: string): Set<string> {
  const all = new Set<string>();
  for (const w of raw.split(/\s+/).filter(Boolean)) {
    all.add(w);
    all.add(foldAccents(w));
    all.add(normaliseText(w));
  }
  return all;
}

let greetings: ReadonlySet<string> | undefined;

/** Greetings and politeness of every language at once (`GREETING_WORD_LISTS`), for readers that know no language. */
export function greetingWords(): ReadonlySet<string> {
  greetings ??= formsOf(Object.values(GREETING_WORD_LISTS).join(' '));
  return greetings;
}

/** Stop words of a language as a set (empty for languages without a list). Words are lower-case, unaccented forms included. */
export function stopwords(lang: string): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    set = formsOf(
      `${STOPWORD_LISTS[lang] ?? ''} ${TIME_WORD_LISTS[lang] ?? ''} ${GREETING_WORD_LISTS[lang] ?? ''} ${PHONE_WORD_LISTS[lang] ?? ''} ${FILLER_WORD_LISTS[lang] ?? ''}`,
    );
    cache.set(lang, set);
  }
  return set;
}
