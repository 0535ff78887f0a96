// The associations' console of the real app in headless Chromium: an admin creates an organisation and an editor;
// the editor sees what the bot could not answer and attaches it to an entry, and the bot then answers it; a reviewer
// verifies the entry and the "not verified" line leaves the answer; a save that breaks golden answers is shown before
// it lands. Every page passes axe-core with no violation, and login works with the keyboard alone.
import { ARTIFACTS, AXE_SOURCE, describeWithTools, useChromium } from './chromium';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Locator, type Page } from 'playwright-core';
import { answerOf, ask } from '../http/helpers';
import { addPerson, OWNER, PASSWORD, startConsole } from '../console/helpers';

const UNANSWERED = 'ma voisine fait du bruit avec sa machine à coudre la nuit';
const UNVERIFIED = 'pas encore été vérifiée';
const TABLET = { width: 1024, height: 768 };

const describeIfChromium = describeWithTools('console browser test');

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

/** axe-core violations of the page (WCAG 2.1 A and AA). */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = (await page.evaluate(() => (window as unknown as { axe: { run(o: object): Promise<unknown> } }).axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }))) as AxeResult;
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The text of an element once it is there. */
async function textOf(l: Locator): Promise<string> {
  await l.first().waitFor();
  return (await l.first().textContent()) ?? '';
}

