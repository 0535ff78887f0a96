// Finds where a person lives in what they wrote: a postal code or a commune name in any supported language's spelling.
import type { Place } from '../knowledge/types';
import { placeForMunicipality, placeFromPostalCode, PROVINCE_REGION, type PostalData } from './postal';
import { wordKey } from '../language/tokenize';
import { romanisedScript, toCyrillic } from '../language/romanised';
import { arabicSkeleton, arabicSound, consonantCount, cyrillicSound, latinSounds } from './placeSounds';
import { spokenNumbersAsDigits } from '../language/spokenNumbers';

/**
 * Other spellings of communes (Dutch, German, English, Russian, Ukrainian, Arabic), keyed by commune id (slug
 * of the name in the bpost list: French in Brussels and Wallonia, Dutch in Flanders).
 */
export const COMMUNE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  bruxelles: ['Brussel', 'Brussels', 'Brüssel', 'Брюссель', 'Брюсселя', 'Брюсель', 'بروكسل', 'بروكسيل', 'Bxl', 'Brux', 'Bruxelle', 'à Laeken', 'in Laeken',
    // Russian and Ukrainian typed in Latin letters, with their case endings ("v Briusseli", "v Bryussele").
    'Bryussel', 'Bryussele', 'Briussel', 'Briusseli', 'Brussele', 'Brusseli',
    // Quarters and places of the City of Brussels (Haren, a Dutch word too, only after 'in' or 'à').
    'Bockstael', 'Marolles', 'Marollen', 'Heysel', 'Heizel', 'Petit-Château', 'Klein Kasteeltje', 'Neder-Over-Heembeek', 'in Haren', 'à Haren', 'بوكستال'],
  schaerbeek: ['Schaarbeek', 'Схарбек', 'Схаарбек', 'Схаербек', 'Шарбек', 'سكاربيك', 'سخاربيك', 'شاربيك'],
  // Besides their names, the squares, stations and quarters people give for where they live ('near place Flagey',
  // 'bij t Zuidstation', 'in Stockel'), each within one commune.
  ixelles: ['Elsene', 'Иксель', 'Іксель', 'إكسل', 'إيكسل', 'اكسيل', 'Flagey', 'Matonge', 'Matongé'],
  'saint-gilles': ['Sint-Gillis', 'Сен-Жиль', 'سان جيل', 'Gare du Midi', 'Zuidstation', 'Brussels-South', 'Brussels South', 'سانت جيل', 'سانت جيليس', 'سان جيليس'],
  etterbeek: ['Еттербек', 'Эттербек', 'إتربيك'],
  evere: ['Евере', 'Эвере', 'Евер', 'Эвер', 'ايفير', 'إيفير'],
  'molenbeek-saint-jean': ['Molenbeek', 'Sint-Jans-Molenbeek', 'Моленбек', 'مولنبيك', 'Molem', 'Молембек'],
  anderlecht: ['Андерлехт', 'أندرلخت', 'Anderlekht', 'Andrlekht', 'Cureghem', 'Kuregem'],
  'berchem-sainte-agathe': ['Sint-Agatha-Berchem'],
  auderghem: ['Oudergem'],
  'watermael-boitsfort': ['Watermaal-Bosvoorde'],
  uccle: ['Ukkel', 'Уккел', 'Уккле', 'Юккель', 'Юккле', 'أوكل'],
  forest: ['Vorst', 'Форест', 'فوريست', 'فوريه'],
  'woluwe-saint-lambert': ['Sint-Lambrechts-Woluwe'],
  'woluwe-saint-pierre': ['Sint-Pieters-Woluwe', 'Stockel', 'Stokkel'],
  'saint-josse-ten-noode': ['Sint-Joost-ten-Node', 'Saint-Josse', 'سان جوس', 'سان جوص', 'سانت جوس', 'فسانت جوس', 'بسانت جوس', 'Сен-Жосс', 'Сен-Жосе', 'St-Josse', 'St Josse'],
  liege: ['Lidje', 'Luik', 'Lüttich', 'Liege', 'Льеж', 'Льєж', 'لييج', 'لياج', 'Lyezh', 'Lyezhe', 'Liezh', 'Liezhi', 'Lezh', 'Lezhe', 'Ljež', 'Lježi', 'ULiège', 'Uliege', 'ULg', 'Outremeuse', 'Sainte-Walburge', 'Ste-Walburge'],
  namur: ['Namen', 'Намюр', 'نامور', 'Namure', 'Namuri', 'Namyur', 'Namyure',
    // Jambes, shorter than the seven letters a locality needs to be read on its own (`buildPostalData`), is also
    // French for legs ("mal aux jambes"): read only after "à", "in" or the CPAS.
    'à Jambes', 'in Jambes', 'CPAS de Jambes', 'CPAS Jambes', 'Salzinnes', 'Bomel'],
  mons: ['Bergen', 'Монс', 'مونس', 'Monse', 'Monsi', 'Hyon'],
  charleroi: ['Шарлеруа', 'شارلروا', 'شارلوروا', 'Sharleroi', 'Sharlerua', 'Charlerois', 'Charlewa', 'Jumet', 'Gilly'],
  'la-louviere': ['Ла-Лувьер', 'Ла Лувьер', 'Ла-Лув’єр', 'لا لوفيير', 'لالوفيير', 'Ла Лув\'єр', 'Ла-Лув\'єр', 'Ла Лувєр', 'Ла-Лувєр'],
  tournai: ['Doornik', 'Турне', 'تورناي'],
  verviers: ['Вервье', 'Вервьє', 'فيرفييه', 'Vervie'],
  seraing: ['Ougrée', 'Серен', 'Сераинг', 'Серенг', 'سيرانغ', 'سيراين', 'سيراينغ', 'سيرينغ', 'سراينغ', 'سيرين', 'بسيرين', 'سرانغ'],
  herstal: ['Херсталь', 'Герсталь', 'هيرستال'],
  arlon: ['Aarlen', 'Арлон', 'أرلون', 'ارلون'],
  wavre: ['Waver', 'Вавр', 'Вавре'],
  waterloo: ['Ватерлоо', 'واترلو'],
  nivelles: ['Nijvel', 'Нивель', 'Нівель', 'نيفيل'],
  'ottignies-louvain-la-neuve': ['Louvain-la-Neuve', 'LLN', 'Ottignies', 'Лувен-ла-Нев', 'Лувен-ла-Нёв', 'لوفان لا نوف', 'لوفان لانوف', 'أوتينيي', 'اوتينيي', 'بأوتينيي', 'لوفان الجديدة', 'لوفان الجديده', 'Лувен-ла-Нёв'],
  huy: ['Hoei', 'Юи', 'Юї', 'Гюї', 'Гюи', 'Уи'],
  jodoigne: ['Geldenaken'],
  enghien: ['Edingen'],
  ath: ['Aat'],
  soignies: ['Zinnik'],
  mouscron: ['Moeskroen', 'Мускрон', 'موسكرون'],
  'comines-warneton': ['Komen-Waasten', 'Comines'],
  'braine-l-alleud': ['Eigenbrakel'],
  'braine-le-comte': ["'s-Gravenbrakel"],
  'saint-ghislain': ['Сен-Гислен'],
  bastogne: ['Bastenaken', 'Бастонь'],
  libramont: ['Libramont-Chevigny'],
  'libramont-chevigny': ['Libramont'],
  eupen: ['Эйпен', 'Ейпен', 'Ойпен'],
  'saint-vith': ['Sankt Vith', 'Sankt-Vith', 'St. Vith', 'St Vith'],
  'la-calamine': ['Kelmis'],
  bullange: ['Büllingen'],
  butgenbach: ['Bütgenbach'],
  ambleve: ['Amel'],
  // Flemish sub-municipalities are not read from the postal list (`buildPostalData`): the districts people name are.
  antwerpen: ['Anvers', 'Antwerp', 'Antwerpen', 'Antwaarpe', 'Antwaarpen', 'Антверпен', 'أنتويرب', 'انتويرب', 'أنفرس', 'انفرس', 'بورخرهوت', 'بورغرهوت', 'Borgerhout', 'Deurne', 'Merksem', 'Hoboken', 'Wilrijk', 'Ekeren', 'Antverpen', 'Antverpene', 'Antverpeni', 'Antverpena', 'Antwerpe', 'أنتويرپن', 'انتويرپن', 'بأنتويرپن', 'بأنفرس', 'بانفرس', 'أنتورب', 'انتورب'],
  gent: ['Gand', 'Ghent', 'Гент', 'غنت', 'گنت', 'جنت', 'خنت', 'Gentbrugge', 'Ledeberg', 'Sint-Amandsberg', 'Mariakerke', 'Drongen', 'Gente', 'Genti', 'Genta'],
  brugge: ['Bruges', 'Брюгге', 'بروج', 'Брюге', 'Брюґе', 'Sint-Kruis'],
  leuven: ['Louvain', 'Лёвен', 'Левен', 'Лювен', 'Льовен', 'لوفان', 'Kessel-Lo', 'Heverlee', 'Wilsele', 'Leuve', 'Leven', 'Leveni', 'Levene', 'Лєвен', 'لوفن', 'بلوفن', 'Кессел-Ло', 'Кессель-Ло', 'Хеверле'],
  mechelen: ['Malines', 'Мехелен', 'ميخلن', 'بميخلن', 'ميشلين', 'ميشلن', 'Мехелене'],
  kortrijk: ['Courtrai', 'Кортрейк', 'Кортрийк', 'Кортрік', 'كورتريك', 'Heule'],
  aalst: ['Alost', 'Алст', 'Аалст', 'ألست', 'آلست'],
  oostende: ['Ostende', 'Ostend', 'Остенде', 'Остенді', 'أوستند', 'اوستند'],
  tongeren: ['Tongres', 'Тонгерен'],
  'sint-niklaas': ['Saint-Nicolas-Waes', 'Синт-Никлас', 'Сінт-Ніклас', 'Синт-Никлаас', 'سينت نيكلاس', 'Sint-Nicolaas'],
  ieper: ['Ypres', 'Ипр', 'Іпр', 'Иперен'],
  poperinge: ['Поперинге'],
  genk: ['Генк', 'غنك', 'خنك'],
  roeselare: ['Roulers', 'Руселаре', 'Роселаре'],
  turnhout: ['Турнхаут', 'Турнгаут', 'تورنهوت', 'تورنهاوت'],
  dendermonde: ['Termonde', 'Дендермонде'],
  lokeren: ['Локерен'],
  tienen: ['Tirlemont', 'Тинен', 'Тінен'],
  grimbergen: ['Гримберген', 'Грімберген'],
  machelen: ['Махелен'],
  waregem: ['Варегем'],
  'sint-truiden': ['Saint-Trond', 'Синт-Трёйден', 'Сінт-Трейден'],
  hasselt: ['Хасселт', 'Гасселт', 'هاسلت', 'Hasselti'],
  gembloux: ['Жамблу', 'جمبلو', 'جامبلو'],
  jette: ['Жетт', 'Жетте', 'Йетте', 'بجيت', 'في جيت', 'ف جيت', 'فجيت', 'تبع جيت', 'ديال جيت', 'كومين جيت', 'بلدية جيت'],
  'marche-en-famenne': ['à Marche', 'a Marche', 'in Marche', 'Марш-ан-Фамен', 'Марше-ан-Фамен', 'в Марше', 'у Марші'],
  vilvoorde: ['Vilvorde', 'Вилворде', 'Вілворде', 'فيلفورد', 'فيلفوردة'],
  zaventem: ['Завентем', 'زافنتم'],
  dilbeek: ['Дільбек', 'Дилбек', 'ديلبيك'],
};

