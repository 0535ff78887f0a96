// The desk page of the real app in headless Chromium: a French-speaking worker serves a person speaking Arabic
// (1030 Schaerbeek) and one speaking Ukrainian (4000 Liège); both languages side by side with the right offices,
// the person's full-screen view right to left in Arabic, desk phrases, the A4 handout printed to PDF (text checked
// with pdftotext, page turned into an image with pdftoppm, QR code decoded back to the chat's address, which then
// answers in Arabic), "Next person" leaving nothing in the page or the store, keyboard use and axe-core.
import { ARTIFACTS, AXE_SOURCE, describeWithTools, useChromium } from './chromium';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { type Page } from 'playwright-core';
import { startRelais } from '../http/helpers';
import { addPerson, PASSWORD, startConsole } from '../console/helpers';
import type { DeskAnswerReply } from '../../src/desk';

const ARABIC = /[\u0600-\u06FF]/;
const CYRILLIC = /[\u0400-\u04FF]/;
const DESKTOP = { width: 1280, height: 900 };

const describeIfTools = describeWithTools('desk browser test', { poppler: true });

/** axe-core's violations on the page as it is now (rule id and the first offending element). */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy stays on.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

/** Rows in each table of the embedded store (read-only connection beside the server's). */
function storeRows(dir: string): Record<string, number> {
  const db = new Database(path.join(dir, 'relais.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    return Object.fromEntries(tables.map((t) => [t.name, (db.prepare(`SELECT COUNT(*) AS n FROM "${t.name}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

/** Every file under the data folder, as text, to look for what the person said. */
function dataText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).toString('latin1'))
    .join('\n');
}

