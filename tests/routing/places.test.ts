// Where the person lives, from what they write: commune names in every supported language's spelling, postal codes.
import path from 'node:path';
import { loadKnowledge, loadPostalCodes, type PostalRouting } from '../../src/loaders/knowledgeFiles';
import { commonWords, placeFromText, postalCodeInText } from '../../src/routing/places';
import { latinWords } from '../../src/routing/router';

let postal: PostalRouting;
/** The ordinary Cyrillic and Arabic words of the shipped knowledge base, as the router builds them. */
let ordinary: Set<string>;
/** The knowledge base's Latin-letter words, as the router builds them. */
let latin: Set<string>;
beforeAll(async () => {
  postal = await loadPostalCodes();
  const { kb } = await loadKnowledge(path.join(__dirname, '..', '..', 'knowledge'));
  latin = latinWords(kb);
  ordinary = commonWords([...kb.entries.flatMap((e) => Object.values(e.text).flatMap((t) => JSON.stringify(t))), ...(kb.phrasings ?? []).map((p) => p.text)]);
});

const find = (text: string) => placeFromText(postal.data, postal.names, text);
/** The commune as the router reads it, with the knowledge base's ordinary words in every script. */
const readAsRouter = (text: string) => placeFromText(postal.data, postal.names, text, (w) => ordinary.has(w), (w) => latin.has(w))?.commune;

/** Each text read as the router reads it gives its commune. */
function itReadsTheCommune(rows: ReadonlyArray<readonly [string, string]>): void {
  it.each(rows)('%s -> %s', (text, commune) => {
    expect(readAsRouter(text)).toBe(commune);
  });
}

/** No text read as the router reads it gives a commune. */
function itReadsNoCommune(texts: readonly string[]): void {
  it.each(texts)('hears no commune in %s', (text) => {
    expect(readAsRouter(text)).toBeUndefined();
  });
}