/**
 * Municipality names that are also ordinary words ("ans" = years, "manage", "spa", Dutch "boom", "geel"…): a
 * person writing them rarely means the commune, so they are matched only through a postal code.
 */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set([
  'ans', 'as', 'silly', 'brabant', 'boom', 'peer', 'bree', 'ham', 'lint', 'mol', 'zele', 'lens', 'spa', 'limbourg', 'bouillon',
  'heron', 'essen', 'geel', 'halen', 'wellen', 'menen', 'manage', 'celles', 'verlaine', 'lille', 'bever', 'balen',
  'lier', 'hove', 'vise', 'dour', 'lede', 'olen', 'niel', 'herk', 'melle', 'damme', 'geer', 'saint nicolas',
  'malle', 'landen', 'voeren', 'lessen', 'putte', 'clavier',
  // Sub-municipalities that are words or other places: "champion", "rivière", "lessive", "nouvelles", Belgrade…
  'champion', 'belgrade', 'riviere', 'chevron', 'mortier', 'lessive', 'nouvelles', 'saintes', 'neuville', 'rossignol',
  'chatillon', 'castillon', 'bailleul', 'tournay', 'moustier', 'malvoisin',
]);

/**
 * Two-word sub-municipality names that read as phrases or name hospitals and churches ("Saint-Pierre",
 * "Bon-Secours", "L'Écluse", "Les Bulles"): not matched in text.
 */
const PHRASE_LIKE = /^(saint|sainte|l|la|le|les|bon|petit|petite|grand|autre) \S+$/;

/** Words before a number that say it is a postal code (so "2000" after "code postal" is not a year). */
const POSTAL_CUES = /(code postal|postcode|postal code|post code|postleitzahl|cp|zip|індекс|индекс|الرمز البريدي)\s*:?\s*$/iu;
/** Words after a number that say it is not a postal code (money, hours, ages, years). */
const NOT_POSTAL_AFTER = /^\s*(€|eur|euro|euros|e\b|net\b|netto|brut\b|bruto|gross\b|par mois|per maand|per month|a month|в месяц|на місяць|balles|evro|jevro|yevro|евро|євро|эвро|h\b|heures|hours|uur|ans|years|jaar|jahre|mois|months|maanden|лет|років|рік|год|грн|дол|سنة|يورو|اورو|أورو)/iu;

/**
 * Words before a number that say it is money (what one earns, pays or is owed): "ik verdien 1400", "le loyer est de
 * 1100", "зарплата 1300", "الكرا 1200". Writer AW's "woon in gent, huur is 850 en ik verdien 1400" was routed to
 * Nivelles (1400). At most two short fillers between the word and the number ("is", "de", "about", "около").
 */
