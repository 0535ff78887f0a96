import { PROTECTED_TERMS, protect, restore, restoreStrict } from '../../src/translate/protect';

describe('protect / restore', () => {
  const sample =
    'Allez au CPAS de Namur (5000) ou appelez le 081 25 04 00, +32 2 123 45 67 ou le 112. ' +
    'Écrivez à info@cpas-namur.be ou voyez https://www.ibz.be/fr/inscription?x=1. Le BAPA et le PIIS aussi.';

  it('takes URLs, e-mails, phones, postal codes, short numbers and service codes out of the text', () => {
    const p = protect(sample);
    expect(p.spans).toEqual(
      expect.arrayContaining([
        'CPAS',
        '5000',
        '081 25 04 00',
        '+32 2 123 45 67',
        '112',
        'info@cpas-namur.be',
        'https://www.ibz.be/fr/inscription?x=1',
        'BAPA',
        'PIIS',
      ]),
    );
    for (const span of p.spans) expect(p.text).not.toContain(span);
    expect(p.text).toContain('Allez au ⟦0⟧ de Namur');
  });

  it('gives back exactly the original text', () => {
    const p = protect(sample);
    expect(restore(p.text, p.spans)).toBe(sample);
    expect(restoreStrict(p.text, p.spans)).toBe(sample);
  });

  it('restores placeholders the engine spaced out or wrote in Arabic-Indic or Persian digits', () => {
    const p = protect('Appelez le 081 25 04 00 ou écrivez à a@b.be');
    expect(p.spans).toEqual(['081 25 04 00', 'a@b.be']);
    expect(restore('Call ⟦ 0 ⟧ or write to ⟦ 1 ⟧', p.spans)).toBe('Call 081 25 04 00 or write to a@b.be');
    expect(restore('اتصل ⟦٠⟧ أو ⟦١⟧', p.spans)).toBe('اتصل 081 25 04 00 أو a@b.be');
    expect(restore('تماس ⟦۰⟧ یا ⟦۱⟧', p.spans)).toBe('تماس 081 25 04 00 یا a@b.be');
  });

  it('refuses a translation that lost a protected span (strict restore), where plain restore would hide it', () => {
    const p = protect('Appelez le 081 25 04 00 ou écrivez à a@b.be');
    expect(restoreStrict('Call ⟦0⟧ or write', p.spans)).toBeUndefined();
    expect(restoreStrict('Call ⟦0⟧ or write to ⟦7⟧', p.spans)).toBeUndefined();
    expect(restoreStrict('Call ⟦0⟧ or write to ⟦1⟧', p.spans)).toBe('Call 081 25 04 00 or write to a@b.be');
  });

  it('matches service names as whole words in any case, longest first, and keeps their original spelling', () => {
    const p = protect('Inscrivez-vous au forem ou chez Le Forem; pas dans « Foremx ».', PROTECTED_TERMS);
    expect(p.spans).toEqual(['forem', 'Le Forem']);
    expect(p.text).toContain('Foremx');
  });

  it('protects service names passed in, with the built-in list', () => {
    const p = protect('Lire et Écrire et Convivial aident au CRI.', [...PROTECTED_TERMS, 'Convivial']);
    expect(p.spans).toEqual(['Lire et Écrire', 'Convivial', 'CRI']);
  });

  it('matches acronyms only in capitals: "un cri" (a shout) and Turkish "ili" stay translatable', () => {
    const p = protect('Un cri au CRI; Namur ili; ILI de Namur.');
    expect(p.spans).toEqual(['CRI', 'ILI']);
  });

  it('does not take a word that merely contains a code (CRIS, ICPAS) for the code', () => {
    const p = protect('CRISE et ICPAS ne sont pas des services.');
    expect(p.spans).toEqual([]);
    expect(p.text).toBe('CRISE et ICPAS ne sont pas des services.');
  });

  it('protects a placeholder-like token already in the text so it cannot be confused with ours', () => {
    const p = protect('Texte ⟦9⟧ étrange au CPAS');
    expect(p.spans).toEqual(['⟦9⟧', 'CPAS']);
    expect(restoreStrict(p.text, p.spans)).toBe('Texte ⟦9⟧ étrange au CPAS');
  });

  it('works on texts in other scripts', () => {
    const p = protect('به CPAS بروید یا با 0800 12 345 تماس بگیرید');
    expect(p.spans).toEqual(['CPAS', '0800 12 345']);
  });
});
