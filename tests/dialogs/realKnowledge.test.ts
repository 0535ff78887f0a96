// The conversation over the real knowledge base (knowledge/) and the real Answerer, in the six core languages.
import type { Entry } from '../../src/knowledge/types';
import type { Router } from '../../src/routing/router';
import { LANGS, answers, buttons, harness, i18n, realKnowledge } from './harness';

let router: Router;
let entries: readonly Entry[];

beforeAll(async () => {
  ({ router, entries } = await realKnowledge());
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

/** The crisis entry each of those leads with: a violence victim gets the violence line, not the suicide lines. */
const CRISIS_ENTRY: Record<(typeof LANGS)[number], string> = {
  fr: 'emergency-violence',
  nl: 'emergency-poisoning',
  en: 'emergency-suicide',
  uk: 'emergency-violence',
  ru: 'emergency-suicide',
  ar: 'emergency-violence',
};

describe.each(LANGS)('real knowledge base, %s', (lang) => {
  it('answers a CPAS question (not a fallback) in the language it was asked', async () => {
    const h = await harness();
    const replies = await h.say(CPAS[lang]);
    const kinds = answers(replies).map((a) => a.kind);
    expect(kinds.some((k) => k === 'answer' || k === 'clarify')).toBe(true);
    expect(kinds).not.toContain('fallback');
    expect(answers(replies).every((a) => a.lang === lang && !a.machineTranslated)).toBe(true);
  });

  it('answers a crisis at once with the entry of that crisis and its helplines', async () => {
    const h = await harness();
    const replies = await h.say(CRISIS[lang]);
    expect(replies).toHaveLength(1);
    expect(answers(replies)[0]).toMatchObject({ kind: 'emergency', topic: 'emergency', entryId: CRISIS_ENTRY[lang], lang });
    expect(answers(replies)[0].services.map((s) => s.id)).toContain('emergency-112');
    expect(replies[0].text).toContain('112');
    expect(replies[0].text).toContain(i18n.t(lang, 'emergency.intro'));
    // Emergency numbers are never labelled "contact details not verified" in a crisis.
    expect(replies[0].text).not.toContain(i18n.t(lang, 'answer.serviceUnverified'));
    if (CRISIS_ENTRY[lang] === 'emergency-violence') {
      // The violence line, not the suicide prevention line.
      expect(answers(replies)[0].services.map((s) => s.id)).toContain('violence-conjugale-ecoute');
      expect(replies[0].text).toContain('0800 30 030');
      expect(replies[0].text).not.toContain('0800 32 123');
    }
  });
});

/** "I'm in <town>" in casual words, then a question: the town becomes where the person is. */
const PRESENCE: Record<(typeof LANGS)[number], [string, string]> = {
  fr: ["Je suis à Liège, comment demander le revenu d'intégration au CPAS ?", 'liege'],
  nl: ['Ik ben in Namen, hoe vraag ik een leefloon aan bij het OCMW?', 'namur'],
  en: ['im in liege how do I apply for social assistance at the CPAS?', 'liege'],
  uk: ['Я з Шарлеруа, як отримати соціальну допомогу в CPAS?', 'charleroi'],
  ru: ['Я из Шарлеруа, как получить социальную помощь в CPAS?', 'charleroi'],
  ar: ['ساكن في سكاربيك، كيف أطلب المساعدة الاجتماعية من CPAS؟', 'schaerbeek'],
};

describe.each(LANGS)('real knowledge base, place in casual words, %s', (lang) => {
  it('keeps the town named after "I\'m in" as the person\'s place and routes the answer there', async () => {
    const h = await harness();
    const [question, commune] = PRESENCE[lang];
    const replies = await h.say(question);
    const place = router.placeFromText(commune);
    expect(await h.profile()).toMatchObject({ postalCode: place?.postalCode, region: place?.region });
    expect(replies.map((r) => r.text)).not.toContain(i18n.t(lang, 'place.ask'));
  });
});

describe.each(LANGS)('real knowledge base, follow-ups, %s', (lang) => {
  it('after an answer, offers other entries of its topic for the region, and answers the one pressed', async () => {
    const h = await harness();
    const replies = await h.say({ type: 'message', text: CPAS[lang], channelData: { postalCode: '5000' } });
    const answered = answers(replies).find((a) => a.kind === 'answer');
    expect(answered).toBeDefined();
    // An answer for some statuses asks the (optional) status first; the feedback and follow-ups come next.
    const skip = i18n.t(lang, 'status.skip');
    const shown = buttons(buttons(replies).includes(skip) ? await h.say(skip) : replies);
    const offered = entries.filter((e) => e.topic === answered?.topic && e.id !== answered?.entryId && shown.includes(e.text[lang]?.title ?? ''));
    expect(offered.length).toBeGreaterThanOrEqual(1);
    expect(shown.length).toBeLessThanOrEqual(6);
    expect(offered.every((e) => !e.regions?.length || e.regions.includes('wallonia'))).toBe(true);
    const next = await h.say(offered[0].text[lang].title);
    expect(answers(next)[0]).toMatchObject({ kind: 'answer', entryId: offered[0].id, lang });
  });
});

describe('real knowledge base, routing', () => {
  it('names the CPAS of the commune given by the channel, whether it answers or asks which entry', async () => {
    const h = await harness();
    const replies = await h.say({ type: 'message', text: CPAS.fr, channelData: { postalCode: '5000' } });
    const index = answers(replies).findIndex((a) => a.kind !== 'prompt');
    expect(answers(replies)[index].services.some((s) => s.type === 'cpas')).toBe(true);
    expect(replies[index].text).toContain('Namur');
  });
});

/** A CPAS question from someone who says they live in a Flemish town: the entries are written for Wallonia and Brussels. */
const FLANDERS: Record<(typeof LANGS)[number], [string, string]> = {
  fr: ["j'habite à Gand, comment avoir le revenu d'intégration du CPAS ?", 'gent'],
  nl: ['ik woon in gent, hoe krijg ik leefloon?', 'gent'],
  en: ['i live in antwerp, how do i get social aid from the ocmw?', 'antwerpen'],
  uk: ['я живу в Антверпені, як отримати допомогу від OCMW?', 'antwerpen'],
  ru: ['мы живем в Генте, как получить помощь OCMW?', 'gent'],
  ar: ['أسكن في غنت، كيف أحصل على مساعدة OCMW؟', 'gent'],
};

describe.each(LANGS)('real knowledge base, a place in Flanders, %s', (lang) => {
  it('answers the question, says once that Relais covers Wallonia and Brussels, and shows the Flemish commune\'s CPAS', async () => {
    const h = await harness();
    const [question, commune] = FLANDERS[lang];
    const replies = await h.say(question);
    const found = answers(replies).find((a) => a.kind !== 'prompt');
    // It had been "I am not sure I understood": every entry is for Wallonia or Brussels, and the place picked them.
    expect(found?.kind).toMatch(/^(answer|clarify)$/);
    expect(found?.topic).toBe('cpas');
    expect(replies.map((r) => r.text)).toContain(i18n.t(lang, 'place.outsideArea'));
    if (found?.kind === 'answer') expect(found.services.map((s) => s.id)).toContain(`cpas:${commune}`);
    const again = await h.say(question);
    expect(again.map((r) => r.text)).not.toContain(i18n.t(lang, 'place.outsideArea'));
  });
});
