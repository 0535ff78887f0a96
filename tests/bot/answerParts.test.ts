// The answer in parts for the web chat page: the same facts as the text, each heading in the text's language.
import { answerParts } from '../../src/bot/answerParts';
import type { Entry, RoutedService } from '../../src/knowledge/types';
import { i18n } from '../dialogs/harness';

const entry: Entry = {
  id: 'e',
  topic: 'residence',
  text: {
    fr: { title: "S'inscrire", answer: 'Allez à la commune.', questions: ['inscription'], steps: ['Prendre rendez-vous', 'Y aller'], documents: ['Passeport'] },
    ar: { title: 'التسجيل', answer: 'اذهب إلى البلدية.', questions: ['تسجيل'] },
  },
  sources: [{ seed: 'a.txt', title: 'A' }, { url: 'https://www.ibz.be' }],
  owner: 'test',
  reviewed: '2026-11-01',
  reviewIntervalDays: 180,
  verified: false,
  file: 'e.yaml',
} as Entry;

const services: RoutedService[] = [
  { id: 'c', type: 'commune', name: 'Commune de Namur', description: 'Population', contact: { phone: '081 24 63 11', website: 'https://www.namur.be' }, verified: false },
  { id: 'd', type: 'cpas', name: 'CPAS', verified: true },
];

describe('answerParts', () => {
  it('gives the title, short answer, steps and documents with their headings in the entry language', () => {
    const parts = answerParts(i18n, 'fr', entry, services);
    expect(parts).toMatchObject({
      lang: 'fr',
      title: "S'inscrire",
      summary: 'Allez à la commune.',
      steps: { heading: i18n.t('fr', 'answer.steps'), items: ['Prendre rendez-vous', 'Y aller'] },
      documents: { heading: i18n.t('fr', 'answer.documents'), items: ['Passeport'] },
      source: { text: i18n.t('fr', 'answer.source', { source: 'https://www.ibz.be' }), url: 'https://www.ibz.be' },
      reviewed: i18n.t('fr', 'answer.reviewed', { date: '2026-11-01' }),
      unverified: i18n.t('fr', 'answer.unverified'),
    });
  });

  it('lists each service with its contact fields, flagging unverified contact details only where there are some', () => {
    const [namur, cpas] = answerParts(i18n, 'fr', entry, services).services!.items;
    expect(namur.fields).toEqual([
      { kind: 'phone', value: '081 24 63 11', text: i18n.t('fr', 'answer.phone', { value: '081 24 63 11' }) },
      { kind: 'website', value: 'https://www.namur.be', text: i18n.t('fr', 'answer.website', { value: 'https://www.namur.be' }) },
    ]);
    expect(namur.note).toBe(i18n.t('fr', 'answer.serviceUnverified'));
    expect(cpas).toEqual({ name: 'CPAS', fields: [] });
  });

  it('falls back to the pivot text, and says so through its lang, when the language has none', () => {
    expect(answerParts(i18n, 'ar', entry, []).lang).toBe('ar');
    const uk = answerParts(i18n, 'uk', entry, []);
    expect(uk).toMatchObject({ lang: 'fr', title: "S'inscrire", reviewed: i18n.t('fr', 'answer.reviewed', { date: '2026-11-01' }) });
    expect(uk.services).toBeUndefined();
  });
});
