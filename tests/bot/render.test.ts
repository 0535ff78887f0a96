// Rendering services: contact fields as the knowledge base holds them, unverified ones flagged without repetition.
import { renderAnswer, renderServices } from '../../src/bot/render';
import type { Entry, RoutedService } from '../../src/knowledge/types';
import { i18n } from '../dialogs/harness';

const note = `(${i18n.t('en', 'answer.serviceUnverified')})`;
const s = (id: string, verified: boolean, phone?: string): RoutedService => ({ id, type: 'emergency', name: id, verified, contact: phone ? { phone } : undefined });

describe('renderServices', () => {
  it('shows each contact field with its label', () => {
    expect(renderServices(i18n, 'en', [s('112', true, '112')])).toBe(`• **112**\n  ${i18n.t('en', 'answer.phone', { value: '112' })}`);
  });

  it('never puts the "not verified" label next to an emergency number: 112 and 101 must be called at once', () => {
    const text = renderServices(i18n, 'en', [s('112', false, '112'), s('101', false, '101')]);
    expect(text).not.toContain(i18n.t('en', 'answer.serviceUnverified'));
  });

  it('says once, under the list, that other services\' contact details are not verified', () => {
    const helpline: RoutedService = { id: 'cpas:x', type: 'cpas', name: 'CPAS', verified: false, contact: { phone: '02 240 30 80' } };
    const text = renderServices(i18n, 'en', [s('112', false, '112'), helpline, { ...helpline, id: 'cpas:y' }]);
    expect(text.split(i18n.t('en', 'answer.serviceUnverified'))).toHaveLength(2);
    const lines = text.split('\n');
    expect(lines[lines.length - 1]).toBe(`_${note}_`);
    // The number lines themselves carry no label.
    for (const line of lines.filter((l) => l.includes(i18n.t('en', 'answer.phone', { value: '' })))) expect(line).not.toContain(note);
  });

  it('a service without contact fields says how to find them, and is not flagged', () => {
    expect(renderServices(i18n, 'en', [{ ...s('cpas', false), type: 'cpas' }])).toBe(`• **cpas**\n  ${i18n.t('en', 'answer.howToFind.cpas')}`);
    expect(renderServices(i18n, 'fr', [{ ...s('cri', false), type: 'cri' }])).toBe(`• **cri**\n  ${i18n.t('fr', 'answer.howToFind.other')}`);
  });
});

describe('renderAnswer', () => {
  const entry = (sources: Entry['sources']): Entry => ({
    id: 'e',
    topic: 'residence',
    text: { en: { title: 'Register at the commune', answer: 'Go to the commune.', questions: ['how do i register'], keywords: [] } },
    sources,
    owner: 'test',
    reviewed: '2026-11-01',
    reviewIntervalDays: 180,
    verified: false,
    file: 'e.yaml',
  } as Entry);

  it('names a seed source by its document title, not its file name', () => {
    const { text } = renderAnswer(i18n, 'en', entry([{ seed: 'refufam-policy-brief-3.txt', title: 'RefuFam — Policy Brief 3' }]), []);
    expect(text).toContain(i18n.t('en', 'answer.source', { source: 'RefuFam — Policy Brief 3' }));
    expect(text).not.toContain('.txt');
  });

  it('prefers a public page, which the person can open, and falls back to the file name without a title', () => {
    const both = entry([{ seed: 'a.txt', title: 'A' }, { url: 'https://www.mi-is.be' }]);
    expect(renderAnswer(i18n, 'en', both, []).text).toContain(i18n.t('en', 'answer.source', { source: 'https://www.mi-is.be' }));
    expect(renderAnswer(i18n, 'en', entry([{ seed: 'a.txt' }]), []).text).toContain(i18n.t('en', 'answer.source', { source: 'a.txt' }));
  });
});