const NOT_POSTAL_BEFORE =
  /(?:^|[^\p{L}])(?:verdien\p{L}*|gagne\p{L}*|touche|earn\p{L}*|salaire|salary|wage|loon|huur|loyer|rent|kost|kosten|coute|coûte|costs?|prix|prijs|price|paie|payé|paid|pay|betaal\p{L}*|betalen|zahle|плачу|платит\p{L}*|заробляю|зарабатываю|зарплата|оренда|аренда|квартплата|получаю|отримую|راتب|الراتب|كرا|الكرا|ايجار|الايجار|نخلص|ندفع|معاش)(?:\s+(?:is|est|de|van|of|about|environ|ongeveer|around|ca|bijna|presque|almost|only|seulement|slechts|juste|just|netto|net|brut|bruto|ik|je|i|me|mij|moi|nu|now|per|pour|voor|for|maar|mais|but|до|около|близько|приблизно|всего|лише|тільки|только|حوالي|تقريبا|غير|بس|:|=|~))*\s*:?\s*$/iu;

/** Compiled name index: normalised name → commune id, longest names tried first; and the names by how they sound. */
export interface NameIndex {
  /** `served`: a commune of Brussels or Wallonia, the regions Relais serves (a Flemish one is read too). */
  names: Array<{ key: string; commune: string; inflect: boolean; served: boolean }>;
  sounds: SoundIndex;
  /** Municipality names that are also ordinary words, by name: read only after words that say where one lives. */
  cued: Map<string, string>;
}

/**
 * The communes of Brussels and Wallonia by how their names sound (`placeSounds.ts`): whole sounds and consonant
 * skeletons for Cyrillic, Arabic skeletons for Arabic. A sound two communes share is kept out (`undefined`).
 */
