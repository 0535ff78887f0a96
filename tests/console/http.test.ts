// The console over HTTP on the real app: login, cookies, CSRF, roles, rate limit, sessions across a restart, the
// review loop (a question the bot could not answer, attached to an entry, then answered) and verification.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ask, answerOf } from '../http/helpers';
import { addPerson, Client, startConsole, type ConsoleWorld } from './helpers';

const UNANSWERED = 'ma voisine fait du bruit avec sa machine à coudre la nuit';

describe('console over HTTP', () => {
  let w: ConsoleWorld;

  beforeAll(async () => {
    w = await startConsole();
    await addPerson(w, 'admin', ['admin']);
    await addPerson(w, 'editor', ['editor']);
    await addPerson(w, 'reviewer', ['reviewer']);
  }, 60_000);

  afterAll(async () => {
    await w?.dispose();
  });

  it('serves the login page in French by default with security headers scoped to /console', async () => {
    const res = await fetch(`${w.url}/console/login`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('<html lang="fr"');
    expect(text).toContain('Se connecter');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const chat = await fetch(`${w.url}/`);
    // The chat page keeps its own headers (it may be framed by a commune's site).
    expect(chat.headers.get('content-security-policy')).toContain('frame-ancestors *');
    const en = await fetch(`${w.url}/console/login`, { headers: { 'accept-language': 'en' } });
    expect(await en.text()).toContain('Sign in');
  });

  it('refuses a wrong password (401) and signs in with the right one: HttpOnly, SameSite=Strict cookie', async () => {
    const c = new Client(w.url);
    expect((await c.login('editor', 'wrong password here')).status).toBe(401);
    const ok = await c.login('editor');
    expect(ok.status).toBe(303);
    const cookie = ok.headers.getSetCookie().find((x) => x.startsWith('relais.console='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect((await c.get('/console/review')).status).toBe(200);
  });

  it('marks the cookie Secure behind an HTTPS proxy on loopback', async () => {
    const c = new Client(w.url, { 'x-forwarded-proto': 'https' });
    const ok = await c.login('editor');
    expect(ok.status).toBe(303);
    expect(ok.headers.getSetCookie().find((x) => x.startsWith('relais.console='))).toMatch(/; Secure/i);
  });

  it('refuses a forged form without the CSRF token (403), signed in or not', async () => {
    const anon = await fetch(`${w.url}/console/login`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'username=editor&password=x' });
    expect(anon.status).toBe(403);
    const c = new Client(w.url);
    await c.login('admin');
    const forged = await c.request('POST', '/console/admin/orgs', { id: 'forged', name: 'Forged' });
    expect(forged.status).toBe(403);
    expect(await w.accounts.organisation('forged')).toBeUndefined();
    const wrong = await c.request('POST', '/console/admin/orgs', { _csrf: 'not-the-token', id: 'forged', name: 'Forged' });
    expect(wrong.status).toBe(403);
  });

  it('gives 403 to a session without the role and sends anonymous visitors to the login page', async () => {
    const c = new Client(w.url);
    await c.login('editor');
    expect((await c.get('/console/admin')).status).toBe(403);
    const post = await c.post('/console/admin/orgs', { id: 'sneaky', name: 'Sneaky' }, '/console/review');
    expect(post.status).toBe(403);
    expect(await w.accounts.organisation('sneaky')).toBeUndefined();
    const anon = await new Client(w.url).get('/console/review');
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toBe('/console/login');
  });

  it('lets an admin create an organisation and a person, recorded in the audit log', async () => {
    const c = new Client(w.url);
    await c.login('admin');
    expect((await c.post('/console/admin/orgs', { id: 'cpas-namur', name: 'CPAS de Namur' }, '/console/admin')).status).toBe(303);
    const bad = await c.post('/console/admin/users', { username: 'x', displayName: 'X', orgId: 'cpas-namur', roles: 'editor', password: 'short' }, '/console/admin');
    expect(bad.status).toBe(400);
    const made = await c.post('/console/admin/users', { username: 'marie', displayName: 'Marie Dupont', orgId: 'cpas-namur', roles: ['editor', 'reviewer'], password: 'a long enough password' }, '/console/admin');
    expect(made.status).toBe(303);
    expect((await w.accounts.person('marie'))?.roles).toEqual(['editor', 'reviewer']);
    const log = await w.accounts.auditLog();
    expect(log.map((a) => `${a.who} ${a.action} ${a.target}`)).toEqual(expect.arrayContaining(['admin org.create cpas-namur', 'admin user.create marie']));
    const page = await (await c.get('/console/admin')).text();
    expect(page).toContain('Marie Dupont');
  });

  it('rate-limits login attempts per address (429 after ten)', async () => {
    const c = new Client(w.url, { 'x-forwarded-for': '203.0.113.9' });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await c.login('nobody', 'wrong password 123')).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('closes the loop: an unanswered question is listed, attached to an entry, and then answered', async () => {
    const before = answerOf(await ask(w.url, UNANSWERED, { locale: 'fr' }));
    expect(before?.channelData?.answer?.kind).toBe('fallback');
    const c = new Client(w.url);
    await c.login('editor');
    const page = await (await c.get('/console/review')).text();
    expect(page).toContain(UNANSWERED);
    const ids = [...page.matchAll(/name="ids" value="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    const res = await c.post('/console/review/attach', { ids: ids.slice(0, 1), lang: 'fr', question: UNANSWERED, entryId: 'legal-aid-free-lawyer' }, '/console/review');
    if (res.status !== 303) throw new Error(await res.text());
    const file = readFileSync(path.join(w.knowledgeDir, 'entries', 'legal-aid', 'legal-aid-free-lawyer.yaml'), 'utf8');
    expect(file).toContain(UNANSWERED);
    const after = answerOf(await ask(w.url, UNANSWERED, { locale: 'fr' }));
    expect(after?.channelData?.answer).toMatchObject({ kind: 'answer', entryId: 'legal-aid-free-lawyer' });
    expect(after?.text).toContain("pas encore été vérifiée");
    expect((await w.accounts.auditLog()).some((a) => a.who === 'editor' && a.action === 'entry.add-question')).toBe(true);
  });

  it('lets a reviewer verify the entry: the "not verified" line leaves the answer, verifier and date in the file', async () => {
    const c = new Client(w.url);
    await c.login('reviewer');
    const res = await c.post('/console/entries/legal-aid-free-lawyer/verify', {}, '/console/entries/legal-aid-free-lawyer');
    expect(res.status).toBe(303);
    const file = readFileSync(path.join(w.knowledgeDir, 'entries', 'legal-aid', 'legal-aid-free-lawyer.yaml'), 'utf8');
    expect(file).toMatch(/verified: true/);
    expect(file).toMatch(/verifiedBy: reviewer Test/);
    const after = answerOf(await ask(w.url, UNANSWERED, { locale: 'fr' }));
    expect(after?.channelData?.answer?.entryId).toBe('legal-aid-free-lawyer');
    expect(after?.text).not.toContain('pas encore été vérifiée');
  });

  it('an editor cannot verify (403)', async () => {
    const c = new Client(w.url);
    await c.login('editor');
    expect((await c.post('/console/entries/legal-aid-free-lawyer/verify', {}, '/console/entries/legal-aid-free-lawyer')).status).toBe(403);
  });
});

