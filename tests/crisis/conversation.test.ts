// The crisis net in the conversation, over the real knowledge base and the real Answerer: a certain danger gets the
// emergency reply at once with the right line first; a possible one gets a short safety check, then the answer.
// Messages written for this file, not taken from the blind batches.
import * as path from 'node:path';
import { Answerer } from '../../src/answer/answerer';
import { Router } from '../../src/routing/router';
import type { AnswererPort } from '../../src/answer/types';
import type { Entry } from '../../src/knowledge/types';
import { loadKnowledge, loadPostalCodes } from '../../src/loaders/knowledgeFiles';
import { LANGS, answers, harness, i18n, type Reply } from '../dialogs/harness';

let answerer: AnswererPort;
let router: Router;
let entries: readonly Entry[];

beforeAll(async () => {
  const { kb } = await loadKnowledge(path.join(__dirname, '..', '..', 'knowledge'));
  router = new Router(kb, await loadPostalCodes());
  answerer = new Answerer({ kb, router });
  entries = kb.entries;
});

const serviceIds = (reply: Reply | undefined): string[] => (reply?.channelData?.answer?.services ?? []).map((s: { id: string }) => s.id);

describe('a certain danger: the emergency reply at once, the line for that kind of danger first', () => {
  it.each<[string, string, string[]]>([
    ['fr', "mon copain m'a giflée et il me menace encore", ['violence-conjugale-ecoute', 'emergency-112']],
    ['nl', 'ze hebben mijn paspoort afgepakt en ik moet werken zonder loon', ['traite-ligne-nationale', 'emergency-112']],
    ['en', "my mum's face is drooping on one side and she can't lift her arm", ['emergency-112']],
    ['uk', 'не хочу більше жити', ['emergency-112', 'suicide-prevention-cps']],
    ['ar', 'ولدي شرب جافيل', ['antipoisons', 'emergency-112']],
    ['en', 'mijn opa is gevallen en beweegt niet', ['emergency-112']],
  ])('[%s] "%s"', async (lang, text, first) => {
    const h = harness({ answerer, router, entries });
    const replies = await h.say(text);
    const emergency = replies.find((r) => r.channelData?.answer?.kind === 'emergency');
    expect(replies[0]).toBe(emergency);
    expect(serviceIds(emergency).slice(0, first.length)).toEqual(first);
    expect(emergency?.text).toContain('112');
    expect(emergency?.locale).toBe(lang === 'en' && text.startsWith('mijn') ? 'nl' : lang);
  });

  it('sends a family on the street in the cold to Samusocial first in Brussels, and not to Namur or Charleroi', async () => {
    const h = harness({ answerer, router, entries });
    const replies = await h.say({ type: 'message', text: 'мы с детьми спим на улице', channelData: { postalCode: '1070' } });
    const emergency = replies.find((r) => r.channelData?.answer?.kind === 'emergency');
    const ids = serviceIds(emergency);
    expect(ids[0]).toBe('samusocial-brussels');
    expect(ids).toContain('emergency-112');
    expect(ids).not.toContain('dus-namur');
    expect(emergency?.text).toContain('0800 99 340');
  });
});

const NO_ROOF_TONIGHT: Record<(typeof LANGS)[number], string> = {
  fr: "j'ai nulle part où dormir ce soir",
  nl: 'ik heb vannacht geen plek om te slapen',
  en: 'i have nowhere to sleep tonight',
  uk: 'мені нема де ночувати сьогодні',
  ru: 'мне негде ночевать сегодня',
  ar: 'ما عندي وين ننام الليلة',
};

describe.each(LANGS)('a possible danger, %s: a safety check first, then the normal answer', (lang) => {
  it('asks whether someone is in danger now, with 112 and the line for that danger, then answers', async () => {
    const h = harness({ answerer, router, entries });
    const replies = await h.say(NO_ROOF_TONIGHT[lang]);
    const [check, ...rest] = replies;
    expect(check.channelData?.answer).toMatchObject({ kind: 'prompt', topic: 'emergency' });
    expect(check.text).toContain(i18n.t(lang, 'safety.check'));
    expect(check.locale).toBe(lang);
    expect(serviceIds(check)).toEqual(expect.arrayContaining(['emergency-112', 'samusocial-brussels']));
    expect(check.suggestedActions?.actions.map((a) => a.title)).toEqual([i18n.t(lang, 'safety.call112')]);
    // The question is still answered: an entry (housing), not the emergency reply.
    const kinds = answers(rest).map((a) => a.kind);
    expect(kinds).not.toContain('emergency');
    expect(kinds.some((k) => k === 'answer' || k === 'clarify')).toBe(true);
  });

  it('gives the full emergency reply when the person presses "yes, danger now"', async () => {
    const h = harness({ answerer, router, entries });
    await h.say(NO_ROOF_TONIGHT[lang]);
    const replies = await h.say(i18n.t(lang, 'safety.call112'));
    expect(replies[0].channelData?.answer?.kind).toBe('emergency');
    expect(replies[0].text).toContain('112');
  });
});

describe('ordinary messages with danger words', () => {
  it.each([
    ['en', 'my battery died, where can i charge my phone in Namur'],
    ['fr', 'je voudrais une formation sécurité incendie'],
    ['nl', 'het OCMW dreigt mijn leefloon te stoppen, wat kan ik doen'],
    ['ar', 'الـ CPAS هددني يقطع المساعدة، شنو ندير'],
  ])('[%s] "%s" never gets the emergency reply', async (_lang, text) => {
    const h = harness({ answerer, router, entries });
    const replies = await h.say(text);
    expect(answers(replies).map((a) => a.kind)).not.toContain('emergency');
  });

  it('a crisis phrase of the old lists beside a word that makes it ordinary gets the safety check, not the emergency reply', async () => {
    const h = harness({ answerer, router, entries });
    const replies = await h.say('exercice incendie à l’école de mon fils, il doit venir ?');
    expect(replies[0].channelData?.answer).toMatchObject({ kind: 'prompt', topic: 'emergency' });
    expect(answers(replies).map((a) => a.kind)).not.toContain('emergency');
  });
});
