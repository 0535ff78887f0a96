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

const real = (locale?: string) => harness({ answerer, router, entries, locale });

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

describe('follow-ups are read against the last answer', () => {
  it.each([
    ['fr', "comment demander le revenu d'intégration au CPAS", 'quels documents ?', 'cpas'],
    ['nl', 'hoe vraag ik een leefloon aan bij het OCMW', 'waar moet ik naartoe?', 'cpas'],
    ['en', 'how do i ask the CPAS for the living wage', 'how much is it?', 'cpas'],
    ['uk', 'як отримати соціальну допомогу в CPAS', 'скільки це?', 'cpas'],
  ])('%s: "%s" then "%s"', async (_lang, first, next, topic) => {
    const h = real();
    await h.say(first);
    const replies = await h.say(next);
    const answer = replies.map((r) => r.channelData?.answer).find((a) => a && a.kind !== 'prompt');
    expect(answer?.kind).toMatch(/answer|clarify/);
    expect(answer?.topic).toBe(topic);
  });

  it.each(['how much is it?', 'quels documents ?', 'waar moet ik naartoe?'])('"%s" asked first falls back', async (text) => {
    const h = real();
    const replies = await h.say(text);
    expect(replies.map((r) => r.channelData?.answer?.kind)).toContain('fallback');
  });

  it('"and in Namur?" gives the last answer\'s services there', async () => {
    const h = real();
    await h.say('comment demander le revenu d integration au CPAS');
    const replies = await h.say('et à Namur ?');
    expect(textOf(replies)).toContain('Namur');
    expect(h.store.profiles.get('person-1')?.postalCode).toBe('5000');
  });
});

describe('thanks and greetings are answered in kind', () => {
  it.each([
    ['fr', 'merci beaucoup', 'smallTalk.thanks'],
    ['uk', 'дякую', 'smallTalk.thanks'],
    ['ar', 'السلام عليكم', 'smallTalk.greeting'],
    ['en', 'hello', 'smallTalk.greeting'],
  ])('%s: %s', async (lang, text, key) => {
    // One word says little of its language: the page sends the person's locale.
    const h = real(lang);
    const replies = await h.say(text);
    expect(textOf(replies)).toContain(i18n.t(lang, key));
    expect(textOf(replies)).not.toContain(i18n.t(lang, 'fallback.rephrase'));
  });

  it('a greeting before a question is no small talk', async () => {
    const h = real();
    const replies = await h.say('hello, i need a free lawyer');
    expect(replies.map((r) => r.channelData?.answer?.topic)).toContain('legal-aid');
  });
});
