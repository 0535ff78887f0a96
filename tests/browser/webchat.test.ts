// The web chat page in headless Chromium: a French and an Arabic question get answers, the Arabic one right-to-left.
import express from 'express';
import { existsSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Activity } from 'botbuilder';
import { createDirectLineRouter } from '../../src/channels/directline';
import { createWebChatRouter } from '../../src/channels/webchat';
import type { BotRunner } from '../../src/channels/types';
import { MemoryDirectLineStore } from '../channels/helpers/memoryDirectLineStore';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
const ARABIC = /[\u0600-\u06FF]/;

/** Answers in the language of the question and says which postal code it received. */
class LanguageRunner implements BotRunner {
  readonly seen: Partial<Activity>[] = [];
  async run(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    this.seen.push(activity);
    if (activity.type !== 'message') return [];
    const postalCode = (activity.channelData as { postalCode?: string } | undefined)?.postalCode ?? '-';
    const text = ARABIC.test(activity.text ?? '')
      ? `يمكنك التسجيل في البلدية. (${postalCode})`
      : `Vous pouvez vous inscrire à la commune. (${postalCode})`;
    return [{ type: 'message', text, locale: ARABIC.test(text) ? 'ar' : 'fr' }];
  }
}

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) {
  throw new Error(`webchat browser test: ${CHROMIUM} is missing under CI; .ci/run must install Debian's chromium`);
}
if (!haveChromium) {
  // eslint-disable-next-line no-console
  console.warn(`webchat browser test SKIPPED: ${CHROMIUM} is absent (apt-get install -y chromium); under CI it fails instead`);
}
const describeIfChromium = haveChromium ? describe : describe.skip;

describeIfChromium('web chat page in headless Chromium', () => {
  let browser: Browser;
  let server: http.Server;
  let baseUrl: string;
  const runner = new LanguageRunner();
  const store = new MemoryDirectLineStore();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const app = express();
    app.use(createDirectLineRouter({ tokenSecret: 'browser-test-secret-0123456789', runner, store }));
    app.use(createWebChatRouter());
    server = await new Promise<http.Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  /** A phone-sized page (360×740) in the given browser language. */
  async function openPage(locale: string, query = ''): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${baseUrl}/${query}`);
    await page.locator('.webchat__send-box-text-box__input').waitFor({ state: 'visible', timeout: 20_000 });
    // No script error and no Content-Security-Policy refusal while Web Chat starts.
    expect(errors).toEqual([]);
    return page;
  }

  async function ask(page: Page, question: string): Promise<string> {
    const box = page.locator('.webchat__send-box-text-box__input');
    await box.fill(question);
    await box.press('Enter');
    const reply = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').last();
    await page.waitForFunction(
      (q) => {
        const bot = document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user)');
        const user = document.querySelectorAll('.webchat__bubble--from-user');
        return bot.length > 0 && user.length > 0 && (user[user.length - 1].textContent ?? '').includes(q) &&
          user[user.length - 1].compareDocumentPosition(bot[bot.length - 1]) === Node.DOCUMENT_POSITION_FOLLOWING;
      },
      question,
      { timeout: 20_000 },
    );
    return (await reply.textContent()) ?? '';
  }

  it('answers a French question, with the postal code the person gave', async () => {
    const page = await openPage('fr-BE');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.getByLabel('Code postal (facultatif)').isVisible()).toBe(true);
    await page.getByLabel('Code postal (facultatif)').fill('12');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    expect(await page.locator('#postal-status').textContent()).toContain('4 chiffres');
    await page.getByLabel('Code postal (facultatif)').fill('5000');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    const answer = await ask(page, 'Comment je m’inscris à la commune ?');
    expect(answer).toContain('Vous pouvez vous inscrire à la commune. (5000)');
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-fr.png'), fullPage: true });
    // Nothing overflows sideways on a 360 px phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // A reload (or a phone restoring the tab) keeps the conversation and the postal code.
    await page.reload();
    await page.locator('.webchat__bubble', { hasText: 'Vous pouvez vous inscrire à la commune. (5000)' }).first().waitFor({ timeout: 20_000 });
    expect(await page.getByLabel('Code postal (facultatif)').inputValue()).toBe('5000');
    await page.context().close();
  }, 60_000);

  it('answers an Arabic question right-to-left when the page is in Arabic', async () => {
    const page = await openPage('ar', '?lang=ar');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getByLabel('اللغة', { exact: true }).isVisible()).toBe(true);

    const answer = await ask(page, 'كيف أسجل في البلدية؟');
    expect(answer).toMatch(ARABIC);
    const bubble = page.locator('.webchat__bubble:not(.webchat__bubble--from-user)').last();
    expect(await bubble.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await page.locator('.webchat__bubble--rtl').count()).toBeGreaterThan(0);
    // Right-to-left: the bot's bubble starts at the right edge of the screen.
    const box = await bubble.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeGreaterThan(360 / 2);
    const seen = runner.seen.filter((a) => a.type === 'message');
    expect(seen[seen.length - 1].locale).toBe('ar');
    await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-ar.png'), fullPage: true });
    await page.context().close();
  }, 60_000);

  it('switches language from the picker and keeps the page usable with the keyboard', async () => {
    const page = await openPage('en-US');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByLabel('Language', { exact: true }).selectOption('uk');
    await page.waitForFunction(() => document.documentElement.lang === 'uk');
    expect(await page.getByLabel('Мова', { exact: true }).isVisible()).toBe(true);
    // First Tab reaches the skip link, which leads to the conversation.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Перейти до розмови');
    // The conversation goes on in the new language: Web Chat re-rendered with the Ukrainian locale.
    await ask(page, 'Як записатися до комуни?');
    const seen = runner.seen.filter((a) => a.type === 'message');
    expect(seen[seen.length - 1].locale).toBe('uk-UA');
    expect(await page.locator('.webchat__send-box-text-box__input').getAttribute('placeholder')).not.toBe('Type your message');
    await page.context().close();
  }, 60_000);
});
