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

  it('flags unverified contact details once when none is verified', () => {
    const text = renderServices(i18n, 'en', [s('112', false, '112'), s('101', false, '101')]);
    expect(text.split(note)).toHaveLength(2);
    expect(text.endsWith(note)).toBe(true);
  });

  it('flags the unverified one only when the list mixes both', () => {
    const text = renderServices(i18n, 'en', [s('112', true, '112'), s('helpline', false, '0800 30 030')]);
    expect(text).toBe(
      `• **112**\n  ${i18n.t('en', 'answer.phone', { value: '112' })}\n• **helpline**\n  ${i18n.t('en', 'answer.phone', { value: '0800 30 030' })}\n  ${note}`,
    );
  });

  it('a service without contact fields is not flagged', () => {
    expect(renderServices(i18n, 'en', [s('cpas', false)])).toBe('• **cpas**');
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
