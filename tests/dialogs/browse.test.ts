// Guided browsing over the real knowledge base: from the welcome, taps alone reach every entry in each language
// (topic, then question: two taps), the questions offered apply to the person, and other topics are one tap away.
import type { Entry } from '../../src/knowledge/types';
import { browseEntries } from '../../dialogs/browseDialog';
import { LANGS, answers, buttons, harness, i18n, realKnowledge } from './harness';

let entries: readonly Entry[];

beforeAll(async () => {
  ({ entries } = await realKnowledge());
});

const arrival = { type: 'conversationUpdate', membersAdded: [{ id: 'person-1', name: '' }], recipient: { id: 'bot', name: 'Relais' } };

describe.each(LANGS)('guided browsing, %s', (lang) => {
  it('reaches every entry from the welcome by two taps each, with topic buttons that carry an icon', async () => {
    const h = await harness({ locale: lang });
    const welcome = await h.say(arrival);
    const topics = buttons(welcome).filter((b) => b !== i18n.t(lang, 'actions.changeLanguage'));
    expect(topics.length).toBe(new Set(entries.map((e) => e.topic)).size);
    for (const title of topics) expect(title).toMatch(/^\p{Extended_Pictographic}/u);

    const reached = new Set<string>();
    for (const topic of topics) {
      const menu = await h.say(topic);
      expect(answers(menu).at(-1)).toMatchObject({ kind: 'prompt', lang });
      const questions = buttons(menu).filter((b) => b !== i18n.t(lang, 'browse.otherTopics'));
      expect(questions.length).toBeGreaterThan(0);
      for (const question of questions) {
        // The topic again first: the answer's own questions (place, feedback) may be pending; a topic tap still wins.
        if (reached.size > 0) await h.say(topic);
        const replies = await h.say(question);
        const answer = answers(replies).find((a) => a.kind === 'answer');
        expect(answer).toMatchObject({ lang });
        reached.add(String(answer?.entryId));
      }
    }
    // Without a place every region's entries apply; a commune's own entry waits for that commune.
    const expected = entries.filter((e) => e.text[lang] && !e.communes?.length).map((e) => e.id);
    expect([...reached].sort()).toEqual(expected.sort());
    expect((await h.events()).filter((e) => e.outcome === 'answered')).toHaveLength(expected.length);
  }, 60_000);
});

describe('guided browsing', () => {
  it('offers the topics again under every fallback, and "other topics" from a topic', async () => {
    const h = await harness({ locale: 'fr' });
    const fallback = await h.say('blorf zimbak quorp');
    const topicButtons = buttons(fallback).filter((b) => /^\p{Extended_Pictographic}/u.test(b));
    expect(topicButtons.length).toBeGreaterThan(5);
    const housing = topicButtons.find((b) => b.includes(i18n.t('fr', 'browse.topic.housing')))!;
    const menu = await h.say(housing);
    expect(menu.at(-1)?.text).toContain(i18n.t('fr', 'browse.chooseQuestion', { topic: housing }));
    const again = await h.say(i18n.t('fr', 'browse.otherTopics'));
    expect(again.at(-1)?.text).toBe(i18n.t('fr', 'browse.chooseTopic'));
    expect(buttons(again)).toContain(housing);
  });

  it("understands a topic button in another language than the conversation's (a phone shared in the family)", async () => {
    const h = await harness({ locale: 'fr' });
    await h.say(arrival);
    const menu = await h.say(`🏠 ${i18n.t('ar', 'browse.topic.housing')}`);
    expect(answers(menu).at(-1)).toMatchObject({ kind: 'prompt', topic: 'housing' });
    // A topic's name is no statement about the person: "Séjour et papiers" does not mean "sans papiers".
    await h.say(buttons(menu)[0]);
    await h.say(`🛂 ${i18n.t('fr', 'browse.topic.residence')}`);
    expect((await h.profile())?.status).toBeUndefined();
  });

  it('offers the most asked questions first (anonymous counts per entry from the store)', async () => {
    const h = await harness({ locale: 'fr' });
    const housing = browseEntries(entries, 'housing', { renderLang: 'fr', profile: { userId: 'u', updatedAt: '' } }).filter((e) => !e.audience?.length);
    const last = housing[housing.length - 1];
    for (let i = 0; i < 3; i++) await h.store.addEvent({ day: '2026-11-26', topic: 'housing', entryId: last.id, lang: 'nl', outcome: 'answered' });
    await h.say(arrival);
    const menu = await h.say(`🏠 ${i18n.t('fr', 'browse.topic.housing')}`);
    expect(buttons(menu)[0]).toBe(last.text.fr?.title);
    expect(buttons(menu).slice(1, housing.length)).toEqual(housing.slice(0, -1).map((e) => e.text.fr?.title));
  });

  it("offers only the questions for the person's region and status, those for everyone first", () => {
    const profile = { userId: 'u', updatedAt: '' };
    const all = browseEntries(entries, 'integration-pathway', { renderLang: 'fr', profile });
    const wallonia = browseEntries(entries, 'integration-pathway', {
      renderLang: 'fr',
      profile,
      place: { postalCode: '5000', commune: 'namur', region: 'wallonia' },
    });
    expect(wallonia.length).toBeGreaterThan(0);
    expect(wallonia.length).toBeLessThan(all.length);
    expect(wallonia.every((e) => !e.regions?.length || e.regions.includes('wallonia'))).toBe(true);
    const refugee = browseEntries(entries, 'cpas', { renderLang: 'fr', profile: { ...profile, status: 'refugee' } });
    expect(refugee.every((e) => !e.audience?.length || e.audience.includes('refugee'))).toBe(true);
    const unknown = browseEntries(entries, 'cpas', { renderLang: 'fr', profile });
    const firstSpecific = unknown.findIndex((e) => e.audience?.length);
    if (firstSpecific >= 0) expect(unknown.slice(firstSpecific).every((e) => e.audience?.length)).toBe(true);
  });
});
