// Finds where a person lives in what they wrote: a postal code or a commune name in any supported language's spelling.
import type { Place } from '../knowledge/types';
import { placeForMunicipality, placeFromPostalCode, type PostalData } from './postal';
import { wordKey } from '../language/tokenize';

/**
 * Other spellings of communes (Dutch, German, English, Russian, Ukrainian, Arabic), keyed by commune id (slug
 * of the name in the bpost list: French in Brussels and Wallonia, Dutch in Flanders).
 */
export const COMMUNE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  bruxelles: ['Brussel', 'Brussels', 'Brüssel', 'Брюссель', 'Брюсселя', 'Брюсель', 'بروكسل', 'بروكسيل', 'Bxl', 'Brux', 'Bruxelle',
    // Russian and Ukrainian typed in Latin letters, with their case endings ("v Briusseli", "v Bryussele").
    'Bryussel', 'Bryussele', 'Briussel', 'Briusseli', 'Brussele', 'Brusseli'],
  schaerbeek: ['Schaarbeek', 'Схарбек', 'Схаарбек', 'Шарбек', 'سكاربيك', 'سخاربيك', 'شاربيك'],
  ixelles: ['Elsene', 'Иксель', 'Іксель', 'إكسل', 'إيكسل', 'اكسيل'],
  'saint-gilles': ['Sint-Gillis', 'Сен-Жиль', 'سان جيل'],
  etterbeek: ['Еттербек', 'Эттербек', 'إتربيك'],
  evere: ['Евере', 'Эвере'],
  'molenbeek-saint-jean': ['Molenbeek', 'Sint-Jans-Molenbeek', 'Моленбек', 'مولنبيك'],
  anderlecht: ['Андерлехт', 'أندرلخت'],
  'berchem-sainte-agathe': ['Sint-Agatha-Berchem'],
  auderghem: ['Oudergem'],
  'watermael-boitsfort': ['Watermaal-Bosvoorde'],
  uccle: ['Ukkel', 'Уккел', 'Уккле', 'Юккель', 'أوكل'],
  forest: ['Vorst', 'Форест', 'فوريست'],
  'woluwe-saint-lambert': ['Sint-Lambrechts-Woluwe'],
  'woluwe-saint-pierre': ['Sint-Pieters-Woluwe'],
  'saint-josse-ten-noode': ['Sint-Joost-ten-Node', 'Saint-Josse'],
  liege: ['Luik', 'Lüttich', 'Liege', 'Льеж', 'Льєж', 'لييج', 'لياج', 'Lyezh', 'Lyezhe', 'Liezh', 'Liezhi', 'Lezh', 'Lezhe'],
  namur: ['Namen', 'Намюр', 'نامور', 'Namure', 'Namuri', 'Namyur', 'Namyure'],
  mons: ['Bergen', 'Монс', 'مونس'],
  charleroi: ['Шарлеруа', 'شارلروا', 'شارلوروا', 'Sharleroi', 'Sharlerua', 'Charlerois'],
  'la-louviere': ['Ла-Лувьер', 'Ла Лувьер', 'Ла-Лув’єр', 'لا لوفيير', 'لالوفيير'],
  tournai: ['Doornik', 'Турне', 'تورناي'],
  verviers: ['Вервье', 'Вервьє', 'فيرفييه'],
  seraing: ['Серен', 'Сераинг', 'Серенг', 'سيرانغ', 'سيراينغ', 'سيرينغ', 'سراينغ'],
  herstal: ['Херсталь', 'Герсталь', 'هيرستال'],
  arlon: ['Aarlen', 'Арлон', 'أرلون', 'ارلون'],
  wavre: ['Waver', 'Вавр', 'Вавре'],
  waterloo: ['Ватерлоо', 'واترلو'],
  nivelles: ['Nijvel', 'Нивель', 'Нівель', 'نيفيل'],
  'ottignies-louvain-la-neuve': ['Louvain-la-Neuve', 'Ottignies', 'Лувен-ла-Нев', 'Лувен-ла-Нёв', 'لوفان لا نوف', 'لوفان لانوف'],
  huy: ['Hoei'],
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
  eupen: ['Эйпен', 'Ейпен'],
  'saint-vith': ['Sankt Vith', 'Sankt-Vith', 'St. Vith', 'St Vith'],
  'la-calamine': ['Kelmis'],
  bullange: ['Büllingen'],
  butgenbach: ['Bütgenbach'],
  ambleve: ['Amel'],
  antwerpen: ['Anvers', 'Antwerp', 'Antwerpen', 'Антверпен', 'أنتويرب', 'انتويرب'],
  gent: ['Gand', 'Ghent', 'Гент', 'غنت'],
  brugge: ['Bruges', 'Брюгге', 'بروج'],
  leuven: ['Louvain', 'Лёвен', 'Левен', 'Лювен', 'لوفان'],
  mechelen: ['Malines'],
  kortrijk: ['Courtrai'],
  aalst: ['Alost'],
  oostende: ['Ostende', 'Ostend'],
  tongeren: ['Tongres'],
  'sint-niklaas': ['Saint-Nicolas-Waes'],
  ieper: ['Ypres'],
};

