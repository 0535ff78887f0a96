// The web chat page on a 360x740 phone in the six languages, in the real headless Chromium against the real app:
// each message in its own language and direction, a long answer's title in view, steps as a list, details behind
// "more", listen (through a page-side speechSynthesis stub) and share, every button a Tab stop, the language picker
// changing the next reply, and axe-core finding nothing.
import { ARTIFACTS, AXE_SOURCE, describeWithTools, PHONE, useChromium } from './chromium';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { startRelais } from '../http/helpers';


const describeIfChromium = describeWithTools('webchat reading test');

/** "How do I register at the commune?" in each language: an answer with steps and, for 1030, the office. */
const QUESTIONS: Record<string, string> = {
  fr: 'Comment je m’inscris à la commune ?',
  nl: 'Hoe schrijf ik me in bij de gemeente?',
  en: 'How do I register at the commune?',
  uk: 'Як зареєструватися в комуні?',
  ru: 'Как зарегистрироваться в коммуне?',
  ar: 'كيف أسجل في البلدية؟',
};
const LANGS = Object.keys(QUESTIONS);
const LABELS: Record<string, Record<string, string>> = Object.fromEntries(
  LANGS.map((l) => [l, JSON.parse(readFileSync(path.resolve(__dirname, `../../public/i18n/${l}.json`), 'utf8')) as Record<string, string>]),
);

/**
 * A speechSynthesis with one voice per language (on the device, except for `without`), recording what it is asked
 * to say, and a clipboard recording what is copied (headless Chromium has neither voices nor a clipboard to read).
 */
function stubs(without: string[]): void {
  // A language without a voice on the device may still have a network one (desktop Chrome): never used.
  const voices = ['fr-BE', 'nl-BE', 'en-GB', 'uk-UA', 'ru-RU', 'ar-SA'].map((lang) => ({
    lang,
    name: `voice ${lang}`,
    default: false,
    localService: !without.includes(lang.slice(0, 2)),
    voiceURI: lang,
  }));
  const w = window as unknown as Record<string, unknown>;
  const spoken: { lang: string; text: string; voice: string }[] = [];
  const copied: string[] = [];
  w.__spoken = spoken;
  w.__copied = copied;
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      getVoices: () => voices,
      speak: (u: { lang: string; text: string; voice: { lang: string } }) => spoken.push({ lang: u.lang, text: u.text, voice: u.voice.lang }),
      cancel: () => undefined,
      addEventListener: () => undefined,
    },
  });
  // The real utterance accepts only the browser's own voice objects.
  w.SpeechSynthesisUtterance = class {
    lang = '';
    voice: unknown = null;
    constructor(public text: string) {}
  };
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) } });
}

