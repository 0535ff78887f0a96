// Postal codes said in words, as a phone writes what it was told (src/language/spokenNumbers.ts).
import { spokenNumbersAsDigits } from '../../src/language/spokenNumbers';

const AFTER = new Set(['a', 'in', 'в', 'у', 'te']);

describe('spokenNumbersAsDigits', () => {
  it.each([
    ["j'habite à mille quatre-vingts", "j'habite à 1080"],
    ['on habite à quatre mille', 'on habite à 4000'],
    ['nous sommes à mille cent quatre-vingt-dix, Forest', 'nous sommes à 1190, Forest'],
    ['мы живём в тысяча сто девяносто', 'мы живём в 1190'],
    ['ми у тисяча двісті', 'ми у 1200'],
    ['we live in one thousand and eighty', 'we live in 1080'],
    ['ik woon te duizend tachtig', 'ik woon te 1080'],
  ])('reads "%s" as "%s"', (text, read) => {
    expect(spokenNumbersAsDigits(text, AFTER)).toBe(read);
  });

  it.each([
    // One number word is no number said ("a thousand thanks"); no thousand, no postal code; not after a word of place.
    'merci à mille fois',
    'on a besoin de deux enfants à trois places',
    'une dette de mille quatre-vingts euros',
    'у нас тысяча проблем',
  ])('leaves "%s" as written', (text) => {
    expect(spokenNumbersAsDigits(text, AFTER)).toBe(text);
  });
});
