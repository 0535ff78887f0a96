// The emergency guard: crisis words of every language fire; ordinary questions (even with "urgent") do not.
import { EmergencyGuard } from '../../src/bot/emergencyGuard';
import { i18n } from '../dialogs/harness';

const guard = new EmergencyGuard(i18n);

describe('EmergencyGuard', () => {
  it.each([
    ['Mon mari me frappe', 'violence', 'fr'],
    ['il m’a frappée hier soir', 'violence', 'fr'],
    ['Je veux me suicider', 'suicide', 'fr'],
    ['mon fils a avalé des médicaments', 'poisoning', 'fr'],
    ['I want to kill myself', 'suicide', 'en'],
    ['My husband beats me', 'violence', 'en'],
    ['my baby is not breathing', 'medical', 'en'],
    ['він погрожує мене вбити', 'violence', 'uk'],
    ['Мене б’є чоловік', 'violence', 'uk'],
    ['хочу покончить с собой', 'suicide', 'ru'],
    ['Муж бьёт меня', 'violence', 'ru'],
    ['زوجي يضربني', 'violence', 'ar'],
    ['أريد أن أنتحر، الانتحار', 'suicide', 'ar'],
    ['mijn kind heeft pillen ingeslikt', 'poisoning', 'nl'],
    ['Mijn man slaat me', 'violence', 'nl'],
    ['Mon enfant a disparu', 'child', 'fr'],
    ['er is brand in mijn appartement', 'medical', 'nl'],
    ['il y a le feu dans l’immeuble', 'medical', 'fr'],
    ['there is a fire in my building', 'medical', 'en'],
    ['у нас пожежа в будинку', 'medical', 'uk'],
    ['в доме пожар', 'medical', 'ru'],
    ['يوجد حريق في البيت', 'medical', 'ar'],
  ])('"%s" is a %s emergency (phrase in %s)', (text, kind, lang) => {
    const crisis = guard.check(text);
    expect(crisis?.kinds).toContain(kind);
    expect(crisis?.langs).toContain(lang);
  });

  // Blind batches of crisis messages, each written after the one before was fixed (Nov 2026), with how many fired
  // before their missing phrases were added. Phrase lists miss new wordings; the answerer's emergency entries,
  // searched like any other, are the second net.
  const BLIND_BATCHES: Array<[string, string[]]> = [
    // 23/36 fired before ("мене вб'є" as well as "вб'є мене", knives, "don't want to live", bleach or pills).
    ['first', [
      'mon copain me bat tous les soirs', "il a dit qu'il allait me tuer", "j'ai envie de mourir", 'je vais en finir avec la vie',
      "ma fille a bu de l'eau de javel", 'au secours on me menace avec un couteau', 'mon ex me harcèle et me frappe',
      'mijn vriend slaat mij', 'ik wil niet meer leven', 'ik wil dood', 'mijn zoontje heeft bleekwater gedronken', 'hij bedreigt me met een mes',
      'my boyfriend hits me', 'i dont want to live anymore', 'i want to die', 'my son drank bleach', 'he said he will kill me', 'someone is attacking me',
      "чоловік мене б'є", 'я не хочу жити', 'хочу померти', 'дитина випила таблетки', 'мені погрожують ножем', "він мене вб'є",
      'муж меня избивает', 'не хочу жить', 'хочу умереть', 'ребёнок выпил отбеливатель', 'мне угрожают ножом', 'он меня убьёт',
      'زوجي يضربني كل يوم', 'لا أريد أن أعيش', 'أريد أن أموت', 'ابني شرب كلور', 'يهددني بسكين', 'سيقتلني',
    ]],
    // 16/30 before (strangling, "hurting me", unconscious in the feminine, "مفقود", "للاغتصاب").
    ['second', [
      "mon mari m'a étranglée hier", 'je pense à me tuer', 'mon bébé ne respire pas bien', "quelqu'un veut me faire du mal", "mon voisin m'a agressée",
      'ik word mishandeld door mijn man', 'ik denk aan zelfmoord', 'mijn baby ademt niet', 'er is een brand', 'mijn kind is vermist',
      'my husband is hurting me', 'i am thinking about suicide', 'my child is missing since this morning', 'my wife is unconscious', 'he raped me',
      'чоловік мене душив', 'думаю про самогубство', 'дитина зникла вчора', 'вона непритомна', 'мене зґвалтували',
      'муж душил меня', 'думаю о самоубийстве', 'ребенок пропал', 'она без сознания', 'меня изнасиловали',
      'زوجي خنقني', 'أفكر في الانتحار', 'ابني مفقود', 'أمي فاقدة الوعي', 'تعرضت للاغتصاب',
    ]],
    // 5/30 before; the answerer gave 20 of the 25 others an emergency entry. Any word order came with this batch.
    ['third', [
      "mon conjoint m'a menacée de mort", "je n'ai plus la force de vivre", 'ma fille a pris toutes mes pilules', 'il me bat devant les enfants', "on m'a poignardé",
      'mijn vrouw is flauwgevallen', 'hij heeft me met de dood bedreigd', 'ik wil er een einde aan maken', 'mijn dochter is weggelopen en niet teruggekomen', 'hij heeft me verkracht',
      'he threatened me with death', 'i cant go on anymore i want to end it', 'my daughter took all my pills', 'my friend collapsed and is not waking up', 'he is beating the kids',
      'мені погрожують смертю', 'не бачу сенсу жити', 'дочка ковтнула всі мої таблетки', 'мій син утік з дому і не повернувся', 'мене побили на вулиці',
      'мне угрожают смертью', 'не вижу смысла жить', 'дочь проглотила все мои таблетки', 'сын сбежал из дома и не вернулся', 'меня избили на улице',
      'يهددونني بالموت', 'لا أرى معنى للحياة', 'ابنتي ابتلعت كل الحبوب', 'ابني هرب من البيت ولم يعد', 'ضربوني في الشارع',
    ]],
    // 7/30 before; of the 23 missed, the answerer gave 15 an emergency entry or the emergency fallback, 8 neither.
    ['fourth', [
      'mon père menace de me tuer si je sors', "j'ai avalé une boîte de somnifères", "ma femme s'est évanouie et ne se réveille pas", 'je me sens en danger chez moi', 'mon fils a fugué',
      'mijn man heeft me geslagen met een riem', 'ik heb een hele doos slaappillen genomen', 'mijn moeder reageert niet meer', 'ik voel me niet veilig thuis', 'iemand volgt me en bedreigt me',
      'my uncle touches me and i am scared', 'i swallowed a lot of sleeping pills', 'my dad is not responding', 'i do not feel safe at home', 'there is smoke everywhere in the flat',
      'батько погрожує мене вбити якщо я піду', 'я випила пачку снодійного', 'мама не реагує і не дихає', 'я не почуваюся в безпеці вдома', 'у квартирі дим, усе горить',
      'отец грозится убить меня', 'я выпила пачку снотворного', 'мама не реагирует', 'я не чувствую себя в безопасности дома', 'в квартире дым, все горит',
      'أبي يهدد بقتلي إذا خرجت', 'شربت علبة حبوب منومة', 'أمي لا تستجيب ولا تتنفس', 'لا أشعر بالأمان في البيت', 'يوجد دخان في الشقة والنار تشتعل',
    ]],
    // 8/30 before; the answerer gave 18 of the 22 others an emergency entry or fallback: 26/30 reached 112.
    ['fifth', [
      "mon mari m'a enfermée dans la chambre et me frappe", 'je veux disparaître pour toujours', 'mon bébé a bu du produit vaisselle', 'ma sœur saigne beaucoup de la tête', 'des hommes ont enlevé mon fils',
      'mijn ex staat voor de deur en dreigt me te vermoorden', 'ik ga mezelf iets aandoen', 'mijn kind heeft schoonmaakmiddel gedronken', 'mijn vader heeft pijn op de borst', 'mijn dochter is ontvoerd',
      'my husband locked me in and beats me', 'i am going to hurt myself tonight', 'my toddler drank cleaning liquid', 'my brother is bleeding from his head', 'someone kidnapped my son',
      "чоловік замкнув мене і б'є", 'я зроблю собі боляче', 'дитина випила миючий засіб', 'у брата сильно тече кров з голови', 'мого сина викрали',
      'муж запер меня и бьет', 'я сделаю себе больно', 'ребенок выпил моющее средство', 'у брата сильно идет кровь из головы', 'моего сына похитили',
      'زوجي حبسني في الغرفة ويضربني', 'سأؤذي نفسي', 'طفلي شرب سائل التنظيف', 'أخي ينزف من رأسه', 'خطفوا ابني',
    ]],
    // 2/30 before; with the answerer's emergency entries and the emergency fallback, 20/30 reached 112.
    ['sixth', [
      'mon frère a des convulsions', "il m'a cassé le bras", "je n'en peux plus, je veux que tout s'arrête", 'on a mis le feu à notre porte', 'mon fils de 4 ans a mangé des pilules de sa grand-mère',
      'mijn zoon heeft een epileptische aanval', 'hij heeft mijn arm gebroken', 'ik kan niet meer, ik wil dat alles stopt', 'iemand heeft onze deur in brand gestoken', 'mijn dochter heeft oma haar pillen opgegeten',
      'my brother is having a seizure', 'he broke my arm', 'i cant take it anymore i want everything to stop', 'someone set our door on fire', 'my 4 year old ate grandmas pills',
      'у брата судоми', 'він зламав мені руку', 'я більше не можу, хочу щоб усе закінчилося', 'нам підпалили двері', "син з'їв бабусині пігулки",
      'у брата судороги', 'он сломал мне руку', 'я больше не могу, хочу чтобы все закончилось', 'нам подожгли дверь', 'сын съел бабушкины таблетки',
      'أخي عنده تشنجات', 'كسر يدي', 'لم أعد أحتمل أريد أن ينتهي كل شيء', 'أحرقوا باب بيتنا', 'ابني أكل حبوب جدته',
    ]],
    // 0/30 before, after six rounds of additions; the answerer's emergency entries and fallback reached 16/30.
    ['seventh', [
      "mon copain m'a poussée dans l'escalier", "j'ai pris tous les cachets de la boîte", 'ma mère a fait un malaise, elle est par terre', "il me suit partout et dit qu'il va me faire payer", "j'ai des idées noires tout le temps",
      'mijn vriend duwde me van de trap', 'ik heb alle tabletten uit het doosje genomen', 'mijn moeder is onwel geworden en ligt op de grond', 'hij achtervolgt me en zegt dat ik zal boeten', 'ik heb de hele tijd donkere gedachten',
      'my boyfriend pushed me down the stairs', 'i took every tablet in the box', 'my mother fainted and is lying on the floor', 'he follows me everywhere and says i will pay for it', 'i keep having dark thoughts about dying',
      'хлопець штовхнув мене зі сходів', 'я прийняла всі таблетки з упаковки', 'мамі стало погано, вона лежить на підлозі', 'він переслідує мене і каже що я поплачуся', 'у мене постійно думки про смерть',
      'парень столкнул меня с лестницы', 'я приняла все таблетки из пачки', 'маме плохо, она лежит на полу', 'он преследует меня и говорит что я пожалею', 'у меня все время мысли о смерти',
      'صديقي دفعني من الدرج', 'أخذت كل الأقراص في العلبة', 'أمي أغمي عليها وهي على الأرض', 'يلاحقني في كل مكان ويقول إنني سأدفع الثمن', 'تراودني أفكار عن الموت طوال الوقت',
    ]],
  ];
  describe.each(BLIND_BATCHES)('blind batch %s', (_name, texts) => {
    it.each(texts)('"%s" is an emergency', (text) => {
      expect(guard.check(text)).toBeDefined();
    });
  });

  // "urgence/urgent" alone is not a crisis word: "aide médicale urgente" (a CPAS benefit) and emergency housing are
  // ordinary questions with their own entries. A question about emergency numbers gets the safety check, which gives
  // them (tests/crisis/broad7.test.ts).
  it.each([
    "Comment demander l'aide médicale urgente ?",
    "Où trouver un hébergement d'urgence ?",
    'I need an urgent appointment at the commune',
    'Hoe vraag ik dringende medische hulp aan?',
    'Je cherche un cours de français à Namur',
    'Як записатися на курси французької?',
    'Как получить медицинскую страховку?',
    'كيف أسجل أطفالي في المدرسة؟',
    'Comment se battre pour ses droits au travail ?',
    'The poisonous mushrooms exhibition', // "poison*" is not a pattern: only "poisoned", "poisoning"
    "je meurs de faim, le cpas peut m'aider ?",
    'comment tuer le temps en attendant le rendez-vous',
    'i am dying to learn french',
    'ik heb een mes nodig voor de keuken',
    'як вбити час',
    'لم يعد لدي مال للإيجار',
    'my landlord threatened me with eviction',
    'i took pills for my headache, can i still drive',
    'mijn geld is niet teruggekomen',
    'je prends des médicaments pour le diabète',
    'il me menace de ne pas rendre la garantie',
    'мій син не повернувся до школи після канікул',
    'i cant go on the website',
    'я больше не могу платить аренду',
    "je n'en peux plus de chercher un logement",
    'ik kan niet meer betalen',
    'wage seizure by the bailiff',
    'оскаржити рішення судом',
    'він зламав мені телефон',
    'де купити пігулки від головного болю',
    'can we set our appointment for monday',
    'je dors par terre et il fait froid',
    'أنام على الأرض',
    'are all the tablets covered by insurance',
    'toutes les pilules sont remboursées ?',
    'все таблетки платные?',
    'i will pay for it myself',
    'il va me faire payer le loyer',
    'mijn matras ligt op de grond',
  ])('"%s" is not an emergency', (text) => {
    expect(guard.check(text)).toBeUndefined();
  });

  // A crisis phrase ("пожежа", "пожар") in a message the net has a reason to find ordinary, though its finding was
  // only possible to begin with: a fire seen on television is the safety check, not the emergency reply.
  it.each([
    ['uk', 'по телевізору показували пожежу в Льєжі, це далеко від Намюра?'],
    ['ru', 'по телевизору показали пожар в Шарлеруа, там кто-то пострадал?'],
  ])('[%s] "%s" is the safety check, not the emergency', (lang, text) => {
    expect(guard.assess(text, lang as never)?.level).toBe('possible');
  });
});
