// The conversation over the real knowledge base (knowledge/) and the real Answerer, in the six core languages.
import * as path from 'node:path';
import { Answerer } from '../../src/answer/answerer';
import type { AnswererPort } from '../../src/answer/types';
import { loadKnowledge, loadPostalCodes } from '../../src/loaders/knowledgeFiles';
import { LANGS, answers, harness, i18n } from './harness';

let answerer: AnswererPort;

beforeAll(async () => {
  const { kb } = await loadKnowledge(path.join(__dirname, '..', '..', 'knowledge'));
  answerer = new Answerer({ kb, postal: await loadPostalCodes() });
});

const CPAS: Record<(typeof LANGS)[number], string> = {
  fr: "Comment demander le revenu d'intégration au CPAS ?",
  nl: 'Hoe vraag ik een leefloon aan bij het OCMW?',
  en: 'How do I apply for social assistance at the CPAS?',
  uk: 'Як отримати соціальну допомогу в CPAS?',
  ru: 'Как получить социальную помощь в CPAS?',
  ar: 'كيف أطلب المساعدة الاجتماعية من CPAS؟',
};

const CRISIS: Record<(typeof LANGS)[number], string> = {
  fr: 'mon mari me frappe',
  nl: 'mijn kind heeft pillen ingeslikt',
  en: 'I want to kill myself',
  uk: 'він погрожує мене вбити',
  ru: 'хочу покончить с собой',
  ar: 'زوجي يضربني',
};

describe.each(LANGS)('real knowledge base, %s', (lang) => {
  it('answers a CPAS question (not a fallback) in the language it was asked', async () => {
    const h = harness({ answerer });
    const replies = await h.say(CPAS[lang]);
    const kinds = answers(replies).map((a) => a.kind);
    expect(kinds.some((k) => k === 'answer' || k === 'clarify')).toBe(true);
    expect(kinds).not.toContain('fallback');
    expect(answers(replies).every((a) => a.lang === lang && !a.machineTranslated)).toBe(true);
  });

  it('answers a crisis at once with the emergency entry and helplines', async () => {
    const h = harness({ answerer });
    const replies = await h.say(CRISIS[lang]);
    expect(replies).toHaveLength(1);
    expect(answers(replies)[0]).toMatchObject({ kind: 'emergency', topic: 'emergency', entryId: 'emergency-help', lang });
    expect(answers(replies)[0].services.map((s) => s.id)).toContain('emergency-112');
    expect(replies[0].text).toContain('112');
    expect(replies[0].text).toContain(i18n.t(lang, 'emergency.intro'));
  });
});

describe('real knowledge base, routing', () => {
  it('names the CPAS of the commune given by the channel, whether it answers or asks which entry', async () => {
    const h = harness({ answerer });
    const replies = await h.say({ type: 'message', text: CPAS.fr, channelData: { postalCode: '5000' } });
    const index = answers(replies).findIndex((a) => a.kind !== 'prompt');
    expect(answers(replies)[index].services.some((s) => s.type === 'cpas')).toBe(true);
    expect(replies[index].text).toContain('Namur');
  });
});