describe('placeFromText', () => {
  it.each([
    ['Je vis à Bruxelles', 'bruxelles', 'brussels'],
    ['Ik woon in Brussel', 'bruxelles', 'brussels'],
    ['I live in Brussels', 'bruxelles', 'brussels'],
    ['Я живу в Брюсселе', 'bruxelles', 'brussels'],
    ['Де знайти житло в Брюсселі?', 'bruxelles', 'brussels'],
    ['أسكن في بروكسل', 'bruxelles', 'brussels'],
    ['أعيش ببروكسل', 'bruxelles', 'brussels'],
    // Darija glues its "in" (ف) to the town: فسيرانغ, فمولنبيك.
    ['ساكنين فسيرانغ مع الدراري', 'seraing', 'wallonia'],
    ['انا فمولنبيك', 'molenbeek-saint-jean', 'brussels'],
    // Spellings of writer BG (orient-125): Seraing had been read as Dinant, the others as nowhere.
    ['عايشين بسيرين من سنتين', 'seraing', 'wallonia'],
    ['انا ساكن ف ميشلن', 'mechelen', 'flanders'],
    ['ساكنة في بورخرهوت', 'antwerpen', 'flanders'],
    ['نسكن في فيلفوردة', 'vilvoorde', 'flanders'],
    ['живу в Сераинге с детьми', 'seraing', 'wallonia'],
    ['живем в Уккле', 'uccle', 'brussels'],
    ['Je vis à Liège', 'liege', 'wallonia'],
    ['ik woon in Luik', 'liege', 'wallonia'],
    ['Ich wohne in Lüttich', 'liege', 'wallonia'],
    ['Я живу в Льеже', 'liege', 'wallonia'],
    ['Я живу в Льєжі', 'liege', 'wallonia'],
    ['أنا في لييج', 'liege', 'wallonia'],
    ['j habite namur', 'namur', 'wallonia'],
    ['Ik woon in Namen', 'namur', 'wallonia'],
    ['Я живу в Намюре', 'namur', 'wallonia'],
    ['Je suis à Mons', 'mons', 'wallonia'],
    ['Ik woon in Bergen', 'mons', 'wallonia'],
    ['I live in Charleroi', 'charleroi', 'wallonia'],
    ['je vis à La Louvière', 'la-louviere', 'wallonia'],
    ['à Saint-Ghislain', 'saint-ghislain', 'wallonia'],
    ['à Braine-l’Alleud', 'braine-l-alleud', 'wallonia'],
    ['je vis à Marcinelle', 'charleroi', 'wallonia'],
    ['Louvain-la-Neuve', 'ottignies-louvain-la-neuve', 'wallonia'],
    ['je vis à Schaerbeek', 'schaerbeek', 'brussels'],
    ['Ik woon in Schaarbeek', 'schaerbeek', 'brussels'],
    ['je suis à Anvers', 'antwerpen', 'flanders'],
    ['Ik woon in Antwerpen', 'antwerpen', 'flanders'],
    ['I live in Ghent', 'gent', 'flanders'],
  ])('"%s" → %s (%s)', (text, commune, region) => {
    const place = find(text);
    expect(place?.commune).toBe(commune);
    expect(place?.region).toBe(region);
  });

  it.each([
    ['Ich wohne in Eupen', 'eupen'],
    ['I live in Sankt Vith', 'saint-vith'],
    ['je vis à Saint-Vith', 'saint-vith'],
    ['Ich wohne in Kelmis', 'la-calamine'],
  ])('"%s" is the German-speaking commune %s', (text, commune) => {
    const place = find(text);
    expect(place?.commune).toBe(commune);
    expect(place?.germanSpeaking).toBe(true);
  });

  it('reads a postal code before a name', () => {
    expect(find('je vis à 1030 mais je travaille à Namur')?.commune).toBe('schaerbeek');
    expect(find('mon code postal: 5000')).toMatchObject({ commune: 'namur', postalCode: '5000' });
  });

  it.each([
    ["j'habite a Spa depuis 2 mois, ou est le cpas", 'spa'],
    ["le CPAS d'Ans ne répond pas", 'ans'],
    ['we live in Manage, my wife got refugee status', 'manage'],
    ['ik woon in Mol en zoek werk', 'mol'],
    ['on vit à dour avec les enfants', 'dour'],
  ])('reads a commune whose name is also a word after words that say where one lives: "%s"', (text, commune) => {
    expect(find(text)?.commune).toBe(commune);
  });

  it.each([
    ['I am a social worker in Antwerp, my client moves to Liège next month', 'liege'],
    ['ik werk in Vilvoorde maar ik woon in Jette', 'jette'],
    ['ik heb al les gevolgd in Gent, nu wil ik verder in Brussel', 'bruxelles'],
    ['ik woon in Gent', 'gent'],
  ])('prefers a commune of Brussels or Wallonia to a Flemish one named with it: "%s"', (text, commune) => {
    expect(find(text)?.commune).toBe(commune);
  });

  it('reads the commune named, not the money earned after it ("ik verdien 1400" is no Nivelles)', () => {
    expect(find('woon in gent, huur is 850 en ik verdien 1400')?.commune).toBe('gent');
    // A postal code is still read after a word that is not about money.
    expect(find('je cherche un logement pour 1400 Nivelles')?.commune).toBe('nivelles');
  });

  it('treats "Brussels" as the region with a guessed commune', () => {
    expect(find('I live in Brussels')?.communeApproximate).toBe(true);
  });

  it.each([
    "J'ai 30 ans et je cherche du travail",
    'Comment demander le revenu d’intégration ?',
    'Je paie 1200 euros de loyer',
    // Money said by the word before it (writer AW, orient-105): not Nivelles (1400), Ottignies (1340) or Etterbeek.
    'le loyer est de 1340 et je touche 1300',
    'зарплата 1040, оренда 650',
    'my rent is about 1040 and i earn 1300 a mnth',
    'Je suis arrivé en 2022',
    'How do I manage my papers?',
    'Ça ne marche pas',
    'I need a spa',
    'je manage une équipe au travail',
    'I live in fear since the letter',
    "J'ai mal aux jambes",
    'ik kan niet lezen of schrijven, zijn er lessen',
    "je vais à l'hôpital Saint-Pierre",
    'I came from Belgrade last year',
    'je regarde les nouvelles',
    '',
  ])('finds no place in "%s"', (text) => {
    expect(find(text)).toBeUndefined();
  });
});