export interface SoundIndex {
  sound: Map<string, string | undefined>;
  skeleton: Map<string, string | undefined>;
  arabic: Map<string, string | undefined>;
  /**
   * Long Latin sounds and each of them with one letter left out: a name misspelt by one letter, heard in Latin letters
   * ("anderlekt" for Anderlecht, "molenbek" for Molenbeek), meets its commune's sound here (`communeHeardInLatin`).
   */
  near: Map<string, string | undefined>;
  /** Municipalities' own names and aliases by their Latin sounds (not localities, many of them words: "Lacuisine"). */
  latin: Map<string, string | undefined>;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** Builds the name index from the municipalities, unambiguous localities and aliases. */
export function buildNameIndex(data: PostalData): NameIndex {
  const seen = new Map<string, { key: string; commune: string; inflect: boolean; served: boolean }>();
  const add = (name: string, commune: string): void => {
    const key = wordKey(name);
    const m = data.municipalities.get(commune);
    if (!key || AMBIGUOUS_NAMES.has(key) || !m) return;
    const served = PROVINCE_REGION[m.province] !== 'flanders';
    if (CYRILLIC.test(key)) {
      // Case endings replace a final soft sign or vowel: Брюссель → в Брюсселе, у Брюсселі, из Брюсселя.
      const stem = key.replace(/[ьъаяеэиыіоуюйї]+$/u, '');
      const k = stem.length >= 4 ? stem : key;
      seen.set(k, { key: k, commune, inflect: true, served });
      return;
    }
    seen.set(key, { key, commune, inflect: false, served });
    if (ARABIC.test(key)) {
      // Arabic attaches "in", "and", "to" to the next word: ببروكسل, وبروكسل, لبروكسل; Darija's "in" is ف (فسيرانغ).
      for (const p of ['ب', 'و', 'ل', 'في', 'وب', 'ف', 'وف']) seen.set(p + key, { key: p + key, commune, inflect: false, served });
    }
  };
  for (const m of data.municipalities.values()) {
    add(m.name, m.id);
    // "Woluwe St Lambert", "St-Ghislain", "Sint-Pieters-Leeuw" as "St Pieters Leeuw": the saint shortened, as people write it.
    const short = wordKey(m.name).replace(/(^| )(saint|sainte|sint)(?= )/g, '$1st');
    if (short !== wordKey(m.name)) add(short, m.id);
  }
  for (const [key, commune] of data.localityNames) if (!PHRASE_LIKE.test(key)) add(key, commune);
  for (const [commune, aliases] of Object.entries(COMMUNE_ALIASES)) for (const a of aliases) add(a, commune);
  const names = [...seen.values()].sort((a, b) => b.key.length - a.key.length);
  const cued = new Map<string, string>();
  for (const m of data.municipalities.values()) {
    const key = wordKey(m.name);
    if (AMBIGUOUS_NAMES.has(key) && key.length >= 3) cued.set(key, m.id);
  }
  return { names, sounds: buildSoundIndex(data), cued };
}

/**
 * Words that say the next one is where the person lives or whose office it is ("j'habite à", "CPAS d'", "ik woon in",
 * "the commune of"), on `wordKey` text: after them a name that is also a word ("Spa", "Ans", "Manage", "Mol") is the
 * commune.
 */
const LIVING_CUES = [
  'habite a', 'habite en', 'habitons a', 'habitent a', 'vis a', 'vit a', 'vivons a', 'reside a', 'residons a', 'demenage a',
  'commune de', 'commune d', 'cpas de', 'cpas d', 'ville de', 'ville d',
  'woon in', 'woon te', 'wonen in', 'wonen te', 'woont in', 'woont te', 'gemeente', 'ocmw van', 'ocmw in', 'ocmw',
  'live in', 'lives in', 'living in', 'stay in', 'staying in', 'moved to', 'commune of', 'municipality of', 'cpas of', 'cpas in',
];
const CUED = new WeakMap<NameIndex, RegExp>();

/** A name that is also an ordinary word, right after words that say where one lives ("j'habite à Spa", "OCMW Mol"). */
export function communeAfterCue(index: NameIndex, text: string): string | undefined {
  if (index.cued.size === 0) return undefined;
  let re = CUED.get(index);
  if (!re) {
    re = new RegExp(`(?:^| )(?:${LIVING_CUES.join('|')}) (${[...index.cued.keys()].join('|')})(?= |$)`);
    CUED.set(index, re);
  }
  const m = re.exec(wordKey(text));
  return m ? index.cued.get(m[1]) : undefined;
}

/** Provinces and regions, in French: never a commune when heard. */
const REGION_NAMES = ['brabant', 'hainaut', 'wallonie', 'flandre', 'belgique', 'luxembourg', 'bruxelles capitale'];

/** Shortest sound, and fewest consonants, a name needs to be found by ear: shorter ones meet ordinary words. */
const MIN_SOUND = 4;
const MIN_CONSONANTS = 3;
/** Shortest sound a name misspelt by one letter is found by: shorter ones are one letter from too many words. */
const MIN_NEAR_SOUND = 7;
/** Shortest sound a name misspelt in Latin letters is heard by ("turn" sounds like Tournai). */
const MIN_LATIN_SOUND = 5;

/** The sound itself and each of its forms with one letter left out (two sounds one edit apart share one of them). */
function withOneLetterLess(sound: string): string[] {
  const out = [sound];
  for (let i = 0; i < sound.length; i++) if (sound[i] !== sound[i - 1]) out.push(sound.slice(0, i) + sound.slice(i + 1));
  return out;
}

function buildSoundIndex(data: PostalData): SoundIndex {
  const index: SoundIndex = { sound: new Map(), skeleton: new Map(), arabic: new Map(), near: new Map(), latin: new Map() };
  // A municipality's own name (rank 0) wins a sound over a locality's (rank 1); two at one rank make it ambiguous.
  const ranks = new Map<Map<string, string | undefined>, Map<string, number>>();
  const file = (map: Map<string, string | undefined>, key: string, commune: string, rank: number): void => {
    const rankOf = ranks.get(map) ?? new Map<string, number>();
    ranks.set(map, rankOf);
    const held = rankOf.get(key);
    if (held === undefined || rank < held) {
      map.set(key, commune);
      rankOf.set(key, rank);
    } else if (rank === held && map.get(key) !== commune) map.set(key, undefined);
  };
  const served = (commune: string): boolean => {
    const m = data.municipalities.get(commune);
    return m !== undefined && PROVINCE_REGION[m.province] !== 'flanders';
  };
  const add = (name: string, commune: string, rank: number): void => {
    const key = wordKey(name);
    if (!key || AMBIGUOUS_NAMES.has(key) || /\p{Script=Cyrillic}|\p{Script=Arabic}/u.test(key) || !served(commune)) return;
    for (const { sound, skeleton } of latinSounds(key)) {
      if (sound.length >= MIN_SOUND) file(index.sound, sound, commune, rank);
      if (rank === 0 && sound.length >= MIN_LATIN_SOUND) file(index.latin, sound, commune, rank);
      if (rank === 0 && sound.length >= MIN_NEAR_SOUND) for (const variant of withOneLetterLess(sound)) file(index.near, variant, commune, rank);
      if (consonantCount(skeleton) >= MIN_CONSONANTS) {
        file(index.skeleton, skeleton, commune, rank);
        file(index.arabic, arabicSkeleton(sound), commune, rank);
      }
    }
  };
  for (const m of data.municipalities.values()) add(m.name, m.id, 0);
  for (const [commune, aliases] of Object.entries(COMMUNE_ALIASES)) for (const a of aliases) add(a, commune, 0);
  for (const [key, commune] of data.localityNames) if (!PHRASE_LIKE.test(key)) add(key, commune, 1);
  // Provinces and regions sound like some localities (Brabant, Braibant): heard, they name no commune.
  for (const region of REGION_NAMES) {
    for (const { sound, skeleton } of latinSounds(region)) {
      const near = sound.length >= MIN_NEAR_SOUND ? withOneLetterLess(sound).map((v) => [index.near, v] as const) : [];
      const heard = [[index.sound, sound], [index.skeleton, skeleton], [index.arabic, arabicSkeleton(sound)], [index.latin, sound], ...near] as const;
      for (const [map, key] of heard) {
        map.set(key, undefined);
        ranks.get(map)?.set(key, -1);
      }
    }
  }
  return index;
}

/** How many of the texts a Cyrillic or Arabic word must appear in to be an ordinary word, never a name heard. */
export const COMMON_WORD_TEXTS = 2;

/**
 * The Cyrillic and Arabic words of the texts written for the knowledge base (entries, phrasings) that appear in at
 * least `COMMON_WORD_TEXTS` of them: ordinary words ("карта", "مكان") that `communeBySound` must not hear as a name.
 * A commune's own name appears in a text or two and stays out.
 */
export function commonWords(texts: Iterable<string>): Set<string> {
  const seen = new Map<string, number>();
  for (const text of texts) {
    const words = text.toLowerCase().replace(/[\u060c\u061b\u061f]/g, ' ').match(/[\p{Script=Cyrillic}\p{Script=Arabic}'’]+/gu);
    for (const w of new Set(words ?? [])) seen.set(w, (seen.get(w) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= COMMON_WORD_TEXTS).map(([w]) => w));
}

const CYRILLIC_OR_ARABIC = /[\u0400-\u04ff\u0600-\u06ff]/;

/** Cyrillic case endings to take off a name's last word before hearing it ("в Ерсталі", "из Кукельберга"). */
const CYRILLIC_ENDINGS = ['ами', 'ями', 'ого', 'ому', 'ові', 'еві', 'ом', 'ем', 'ой', 'ей', 'ою', 'ею', 'ах', 'ях', 'і', 'е', 'у', 'ю', 'а', 'я', 'и', 'ы', 'ї'];
/** Arabic prefixes glued to a name: "in", Darija's "in", with "and" before them (بأندين, وفنامور). */
const ARABIC_PREFIXES = ['وب', 'وف', 'ب', 'ف'];
/** An article, alone or after a glued preposition, begins a noun, not a name (الكارت, بالسيارة, للباك). */
const ARABIC_ARTICLE = /^(?:[وبفل]?ال|لل)/;
/** Pronoun endings (طلبها, يوجعوه) end verbs and nouns, not the names of communes. */
const ARABIC_PRONOUN_END = /(?:ها|هم|هن|كم|وه)$/;
/** Words a place name may span (Марш-ан-Фамен, "لا لوفيير"). */
const MAX_SOUND_WORDS = 3;

/**
 * A commune named by ear in Cyrillic or Arabic letters. Whole sounds count anywhere; a Cyrillic consonant skeleton
 * only for a capitalised word that does not begin the text (a name, not a word). Arabic, written without most
 * vowels, is heard only where a place is said: a name glued to "in" or "to" (بأندين) or after a word that says where
 * (في, ساكن), and never for a word with the article (الكارت).
 */
export function communeBySound(
  index: NameIndex,
  text: string,
  isWord: (word: string) => boolean = () => false,
  /** The text lost its capitals (Latin letters turned Cyrillic): a word after "в" or "у" may be a name. */
  lowerCase = false,
): string | undefined {
  if (!CYRILLIC_OR_ARABIC.test(text)) return undefined;
  const { sounds } = index;
  // Arabic punctuation (، ؟ ؛) is of the Arabic script too: it ends a word.
  const plain = text.replace(/[\u060c\u061b\u061f\u066a-\u066c\u06d4]/g, ' ');
  const runs = plain.match(/[\p{Script=Cyrillic}\p{Script=Arabic}'’]+(?:[\s-]+[\p{Script=Cyrillic}\p{Script=Arabic}'’]+)*/gu) ?? [];
  let best: { commune: string; words: number } | undefined;
  for (const run of runs) {
    const parts = run.split(/\s+/);
    const runAt = plain.indexOf(run);
    for (let i = 0; i < parts.length; i++) {
      for (let n = Math.min(MAX_SOUND_WORDS, parts.length - i); n >= 1; n--) {
        if (best && best.words >= n) break;
        const words = parts.slice(i, i + n);
        // Names of several words begin with an article or "Saint" (Сен Жосс, لا لوفيير); hyphenated ones are one part.
        if (n > 1 && !NAME_OPENERS.has(words[0].toLowerCase())) continue;
        // An ordinary word of the language is not a name, whatever it sounds like ("карта", "مكان").
        if (words.some((w) => isWord(w.toLowerCase()))) continue;
        const found = /\p{Script=Arabic}/u.test(words[0])
          ? arabicMatch(sounds, words, i > 0 ? parts[i - 1] : undefined, isWord)
          : cyrillicMatch(sounds, words, i === 0 && runAt === 0, i > 0 ? parts[i - 1] : undefined, lowerCase);
        if (found) best = { commune: found, words: n };
      }
    }
  }
  return best?.commune;
}

/** First words of names of several words: articles and "Saint" in Cyrillic and Arabic letters. */
const NAME_OPENERS: ReadonlySet<string> = new Set(['ла', 'ле', 'ль', 'сен', 'сент', 'сан', 'санкт', 'لا', 'لو', 'سان', 'سانت']);
/** "From": the word before a country or town of origin (з Білорусі, из Кыргызстана), not where a person lives. */
const CYRILLIC_FROM: ReadonlySet<string> = new Set(['з', 'із', 'зі', 'из', 'от', 'від', 'со']);
/** "In": in a text that lost its capitals, a word after it may be a name ("v Sharleroa" turned "в шарлероа"). */
const CYRILLIC_IN: ReadonlySet<string> = new Set(['в', 'у', 'во']);

function cyrillicMatch(sounds: SoundIndex, words: string[], startsText: boolean, before: string | undefined, lowerCase: boolean): string | undefined {
  const last = words[words.length - 1].toLowerCase();
  const head = words.slice(0, -1).join('');
  const forms = [last, ...CYRILLIC_ENDINGS.filter((e) => last.endsWith(e) && last.length - e.length >= 3).map((e) => last.slice(0, -e.length))];
  const prev = before?.toLowerCase();
  const named = !startsText && !(prev !== undefined && CYRILLIC_FROM.has(prev)) && (/^\p{Lu}/u.test(words[0]) || (lowerCase && prev !== undefined && CYRILLIC_IN.has(prev)));
  for (const form of forms) {
    const { sound, skeleton } = cyrillicSound(head + form);
    const bySound = sound.length >= MIN_SOUND ? sounds.sound.get(sound) : undefined;
    if (bySound) return bySound;
    if (named && consonantCount(skeleton) >= MIN_CONSONANTS) {
      const bySkeleton = sounds.skeleton.get(skeleton);
      if (bySkeleton) return bySkeleton;
    }
  }
  return undefined;
}

/** Arabic words after which a place is named: in, at, near, living in, the commune or town of, "of". */
const ARABIC_PLACE_CUES: ReadonlySet<string> = new Set([
  'في', 'فى', 'ف', 'عند', 'قريب', 'قريبة', 'جنب', 'حدا', 'ساكن', 'ساكنة', 'ساكنين', 'نسكن', 'اسكن', 'نعيش', 'عايش',
  'عايشة', 'عايشين', 'بلدية', 'كومين', 'مدينة', 'ديال', 'تاع', 'متاع', 'تبع',
]);

function arabicMatch(sounds: SoundIndex, words: string[], before: string | undefined, isWord: (word: string) => boolean): string | undefined {
  const first = words[0];
  if (ARABIC_ARTICLE.test(first)) return undefined;
  const rest = words.slice(1).join('');
  const forms = ARABIC_PREFIXES.filter((p) => first.startsWith(p) && first.length - p.length >= 3).map((p) => first.slice(p.length));
  if (before !== undefined && ARABIC_PLACE_CUES.has(before)) forms.unshift(first);
  for (const form of forms) {
    if (ARABIC_ARTICLE.test(form) || isWord(form)) continue;
    const written = form + rest;
    if (ARABIC_PRONOUN_END.test(written)) continue;
    if (!/[اوي]/.test(written.slice(1))) continue;
    const { skeleton } = arabicSound(written);
    if (consonantCount(skeleton) < MIN_CONSONANTS) continue;
    const found = sounds.arabic.get(skeleton);
    if (found) return found;
  }
  return undefined;
}

/** Cyrillic case endings: "в Брюсселі", "в Льеже", "из Намюра". */
const MAX_INFLECTION = 3;

/** A commune name in normalised text, longest match first. */
export function communeInText(index: NameIndex, text: string): string | undefined {
  const key = wordKey(text);
  const norm = ` ${key} `;
  const byStart = startsOf(index);
  // Only the names that begin like one of the text's words are tried (1,624 names scanned on every call were 7% of
  // a turn's CPU); the longest match wins, as in the sorted list, ties to the earlier name.
  // A commune of the regions Relais serves wins over a Flemish one named with it ("a social worker in Antwerp: my
  // client moves to Liège", "werk in Vilvoorde maar woon in Jette").
  let best: { commune: string; rank: number; served: boolean } | undefined;
  // "Brussels" is mostly the region: another commune named with it is the more specific place ("Bruxelles 1070
  // Anderlecht", "I work in Brussels, the commune of Uccle"), whatever the names' lengths.
  let region: { commune: string; rank: number; served: boolean } | undefined;
  const textWords = key.split(' ');
  for (let w = 0; w < textWords.length; w++) {
    const word = textWords[w];
    // Each word once (a repeated word finds nothing new).
    if (textWords.indexOf(word) < w) continue;
    for (let len = 1; len <= START_LENGTH && len <= word.length; len += 1) {
      const names = byStart.get(word.slice(0, len));
      if (names === undefined) continue;
      for (const n of names) {
        const regional = n.commune === REGION_COMMUNE;
        const held = regional ? region : best;
        if (held && (held.served && !n.served ? true : held.served === n.served && n.rank >= held.rank)) continue;
        if (!(n.inflect ? inflectedAt(norm, n.needle) : norm.includes(n.spaced))) continue;
        if (regional) region = n;
        else best = n;
      }
    }
  }
  return (best && (best.served || !region) ? best : (region ?? best))?.commune;
}

/** The commune whose name also names the region ("Bruxelles", "Brussel", "Брюссель"). */
const REGION_COMMUNE = 'bruxelles';

/** Letters of a name's beginning it is filed under. */
const START_LENGTH = 3;
/** A name as `communeInText` tries it: with its place in the longest-first list and its two needles made once. */
interface FiledName {
  key: string;
  commune: string;
  inflect: boolean;
  served: boolean;
  rank: number;
  /** " key ": the name as a whole word sequence. */
  spaced: string;
  /** " key": the name followed by an ending (`inflectedAt`). */
  needle: string;
}
const STARTS = new WeakMap<NameIndex, Map<string, FiledName[]>>();

/** The names filed by their first letters (built once per index); rank = place in the longest-first list. */
function startsOf(index: NameIndex): Map<string, FiledName[]> {
  let map = STARTS.get(index);
  if (!map) {
    map = new Map();
    index.names.forEach((n, rank) => {
      const start = n.key.slice(0, Math.min(START_LENGTH, n.key.split(' ')[0].length));
      const list = map!.get(start) ?? [];
      list.push({ ...n, rank, spaced: ` ${n.key} `, needle: ` ${n.key}` });
      map!.set(start, list);
    });
    STARTS.set(index, map);
  }
  return map;
}

/**
 * Whether `needle` (a space and the name) stands in the text followed by at most `MAX_INFLECTION` letters and a space
 * ("в брюсселі"). Scans with indexOf: a regular expression built per name and per call was 7% of a turn's CPU (1,624
 * names).
 */
function inflectedAt(norm: string, needle: string): boolean {
  for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1)) {
    const end = norm.indexOf(' ', at + needle.length);
    if (end >= 0 && end - (at + needle.length) <= MAX_INFLECTION) return true;
  }
  return false;
}

/** A postal code written in the text (four digits, not money, an age or a bare year). */
export function postalCodeInText(data: PostalData, text: string): string | undefined {
  const re = /(?<![\d.,])(\d{4})(?![\d.,]\d|\d)/g;
  let m: RegExpExecArray | null;
  let fallback: string | undefined;
  while ((m = re.exec(text)) !== null) {
    const code = m[1];
    const n = Number(code);
    if (n < 1000) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + code.length);
    if (NOT_POSTAL_AFTER.test(after) || /€\s*$/.test(before) || NOT_POSTAL_BEFORE.test(before.slice(-60))) continue;
    const cued = POSTAL_CUES.test(before);
    // 1900–2099 are more often years than Antwerp postal codes, unless announced as a postal code.
    if (n >= 1900 && n <= 2099 && !cued) continue;
    if (data.byCode.has(code)) return code;
    fallback ??= code;
  }
  return fallback;
}