/**
 * Municipality names that are also ordinary words ("ans" = years, "manage", "spa", Dutch "boom", "geel"…): a
 * person writing them rarely means the commune, so they are matched only through a postal code.
 */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set([
  'ans', 'as', 'silly', 'boom', 'peer', 'bree', 'ham', 'lint', 'mol', 'zele', 'lens', 'spa', 'limbourg', 'bouillon',
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
const NOT_POSTAL_AFTER = /^\s*(€|eur|euro|euros|h\b|heures|hours|uur|ans|years|jaar|jahre|mois|months|maanden|лет|років|рік|год|грн|дол|سنة|يورو)/iu;

/** Compiled name index: normalised name → commune id, longest names tried first. */
export interface NameIndex {
  names: Array<{ key: string; commune: string; inflect: boolean }>;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** Builds the name index from the municipalities, unambiguous localities and aliases. */
export function buildNameIndex(data: PostalData): NameIndex {
  const seen = new Map<string, { key: string; commune: string; inflect: boolean }>();
  const add = (name: string, commune: string): void => {
    const key = wordKey(name);
    if (!key || AMBIGUOUS_NAMES.has(key) || !data.municipalities.has(commune)) return;
    if (CYRILLIC.test(key)) {
      // Case endings replace a final soft sign or vowel: Брюссель → в Брюсселе, у Брюсселі, из Брюсселя.
      const stem = key.replace(/[ьъаяеэиыіоуюйї]+$/u, '');
      const k = stem.length >= 4 ? stem : key;
      seen.set(k, { key: k, commune, inflect: true });
      return;
    }
    seen.set(key, { key, commune, inflect: false });
    if (ARABIC.test(key)) {
      // Arabic attaches "in", "and", "to" to the next word: ببروكسل, وبروكسل, لبروكسل; Darija's "in" is ف (فسيرانغ).
      for (const p of ['ب', 'و', 'ل', 'في', 'وب', 'ف', 'وف']) seen.set(p + key, { key: p + key, commune, inflect: false });
    }
  };
  for (const m of data.municipalities.values()) add(m.name, m.id);
  for (const [key, commune] of data.localityNames) if (!PHRASE_LIKE.test(key)) add(key, commune);
  for (const [commune, aliases] of Object.entries(COMMUNE_ALIASES)) for (const a of aliases) add(a, commune);
  const names = [...seen.values()].sort((a, b) => b.key.length - a.key.length);
  return { names };
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
  let best: { commune: string; rank: number } | undefined;
  const textWords = key.split(' ');
  for (let w = 0; w < textWords.length; w++) {
    const word = textWords[w];
    // Each word once (a repeated word finds nothing new).
    if (textWords.indexOf(word) < w) continue;
    for (let len = 1; len <= START_LENGTH && len <= word.length; len += 1) {
      const names = byStart.get(word.slice(0, len));
      if (names === undefined) continue;
      for (const n of names) {
        if (best && n.rank >= best.rank) continue;
        if (n.inflect ? inflectedAt(norm, n.needle) : norm.includes(n.spaced)) best = n;
      }
    }
  }
  return best?.commune;
}

/** Letters of a name's beginning it is filed under. */
const START_LENGTH = 3;
/** A name as `communeInText` tries it: with its place in the longest-first list and its two needles made once. */
interface FiledName {
  key: string;
  commune: string;
  inflect: boolean;
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
    if (NOT_POSTAL_AFTER.test(after) || /€\s*$/.test(before)) continue;
    const cued = POSTAL_CUES.test(before);
    // 1900–2099 are more often years than Antwerp postal codes, unless announced as a postal code.
    if (n >= 1900 && n <= 2099 && !cued) continue;
    if (data.byCode.has(code)) return code;
    fallback ??= code;
  }
  return fallback;
}

/** Where the person lives, from a postal code or commune name in their text; undefined when none is found. */
export function placeFromText(data: PostalData, index: NameIndex, text: string): Place | undefined {
  const code = postalCodeInText(data, text);
  if (code) {
    const place = placeFromPostalCode(data, code);
    if (place) return place;
  }
  const commune = communeInText(index, text);
  if (!commune) return undefined;
  const m = data.municipalities.get(commune);
  if (!m) return undefined;
  const place = placeForMunicipality(m);
  // "Brussels" usually means the region, not the City of Brussels: the commune is a guess.
  if (commune === 'bruxelles') place.communeApproximate = true;
  return place;
}
