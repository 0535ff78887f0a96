// The console over HTTP on the real app: login, cookies, CSRF, roles, rate limit, sessions across a restart, the
// review loop (a question the bot could not answer, attached to an entry, then answered) and verification.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ask, answerOf } from '../http/helpers';
import { addPerson, Client, OWNER, scratchKnowledge, startConsole, type ConsoleWorld } from './helpers';

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
    expect(res.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const chat = await fetch(`${w.url}/`);
    // The chat page keeps its own headers (it may be framed by a commune's site).
    expect(chat.headers.get('content-security-policy')).toContain('frame-ancestors *');
    const en = await fetch(`${w.url}/console/login`, { headers: { 'accept-language': 'en' } });
    expect(await en.text()).toContain('Sign in');
    const nl = await fetch(`${w.url}/console/login?lang=nl`);
    expect(await nl.text()).toMatch(/<html lang="nl"[\s\S]*Aanmelden/);
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

  it('rate-limits login attempts per address (429 after ten), counted across processes sharing the store', async () => {
    // A second server on the same store, as when several processes serve one site.
    const other = await startConsole({ dataDir: w.dataDir, knowledgeDir: w.knowledgeDir });
    try {
      const here = new Client(w.url, { 'x-forwarded-for': '203.0.113.9' });
      const there = new Client(other.url, { 'x-forwarded-for': '203.0.113.9' });
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await (i % 2 ? there : here).login('nobody', 'wrong password 123')).status);
      expect(statuses.every((s) => s === 401)).toBe(true);
      expect((await here.login('nobody', 'wrong password 123')).status).toBe(429);
      expect((await there.login('editor')).status).toBe(429);
      // Another address is not held back.
      expect((await new Client(w.url, { 'x-forwarded-for': '203.0.113.10' }).login('editor')).status).toBe(303);
    } finally {
      await other.stop();
    }
  }, 60_000);

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

  it('lists the answers people rated "this did not help" in the review queue', async () => {
    const inner = w.relais.store.inner as import('../../src/store').DocStore;
    await inner.addFeedback({ entryId: 'cpas-ris', value: 'not-useful', lang: 'fr', day: '2026-12-01' });
    await inner.addFeedback({ entryId: 'cpas-ris', value: 'not-useful', lang: 'ar', day: '2026-12-02' });
    const c = new Client(w.url);
    await c.login('editor');
    const page = await (await c.get('/console/review')).text();
    const table = page.slice(page.indexOf('Réponses jugées inutiles'));
    expect(table).toMatch(/<a href="\/console\/entries\/cpas-ris">[^<]+<\/a><\/td><td>2<\/td>/);
  });

  it('an editor cannot verify (403)', async () => {
    const c = new Client(w.url);
    await c.login('editor');
    expect((await c.post('/console/entries/legal-aid-free-lawyer/verify', {}, '/console/entries/legal-aid-free-lawyer')).status).toBe(403);
  });
});


