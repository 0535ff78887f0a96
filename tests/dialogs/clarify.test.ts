// "Did you mean…" when the question names the town: the offices follow that town, though it is not kept in the profile.
import { CPAS_APPOINTMENT, INTEGRATION_WALLONIA } from './fixtures/entries';
import { answers, buttons, harness, i18n } from './harness';

const t = (key: string, params?: Record<string, string | number>) => i18n.t('fr', key, params);

describe('clarify with a town named in the question', () => {
  const question = "Le parcours d'intégration ou le CPAS, à Namur ?";

  it('names the best guess office for that town, and routes the picked entry there', async () => {
    const h = harness();
    const first = await h.say(question);
    const clarify = first[first.length - 1];
    expect(answers([clarify])[0]).toMatchObject({ kind: 'clarify', services: [{ id: 'cri:namur', type: 'cri', name: 'CRI Namur' }] });
    expect(buttons(first)).toEqual([INTEGRATION_WALLONIA.text.fr.title, CPAS_APPOINTMENT.text.fr.title, t('clarify.none')]);
    // Mentioned in passing in a longer question: not kept as where the person lives.
    expect(h.store.profiles.get('person-1')?.postalCode).toBeUndefined();

    const picked = await h.say(CPAS_APPOINTMENT.text.fr.title);
    expect(answers(picked)[0]).toMatchObject({ kind: 'answer', entryId: CPAS_APPOINTMENT.id, services: [{ id: 'cpas:namur', type: 'cpas', name: 'CPAS Namur' }] });
    expect(picked[0].text).toContain('CPAS Namur');
    // The office is known: the place is not asked.
    expect(picked.map((r) => r.text)).not.toContain(t('place.ask'));
  });

  it('the person\'s own place still comes first', async () => {
    const h = harness();
    await h.say('1030');
    const first = await h.say(question);
    expect(answers(first).find((a) => a.kind === 'clarify')?.services).toEqual([{ id: 'cri:schaerbeek', type: 'cri', name: 'CRI Schaerbeek' }]);
    const picked = await h.say(CPAS_APPOINTMENT.text.fr.title);
    expect(answers(picked)[0].services).toEqual([{ id: 'cpas:schaerbeek', type: 'cpas', name: 'CPAS Schaerbeek' }]);
  });
});