describeIfChromium('web chat page on a phone, in six languages', () => {
  const env = useChromium(startRelais, (r) => r.stop());

  async function openPage(lang: string, withoutVoice: string[] = []): Promise<{ page: Page; errors: string[] }> {
    const context = await env.browser.newContext({ locale: lang, viewport: PHONE });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.addInitScript(stubs, withoutVoice);
    await page.goto(`${env.world.url}/?lang=${lang}`);
    await page.locator('.webchat__send-box-text-box__input').waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.relais-message').first().waitFor({ timeout: 30_000 });
    return { page, errors };
  }

  /** Sends a message and waits for the bot's replies to it (a message element with the answer's activity id). */
  async function send(page: Page, text: string): Promise<void> {
    const before = await page.locator('.relais-message:not(.relais-user)').count();
    const box = page.locator('.webchat__send-box-text-box__input');
    await box.fill(text);
    await box.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('.relais-message:not(.relais-user)').length > n, before, { timeout: 30_000 });
    // The answer and the message with its buttons come one poll apart.
    await page.waitForTimeout(2_500);
  }

  async function axeViolations(page: Page): Promise<string[]> {
    // Evaluated through the DevTools protocol: the page's Content-Security-Policy (no inline scripts) stays on.
    await page.evaluate(AXE_SOURCE);
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return axe.run(document);
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  it.each(LANGS)('%s: an answer in its language and direction, title in view, steps listed, details behind "more", listen and share', async (lang) => {
    const { page, errors } = await openPage(lang);
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    const labels = LABELS[lang];
    await page.locator('#postal-code').fill('1030');
    await page.locator('#postal-code').press('Enter');
    await send(page, QUESTIONS[lang]);

    const user = page.locator('.relais-user').last();
    expect([await user.getAttribute('lang'), await user.getAttribute('dir')]).toEqual([lang, dir]);
    const answer = page.locator('.relais-answer').last();
    expect([await answer.getAttribute('lang'), await answer.getAttribute('dir')]).toEqual([lang, dir]);
    expect(await answer.evaluate((el) => getComputedStyle(el).direction)).toBe(dir);
    // Every bot message says its language (the welcome too), and Arabic ones read right to left.
    const all = await page.locator('.relais-message').evaluateAll((els) => els.map((e) => [e.getAttribute('lang'), e.getAttribute('dir')]));
    for (const [l, d] of all) expect(d).toBe(l === 'ar' ? 'rtl' : 'ltr');

    // The title of the long answer is in view once the replies have arrived, not scrolled past.
    const title = answer.locator('.relais-answer__title');
    const view = await page.locator('.webchat__basic-transcript__scrollable').boundingBox();
    const titleBox = await title.boundingBox();
    expect(titleBox!.y).toBeGreaterThanOrEqual(view!.y - 1);
    expect(titleBox!.y + titleBox!.height).toBeLessThanOrEqual(view!.y + view!.height);
    // As the person sees it when the answer arrives (copied to docs/ by hand).
    if (lang === 'ar' || lang === 'uk') await page.screenshot({ path: path.join(ARTIFACTS, `webchat-${lang}-answer.png`) });

    // Steps are an ordered list; the office is a list item with its contact lines; details sit behind "more".
    expect(await answer.locator('.relais-steps ol > li').count()).toBeGreaterThanOrEqual(2);
    expect(await answer.locator('.relais-services li.relais-service').count()).toBeGreaterThanOrEqual(1);
    const more = answer.locator('details.relais-more');
    expect(await more.getAttribute('open')).toBeNull();
    expect(await more.locator('.relais-reviewed').isVisible()).toBe(false);
    await more.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await more.locator('.relais-reviewed').isVisible()).toBe(true);
    expect(await more.locator('summary').textContent()).toBe(labels.more);

    // Listen: read with a voice of the message's language.
    await answer.getByRole('button', { name: labels.listen }).click();
    const spoken = (await page.evaluate(() => (window as unknown as { __spoken: { lang: string; text: string }[] }).__spoken)).pop();
    expect(spoken!.lang.slice(0, 2)).toBe(lang);
    expect(spoken!.text).toContain((await title.textContent())!.trim());

    // Share (no share sheet in a desktop browser): the answer text with its office is copied, and that is said.
    await answer.getByRole('button', { name: labels.share }).click();
    const copied = (await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied)).pop() ?? '';
    expect(copied).toContain((await title.textContent())!.trim());
    expect(copied).toContain((await answer.locator('.relais-service strong').first().textContent())!.trim());
    await page.locator('#announce', { hasText: labels.copied }).waitFor({ timeout: 5_000 });

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('reaches every button with Tab and presses it with Enter; no carousel arrows', async () => {
    const { page, errors } = await openPage('fr');
    await page.locator('#postal-code').fill('1030');
    await page.locator('#postal-code').press('Enter');
    await send(page, QUESTIONS.fr);
    await page.locator('.relais-action', { hasText: 'Oui, utile' }).waitFor({ timeout: 30_000 });
    expect(await page.locator('.react-film__flipper:visible, .webchat__suggested-actions:visible').count()).toBe(0);

    const actions = await page.locator('.relais-action').allTextContents();
    expect(actions.length).toBeGreaterThanOrEqual(3);
    // Tab from the send box backwards and forwards: every suggested action gets the focus in turn.
    const reached = new Set<string>();
    await page.locator('.webchat__send-box-text-box__input').focus();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Shift+Tab');
      const focused = await page.evaluate(() => (document.activeElement?.classList.contains('relais-action') ? document.activeElement.textContent : null));
      if (focused) reached.add(focused);
    }
    expect([...reached].sort()).toEqual([...actions].sort());
    // Listen to and share the latest answer are Tab stops too, above the send box, named after the answer.
    const title = (await page.locator('.relais-answer__title').last().textContent())!.trim();
    const tools = page.locator('.relais-actions .relais-tool');
    expect(await tools.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual([
      `${LABELS.fr.listen} — ${title}`,
      `${LABELS.fr.share} — ${title}`,
    ]);
    await page.locator('.relais-action').first().focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('relais-share'))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('relais-listen'))).toBe(true);
    await page.keyboard.press('Enter');
    expect((await page.evaluate(() => (window as unknown as { __spoken: { text: string }[] }).__spoken)).pop()?.text).toContain(title);

    // Enter on a focused button sends it.
    await page.locator('.relais-action', { hasText: 'Oui, utile' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.relais-message', { hasText: 'Merci' }).first().waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('answers the next message in the language the picker was changed to, in its direction', async () => {
    const { page } = await openPage('en');
    await send(page, QUESTIONS.en);
    expect(await page.locator('.relais-answer').last().getAttribute('lang')).toBe('en');
    await page.locator('#lang-select').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    // "1030" tells no language: only the picker can make this reply Arabic.
    await send(page, '1030');
    const last = page.locator('.relais-message:not(.relais-user)').last();
    expect([await last.getAttribute('lang'), await last.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    await page.locator('#lang-select').selectOption('uk');
    await page.waitForFunction(() => document.documentElement.lang === 'uk');
    await send(page, 'ok');
    expect(await page.locator('.relais-message:not(.relais-user)').last().getAttribute('lang')).toBe('uk');
    await page.context().close();
  }, 120_000);

  it("shows the bot's \"•\" lines as a list, each contact line on its own line (emergency numbers)", async () => {
    const { page, errors } = await openPage('fr');
    await send(page, 'mon mari me frappe');
    const message = page.locator('.relais-message:not(.relais-user)', { hasText: '112' }).first();
    const items = message.locator('ul > li');
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    // "112 — Urgences" and its phone line are two lines, not one run of text.
    const first = items.first();
    expect(await first.locator('br').count()).toBeGreaterThanOrEqual(1);
    expect(await message.getByRole('button', { name: LABELS.fr.share }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('hides the listen control where the device has no voice of its own for the language', async () => {
    const { page } = await openPage('uk', ['uk']);
    await send(page, QUESTIONS.uk);
    const answer = page.locator('.relais-answer').last();
    expect(await answer.getByRole('button', { name: LABELS.uk.listen }).count()).toBe(0);
    expect(await answer.getByRole('button', { name: LABELS.uk.share }).isVisible()).toBe(true);
    await page.context().close();
  }, 120_000);
});
