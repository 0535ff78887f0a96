// "Did you mean…" when the question names the town: the offices follow that town, though it is not kept in the
// profile. On the real knowledge base, the question below names two needs (work, the CRI) the person chooses from.
import { answers, buttons, harness, i18n, realKnowledge, serviceIds, titleOf, type Knowledge } from './harness';

const t = (key: string, params?: Record<string, string | number>) => i18n.t('fr', key, params);
const WORK = 'employment-find-work-wallonia';
const WHICH_CRI = 'integration-pathway-wallonia-which-cri';

let k: Knowledge;
beforeAll(async () => {
  k = await realKnowledge();
});

describe('clarify with a town named in the question', () => {
  const question = 'Le Forem ou le CRI, à Namur ?';

  it('names the best guess\'s offices for that town, and routes the picked entry there', async () => {
    const h = await harness();
    const first = await h.say(question);
    const clarify = first[first.length - 1];
    expect(answers([clarify])[0]).toMatchObject({ kind: 'clarify', topic: 'employment' });
    expect(buttons(first)).toEqual([titleOf(k, WORK, 'fr'), titleOf(k, WHICH_CRI, 'fr'), t('clarify.none')]);
    // The best guess (work) with the offices of the town named.
    expect(serviceIds(answers([clarify])[0])).toEqual(expect.arrayContaining(['forem', 'cri-namur']));
    // Mentioned in passing in a longer question: not kept as where the person lives.
    expect((await h.profile())?.postalCode).toBeUndefined();

    const picked = await h.say(titleOf(k, WHICH_CRI, 'fr'));
    expect(answers(picked)[0]).toMatchObject({ kind: 'answer', entryId: WHICH_CRI });
    const cri = answers(picked)[0].services.find((s) => s.type === 'cri');
    expect(cri?.id).toBe('cri-namur');
    expect(picked[0].text).toContain(cri?.name);
    // The office is known: the place is not asked.
    expect(picked.map((r) => r.text)).not.toContain(t('place.ask'));
  });

  it('the person\'s own place still comes first', async () => {
    const h = await harness();
    await h.say('4000');
    const first = await h.say(question);
    const clarify = answers(first).find((a) => a.kind === 'clarify');
    expect(serviceIds(clarify)).toContain('cri-liege');
    expect(serviceIds(clarify)).not.toContain('cri-namur');
    const picked = await h.say(titleOf(k, WHICH_CRI, 'fr'));
    expect(answers(picked)[0].services.filter((s) => s.type === 'cri').map((s) => s.id)).toEqual(['cri-liege']);
  });
});