describe('communes written by ear in Cyrillic or Arabic letters (no alias lists them)', () => {
  itReadsTheCommune([
    ['нам відмовили в CPAS Дінан, що робити', 'dinant'],
    ['знайшли житло в Жодуані, але без меблів', 'jodoigne'],
    ['продление карты где делать, живём в Кукельберге', 'koekelberg'],
    ['мы в Андене уже месяц', 'andenne'],
    ['курсы для неграмотных, Шатле', 'chatelet'],
    ['нас п\'ятеро в одній кімнаті в Сен-Жоссі', 'saint-josse-ten-noode'],
    ['ساكن باندين ومحتاج طبيب', 'andenne'],
    ['المدرسة في كواريغنون ما قبلت الولد', 'quaregnon'],
    ['عندي موعد في البلدية ديال فليمال', 'flemalle'],
    // Russian typed in Latin letters: turned Cyrillic, then heard.
    ['gde uchit francuzskiy besplatno v Sharleroa', 'charleroi'],
  ]);

  itReadsNoCommune([
    // Ordinary words of the language, a country one comes from, a month, a province, nouns with the article.
    'карта закінчується, що робити',
    'у подруги з Білорусі статус біженця',
    'треба подати документи у вересні',
    'в якому місті CRI для Валлонського Брабанту',
    'اخوي ساكن بالسيارة من شهر',
    'رحت للبنك مع الكارت البرتقالي',
    'في مكان يساعد بالأوراق؟',
  ]);

  it('never hears a name the exact spellings already found', () => {
    expect(readAsRouter('я живу в Льеже, рядом Ерсталь')).toBe('liege');
  });
});

describe('communes misspelt in Latin letters the way they sound', () => {
  itReadsTheCommune([
    ['le cpas d anderlekt me refuse le RIS', 'anderlecht'],
    ['gemeente scharbeek wil mijn adres niet inschrijven', 'schaerbeek'],
    ['jai ete a la commune de scharbeek ce matin', 'schaerbeek'],
    ['lmadrasa f molenbek galo ma kaynach blassa', 'molenbeek-saint-jean'],
    ['Le bureau des pauvres de la commune de Anderlek il me dit', 'anderlecht'],
    ['on cherche un logement vers Saint Gile', 'saint-gilles'],
  ]);

  itReadsNoCommune([
    // Words that sound like a commune, misspelt words, names not after a word saying where.
    'on doit rembourser les avances du cpas',
    'we have to balance work and the course',
    'can i still join him if i turn 18 in march',
    'elle est tombee dans la cuisine',
    'anderlekt c est loin de la gare',
  ]);

  it('is not asked without the knowledge base\'s words', () => {
    expect(placeFromText(postal.data, postal.names, 'le cpas d anderlekt')).toBeUndefined();
  });
});

describe('a postal code dictated to a phone, said in words', () => {
  itReadsTheCommune([
    ["j'habite à mille quatre-vingts et je cherche un médecin", 'molenbeek-saint-jean'],
    ['on habite à quatre mille et les propriétaires refusent le CPAS', 'liege'],
    ['мы живём в тысяча сто девяносто, ищем школу', 'forest'],
  ]);

  itReadsNoCommune([
    // Money said in words: "euros" after it, as after digits.
    "j'ai une dette à mille quatre-vingts euros chez le proprio",
    'merci mille fois pour tout',
  ]);
});

describe('names written by ear that the sound index leaves to the aliases', () => {
  itReadsTheCommune([
    // Flemish cities are not in the sound index, and "Юккле" is too short a sound to be heard: written names.
    ['أختي ساكنة في تورنهاوت وعندها إقامة', 'turnhout'],
    ['ik wil me inschrijven in de gemeente sint nicolaas', 'sint-niklaas'],
    ['мы ищем квартиру в сен жосе но везде просят залог', 'saint-josse-ten-noode'],
    ['как поменять адрес после переезда из Икселя в Юккле?', 'uccle'],
  ]);
});

describe('a commune dictated to a phone, its name split into words', () => {
  itReadsTheCommune([
    ['la commune de mollen bec saint jean ne repond jamais', 'molenbeek-saint-jean'],
    ['i need to register at the commune in a terbeek', 'etterbeek'],
    ['we live in gun shore en since march', 'ganshoren'],
    ['ik woon in anne der lecht en ik zoek werk', 'anderlecht'],
    // Speech recognition spells French sounds the English way (writer AS, orient-97): the words sound exactly as the
    // name, spelt further from it than a typed name may be.
    ['my landlord in ick sell hasnt fixed the heating', 'ixelles'],
    ['proper classes not an app in na moor near the station', 'namur'],
    ['the see pass in shar le roy stopped my income', 'charleroi'],
  ]);

  itReadsNoCommune([
    // Ordinary words one after the other after a word saying where, however their letters run together.
    'je vais a la maison de mon frere demain',
    'we go to the market on friday',
    'ik ga naar de winkel om brood',
    // "chat elle" sounds like Châtelet: ordinary words are never a name however exactly they sound like one.
    'elle a ecrit merci pour tout prends soin du chat elle repond plus',
  ]);
});

