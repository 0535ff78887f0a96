// Guided browsing on the web chat page, in the real headless Chromium on a 360x740 phone: from the welcome, taps
// alone walk every topic in each of the six languages, the topics together offer every entry of that language,
// and a question tapped is answered in that language.
import { describeWithTools, PHONE, useChromium } from './chromium';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { loadKnowledge } from '../../src/loaders/knowledgeFiles';
import type { Entry } from '../../src/knowledge/types';
import { startRelais } from '../http/helpers';

const LANGS = ['fr', 'nl', 'en', 'uk', 'ru', 'ar'] as const;
const ICON = /^\p{Extended_Pictographic}/u;

const describeIfChromium = describeWithTools('webchat browse test');

function botLabel(lang: string, key: string): string {
  const bot = JSON.parse(readFileSync(path.resolve(__dirname, `../../locales/${lang}/bot.json`), 'utf8')) as Record<string, Record<string, string>>;
  const [ns, name] = key.split('.');
  return bot[ns][name];
}

describeIfChromium('guided browsing on the web chat page', () => {
  const env = useChromium(startRelais, (r) => r.stop());
  let entries: readonly Entry[];

  beforeAll(async () => {
    entries = (await loadKnowledge(path.resolve(__dirname, '../../knowledge'))).kb.entries;
  });

  const button = (page: Page, name: string) => page.locator('.relais-actions').getByRole('button', { name, exact: true });

  /** Taps every topic from the welcome (then "other topics" back), returns the questions offered, taps one. */
  async function walk(lang: (typeof LANGS)[number]): Promise<{ topics: string[]; questions: Set<string>; answered: string | null }> {
    const context = await env.browser.newContext({ locale: lang, viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${env.world.url}/?lang=${lang}`);
    await button(page, botLabel(lang, 'actions.changeLanguage')).waitFor({ timeout: 60_000 });
    const topics = (await page.locator('.relais-action').allTextContents()).filter((t) => ICON.test(t));
    const other = botLabel(lang, 'browse.otherTopics');
    const questions = new Set<string>();
    for (const topic of topics) {
      await button(page, topic).click();
      await button(page, other).waitFor({ timeout: 60_000 });
      for (const q of await page.locator('.relais-action').allTextContents()) if (q !== other) questions.add(q);
      await button(page, other).click();
      await button(page, topic).waitFor({ timeout: 60_000 });
    }
    // Two taps: a topic, then its first question, answered in the page's language.
    await button(page, topics[0]).click();
    await button(page, other).waitFor({ timeout: 60_000 });
    const first = (await page.locator('.relais-action').allTextContents())[0];
    await button(page, first).click();
    const answer = page.locator('.relais-answer', { hasText: first });
    await answer.first().waitFor({ timeout: 60_000 });
    const answered = await answer.first().getAttribute('lang');
    await context.close();
    return { topics, questions, answered };
  }

  it('walks every topic by taps in the six languages and is offered every entry', async () => {
    // The six phones browse at once (each walk is 25 taps, one Direct Line poll each).
    const walks = await Promise.all(LANGS.map((lang) => walk(lang)));
    LANGS.forEach((lang, i) => {
      const { topics, questions, answered } = walks[i];
      expect(topics.length).toBe(new Set(entries.map((e) => e.topic)).size);
      // Without a postal code every region's entries apply; a commune's own entry waits for that commune.
      const expected = entries.filter((e) => e.text[lang] && !e.communes?.length).map((e) => e.text[lang]!.title);
      expect([...questions].sort()).toEqual([...new Set(expected)].sort());
      expect(answered).toBe(lang);
    });
  }, 300_000);
});
