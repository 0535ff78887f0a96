import { asksArithmetic } from '../../src/language/arithmetic';

describe('asksArithmetic', () => {
  it.each([
    'kunde gij mijn huiswerk wiskunde doen? 2x + 5 = 17',
    'my son homework: what is 3/4 + 2/5 please fast',
    'combien fait 12*7 ?',
    'x = 3y + 2 help',
    'حل المعادلة ٣ + ٤ = ؟',
    'сколько будет 15 × 4',
  ])('a sum to work out: %s', (text) => {
    expect(asksArithmetic(text)).toBe(true);
  });

  it.each([
    'appelez le +32 2 555 00 00',
    'mon fils a 16 ans, il est 18+ ?',
    'rendez-vous le 12/05 de 9-17h',
    'garantie 3 mois = trop cher',
    'ik woon in 1080 molenbeek',
    'cpas aide 2024',
  ])('no sum: %s', (text) => {
    expect(asksArithmetic(text)).toBe(false);
  });
});