describe('moving from one commune to another: the one moved to', () => {
  itReadsTheCommune([
    ['on a demenagé de Molenbeek a Namur le mois passé, faut refaire quoi a la commune', 'namur'],
    ['moving from Brussels to Wavre for work in january, what about my residence card', 'wavre'],
    ['she moved from bruges to ghent. does she have to tell someone?', 'gent'],
    ['переїжджаємо з Брюсселя в Шарлеруа, шо треба зробити з карткою', 'charleroi'],
    ["j ai change de maison, de Ixel vers Saint Gile. la police doit venir?", 'saint-gilles'],
    // "to" written with a bare yaa, as hasty standard Arabic does (writer AV, orient-103).
    ['انتقلت من بلديه Schaerbeek الي بلديه Jette، ماذا افعل بالعنوان؟', 'jette'],
    // Where one comes from is a country, not a commune: the commune named stays.
    ['je viens de Guinée à Liège depuis deux mois', 'liege'],
    ['de Namur, je cherche un cours', 'namur'],
    // A verb of moving says where they go, whatever else the text names first.
    ['ik woon al 2 jaar in Aalst en verhuis volgende maand naar Gent, moet ik naar het stadhuis', 'gent'],
    ["j'habite Etterbeek mais on déménage le mois prochain à Evere, je fais quoi pour l'adresse", 'evere'],
    ['I live in Ixelles but we are moving next week to Uccle', 'uccle'],
    ['мы живем в Льеже, переезжаем в Намюр в марте', 'namur'],
    // A postal code is where they leave: the commune named after "to" is where they go.
    ['verhuis van 1030 nr mechelen, adreswijziging bij gemeente toch?', 'mechelen'],
    // A "from … to" that is no move leaves the postal code where the person lives.
    ["le CPAS de Schaerbeek m'envoie a Evere, Evere me renvoie a Schaerbeek, j'habite 1030", 'schaerbeek'],
  ]);
});

describe('a place taken back as one writes: the one after', () => {
  itReadsTheCommune([
    ['як обміняти права? я в Шарлеруа... ой ні, в Намюрі', 'namur'],
    ['де вчити французьку в шарлеруа ой ні в монсі', 'mons'],
    ['ik woon in Gent nee sorry in Aalst', 'aalst'],
    ['I live in Ixelles no wait in Uccle', 'uccle'],
  ]);
});

describe('a saint shortened in a commune name', () => {
  itReadsTheCommune([
    ['hi we just moved to Woluwe St Lambert from India', 'woluwe-saint-lambert'],
    ['je suis a st ghislain', 'saint-ghislain'],
  ]);
  itReadsNoCommune(['the st is closed']);
});

describe('the most specific place wins', () => {
  it.each([
    ['I live in Brussels 1070 Anderlecht', 'anderlecht'],
    ['is da inburgering verplicht in Brussel? ik woon in Jette', 'jette'],
    ['my wife works in Brussels, the commune of Uccle asked for papers', 'uccle'],
    ['ik woon in Brussel', 'bruxelles'],
  ])('%s -> %s', (text, commune) => {
    expect(find(text)?.commune).toBe(commune);
  });
});

describe('postalCodeInText', () => {
  it.each([
    ['1030', '1030'],
    ['code postal 2000', '2000'],
    ['habite 4000 Liège', '4000'],
    ['paid 1500 €', undefined],
    ['12345', undefined],
    ['since 2019', undefined],
    ['1.500,00', undefined],
    // Money as people write it, in Latin-letter Russian, in Cyrillic, in French slang.
    ['garantiju 1200 evro ne vernul', undefined],
    ['залог 1200 евро', undefined],
    ['la caution 1200e', undefined],
    ['1000 balles de garantie', undefined],
  ])('"%s" → %s', (text, code) => {
    expect(postalCodeInText(postal.data, text)).toBe(code);
  });
});

describe('districts and sub-municipalities people name, and names spelt by ear', () => {
  itReadsTheCommune([
    ['on habite à Jambes depuis mars, ou trouver un pediatre', 'namur'],
    ['le cpas de jambes ne repond pas', 'namur'],
    ['ik woon in Borgerhout, waar is het ocmw', 'antwerpen'],
    ['we zitten in Kessel-Lo met de kinderen', 'leuven'],
    ['school voor mijn zoon in Gentbrugge', 'gent'],
    ['cours de francais du soir a LLN ?', 'ottignies-louvain-la-neuve'],
    ['je suis a Jumet, le forem est ou', 'charleroi'],
    ['mi zhivem v Andrlekht, nuzhna shkola', 'anderlecht'],
    ['ми в Льовені, шукаємо житло', 'leuven'],
    ['CPAS Схаербек не отвечает', 'schaerbeek'],
    ['wach cpas dyal charlewa kay3ti l flous', 'charleroi'],
    ['نقلنا لفوريه الشهر الماضي', 'forest'],
  ]);
  // Jambes is French for legs: without "à", "in" or the CPAS before it, no commune.
  itReadsNoCommune(['je ne sens plus mes jambes', "j'ai mal aux jambes depuis hier", 'de lakens zijn vuil']);
});