describe('console: stale saves, restarts and the command line', () => {
  let w: ConsoleWorld;

  beforeAll(async () => {
    w = await startConsole();
    await addPerson(w, 'ed1', ['editor']);
    await addPerson(w, 'ed2', ['editor']);
  }, 60_000);

  afterAll(async () => {
    await w?.dispose();
  });

  const FILE = () => path.join(w.knowledgeDir, 'entries', 'legal-aid', 'legal-aid-minors.yaml');

  it('tells a second editor whose version is stale (409), writes nothing and keeps their text in the form', async () => {
    const a = new Client(w.url);
    const b = new Client(w.url);
    await a.login('ed1');
    await b.login('ed2');
    const pageA = await (await a.get('/console/entries/legal-aid-minors')).text();
    const pageB = await (await b.get('/console/entries/legal-aid-minors')).text();
    const etag = (p: string) => /name="etag" value="([^"]*)"/.exec(p)![1];
    const fields = (p: string) => {
      const out: Record<string, string> = {};
      for (const m of p.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) out[m[1]] = m[2].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      for (const m of p.matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) if (!['_csrf', 'etag'].includes(m[1])) out[m[1]] = m[2].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      return out;
    };
    const first = { ...fields(pageA), etag: etag(pageA), 't.en.keywords': `${fields(pageA)['t.en.keywords']}\nminor alone`, confirm: '1' };
    const saved = await a.post('/console/entries/legal-aid-minors', first, '/console/entries/legal-aid-minors');
    expect(saved.status).toBe(303);
    const afterFirst = readFileSync(FILE(), 'utf8');
    expect(afterFirst).toContain('minor alone');
    const second = { ...fields(pageB), etag: etag(pageB), 't.en.keywords': `${fields(pageB)['t.en.keywords']}\nunaccompanied teenager`, confirm: '1' };
    const stale = await b.post('/console/entries/legal-aid-minors', second, '/console/entries/legal-aid-minors');
    expect(stale.status).toBe(409);
    const text = await stale.text();
    expect(text).toContain('Quelqu&#39;un a enregistré cette fiche');
    expect(text).toContain('unaccompanied teenager');
    expect(readFileSync(FILE(), 'utf8')).toBe(afterFirst);
  }, 60_000);

  it('refuses what the validator refuses, with the message at the field, and writes nothing', async () => {
    const c = new Client(w.url);
    await c.login('ed1');
    const page = await (await c.get('/console/entries/legal-aid-minors')).text();
    const before = readFileSync(FILE(), 'utf8');
    const res = await c.post('/console/entries/legal-aid-minors', { etag: /name="etag" value="([^"]*)"/.exec(page)![1], 't.fr.title': 'Mineurs', 't.fr.answer': 'Réponse', 't.fr.questions': '', reviewed: '2026-13-45' }, '/console/entries/legal-aid-minors');
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toMatch(/id="f-fr-questions-error"/);
    expect(text).toMatch(/id="f-reviewed-error"/);
    expect(readFileSync(FILE(), 'utf8')).toBe(before);
  }, 60_000);

  it('a disabled account cannot sign in and its open session stops working', async () => {
    await addPerson(w, 'leaver', ['editor']);
    const c = new Client(w.url);
    await c.login('leaver');
    expect((await c.get('/console/review')).status).toBe(200);
    await w.accounts.disableUser('leaver', 'test');
    expect((await c.get('/console/review')).status).toBe(303);
    expect((await new Client(w.url).login('leaver')).status).toBe(401);
  });

  it('the desk role sees the dashboard but not the review queue or the editor (403)', async () => {
    await addPerson(w, 'guichet', ['desk']);
    const c = new Client(w.url);
    await c.login('guichet');
    expect((await c.get('/console/')).status).toBe(200);
    expect((await c.get('/console/review')).status).toBe(403);
    expect((await c.get('/console/entries/legal-aid-minors')).status).toBe(403);
  });

  it('keeps sessions across a restart (they live in the store)', async () => {
    const c = new Client(w.url);
    await c.login('ed1');
    expect((await c.get('/console/review')).status).toBe(200);
    await w.stop();
    const again = await startConsole({ dataDir: w.dataDir, knowledgeDir: w.knowledgeDir });
    w = { ...again, dispose: w.dispose };
    const same = new Client(again.url);
    same.cookies = c.cookies;
    expect((await same.get('/console/review')).status).toBe(200);
    await again.stop();
  }, 60_000);
});

