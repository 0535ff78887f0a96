// DESK_ACCESS=accounts on the real app: the desk moves to /console/desk behind the console's accounts. Anonymous
// visitors get the console's sign-in page and come back to the desk; a person without the desk (or admin) role
// gets a 403 page naming the roles; the desk's JSON API needs the session and its CSRF token; signing out works.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import type { DeskAnswerReply } from '../../src/desk';
import { addPerson, Client, startConsole, type ConsoleWorld } from '../console/helpers';

const ARABIC = /[\u0600-\u06FF]/;
const ROOT = path.join(__dirname, '../..');

/** A JSON request with the client's cookies and address. */
async function json(c: Client, method: string, p: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(c.base + p, {
    method,
    redirect: 'manual',
    headers: {
      ...c.headers,
      cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

const QUESTION = { workerLang: 'fr', personLang: 'ar', postalCode: '1030', question: "Comment demander le revenu d'intégration au CPAS ?" };

/** Signs in through the desk's own door: /desk, the console's sign-in page, then back to the desk. */
async function signInAtDesk(c: Client, username: string): Promise<Response> {
  const login = (await c.get('/console/desk')).headers.get('location')!;
  return c.post('/console/login', { username, password: 'correct horse battery staple', next: new URL(login, c.base).searchParams.get('next')! }, login);
}

describe('desk behind the console accounts (DESK_ACCESS=accounts)', () => {
  let w: ConsoleWorld;

  beforeAll(async () => {
    w = await startConsole({ env: { DESK_ACCESS: 'accounts' } });
    await addPerson(w, 'guichet', ['desk']);
    await addPerson(w, 'chef', ['admin']);
    await addPerson(w, 'redac', ['editor', 'reviewer']);
  }, 60_000);

  afterAll(async () => {
    await w?.dispose();
  });

  it('sends an anonymous visitor from /desk to the sign-in page and, once signed in, back to the desk, which answers', async () => {
    const c = new Client(w.url);
    const old = await c.get('/desk?lang=nl');
    expect(old.status).toBe(303);
    expect(old.headers.get('location')).toBe('/console/desk?lang=nl');
    const door = await c.get('/console/desk?lang=nl');
    expect(door.status).toBe(303);
    expect(door.headers.get('location')).toBe('/console/login?next=%2Fconsole%2Fdesk%3Flang%3Dnl');
    const login = await (await c.get(door.headers.get('location')!)).text();
    expect(login).toContain('<input type="hidden" name="next" value="/console/desk?lang=nl">');

    const signedIn = await c.post('/console/login', { username: 'guichet', password: 'correct horse battery staple', next: '/console/desk?lang=nl' }, '/console/login?next=%2Fconsole%2Fdesk');
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/console/desk?lang=nl');
    const page = await c.get('/console/desk?lang=nl');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('src="/console/desk/static/desk.js"');
    expect(html).toContain('action="/console/logout"');
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect((await c.get('/console/desk/static/desk.js')).status).toBe(200);

    const { json: who } = await json(c, 'GET', '/console/desk/api/account');
    expect(who.account.displayName).toBe('guichet Test');
    const { status, json: reply } = await json(c, 'POST', '/console/desk/api/answer', QUESTION, { 'x-csrf-token': who.account.csrfToken });
    expect(status).toBe(200);
    expect((reply as DeskAnswerReply).entryId).toBe('cpas-ris');
    expect(reply.person.answer).toMatch(ARABIC);
    expect(reply.worker.services.map((s: { name: string }) => s.name).join(' ')).toMatch(/Schaerbeek/);
    // The desk's errors stay the desk's: JSON with a precise code, not a console page.
    const bad = await json(c, 'POST', '/console/desk/api/answer', { ...QUESTION, postalCode: '0000' }, { 'x-csrf-token': who.account.csrfToken });
    expect(bad).toMatchObject({ status: 400, json: { error: { code: 'InvalidPostalCode' } } });
  });

  it("refuses the desk's POST without the session's CSRF token, and the API to anyone not signed in", async () => {
    const c = new Client(w.url);
    await signInAtDesk(c, 'guichet');
    expect(await json(c, 'POST', '/console/desk/api/answer', QUESTION)).toMatchObject({ status: 403, json: { error: { code: 'InvalidCsrfToken' } } });
    expect(await json(c, 'POST', '/console/desk/api/answer', QUESTION, { 'x-csrf-token': 'forged' })).toMatchObject({ status: 403, json: { error: { code: 'InvalidCsrfToken' } } });

    const anonymous = new Client(w.url);
    expect(await json(anonymous, 'GET', '/console/desk/api/labels')).toMatchObject({ status: 401, json: { error: { code: 'SignInRequired' } } });
    expect(await json(anonymous, 'GET', '/console/desk/api/account')).toMatchObject({ status: 401 });
    expect((await json(anonymous, 'POST', '/console/desk/api/answer', QUESTION)).status).toBe(403);
    // The open addresses of the other modes do not exist in this one.
    for (const p of ['/desk/api/labels', '/desk/api/phrases', '/desk/static/desk.js']) expect((await anonymous.get(p)).status).toBe(404);
    expect((await json(anonymous, 'POST', '/desk/api/answer', QUESTION)).status).toBe(404);
  });

  it('lets in the desk role and admin, with a menu link to the desk; a person without either gets a 403 page naming the roles', async () => {
    for (const username of ['guichet', 'chef']) {
      const c = new Client(w.url);
      expect((await signInAtDesk(c, username)).headers.get('location')).toBe('/console/desk');
      expect((await c.get('/console/desk')).status).toBe(200);
      expect((await json(c, 'GET', '/console/desk/api/labels')).status).toBe(200);
      expect(await (await c.get('/console/')).text()).toMatch(/<a href="\/console\/desk"\s*>Guichet primo-arrivants<\/a>/);
    }

    const c = new Client(w.url);
    expect((await signInAtDesk(c, 'redac')).headers.get('location')).toBe('/console/desk');
    const refused = await c.get('/console/desk');
    expect(refused.status).toBe(403);
    const text = await refused.text();
    expect(text.replaceAll('&#39;', "'")).toContain("Votre compte n'a aucun des rôles qu'exige la page Guichet primo-arrivants (guichet, administration)");
    expect(text).toContain('action="/console/logout"');
    expect(await json(c, 'GET', '/console/desk/api/labels')).toMatchObject({ status: 403, json: { error: { code: 'Forbidden' } } });
    expect(await (await c.get('/console/')).text()).not.toContain('/console/desk');
  });

  it('signs out from the desk back to a sign-in page that returns to the desk; the old session opens nothing', async () => {
    const c = new Client(w.url);
    await signInAtDesk(c, 'guichet');
    const { json: who } = await json(c, 'GET', '/console/desk/api/account');
    const out = await c.request('POST', '/console/logout', { _csrf: who.account.csrfToken, next: '/console/desk' });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/console/login?next=%2Fconsole%2Fdesk');
    expect((await c.get('/console/desk')).status).toBe(303);
    expect(await json(c, 'GET', '/console/desk/api/labels')).toMatchObject({ status: 401 });
  });

  it('returns after sign-in only to console pages, never to another site', async () => {
    for (const next of ['//evil.example/', 'https://evil.example/', '/console//evil.example', '/\\evil.example', '/console/../x']) {
      const c = new Client(w.url);
      const res = await c.post('/console/login', { username: 'guichet', password: 'correct horse battery staple', next }, '/console/login');
      expect([next, res.headers.get('location')]).toEqual([next, '/console/']);
    }
  });
});

describe('DESK_ACCESS configuration', () => {
  it('accepts accounts and names the variable and value of anything else, and the server exits non-zero', () => {
    expect(loadConfig({ DESK_ACCESS: 'accounts' }, '/srv').deskAccess).toBe('accounts');
    const run = spawnSync(process.execPath, ['-r', path.join(ROOT, 'tests/store/fixtures/tsRequire.js'), path.join(ROOT, 'src/index.ts')], {
      cwd: ROOT,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DESK_ACCESS: 'account' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('DESK_ACCESS="account" must be one of open, network, accounts, off');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 130_000);
});