/** First words of names of several words in Latin letters ("Saint Gile", "St Josse", "La Louvier"). */
const LATIN_NAME_OPENERS: ReadonlySet<string> = new Set(['saint', 'sainte', 'sint', 'st', 'ste', 'la', 'le']);
/**
 * Words after which a misspelt name is heard: "in", "at", "to", "from", "the commune / CPAS / school of" in the Latin
 * letters of French, Dutch, English, Darija and Russian or Ukrainian ("a scharbeek", "cpas d anderlekt", "gemeente
 * scharbeek", "f molenbek", "v andrlekht"). A word anywhere else is too often an ordinary word misspelt.
 */
const LATIN_PLACE_CUES: ReadonlySet<string> = new Set([
  'a', 'au', 'aux', 'de', 'd', 'du', 'en', 'vers', 'pres', 'sur', 'cpas', 'commune', 'ville', 'gemeente', 'ocmw', 'stad',
  'in', 'te', 'naar', 'van', 'uit', 'bij', 'rond', 'near', 'from', 'to', 'at', 'around', 'f', 'fi', 'b', 'v', 'vo', 'iz',
]);
/** Latin words already heard (or not) as a commune: the same words come back in message after message. */
const HEARD_LATIN = new Map<string, string | null>();
const MAX_HEARD_LATIN = 20_000;

