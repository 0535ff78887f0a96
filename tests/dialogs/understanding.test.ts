// What people write, read on the real knowledge base: the most specific place wins, a stated status is kept.
import * as path from 'node:path';
import { Answerer } from '../../src/answer/answerer';
import type { Entry } from '../../src/knowledge/types';
import { loadKnowledge, loadPostalCodes } from '../../src/loaders/knowledgeFiles';
import { Router } from '../../src/routing/router';
import { harness, i18n, textOf } from './harness';

let answerer: Answerer;
let router: Router;
let entries: readonly Entry[];
beforeAll(async () => {
  const { kb } = await loadKnowledge(path.join(__dirname, '..', '..', 'knowledge'));
  router = new Router(kb, await loadPostalCodes());
  answerer = new Answerer({ kb, router });
  entries = kb.entries;
});

const real = () => harness({ answerer, router, entries });

describe('the most specific place wins', () => {
  it.each([
    ['en', 'I live in Brussels 1070 Anderlecht, where can i get help from the CPAS', '1070'],
    ['nl', 'ik woon in brussel 1080 molenbeek waar is het ocmw', '1080'],
    ['fr', "j'habite à Bruxelles, Schaerbeek, comment aller au CPAS", '1030'],
    ['nl', 'ik woon in brussel molenbeek, waar kan ik nederlands leren', '1080'],
  ])('%s: %s', async (_lang, text, postalCode) => {
    const h = real();
    await h.say(text);
    expect(h.store.profiles.get('person-1')?.postalCode).toBe(postalCode);
  });
});

describe('a status the person states', () => {
  it.each([
    ['uk', 'маю тимчасовий захист, чи можу я працювати', 'temporary-protection'],
    ['en', 'hi, i am recognized refugee, do i need a work permit?', 'refugee'],
    ['fr', "j'ai la carte orange, est-ce que je peux travailler", 'asylum-seeker'],
  ])('%s: is kept and not asked again', async (lang, text, status) => {
    const h = real();
    const replies = await h.say(text);
    expect(h.store.profiles.get('person-1')?.status).toBe(status);
    expect(textOf(replies)).not.toContain(i18n.t(lang, 'status.ask'));
  });

  it('is never taken from where the person comes from alone', async () => {
    const h = real();
    await h.say('я з України, де знайти роботу');
    expect(h.store.profiles.get('person-1')?.status).toBeUndefined();
  });
});