describeIfChromium('console of the real app in headless Chromium', () => {
  const env = useChromium(
    async () => {
      const w = await startConsole();
      await addPerson(w, 'admin', ['admin'], 'coordination');
      return w;
    },
    (w) => w.dispose(),
  );
  const errors: string[] = [];

  /** A fresh tablet-sized browser (its own cookies); axe is injected past the console's CSP only for the check. */
  async function open(): Promise<Page> {
    const context = await env.browser.newContext({ locale: 'fr-BE', viewport: TABLET, bypassCSP: true });
    const page = await context.newPage();
    // A save asks the golden questions first: seconds on a busy machine.
    page.setDefaultTimeout(60_000);
    page.on('pageerror', (e) => errors.push(e.message));
    return page;
  }

  /** Signs in with the keyboard alone: Tab to the fields, type, Enter. */
  async function login(page: Page, username: string, password = PASSWORD): Promise<void> {
    await page.goto(`${env.world.url}/console/login`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.focus('#username');
    await page.keyboard.type(username);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    await page.keyboard.type(password);
    await Promise.all([page.waitForURL(`${env.world.url}/console/`), page.keyboard.press('Enter')]);
  }

  it('an admin creates an organisation and an editor from the accounts page', async () => {
    const page = await open();
    await login(page, 'admin');
    expect(await axe(page)).toEqual([]);
    await page.getByRole('link', { name: 'Comptes' }).click();
    await page.getByLabel('Identifiant', { exact: true }).first().fill('relais-team');
    await page.getByLabel('Nom', { exact: true }).fill(OWNER);
    await page.getByRole('button', { name: "Ajouter l'organisation" }).click();
    expect(await textOf(page.locator('.flash'))).toContain('Relais');
    await page.locator('#user-name').fill('editrice');
    await page.locator('#user-display').fill('Élise Éditrice');
    await page.locator('#user-org').selectOption('relais-team');
    await page.getByLabel('rédaction').check();
    await page.locator('#user-password').fill('un mot de passe assez long');
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    expect(await textOf(page.locator('.flash'))).toContain('Élise Éditrice');
    expect(await axe(page)).toEqual([]);
    expect((await env.world.accounts.person('editrice'))?.roles).toEqual(['editor']);
    await page.context().close();
  }, 180_000);

  it('the editor sees a question the bot could not answer, attaches it to an entry, and the bot then answers it', async () => {
    const before = answerOf(await ask(env.world.url, UNANSWERED, { locale: 'fr' }));
    expect(before?.channelData?.answer?.kind).toBe('fallback');
    const page = await open();
    await login(page, 'editrice', 'un mot de passe assez long');
    await page.getByRole('link', { name: 'Questions sans réponse', exact: true }).click();
    const card = page.locator('section.card', { hasText: UNANSWERED });
    expect(await textOf(card)).toContain('langue : fr');
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'console-review.png'), fullPage: true });
    await card.getByLabel('à la fiche').selectOption('legal-aid-free-lawyer');
    await card.getByRole('button', { name: 'Ajouter comme question d\'exemple' }).click();
    expect(await textOf(page.locator('.flash'))).toContain('legal-aid-free-lawyer');
    expect(await page.locator('section.card', { hasText: UNANSWERED }).count()).toBe(0);
    const after = answerOf(await ask(env.world.url, UNANSWERED, { locale: 'fr' }));
    expect(after?.channelData?.answer).toMatchObject({ kind: 'answer', entryId: 'legal-aid-free-lawyer' });
    expect(after?.text).toContain(UNVERIFIED);
    await page.context().close();
  }, 180_000);

  it('a reviewer verifies the entry and the "not verified" line leaves the answer', async () => {
    await addPerson(env.world, 'relecteur', ['reviewer'], 'relais-team');
    const page = await open();
    await login(page, 'relecteur');
    await page.goto(`${env.world.url}/console/entries/legal-aid-free-lawyer`);
    expect(await textOf(page.locator('.bubble'))).toContain(UNVERIFIED);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: "J'ai vérifié chaque fait auprès de la source" }).click();
    await page.locator('.flash').waitFor();
    expect(await textOf(page.locator('.bubble'))).not.toContain(UNVERIFIED);
    expect(await textOf(page.locator('main'))).toContain('Vérifiée par relecteur Test');
    const after = answerOf(await ask(env.world.url, UNANSWERED, { locale: 'fr' }));
    expect(after?.channelData?.answer?.entryId).toBe('legal-aid-free-lawyer');
    expect(after?.text).not.toContain(UNVERIFIED);
    await page.context().close();
  }, 180_000);

  it('a save that breaks golden answers is shown before it lands, and lands only when confirmed', async () => {
    const page = await open();
    await login(page, 'editrice', 'un mot de passe assez long');
    const file = path.join(env.world.knowledgeDir, 'entries', 'integration-pathway');
    const entryFile = require('node:fs').readdirSync(file, { recursive: true }).map(String).find((f: string) => readFileSync(path.join(file, f), 'utf8').includes('id: integration-pathway-wallonia-obligation'));
    const full = path.join(file, entryFile);
    const original = readFileSync(full, 'utf8');
    await page.goto(`${env.world.url}/console/entries/integration-pathway-wallonia-obligation`);
    await page.locator('#f-fr-questions').fill('horaires de la piscine communale');
    await page.locator('#f-fr-keywords').fill('piscine');
    await page.locator('#f-fr-title').fill('Horaires de la piscine');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    const golden = page.locator('section.golden');
    expect(await textOf(golden)).toContain('bonne réponse perdue');
    expect(readFileSync(full, 'utf8')).toBe(original);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'console-golden.png'), fullPage: true });
    // The form kept what the editor typed.
    expect(await page.locator('#f-fr-title').inputValue()).toBe('Horaires de la piscine');
    await page.getByLabel('J\'ai vu ces changements et je veux enregistrer quand même').check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.locator('.flash').waitFor();
    const saved = readFileSync(full, 'utf8');
    expect(saved).toContain('Horaires de la piscine');
    // Comments and the rest of the layout survive the save.
    const comments = original.split('\n').filter((l) => l.trim().startsWith('#'));
    for (const c of comments) expect(saved).toContain(c);
    await page.context().close();
  }, 180_000);

  it('the dashboard draws the usage charts with Chart.js served by Relais itself (no other host)', async () => {
    await ask(env.world.url, "comment demander le revenu d'intégration au CPAS", { locale: 'fr' });
    const page = await open();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).origin));
    await login(page, 'admin');
    const drawn = page.locator('#chart-outcome[data-drawn]');
    await drawn.waitFor();
    expect(Number(await drawn.getAttribute('data-drawn'))).toBeGreaterThanOrEqual(1);
    expect(await textOf(page.locator('table', { hasText: 'Semaine du' }))).toMatch(/\d{4}-\d{2}-\d{2}/);
    expect([...hosts]).toEqual([env.world.url]);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'console-dashboard.png'), fullPage: true });
    await page.context().close();
  }, 180_000);

  it('ran without a script error', () => {
    expect(errors).toEqual([]);
  });
});