/**
 * A commune of Brussels or Wallonia whose name is misspelt in Latin letters the way it sounds ("scharbeek",
 * "anderlekt", "le cpas d'Anderlek", "Ixel", "Saint Gile", "molenbek"): the word's sound is the name's, or one letter
 * from it for names of 7 sounds or more. Never an ordinary word of the knowledge base (`isWord`): a word people write
 * every day is not a name, whatever it sounds like.
 */
export function communeHeardInLatin(index: NameIndex, text: string, isWord: (word: string) => boolean): string | undefined {
  const words = wordKey(text).split(' ');
  for (let i = 1; i < words.length; i++) {
    if (!LATIN_PLACE_CUES.has(words[i - 1])) continue;
    for (let n = LATIN_NAME_OPENERS.has(words[i]) ? 2 : 1; n >= 1; n--) {
      const parts = words.slice(i, i + n);
      if (parts.length < n || !parts.every((w) => /^[a-z]+$/.test(w))) continue;
      const last = parts[parts.length - 1];
      if (last.length < MIN_SOUND || isWord(last) || (n === 1 && isWord(parts[0]))) continue;
      const key = parts.join(' ');
      const heard = heardLatinKey(index, key);
      if (heard) return heard;
    }
    // Dictated to a phone, one name comes back as several words ("mollen bec", "anne der lecht", "gun shore en", "in a
    // terbeek"): their letters run together may be the name. Not when every word is an ordinary one.
    for (let n = MAX_SPLIT_NAME_WORDS; n >= 2; n--) {
      const parts = words.slice(i, i + n);
      if (parts.length < n || !parts.every((w) => /^[a-z]+$/.test(w)) || parts.every((w) => isWord(w))) continue;
      const key = parts.join('');
      if (key.length < MIN_SPLIT_SOUND_LETTERS) continue;
      const heard = heardSplitKey(index, key);
      if (heard) return heard;
    }
  }
  return undefined;
}

/** The commune a Latin-letter key sounds and is spelt like, remembered (null: none). */
function heardLatinKey(index: NameIndex, key: string): string | null {
  let heard = HEARD_LATIN.get(key);
  if (heard === undefined) {
    const found = hearLatin(index.sounds, key);
    heard = found !== undefined && spelledClose(index, key, found) ? found : null;
    if (HEARD_LATIN.size >= MAX_HEARD_LATIN) HEARD_LATIN.clear();
    HEARD_LATIN.set(key, heard);
  }
  return heard;
}

/**
 * A name dictated as several words, their letters run together. When they sound exactly as the name does, the
 * spelling may be further from it than a typed name's (speech recognition spells French sounds the English way: "ick
 * sell" for Ixelles). Otherwise a name heard one letter off and spelt close, as any word after a place cue
 * (`heardLatinKey`). Never when every word is an ordinary one: "prends soin du chat elle" sounds like Châtelet.
 */
function heardSplitKey(index: NameIndex, key: string): string | null {
  const exact = latinSounds(key)
    .map(({ sound }) => index.sounds.latin.get(sound))
    .find((c) => c !== undefined);
  if (exact !== undefined) return exact;
  return key.length < MIN_SPLIT_NAME_LETTERS ? null : heardLatinKey(index, key);
}

/** Most words one dictated name is split into, and the fewest letters they must hold together. */
const MAX_SPLIT_NAME_WORDS = 3;
const MIN_SPLIT_NAME_LETTERS = 7;
/** Fewest letters a split name is heard by when it sounds exactly as the name does ("na moor" for Namur). */
const MIN_SPLIT_SOUND_LETTERS = 6;

/** Most letters a misspelt name may differ by, as a share of the name's length ("ixel" for Ixelles: 3 of 7). */
const MAX_SPELLING_GAP = 0.45;

/**
 * Whether the word is also spelt close to one of the commune's Latin names: sounding alike is not enough ("avances"
 * sounds like Awans, "balance" like Baelen, and both are words).
 */
function spelledClose(index: NameIndex, key: string, commune: string): boolean {
  return index.names.some((n) => n.commune === commune && /^[a-z ]+$/.test(n.key) && editDistance(key, n.key) <= MAX_SPELLING_GAP * n.key.length);
}