describe('console: services and git', () => {
  let w: ConsoleWorld;
  const FILE = () => path.join(w.knowledgeDir, 'services', 'cri.yaml');

  beforeAll(async () => {
    const kb = scratchKnowledge();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: kb, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.name=Setup', '-c', 'user.email=setup@test', 'add', '.');
    git('-c', 'user.name=Setup', '-c', 'user.email=setup@test', 'commit', '-qm', 'start');
    w = await startConsole({ knowledgeDir: kb, env: { CONSOLE_GIT_COMMIT: 'true' } });
    await addPerson(w, 'ed', ['editor']);
    await addPerson(w, 'rev', ['reviewer']);
  }, 60_000);

  afterAll(async () => {
    await w?.dispose();
  });

  it('refuses a contact field the validator refuses, at the field; saves a valid one with its source, comments kept, one git commit by the person', async () => {
    const c = new Client(w.url);
    await c.login('ed');
    const original = readFileSync(FILE(), 'utf8');
    const page = await (await c.get('/console/services/cri-la-louviere')).text();
    const etag = /name="etag" value="([^"]*)"/.exec(page)![1];
    const form = { etag, name: 'CeRAIC (CRI La Louvière)', 'contact.phone': 'call us', contactSource: 'https://example.org/test-contact-page' };
    const bad = await c.post('/console/services/cri-la-louviere', form, '/console/services/cri-la-louviere');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/id="s-phone-error"[^>]*>[^<]*is not a phone number/);
    expect(readFileSync(FILE(), 'utf8')).toBe(original);
    const ok = await c.post('/console/services/cri-la-louviere', { ...form, 'contact.phone': '+32 0 000 00 00' }, '/console/services/cri-la-louviere');
    if (ok.status !== 303) throw new Error((await ok.text()).replace(/[\s\S]*<main/, '').slice(0, 3000));
    const saved = readFileSync(FILE(), 'utf8');
    expect(saved).toContain('phone: +32 0 000 00 00');
    expect(saved).toContain('url: https://example.org/test-contact-page');
    for (const line of original.split('\n').filter((l) => l.includes('#'))) expect(saved).toContain(line);
    // Only the edited service changed: every other line of the file is where it was.
    expect(saved.split('\n').length - original.split('\n').length).toBeLessThanOrEqual(5);
    const log = execFileSync('git', ['log', '-1', '--format=%an|%s'], { cwd: w.knowledgeDir }).toString().trim();
    expect(log).toBe('ed Test|console: service.save cri-la-louviere (ed Test)');
    const routed = w.relais.knowledge.services;
    expect(routed).toBeGreaterThan(0);
  }, 60_000);

  it('lets a reviewer verify a service: verified, by whom, when', async () => {
    const c = new Client(w.url);
    await c.login('rev');
    expect((await c.post('/console/services/cri-la-louviere/verify', {}, '/console/services/cri-la-louviere')).status).toBe(303);
    const saved = readFileSync(FILE(), 'utf8');
    const block = saved.slice(saved.indexOf('- id: cri-la-louviere'), saved.indexOf('- id: cri-cimb'));
    expect(block).toMatch(/verified: true/);
    expect(block).toMatch(/verifiedBy: rev Test/);
    expect(block).toMatch(/verifiedOn: \d{4}-\d{2}-\d{2}/);
  }, 60_000);
});

describe('console: a new entry from an unanswered question', () => {
  let w: ConsoleWorld;

  beforeAll(async () => {
    w = await startConsole();
    await addPerson(w, 'ed', ['editor']);
  }, 60_000);

  afterAll(async () => {
    await w?.dispose();
  });

  it('prefills the question, refuses a bad id, writes entries/<topic>/<id>.yaml after the golden check, and the bot answers from it', async () => {
    const question = 'où apprendre à nager pour adulte à namur';
    const c = new Client(w.url);
    await c.login('ed');
    const start = await (await c.get(`/console/entries/new?lang=fr&question=${encodeURIComponent(question)}`)).text();
    expect(start).toContain(question);
    const form = {
      id: 'daily-life-swimming-test',
      topic: 'daily-life',
      source: 'https://example.org/test-source',
      reviewed: '2026-12-01',
      reviewIntervalDays: '180',
      't.fr.title': 'Apprendre à nager (fiche de test)',
      't.fr.questions': `${question}\ncours de natation adulte`,
      't.fr.answer': 'Texte de test.',
    };
    const bad = await c.post('/console/entries/new', { ...form, id: 'Bad Id!' }, '/console/entries/new');
    expect(bad.status).toBe(400);
    expect(existsSync(path.join(w.knowledgeDir, 'entries', 'daily-life', 'daily-life-swimming-test.yaml'))).toBe(false);
    let res = await c.post('/console/entries/new', form, '/console/entries/new');
    if (res.status === 200) {
      // The golden questions changed: shown first, saved once confirmed.
      expect(await res.text()).toContain('changeraient');
      res = await c.post('/console/entries/new', { ...form, confirm: '1' }, '/console/entries/new');
    }
    expect(res.status).toBe(303);
    const file = readFileSync(path.join(w.knowledgeDir, 'entries', 'daily-life', 'daily-life-swimming-test.yaml'), 'utf8');
    expect(file).toMatch(/^id: daily-life-swimming-test\n/);
    expect(file).toContain('verified: false');
    expect(file).toContain(`owner: ${OWNER}`);
    const after = answerOf(await ask(w.url, question, { locale: 'fr' }));
    expect(after?.channelData?.answer).toMatchObject({ kind: 'answer', entryId: 'daily-life-swimming-test' });
  }, 90_000);
});
