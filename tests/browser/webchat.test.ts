// The real app's web chat page in headless Chromium: French and Arabic questions get answers, the Arabic one right-to-left.
import { ARTIFACTS, describeWithTools, PHONE, useChromium } from './chromium';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { startRelais } from '../http/helpers';

const ARABIC = /[\u0600-\u06FF]/;
const BOT_BUBBLES = '.webchat__bubble:not(.webchat__bubble--from-user)';

const describeIfChromium = describeWithTools('webchat browser test');

/** What the Direct Line queue holds (the store's copy of the conversation). */
interface QueuedActivity {
  type: string;
  text?: string;
  locale?: string;
  replyToId?: string;
  from: { id: string; role?: string };
  channelData?: { postalCode?: string; answer?: { kind: string; lang: string } };
}

describeIfChromium('web chat page of the real app in headless Chromium', () => {
  const env = useChromium(startRelais, (r) => r.stop());

  /** A phone-sized page in the given browser language, once Web Chat is ready; fails on any script error. */
  async function openPage(locale: string, query = ''): Promise<Page> {
    const context = await env.browser.newContext({ locale, viewport: PHONE });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${env.world.url}/${query}`);
    await page.locator('.webchat__send-box-text-box__input').waitFor({ state: 'visible', timeout: 30_000 });
    // The bot greets first; then nothing has gone wrong (no script error, no Content-Security-Policy refusal).
    await page.locator(BOT_BUBBLES).first().waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    return page;
  }

  /** Types a question in Web Chat's send box and returns the first bot bubble rendered after it. */
  async function ask(page: Page, question: string): Promise<string> {
    const box = page.locator('.webchat__send-box-text-box__input');
    await box.fill(question);
    await box.press('Enter');
    const handle = await page.waitForFunction(
      ({ q, selector }) => {
        const users = Array.from(document.querySelectorAll('.webchat__bubble--from-user'));
        const mine = users.reverse().find((u) => (u.textContent ?? '').includes(q));
        if (!mine) return null;
        const after = Array.from(document.querySelectorAll(selector)).find(
          (b) => mine.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING && (b.textContent ?? '').trim() !== '',
        );
        return after ? (after.textContent ?? '') : null;
      },
      { q: question, selector: BOT_BUBBLES },
      { timeout: 30_000 },
    );
    return (await handle.jsonValue()) as string;
  }

  /** This tab's conversation as the store keeps it (conversation id read from the page's own token). */
  async function queue(page: Page): Promise<QueuedActivity[]> {
    const conversationId = await page.evaluate(() => {
      const saved = JSON.parse(sessionStorage.getItem('relais.conversation') ?? '{}') as { token?: string };
      const payload = (saved.token ?? '..').split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return (JSON.parse(atob(payload)) as { conv: string }).conv;
    });
    const page0 = await env.world.relais.store.getDirectLineActivities(conversationId);
    return page0.activities as QueuedActivity[];
  }

  /** The bot's answer (a message carrying channelData.answer) to the person's last message with `text`. */
  function answerTo(activities: QueuedActivity[], text: string): QueuedActivity | undefined {
    const index = activities.map((a) => a.text).lastIndexOf(text);
    return activities.slice(index + 1).find((a) => a.from.role === 'bot' && a.type === 'message' && a.channelData?.answer);
  }

  it('answers a French question, sending the postal code the person gave, and survives a reload', async () => {
    const page = await openPage('fr-BE');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    // On a phone the postal code is saved with Enter (the save button shows on wider screens).
    const postal = page.getByLabel('Code postal (facultatif)');
    await postal.fill('12');
    await postal.press('Enter');
    expect(await page.locator('#postal-status').textContent()).toContain('4 chiffres');
    expect(await postal.getAttribute('aria-invalid')).toBe('true');
    await postal.fill('5000');
    await postal.press('Enter');
    expect(await page.locator('#postal-status').textContent()).toContain('5000');
    expect(await postal.getAttribute('aria-invalid')).toBe('false');

    const question = 'Comment je m’inscris à la commune ?';
    const shown = await ask(page, question);
    expect(shown.trim().length).toBeGreaterThan(10);
    // The buttons under the answer leave the answer most of a phone's screen (stacked in rows, they left it 100 px).
    await page.locator('.relais-actions').getByRole('button', { name: 'Oui, utile' }).waitFor({ state: 'visible', timeout: 30_000 });
    const transcript = await page.locator('.webchat__basic-transcript').boundingBox();
    expect(transcript!.height).toBeGreaterThanOrEqual(PHONE.height * 0.45);
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-fr.png') });

    const activities = await queue(page);
    const sent = activities.find((a) => a.text === question);
    expect(sent?.channelData?.postalCode).toBe('5000');
    expect(sent?.locale).toBe('fr-BE');
    expect(answerTo(activities, question)?.channelData?.answer?.lang).toBe('fr');
    // Nothing overflows sideways on a 360 px phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // A reload (or a phone restoring the tab) keeps the conversation and the postal code.
    await page.reload();
    await page.locator('.webchat__bubble--from-user', { hasText: question }).first().waitFor({ timeout: 30_000 });
    expect(await postal.inputValue()).toBe('5000');
    await page.context().close();
  }, 120_000);

  it('answers an Arabic question in Arabic, right-to-left', async () => {
    const page = await openPage('ar', '?lang=ar');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getByLabel('اللغة', { exact: true }).isVisible()).toBe(true);

    const question = 'كيف أسجل في البلدية؟';
    const shown = await ask(page, question);
    expect(shown).toMatch(ARABIC);
    const bubble = page.locator(BOT_BUBBLES, { hasText: shown.trim().slice(0, 20) }).last();
    expect(await bubble.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.locator('.webchat__bubble--rtl').count()).toBeGreaterThan(0);
    // Right-to-left: the bot's bubble hugs the right edge of the screen.
    await bubble.scrollIntoViewIfNeeded();
    const box = await bubble.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeGreaterThan(PHONE.width - 40);
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-ar.png') });

    const answer = answerTo(await queue(page), question);
    expect(answer?.channelData?.answer?.lang).toBe('ar');

    // Without a postal code the bot asks where the person lives; a postal code typed in the chat answers it, then
    // the feedback buttons come in Arabic, and pressing one is thanked in Arabic.
    const sendBox = page.locator('.webchat__send-box-text-box__input');
    await sendBox.fill('1030');
    await sendBox.press('Enter');
    const useful = page.locator('.relais-actions').getByRole('button', { name: 'نعم، مفيدة' });
    await useful.waitFor({ state: 'visible', timeout: 30_000 });
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-ar-buttons.png') });
    await useful.click();
    await page.locator(BOT_BUBBLES, { hasText: 'شكرًا على رأيك' }).first().waitFor({ timeout: 30_000 });
    await page.context().close();
  }, 120_000);

  it('switches language from the picker mid-conversation and works from the keyboard', async () => {
    const page = await openPage('en-US');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByLabel('Language', { exact: true }).selectOption('uk');
    await page.waitForFunction(() => document.documentElement.lang === 'uk');
    expect(await page.getByLabel('Мова', { exact: true }).isVisible()).toBe(true);
    // The first Tab reaches the skip link, in the chosen language.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Перейти до розмови');

    const question = 'Як записатися до комуни?';
    const shown = await ask(page, question);
    expect(shown.trim().length).toBeGreaterThan(10);
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-uk.png') });
    const sent = (await queue(page)).find((a) => a.text === question);
    expect(sent?.locale).toBe('uk-UA');
    await page.context().close();
  }, 120_000);
});