/** Levenshtein distance (two short words). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length];
}

function hearLatin(sounds: SoundIndex, key: string): string | undefined {
  const heard = latinSounds(key);
  for (const { sound } of heard) {
    const found = sounds.latin.get(sound);
    if (found) return found;
  }
  for (const { sound } of heard) {
    if (sound.length < MIN_NEAR_SOUND) continue;
    for (const variant of withOneLetterLess(sound)) {
      const found = sounds.near.get(variant);
      if (found) return found;
    }
  }
  return undefined;
}

/** A commune named by ear in Russian or Ukrainian typed in Latin letters ("zhivu v Ikselle", "v Sharleroa"). */
function heardInLatinLetters(index: NameIndex, text: string, isWord?: (word: string) => boolean): string | undefined {
  if (romanisedScript(text) !== 'cyrillic') return undefined;
  const ru = toCyrillic(text, 'ru');
  const uk = toCyrillic(text, 'uk');
  // A name written whole in Cyrillic comes first, with its case endings ("v Antverpene" is "в Антверпене"; the sound
  // index leaves Flemish cities out, and heard "Mekhelene" as Assesse); then the names heard by sound.
  return communeInText(index, ru) ?? communeInText(index, uk) ?? communeBySound(index, ru, isWord, true) ?? communeBySound(index, uk, isWord, true);
}

/** "From" before the place one leaves, and "to" before the one one moves to, in the six languages. */
const MOVE_FROM: ReadonlySet<string> = new Set(['de', 'd', 'du', 'depuis', 'van', 'vanuit', 'uit', 'from', 'з', 'із', 'зі', 'из', 'от', 'від', 'من', 'iz', 'z', 'mn', 'men', 'min']);
// Arabizi "to" ("bdelt dar mn Molenbeek l Jette", "min Anderlecht ila Halle"); "الي", "to" written with a bare yaa.
const MOVE_TO: ReadonlySet<string> = new Set(['a', 'à', 'au', 'vers', 'naar', 'to', 'into', 'в', 'у', 'во', 'до', 'на', 'الى', 'إلى', 'الي', 'v', 'na', 'do', 'l', 'li', 'ila', 'lel', 'nr']);
/** Words a place name spans between "from" and "to". */
const MAX_MOVE_NAME_WORDS = 3;
/**
 * Verbs of moving house in the six languages ("je déménage à Namur", "ik verhuis volgende maand naar Gent", "переїжджаю
 * в Евер"): the place after them and a "to" is where the person will live, whatever other place the text names.
 */
const MOVE_VERBS: ReadonlySet<string> = new Set([
  'demenage', 'déménage', 'demenager', 'déménager', 'demenagé', 'déménagé', 'demenagee', 'déménagée', 'demenageons', 'déménageons', 'demenagent', 'déménagent',
  'verhuis', 'verhuist', 'verhuizen', 'verhuisd', 'verhuisde', 'verhuisden',
  'move', 'moving', 'moved', 'relocate', 'relocating', 'relocated',
  'переїжджаю', 'переїжджаємо', 'переїжджає', 'переїжджаємо', 'переїхали', 'переїхав', 'переїхала', 'переїдемо', 'переїду',
  'переезжаю', 'переезжаем', 'переезжает', 'переехали', 'переехал', 'переехала', 'переедем', 'перееду',
  'pereizhdzhayu', 'pereezzhayu', 'pereekhali', 'pereehali', 'pereikhaly',
  'ننتقل', 'انتقل', 'نتنقل', 'نقلت', 'نقلنا', 'رحلت', 'رحلنا', 'نرحل', 'بنتقل', 'منتقل',
]);
/** Words between a verb of moving and its "to" ("verhuis volgende maand naar", "moving next week to"). */
const MOVE_VERB_SPAN = 4;

/**
 * The place a person moves to (with the words naming where they come from, when given), when the text names where they come from and where they go ("on a déménagé de
 * Molenbeek à Namur", "moving from Brussels to Wavre", "з Брюсселя в Шарлеруа", "نقلت من مولنبيك لفوريه"): the
 * commune they will live in is the one whose offices they need. Undefined when the text says no such thing.
 */