describe('where one lives wins over the other places named', () => {
  itReadsTheCommune([
    ['nous on habite a Ciney mais je travaille a Namur, le cpas c est lequel', 'ciney'],
    ['I study in Louvain-la-Neuve but I live in Wavre, which CPAS do I go to', 'wavre'],
    // Dutch puts the verb last in a clause: the place before it.
    ['moet ik naar het OCMW als ik in Evere woon maar in Schaerbeek werk?', 'evere'],
    ['живу в Серені, а працюю в Шарлеруа, де мені записатися', 'seraing'],
    ['اشتغل بشارلروا بس ساكن فنامور، وين السيباس', 'namur'],
    // Only "Brussels" after the word of living, and a town outside named later: Brussels.
    ['I live in Brussels but I work in Namur', 'bruxelles'],
  ]);
  // Guards (read rightly before too): not where one lives; "Brussels" and the commune named later.
  itReadsTheCommune([
    ["j habite plus a Mons, maintenant c est Tournai", 'tournai'],
    ['I live in Brussels, my commune is Evere', 'evere'],
  ]);
});

describe('a Brussels commune heard with "Brussels" is the more specific place', () => {
  itReadsTheCommune([['privet, my v Ikselle (Bruxelles), gde kursy', 'ixelles']]);
  // Guards: a Cyrillic name with "Brussels"; a Latin-letter word heard loosely is no commune, Brussels stays.
  itReadsTheCommune([
    ['мы в Схарбеке, это Брюссель, куда идти', 'schaerbeek'],
    ['how do i apply for social housing in brussels um like the cheap ones', 'bruxelles'],
  ]);
});

describe('sub-municipalities without the river or town their bpost name adds, quarters, stations, nicknames', () => {
  itReadsTheCommune([
    ['on est a Jupille depuis l ete, ecole pour les enfants?', 'liege'],
    ['ik woon in Marchienne, waar is het OCMW', 'charleroi'],
    ['мы в Жюпиле, где прививки', 'liege'],
    ['need french classes near place Flagey', 'ixelles'],
    ['ik zoek werk, woon bij het Zuidstation', 'saint-gilles'],
    ['we live in Stockel, the bank refused my account', 'woluwe-saint-pierre'],
    ['ana sakin f Molem, bghit cours', 'molenbeek-saint-jean'],
    ['on dort au Petit-Château depuis lundi, la carte orange c est quand', 'bruxelles'],
    ['школа для сина в Генку, ми з України', 'genk'],
    ['я в Ойпені, курси німецької де', 'eupen'],
  ]);
  // Montignies-sur-Sambre's head is also Montignies-le-Tilleul's, a municipality of its own: not read from the head.
  it('reads no commune from a head two places share', () => {
    expect(postal.data.localityNames.has('montignies')).toBe(false);
    expect(postal.data.localityNames.get('jupille')).toBe('liege');
  });
});

describe('quarters, sections and spellings of writers AX and AY (twenty-fifth session)', () => {
  itReadsTheCommune([
    ['cours du soir pas loin d Outremeuse svp', 'liege'],
    ['on habite Salzinnes, le cpas c est ou', 'namur'],
    ['мы живём в Молембеке, где курсы', 'molenbeek-saint-jean'],
    ['ابحث عن شقة في سانت جيل', 'saint-gilles'],
    ['ادرس في لوفان الجديدة وابحث عن سكن', 'ottignies-louvain-la-neuve'],
    ['я студентка, живу в Кессел-Ло', 'leuven'],
    ['werk gezocht, ik woon in Heule', 'kortrijk'],
    ['ana sakna f Hyon, bghit n9ra francais', 'mons'],
    ['we moved to Sint-Kruis last month', 'brugge'],
  ]);
});

// "St-Josse" was read as no commune before; the Latin-letter Ukrainian locative was read in this sentence already
// (a guard for the alias added for "ja v Hasselti zhyvu", which was not).
describe('spellings of writers AZ and BA (twenty-sixth session)', () => {
  itReadsTheCommune([
    ['il y a des cours de néerlandais le soir à St-Josse ?', 'saint-josse-ten-noode'],
    ['ja teper zhyvu v Hasselti, de tut OCMW?', 'hasselt'],
  ]);
});