describeIfTools('desk page of the real app in headless Chromium', () => {
  const env = useChromium(startRelais, (r) => r.stop());
  const dataDir = (): string => env.world.relais.config.dataDir;

  /** The desk in the worker's language, ready; any script error or CSP refusal fails the test at the end. */
  async function openDesk(lang: string): Promise<{ page: Page; errors: string[] }> {
    const context = await env.browser.newContext({ locale: lang, viewport: DESKTOP });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${env.world.url}/desk?lang=${lang}`);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
    return { page, errors };
  }

  /** The reply the page received for the next answer request. */
  function nextReply(page: Page): Promise<DeskAnswerReply> {
    return page
      .waitForResponse((r) => r.url().endsWith('/desk/api/answer') && r.request().method() === 'POST', { timeout: 30_000 })
      .then((r) => r.json() as Promise<DeskAnswerReply>);
  }

  it('serves a person speaking Arabic from 1030: both languages side by side, the Schaerbeek offices, a right-to-left full screen, a bilingual handout whose QR code opens the chat on the same answer, and nothing left after "Next person"', async () => {
    const before = storeRows(dataDir());
    const { page, errors } = await openDesk('fr');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.title()).toContain('Guichet primo-arrivants');
    expect(await axeViolations(page)).toEqual([]);

    const question = "Comment demander le revenu d'intégration au CPAS ?";
    await page.getByLabel('Langue de la personne', { exact: true }).selectOption('ar');
    await page.getByLabel('Code postal (facultatif)').fill('1030');
    await page.getByLabel(/^Question, en français/).fill(question);
    const replied = nextReply(page);
    await page.getByRole('button', { name: 'Chercher la réponse' }).click();
    const reply = await replied;
    expect(reply.kind).toBe('answer');
    expect(reply.entryId).toBe('cpas-ris');

    const worker = page.locator('article[data-side="worker"]');
    const person = page.locator('article[data-side="person"]');
    await person.waitFor();
    expect(await worker.getAttribute('lang')).toBe('fr');
    expect(await worker.getAttribute('dir')).toBe('ltr');
    expect(await person.getAttribute('lang')).toBe('ar');
    expect(await person.getAttribute('dir')).toBe('rtl');
    const workerText = await worker.innerText();
    const personText = await person.innerText();
    expect(workerText).toContain("Demander le revenu d'intégration (RIS) au CPAS");
    expect(workerText).toContain('Documents à emporter');
    expect(personText).toMatch(ARABIC);
    expect(personText).toContain('الوثائق التي يجب إحضارها');
    // The CPAS of the person's commune, in both columns; side by side on a desk screen.
    expect(workerText).toContain('CPAS de Schaerbeek');
    expect(personText).toContain('CPAS de Schaerbeek');
    const [w, p] = [await worker.boundingBox(), await person.boundingBox()];
    expect(Math.abs(w!.y - p!.y)).toBeLessThan(2);
    expect(p!.x).toBeGreaterThan(w!.x + w!.width - 1);
    expect(await page.locator('#place-note').innerText()).toContain('1030 Schaerbeek');
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(ARTIFACTS, 'desk-fr-ar.png') });

    // "Show to the person": full screen, Arabic, right to left, large type; Escape gives the screen back.
    await page.getByRole('button', { name: 'Montrer à la personne' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const body = page.locator('#show-body');
    expect(await body.getAttribute('lang')).toBe('ar');
    expect(await body.getAttribute('dir')).toBe('rtl');
    expect(await body.evaluate((n) => getComputedStyle(n).direction)).toBe('rtl');
    expect(await body.locator('h2').innerText()).toBe(reply.person!.title);
    expect(parseFloat(await body.locator('.side-answer').evaluate((n) => getComputedStyle(n).fontSize))).toBeGreaterThanOrEqual(24);
    const box = await dialog.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(DESKTOP.width - 1);
    expect(box!.height).toBeGreaterThanOrEqual(DESKTOP.height - 1);
    // Arabic text starts at the right edge.
    const title = await body.locator('h2').boundingBox();
    expect(title!.x + title!.width).toBeGreaterThan(DESKTOP.width * 0.8);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'desk-show-ar.png') });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('show-person');

    // A desk phrase, large, in Arabic, with the French under it for the worker.
    await page.getByRole('button', { name: 'Avez-vous besoin d’un interprète ?' }).or(page.getByRole('button', { name: "Avez-vous besoin d'un interprète ?" })).click();
    await dialog.waitFor();
    expect(await page.locator('#show-body .phrase').innerText()).toBe('هل تحتاج إلى مترجم؟');
    expect(await page.locator('#show-body .phrase-worker').innerText()).toContain('interprète');
    await page.getByRole('button', { name: 'Fermer' }).click();
    // "Come back with these documents" lists the answer's documents in Arabic.
    await page.getByRole('button', { name: /^Revenez avec ces documents/ }).click();
    expect(await page.locator('#show-body .documents li').allInnerTexts()).toEqual(reply.person!.documents);
    await page.keyboard.press('Escape');

    // The handout, printed to PDF by Chromium's print (print stylesheet, A4).
    const pdfFile = path.join(ARTIFACTS, 'desk-handout-ar.pdf');
    writeFileSync(pdfFile, await page.pdf({ format: 'A4', printBackground: true }));
    const pdfText = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    const words = (s: string) => s.replace(/\s+/g, ' ');
    // Each column read on its own: read across the page, a title that wraps differently with another machine's fonts
    // ("Demander le revenu d'intégration (RIS)" / "au CPAS") is cut by the other language's line beside it.
    const columns = [0, 1]
      .map((i) => execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', '-x', String(i * 298), '-y', '0', '-W', '298', '-H', '843', pdfFile, '-'], { encoding: 'utf8' }))
      .map(words)
      .join(' | ');
    expect(words(pdfText)).toContain('Relais : informations pour vous');
    expect(columns).toContain("Demander le revenu d'intégration (RIS) au CPAS");
    expect(pdfText).toContain('CPAS de Schaerbeek');
    expect((pdfText.match(/[\u0600-\u06FF]/g) ?? []).length).toBeGreaterThan(200);
    expect(pdfText).toMatch(/Date : \d{1,2} \S+ 20\d\d/);
    // Nothing personal: not the question typed at the desk.
    expect(pdfText).not.toContain(question);
    // Only the handout is printed: not the desk's controls.
    expect(pdfText).not.toContain('Personne suivante');

    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', pdfFile, path.join(ARTIFACTS, 'desk-handout-ar')]);
    const pngFile = readdirSync(ARTIFACTS).find((f) => /^desk-handout-ar-0*1\.png$/.test(f));
    expect(pngFile).toBeDefined();
    const png = PNG.sync.read(readFileSync(path.join(ARTIFACTS, pngFile!)));
    const code = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
    expect(code?.data).toBe(reply.chat!.url);
    const chatUrl = new URL(code!.data);
    expect(chatUrl.origin).toBe(env.world.url);
    expect(chatUrl.searchParams.get('lang')).toBe('ar');
    expect(chatUrl.searchParams.get('q')).toMatch(ARABIC);

    // "Next person": nothing of the person left on screen, in the page's storage, on the server.
    await page.getByRole('button', { name: 'Personne suivante' }).click();
    expect(await page.getByLabel('Langue de la personne', { exact: true }).inputValue()).toBe('');
    expect(await page.getByLabel('Code postal (facultatif)').inputValue()).toBe('');
    expect(await page.getByLabel(/^Question, en français/).inputValue()).toBe('');
    // The answer area, the full-screen view and the handout hold nothing (the lists of languages and questions stay).
    const screen = await page.evaluate(() => ['answer', 'show-body', 'handout'].map((id) => document.getElementById(id)!.textContent).join('\n'));
    expect(screen).not.toMatch(ARABIC);
    expect(screen).not.toContain('Schaerbeek');
    expect(screen).not.toContain('revenu');
    expect(await page.locator('#message').innerText()).toContain('Tout est effacé');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('person-lang');
    const storage = await page.evaluate(() => ({ session: { ...sessionStorage }, local: { ...localStorage } }));
    // The page keeps only the worker's own language choice, when they changed it.
    expect(storage.session).toEqual({});
    expect(Object.keys(storage.local).filter((k) => k !== 'relais.desk.workerLang')).toEqual([]);
    expect(storeRows(dataDir())).toEqual(before);
    expect(Object.keys(before).length).toBeGreaterThan(3);
    expect(dataText(dataDir())).not.toContain('revenu d');
    expect(errors).toEqual([]);
    await page.context().close();

    // The QR code's address opens the chat in Arabic on the same answer, for the same commune.
    const chat = await (await env.browser.newContext({ locale: 'fr-BE', viewport: { width: 360, height: 740 } })).newPage();
    await chat.goto(chatUrl.toString());
    expect(await chat.getAttribute('html', 'dir')).toBe('rtl');
    // The bot's reply carries the entry it answered with (CONTRACT.md); read from the conversation the store keeps.
    await chat.locator('.webchat__bubble:not(.webchat__bubble--from-user)', { hasText: 'CPAS de Schaerbeek' }).first().waitFor({ timeout: 30_000 });
    const conversationId = await chat.evaluate(() => {
      const saved = JSON.parse(sessionStorage.getItem('relais.conversation') ?? '{}') as { token?: string };
      const payload = (saved.token ?? '..').split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      return (JSON.parse(atob(payload)) as { conv: string }).conv;
    });
    const queued = (await env.world.relais.store.getDirectLineActivities(conversationId)).activities as {
      text?: string;
      from: { role?: string };
      channelData?: { postalCode?: string; answer?: { kind: string; entryId?: string; lang: string } };
    }[];
    const asked = queued.find((a) => a.text === chatUrl.searchParams.get('q'));
    expect(asked?.channelData?.postalCode).toBe('1030');
    const answered = queued.find((a) => a.from.role === 'bot' && a.channelData?.answer?.kind === 'answer');
    expect(answered?.channelData?.answer).toMatchObject({ entryId: reply.entryId, lang: 'ar' });
    // Asked once: the question left the address, so a reload does not ask it again.
    expect(new URL(chat.url()).searchParams.get('q')).toBeNull();
    expect(queued.filter((a) => a.text === chatUrl.searchParams.get('q'))).toHaveLength(1);
    await chat.context().close();
  }, 180_000);

  it('serves a person speaking Ukrainian from 4000 with the keyboard alone: Liège offices in both languages, a frequent question picked from the list', async () => {
    const { page, errors } = await openDesk('fr');
    // From the top of the page: skip link, worker language, "Next person", then the person's language.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('person-lang');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel('Langue de la personne', { exact: true }).inputValue()).toBe('uk');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4000');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('question');
    await page.keyboard.type('Où suivre un cours de français ?');
    let replied = nextReply(page);
    await page.keyboard.press('Enter');
    let reply = await replied;
    expect(reply.kind).toBe('answer');
    // The answer takes the focus, so a screen reader reads it next.
    await page.waitForFunction(() => document.activeElement?.id === 'answer');
    const person = page.locator('article[data-side="person"]');
    expect(await person.getAttribute('lang')).toBe('uk');
    expect(await person.getAttribute('dir')).toBe('ltr');
    const personText = await person.innerText();
    const workerText = await page.locator('article[data-side="worker"]').innerText();
    expect(personText).toMatch(CYRILLIC);
    expect(personText).toContain('Куди звернутися');
    // Liège's regional integration centre, not a Brussels office.
    expect(workerText).toContain('CRIPEL (CRI Liège)');
    expect(personText).toContain('CRIPEL (CRI Liège)');
    expect(workerText).not.toMatch(/BAPA|Schaerbeek/);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(ARTIFACTS, 'desk-fr-uk.png') });

    // "Show to the person" reached with Tab and Enter; left to right in Ukrainian.
    await page.getByRole('button', { name: 'Montrer à la personne' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect(await page.locator('#show-body').getAttribute('lang')).toBe('uk');
    expect(await page.locator('#show-body').evaluate((n) => getComputedStyle(n).direction)).toBe('ltr');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('show-close');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    // A frequent question picked from the list, with the keyboard.
    await page.getByLabel('Ou choisir une question fréquente').focus();
    const option = await page.locator('#pick option', { hasText: 'Parcours d’intégration' }).or(page.locator('#pick option', { hasText: /intégration en Wallonie/ })).first().getAttribute('value');
    await page.getByLabel('Ou choisir une question fréquente').selectOption(option!);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pick-show');
    replied = nextReply(page);
    await page.keyboard.press('Enter');
    reply = await replied;
    expect(reply.entryId).toBe(option);
    expect(reply.person!.lang).toBe('uk');
    await page.locator('article[data-side="person"]', { hasText: reply.person!.title }).waitFor();

    // The handout in French and Ukrainian.
    const pdfFile = path.join(ARTIFACTS, 'desk-handout-uk.pdf');
    writeFileSync(pdfFile, await page.pdf({ format: 'A4', printBackground: true }));
    const pdfText = execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdfText).toContain('Relais: інформація для вас');
    expect(pdfText).toContain('Relais : informations pour vous');
    for (const s of reply.person!.services) expect(pdfText).toContain(s.name);

    // "Next person" with the keyboard.
    await page.getByRole('button', { name: 'Personne suivante' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => ['answer', 'show-body', 'handout'].map((id) => document.getElementById(id)!.textContent).join('\n'))).not.toMatch(CYRILLIC);
    expect(await page.getByLabel('Code postal (facultatif)').inputValue()).toBe('');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('speaks to a Dutch-speaking worker in Dutch and asks for the person\'s language first', async () => {
    const { page, errors } = await openDesk('nl');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByLabel(/^Vraag, in het Frans/).fill('Waar kan ik Frans leren?');
    await page.getByRole('button', { name: 'Antwoord zoeken' }).click();
    expect(await page.locator('#person-lang-error').innerText()).toBe('Kies de taal van de persoon.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('person-lang');
    await page.getByLabel('Taal van de persoon', { exact: true }).selectOption('ru');
    await page.getByLabel('Postcode (niet verplicht)').fill('12');
    await page.getByRole('button', { name: 'Antwoord zoeken' }).click();
    expect(await page.locator('#postal-error').innerText()).toContain('4 cijfers');
    await page.getByLabel('Postcode (niet verplicht)').fill('1000');
    const first = nextReply(page);
    await page.getByRole('button', { name: 'Antwoord zoeken' }).click();
    const reply = await first;
    expect(reply.worker!.lang).toBe('nl');
    expect(reply.person!.lang).toBe('ru');
    expect(await page.locator('article[data-side="worker"] .lang-tag').innerText()).toBe('Nederlands');
    expect(await page.locator('article[data-side="person"] .lang-tag').innerText()).toBe('Russisch');
    expect(await axeViolations(page)).toEqual([]);

    // The person turns out to read Ukrainian better: the answer follows the new language.
    const again = nextReply(page);
    await page.getByLabel('Taal van de persoon', { exact: true }).selectOption('uk');
    expect((await again).person!.lang).toBe('uk');
    await page.locator('article[data-side="person"][lang="uk"]').waitFor();
    expect(await page.locator('article[data-side="person"] .lang-tag').innerText()).toBe('Oekraïens');

    // Without a postal code, the rent deposit has a Brussels and a Walloon answer: the worker picks one.
    await page.getByLabel('Postcode (niet verplicht)').fill('');
    await page.getByLabel(/^Vraag, in het Frans/).fill('huurwaarborg');
    let replied = nextReply(page);
    await page.getByRole('button', { name: 'Antwoord zoeken' }).click();
    const clarify = await replied;
    expect(clarify.kind).toBe('clarify');
    const choices = page.locator('#choices button');
    await choices.first().waitFor();
    expect(await choices.count()).toBe(clarify.choices!.length);
    expect(await choices.first().innerText()).toContain(clarify.choices![0].worker);
    expect(await choices.first().locator('[lang="uk"]').innerText()).toBe(clarify.choices![0].person);
    expect(await axeViolations(page)).toEqual([]);
    replied = nextReply(page);
    await choices.first().click();
    expect((await replied).entryId).toBe(clarify.choices![0].entryId);
    await page.locator('article[data-side="worker"]', { hasText: clarify.choices![0].worker }).waitFor();
    // No postal code: the page asks for it to name the person's commune's offices.
    expect(await page.locator('#needs-place').innerText()).toContain('postcode');

    // A person living in Gent: the answer, the OCMW of Gent, and a line saying the entries are written for Wallonia
    // and Brussels (every entry is; a Flemish postal code had left no answer at all).
    const outsideArea = (JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'locales', 'nl', 'desk.json'), 'utf8')) as { ui: { outsideArea: string } }).ui.outsideArea;
    await page.getByLabel('Postcode (niet verplicht)').fill('9000');
    await page.getByLabel(/^Vraag, in het Frans/).fill("Comment demander le revenu d'intégration au CPAS ?");
    replied = nextReply(page);
    await page.getByRole('button', { name: 'Antwoord zoeken' }).click();
    expect((await replied).kind).not.toBe('fallback');
    await page.locator('#place-note', { hasText: outsideArea }).waitFor();
    expect(await page.locator('#place-note').innerText()).toContain('9000');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describeIfTools('desk behind the console accounts (DESK_ACCESS=accounts) in headless Chromium', () => {
  const env = useChromium(
    async () => {
      const w = await startConsole({ env: { DESK_ACCESS: 'accounts' } });
      await addPerson(w, 'guichet', ['desk']);
      return w;
    },
    (w) => w.dispose(),
  );

  it('sends the worker from /desk to the sign-in page, signs in with the keyboard, answers at the desk, and signs out back to the sign-in page', async () => {
    const context = await env.browser.newContext({ locale: 'fr', viewport: DESKTOP });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });

    await page.goto(`${env.world.url}/desk`);
    expect(page.url()).toBe(`${env.world.url}/console/login?next=%2Fconsole%2Fdesk`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await axeViolations(page)).toEqual([]);

    // The keyboard alone: Tab from the top of the page to the username (past the skip link and the languages).
    let tabs = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'username' && tabs < 8) {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('username');
    await page.keyboard.type('guichet');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('password');
    await page.keyboard.type(PASSWORD);
    await Promise.all([page.waitForURL(`${env.world.url}/console/desk`), page.keyboard.press('Enter')]);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('#account-name').innerText()).toBe('Connecté en tant que guichet Test');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Langue de la personne', { exact: true }).selectOption('ar');
    await page.getByLabel('Code postal (facultatif)').fill('1030');
    await page.getByLabel(/^Question, en français/).fill("Comment demander le revenu d'intégration au CPAS ?");
    const replied = page.waitForResponse((r) => r.url() === `${env.world.url}/console/desk/api/answer` && r.request().method() === 'POST', { timeout: 30_000 });
    await page.getByLabel(/^Question, en français/).press('Enter');
    const reply = (await (await replied).json()) as DeskAnswerReply;
    expect(reply.entryId).toBe('cpas-ris');
    await page.locator('article[data-side="person"][lang="ar"]').waitFor();
    expect(await page.locator('article[data-side="person"]').innerText()).toMatch(ARABIC);
    expect(await page.locator('article[data-side="worker"]').innerText()).toContain('Schaerbeek');
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(ARTIFACTS, 'desk-accounts.png') });

    await Promise.all([page.waitForURL(`${env.world.url}/console/login?next=%2Fconsole%2Fdesk`), page.getByRole('button', { name: 'Se déconnecter' }).click()]);
    await page.goto(`${env.world.url}/console/desk`);
    expect(page.url()).toBe(`${env.world.url}/console/login?next=%2Fconsole%2Fdesk`);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