function communeMovedTo(index: NameIndex, text: string, find: (text: string) => string | undefined): { commune: string; from?: string } | undefined {
  const tokens = text.split(/\s+/).filter(Boolean);
  const bare = tokens.map((t) => t.toLowerCase().replace(/^[("'«]+|[)"'».,;:!?؟،]+$/gu, ''));
  for (let i = 0; i < tokens.length - 2; i++) {
    if (!MOVE_FROM.has(bare[i])) continue;
    for (let n = 1; n <= MAX_MOVE_NAME_WORDS && i + n < tokens.length - 1; n++) {
      const word = bare[i + n];
      // Arabic glues "to" to the name: لفوريه.
      const glued = /^ل\p{Script=Arabic}{3,}/u.test(word) ? word.slice(1) : undefined;
      if (!MOVE_TO.has(word) && glued === undefined) continue;
      const from = find(tokens.slice(i, i + n).join(' '));
      if (!from) break;
      const rest = glued !== undefined ? `في ${glued} ${tokens.slice(i + n + 1, i + n + 1 + MAX_MOVE_NAME_WORDS).join(' ')}` : tokens.slice(i + n, i + n + 1 + MAX_MOVE_NAME_WORDS).join(' ');
      const dest = find(rest);
      if (dest && dest !== from) return { commune: dest, from: tokens.slice(i, i + n).join(' ') };
      break;
    }
  }
  for (let i = 0; i < tokens.length - 2; i++) {
    if (!MOVE_VERBS.has(bare[i])) continue;
    for (let n = 1; n <= MOVE_VERB_SPAN && i + n < tokens.length - 1; n++) {
      if (!MOVE_TO.has(bare[i + n])) continue;
      const dest = find(tokens.slice(i + n, i + n + 1 + MAX_MOVE_NAME_WORDS).join(' '));
      if (dest) return { commune: dest };
      break;
    }
  }
  return undefined;
}

/**
 * Words saying where the person lives or stays, in the six languages and in Latin-letter Arabic ("on vit à", "ik woon
 * in", "living in", "живу в", "ساكن ب", "sakin f").
 */
const LIVING_WORDS: ReadonlySet<string> = new Set([
  'habite', 'habites', 'habitons', 'habitez', 'habitent', 'vit', 'vis', 'vivons', 'vivent', 'loge', 'logeons', 'reside', 'residons', 'domicilie', 'domiciliee',
  'woon', 'woont', 'wonen', 'verblijf', 'verblijven',
  'live', 'lives', 'living', 'staying', 'reside', 'resides',
  'живу', 'живемо', 'живем', 'живём', 'живе', 'живет', 'живут', 'живуть', 'проживаю', 'проживаем', 'проживаємо', 'мешкаю', 'мешкаємо',
  'zhivu', 'zhyvu', 'zhivem', 'zhyvemo', 'prozhivayu', 'meshkayu',
  'ساكن', 'ساكنة', 'ساكنه', 'ساكنين', 'نسكن', 'اسكن', 'أسكن', 'بسكن', 'كنسكن', 'عايش', 'عايشة', 'عايشين', 'نعيش', 'اعيش', 'أعيش', 'قاعد', 'قاعدين',
  'sakin', 'sakna', 'saken', 'sakn', 'sakén', 'kanskon', 'nskon', '3aysh', '3ayesh', '3aych',
]);
/** Negations next to a word of living. */
const NOT_WORDS: ReadonlySet<string> = new Set(['pas', 'plus', 'niet', 'not', "don't", 'dont', 'не', 'ні', 'ما', 'مش', 'مو', 'ماشي', 'mich', 'mish', 'mashi']);
const DUTCH_LIVING_WORDS: ReadonlySet<string> = new Set(['woon', 'woont', 'wonen', 'verblijf', 'verblijven']);
/** Words after a word of living that a place name is looked for in ("j'habite à Jemappes mais…" → "à Jemappes mais"). */
const LIVING_SPAN_WORDS = 4;

/**
 * The commune named right after a word saying where the person lives, when the text names other places too ("on vit
 * à Jemappes mais mon boulot c'est à La Louvière", "بدرس ببروكسل بس ساكن بواڤر"): where one lives is whose offices
 * one needs. Undefined when the text has no such word, or none is followed by a name.
 */
function communeWhereLiving(text: string, find: (text: string) => string | undefined): string | undefined {
  const tokens = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < tokens.length - 1; i++) {
    const bare = tokens[i].toLowerCase().replace(/^[("'«]+|[)"'».,;:!?؟،]+$/gu, '');
    if (!LIVING_WORDS.has(bare.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) && !LIVING_WORDS.has(bare)) continue;
    // "j'habite pas à Bruxelles", "I don't live in…": not where one lives.
    if (NOT_WORDS.has(tokens[i + 1].toLowerCase()) || (i > 0 && NOT_WORDS.has(tokens[i - 1].toLowerCase()))) continue;
    // Dutch puts the verb last in a clause ("als ik in Laken woon maar in Vilvoorde werk"): the place before it.
    if (DUTCH_LIVING_WORDS.has(bare) && !/^(in|te)$/i.test(tokens[i + 1])) {
      const before = tokens.slice(Math.max(0, i - 3), i);
      const at = before.findIndex((t) => /^(in|te)$/i.test(t));
      const found = at >= 0 ? find(before.slice(at).join(' ')) : undefined;
      if (found) return found;
    }
    const span = tokens.slice(i + 1, i + 1 + LIVING_SPAN_WORDS);
    // Arabic may say "in" apart (ساكن في …) or glued to the name (ساكن بواڤر), or not at all (ساكن مونتينيي): where it
    // is not said, the word saying where is added, as `communeBySound` hears Arabic names only after one.
    const arabic = span.length > 0 && /\p{Script=Arabic}/u.test(span[0]);
    const found = find(arabic && !/^[بف]/.test(span[0]) ? `في ${span.join(' ')}` : span.join(' '));
    if (found) return found;
  }
  return undefined;
}

/**
 * Where one lives wins over the other places a text names. When that is only "Brussels", a Brussels commune named
 * elsewhere in the text is the more specific place ("I live in Brussels, the commune of Uccle"); a town outside is not.
 */
function livingOrNamed(data: PostalData, living: string | undefined, named: () => string | undefined): string | undefined {
  if (living === undefined) return named();
  if (living !== REGION_COMMUNE) return living;
  const other = named();
  const m = other === undefined ? undefined : data.municipalities.get(other);
  return m !== undefined && PROVINCE_REGION[m.province] === 'brussels' ? other : living;
}

/**
 * Words after which a postal code said in words is read as digits (`spokenNumbersAsDigits`): "in", "at" and "postal
 * code" in the six languages. Dictated to a phone, "j'habite à mille quatre-vingts" reaches the bot in words.
 */
const SPOKEN_CODE_AFTER: ReadonlySet<string> = new Set([
  'a', 'au', 'postal', 'in', 'te', 'postcode', 'at', 'code', 'в', 'у', 'индекс', 'індекс',
]);

/** Words taking back what was just written, in the six languages ("ой ні", "euh non pardon", "nee wacht", "I mean"). */
const CORRECTION = /(?:^|[\s.,!…])(?:ой,? ні|ой,? нет|ой,? неа|ні,? вибачте|нет,? извините|non pardon|euh non|nee sorry|nee wacht|sorry i mean|no wait|oops|لا لا قصدي|لا عفوا|قصدي)(?=[\s.,!…])/iu;

/** Where the person lives, from a postal code or commune name in their text; undefined when none is found. */
export function placeFromText(
  data: PostalData,
  index: NameIndex,
  text: string,
  isWord?: (word: string) => boolean,
  /** An ordinary Latin-letter word of the knowledge base: never heard as a misspelt name. Without it none is heard. */
  isLatinWord?: (word: string) => boolean,
): Place | undefined {
  const code = postalCodeInText(data, text) ?? postalCodeInText(data, spokenNumbersAsDigits(text, SPOKEN_CODE_AFTER));
  const coded = code ? placeFromPostalCode(data, code) : undefined;
  const heard = (t: string): string | undefined =>
    communeAfterCue(index, t) ??
    communeBySound(index, t, isWord) ??
    heardInLatinLetters(index, t, isWord) ??
    (isLatinWord ? communeHeardInLatin(index, t, isLatinWord) : undefined);
  const named = (t: string): string | undefined => {
    const written = communeInText(index, t);
    if (written !== REGION_COMMUNE) return written ?? heard(t);
    // "Brussels" is mostly the region: a Brussels commune heard with it is the more specific place ("v Iksele
    // (Bruxelles)"), as one written with it already is (`communeInText`). Not a Latin-letter word heard loosely as a
    // name (`communeHeardInLatin`): "in brussels um like" is no Saint-Gilles.
    const other = communeAfterCue(index, t) ?? communeBySound(index, t, isWord) ?? heardInLatinLetters(index, t, isWord);
    const m = other === undefined ? undefined : data.municipalities.get(other);
    return m !== undefined && PROVINCE_REGION[m.province] === 'brussels' ? other : written;
  };
  // A postal code is the most specific place a person gives, unless the text says they are moving to another commune
  // ("verhuis van 1030 naar Mechelen"): the new commune's offices are the ones they need.
  // A place corrected as one writes ("в Шарлеруа... ой ні, в Намюрі", "à Mons euh non pardon à Namur"): the one after.
  const corrected = CORRECTION.exec(text);
  if (corrected) {
    const after = named(text.slice(corrected.index + corrected[0].length));
    if (after) {
      const m = data.municipalities.get(after);
      if (m) return placeForMunicipality(m);
    }
  }
  const moved = communeMovedTo(index, text, (t) => {
    const c = postalCodeInText(data, t);
    return (c ? placeFromPostalCode(data, c)?.commune : undefined) ?? named(t);
  });
  // A "from … to" without a verb of moving overrides the code only when the code is where they come from: "le CPAS de
  // Schaerbeek m'envoie à Evere … j'habite 1030" is no move.
  if (coded && (moved === undefined || moved.commune === coded.commune || (moved.from !== undefined && !moved.from.includes(code ?? '')))) return coded;
  const commune = moved?.commune ?? livingOrNamed(data, communeWhereLiving(text, named), () => named(text));
  if (!commune) return undefined;
  const m = data.municipalities.get(commune);
  if (!m) return undefined;
  const place = placeForMunicipality(m);
  // "Brussels" usually means the region, not the City of Brussels: the commune is a guess.
  if (commune === 'bruxelles') place.communeApproximate = true;
  return place;
}
