// Numbers said in words, as a phone writes what it was told: "j'habite à mille quatre-vingts", "мы в Форе, ну тысяча
// сто девяносто", "we live in one thousand and eighty". A postal code dictated comes back as words, and the place
// reader only knew digits. Only runs that hold a word for a thousand are read back (every Belgian postal code has four
// digits); the rest of the text is left as it is.

/** Word → value, French, Dutch, English, Russian and Ukrainian (accents folded, apostrophes kept as written). */
const VALUES: Readonly<Record<string, number>> = {
  // French
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90, cent: 100, cents: 100, mille: 1000,
  // Dutch
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20,
  dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100, duizend: 1000,
  // English
  one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
  // Russian
  один: 1, одна: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10,
  одиннадцать: 11, двенадцать: 12, тринадцать: 13, четырнадцать: 14, пятнадцать: 15, шестнадцать: 16, семнадцать: 17,
  восемнадцать: 18, девятнадцать: 19, двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50, шестьдесят: 60,
  семьдесят: 70, восемьдесят: 80, девяносто: 90, сто: 100, двести: 200, триста: 300, четыреста: 400, пятьсот: 500,
  шестьсот: 600, семьсот: 700, восемьсот: 800, девятьсот: 900, тысяча: 1000, тысячи: 1000, тысяч: 1000,
  // Ukrainian (the forms Russian does not share)
  дві: 2, чотири: 4, "п'ять": 5, шість: 6, сім: 7, вісім: 8, "дев'ять": 9, одинадцять: 11, дванадцять: 12,
  тринадцять: 13, чотирнадцять: 14, "п'ятнадцять": 15, шістнадцять: 16, сімнадцять: 17, вісімнадцять: 18,
  "дев'ятнадцять": 19, "п'ятдесят": 50, шістдесят: 60, сімдесят: 70, вісімдесят: 80, "дев'яносто": 90, двісті: 200,
  чотириста: 400, "п'ятсот": 500, шістсот: 600, сімсот: 700, вісімсот: 800, "дев'ятсот": 900, тисяча: 1000, тисячі: 1000,
  тисяч: 1000,
};

/** Words that join the parts of one number ("vingt et un", "one thousand and eighty", "drieduizend en"). */
const JOINERS: ReadonlySet<string> = new Set(['et', 'and', 'en']);

/** Punctuation a word may carry after it ("mille trente," "тысяча сто девяносто?"). */
const TRAILING = /[.,;:!?؟)»"]+$/u;

/** A word lower case, accents folded, the apostrophe of Ukrainian written either way, punctuation after it off. */
function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’ʼ]/g, "'").replace(TRAILING, '');
}

/** The value of one word. */
function valueOf(word: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(VALUES, fold(word)) ? VALUES[fold(word)] : undefined;
}

/** Least number words a run must hold: "mille mercis", "thousand times" are no numbers said. */
const MIN_RUN_WORDS = 2;

/**
 * The number a run of number words says: units and tens add up, a hundred multiplies what comes before it, a
 * thousand closes what comes before it ("quatre mille" 4000, "mille quatre vingts" 1080: "quatre vingt" is 80, the
 * French way of saying it).
 */
function runValue(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let previous: number | undefined;
  for (const word of words) {
    const v = valueOf(word);
    if (v === undefined) continue;
    if (v === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (v === 100) current = (current || 1) * 100;
    else if (v === 20 && previous === 4 && current % 100 === 4) current += 76;
    else current += v;
    previous = v;
  }
  const n = total + current;
  return Number.isInteger(n) ? n : undefined;
}

/**
 * The text with every run of number words that holds a thousand and says a number of four digits written as digits
 * ("j'habite à mille quatre-vingts" → "j'habite à 1080"), when the word before the run is one of `after` (compared
 * lower case, accents folded); other runs ("deux enfants", "cent euros", "mille mercis") as written.
 */
export function spokenNumbersAsDigits(text: string, after: ReadonlySet<string>): string {
  const tokens = text.split(/(\s+|-)/);
  const out: string[] = [];
  let before = '';
  for (let i = 0; i < tokens.length; ) {
    if (valueOf(tokens[i]) === undefined || !after.has(before)) {
      out.push(tokens[i]);
      if (!/^(\s+|-)?$/.test(tokens[i])) before = fold(tokens[i]);
      i++;
      continue;
    }
    // The run: number words, with spaces, hyphens and joiners between them.
    let j = i;
    const words: string[] = [];
    let end = i;
    while (j < tokens.length) {
      const t = tokens[j];
      if (valueOf(t) !== undefined) {
        words.push(t);
        end = j + 1;
      } else if (!(/^(\s+|-)$/.test(t) || t === '' || JOINERS.has(t.toLowerCase()))) break;
      j++;
    }
    const n = words.length >= MIN_RUN_WORDS && words.some((w) => valueOf(w) === 1000) ? runValue(words) : undefined;
    const last = words[words.length - 1] ?? '';
    out.push(n !== undefined && n >= 1000 && n <= 9999 ? `${n}${TRAILING.exec(last)?.[0] ?? ''}` : tokens.slice(i, end).join(''));
    before = fold(last);
    i = end;
  }
  return out.join('');
}
