// Which entries are offered as follow-up buttons after an answer.
import { followUpEntries } from '../../src/bot/followUps';
import type { Entry, Place } from '../../src/knowledge/types';

function entry(id: string, extra: Partial<Entry> = {}): Entry {
  return {
    id,
    topic: 'housing',
    text: { fr: { title: `fr ${id}`, questions: [], answer: '.' }, en: { title: `en ${id}`, questions: [], answer: '.' } },
    sources: [],
    owner: 'test',
    reviewed: '2026-01-01',
    reviewIntervalDays: 365,
    verified: false,
    ...extra,
  };
}

const NAMUR: Place = { postalCode: '5000', commune: 'namur', region: 'wallonia' };
const ids = (entries: Entry[]) => entries.map((e) => e.id);

describe('follow-up entries', () => {
  const answered = entry('finding', { serviceTypes: ['cpas'] });
  const wallonia = entry('deposit-wallonia', { regions: ['wallonia'] });
  const brussels = entry('deposit-brussels', { regions: ['brussels'] });
  const everywhere = entry('no-address');
  const otherTopic = entry('school', { topic: 'education' });
  const all = [answered, brussels, wallonia, everywhere, otherTopic];

  it('offers entries of the same topic for the person\'s region, at most the number asked', () => {
    expect(ids(followUpEntries(answered, all, { place: NAMUR }, 5))).toEqual(['deposit-wallonia', 'no-address']);
    expect(ids(followUpEntries(answered, all, { place: NAMUR }, 1))).toEqual(['deposit-wallonia']);
    expect(followUpEntries(answered, all, { place: NAMUR }, 0)).toEqual([]);
  });

  it('without a place, keeps to the regions of the answer', () => {
    const brusselsAnswer = entry('social-housing-brussels', { regions: ['brussels'] });
    expect(ids(followUpEntries(brusselsAnswer, [...all, brusselsAnswer], {}, 5))).toEqual(['finding', 'deposit-brussels', 'no-address']);
    // An answer for every region: only entries for every region, the person's region being unknown.
    expect(ids(followUpEntries(answered, all, {}, 5))).toEqual(['no-address']);
  });

  it('puts an entry that names an office first when the answer names none (the "where do I go" step)', () => {
    const info = entry('rights');
    const office = entry('which-office', { serviceTypes: ['housing'] });
    expect(ids(followUpEntries(info, [info, everywhere, office], {}, 2))).toEqual(['which-office', 'no-address']);
    // When the answer already names one, the knowledge order stands.
    expect(ids(followUpEntries(answered, [answered, everywhere, office], {}, 2))).toEqual(['no-address', 'which-office']);
  });

  it('keeps status-specific entries from other statuses, and after the others while the status is unknown', () => {
    const refugees = entry('refugees', { audience: ['refugee'] });
    expect(ids(followUpEntries(everywhere, [refugees, everywhere, answered], { place: NAMUR }, 5))).toEqual(['finding', 'refugees']);
    expect(ids(followUpEntries(everywhere, [refugees, everywhere], { status: 'temporary-protection' }, 5))).toEqual([]);
    expect(ids(followUpEntries(everywhere, [refugees, everywhere], { status: 'refugee' }, 5))).toEqual(['refugees']);
  });

  it('offers a commune\'s own entry only in that commune', () => {
    const local = entry('namur-desk', { communes: ['namur'] });
    expect(ids(followUpEntries(everywhere, [everywhere, local], { place: NAMUR }, 5))).toEqual(['namur-desk']);
    expect(followUpEntries(everywhere, [everywhere, local], { place: { postalCode: '1030', commune: 'schaerbeek', region: 'brussels' } }, 5)).toEqual([]);
    expect(followUpEntries(everywhere, [everywhere, local], {}, 5)).toEqual([]);
  });

  it('never offers what was already answered, nor entries without text in the reply language', () => {
    const frOnly = entry('fr-only', { text: { fr: { title: 'fr', questions: [], answer: '.' } } });
    expect(ids(followUpEntries(everywhere, [everywhere, answered, frOnly], { place: NAMUR, seen: ['finding'] }, 5))).toEqual(['fr-only']);
    expect(followUpEntries(everywhere, [everywhere, frOnly], { place: NAMUR, lang: 'en' }, 5)).toEqual([]);
  });

  it('offers nothing after an emergency', () => {
    const sos = entry('sos', { topic: 'emergency' });
    expect(followUpEntries(sos, [sos, entry('sos-2', { topic: 'emergency' })], {}, 5)).toEqual([]);
  });
});
