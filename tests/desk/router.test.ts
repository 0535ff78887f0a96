// The desk API over HTTP on the real app: answers in two languages routed for the postal code, precise 4xx on bad
// input, access by network, and nothing about the person in the store or the logs.
import { Writable } from 'node:stream';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRelais, projectRoot } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { DeskAnswerReply } from '../../src/desk';
import { startRelais, type RunningRelais } from '../http/helpers';

const ARABIC = /[\u0600-\u06FF]/;

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any }> {
  const res = await fetch(`${url}/desk/api/answer`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

describe('desk API', () => {
  let running: RunningRelais;
  const lines: string[] = [];
  let dataDir: string;

  beforeAll(async () => {
    // The real app with a log destination we can read.
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'relais-desk-'));
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: dataDir }, projectRoot());
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const relais = await createRelais(config, { purge: false, logDestination: destination });
    const url = await relais.listen();
    running = {
      relais,
      url,
      stop: async () => {
        await relais.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }, 60_000);

  afterAll(async () => {
    await running?.stop();
  });

  it('answers a person living in Flanders with the OCMW of their commune, and says the entries are written for Wallonia and Brussels', async () => {
    const { status, json } = await post(running.url, { workerLang: 'fr', personLang: 'nl', postalCode: '9000', question: "Comment demander le revenu d'intégration au CPAS ?" });
    expect(status).toBe(200);
    const reply = json as DeskAnswerReply;
    // Every entry is for Wallonia or Brussels: a Flemish postal code had left none, and the desk said "no answer".
    expect(reply.kind).not.toBe('fallback');
    expect(reply.place).toMatchObject({ postalCode: '9000', outsideArea: true });
    if (reply.kind === 'answer') expect(reply.worker!.services.map((s) => s.name).join(' ')).toMatch(/Gent|Gand/);
    const served = (await post(running.url, { workerLang: 'fr', personLang: 'nl', postalCode: '1030', question: 'revenu d integration cpas' })).json as DeskAnswerReply;
    expect(served.place).not.toHaveProperty('outsideArea');
  });

  it('answers in the worker\'s and the person\'s language with the services of the postal code, and a chat link for the same answer', async () => {
    const before = await running.relais.store.report();
    const { status, json } = await post(running.url, {
      workerLang: 'fr',
      personLang: 'ar',
      postalCode: '1030',
      question: "Comment demander le revenu d'intégration au CPAS ?",
    });
    expect(status).toBe(200);
    const reply = json as DeskAnswerReply;
    expect(reply).toMatchObject({ kind: 'answer', entryId: 'cpas-ris', questionLang: 'fr', place: { postalCode: '1030', label: '1030 Schaerbeek' } });
    expect(reply.worker).toMatchObject({ lang: 'fr', dir: 'ltr', pivotShown: false });
    expect(reply.person).toMatchObject({ lang: 'ar', dir: 'rtl', pivotShown: false });
    expect(reply.person!.title).toMatch(ARABIC);
    expect(reply.person!.documents.length).toBeGreaterThan(0);
    expect(reply.worker!.services.map((s) => s.name)).toContain('CPAS de Schaerbeek');
    // Service descriptions in each side's language.
    const cpas = (side: DeskAnswerReply['worker']) => side!.services.find((s) => s.name === 'CPAS de Schaerbeek')!;
    expect(cpas(reply.person).description).toMatch(ARABIC);
    expect(cpas(reply.worker).description).not.toMatch(ARABIC);
    const chat = new URL(reply.chat!.url);
    expect(chat.origin).toBe(running.url);
    expect(chat.searchParams.get('lang')).toBe('ar');
    expect(chat.searchParams.get('postal')).toBe('1030');
    // The chat is sent a question of the entry, in Arabic, that the core answers with that same entry.
    const q = chat.searchParams.get('q')!;
    expect(q).toMatch(ARABIC);
    expect(reply.chat!.qr).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(reply.chat!.qr.split(',')[1], 'base64').toString()).toContain('<svg');

    // The same through the chat's own answerer: the question leads to the same entry.
    const again = await post(running.url, { workerLang: 'ar', personLang: 'ar', postalCode: '1030', question: q });
    expect(again.json.entryId).toBe('cpas-ris');

    // A Ukrainian speaker in Liège, the question typed in Ukrainian.
    const uk = await post(running.url, { workerLang: 'fr', personLang: 'uk', postalCode: '4000', question: 'де вивчати французьку мову' });
    expect(uk.status).toBe(200);
    expect(uk.json.questionLang).toBe('uk');
    expect(uk.json.person.lang).toBe('uk');
    expect(uk.json.worker.services.map((s: { name: string }) => s.name)).toContain('CRIPEL (CRI Liège)');

    // Nothing about the person reached the store or the logs.
    expect(await running.relais.store.report()).toMatchObject({ questions: before.questions, reviewQueue: before.reviewQueue });
    const logged = lines.join('');
    expect(logged).toContain('"component":"desk"');
    expect(logged).not.toContain('revenu');
    expect(logged).not.toContain('1030');
    expect(logged).not.toMatch(/вивчати/);
  });

  it('answers a picked entry, and without a postal code says the offices need one', async () => {
    const { status, json } = await post(running.url, { workerLang: 'nl', personLang: 'ru', entryId: 'cpas-ris' });
    expect(status).toBe(200);
    expect(json).toMatchObject({ kind: 'answer', entryId: 'cpas-ris', needsPlace: true, place: null });
    expect(json.worker.lang).toBe('nl');
    expect(json.person.lang).toBe('ru');
    expect(json.questionLang).toBeUndefined();
    expect(new URL(json.chat.url).searchParams.get('postal')).toBeNull();
  });

  it('offers close answers titled in both languages, and the postal code settles them', async () => {
    const { json } = await post(running.url, { workerLang: 'fr', personLang: 'ar', question: 'garantie locative' });
    expect(json.kind).toBe('clarify');
    expect(json.choices.map((c: { entryId: string }) => c.entryId).sort()).toEqual(['housing-rent-deposit-brussels', 'housing-rent-deposit-wallonia']);
    for (const c of json.choices) expect(c.person).toMatch(ARABIC);
    expect(json.worker).toBeUndefined();
    const placed = await post(running.url, { workerLang: 'fr', personLang: 'ar', question: 'garantie locative', postalCode: '1030' });
    expect(placed.json).toMatchObject({ kind: 'answer', entryId: 'housing-rent-deposit-brussels' });
  });

  it('serves the labels, the phrases in six languages and the frequent questions', async () => {
    const labels = await (await fetch(`${running.url}/desk/api/labels`)).json();
    expect(labels.languages.map((l: { code: string }) => l.code)).toEqual(['fr', 'nl', 'en', 'uk', 'ru', 'ar']);
    expect(labels.languages.find((l: { code: string }) => l.code === 'ar').dir).toBe('rtl');
    expect(labels.labels.nl.ui.nextPerson).toBe('Volgende persoon');
    expect(labels.labels.ar.statuses.refugee).toMatch(ARABIC);
    const phrases = await (await fetch(`${running.url}/desk/api/phrases`)).json();
    expect(phrases.ids).toEqual(['greeting', 'pleaseWait', 'interpreter', 'repeat', 'comeBack', 'wrongPlace', 'goodbye']);
    for (const lang of ['fr', 'nl', 'en', 'uk', 'ru', 'ar']) expect(Object.keys(phrases.phrases[lang])).toEqual(phrases.ids);
    expect(phrases.phrases.ar.interpreter).toBe('هل تحتاج إلى مترجم؟');
    const questions = await (await fetch(`${running.url}/desk/api/questions?lang=uk`)).json();
    const all = questions.topics.flatMap((t: { entries: { entryId: string; title: string }[] }) => t.entries);
    expect(all.length).toBe(running.relais.knowledge.entries);
    expect(all.find((e: { entryId: string }) => e.entryId === 'cpas-ris').title).toMatch(/[\u0400-\u04FF]/);
  });

  it('serves the page with a strict Content-Security-Policy and no caching', async () => {
    const res = await fetch(`${running.url}/desk`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${running.url}/desk/static/desk.js`)).status).toBe(200);
  });

  it.each([
    ['a body that is not JSON', 'not json', 400, 'InvalidJson'],
    ['an array', [], 400, 'InvalidBody'],
    ['no worker language', { personLang: 'ar', question: 'CPAS' }, 400, 'InvalidLanguage'],
    ['a language Relais does not curate', { workerLang: 'fr', personLang: 'es', question: 'CPAS' }, 400, 'InvalidLanguage'],
    ['no question', { workerLang: 'fr', personLang: 'ar' }, 400, 'MissingQuestion'],
    ['a blank question', { workerLang: 'fr', personLang: 'ar', question: '   ' }, 400, 'MissingQuestion'],
    ['a question that is a number', { workerLang: 'fr', personLang: 'ar', question: 42 }, 400, 'MissingQuestion'],
    ['a question too long', { workerLang: 'fr', personLang: 'ar', question: 'a'.repeat(501) }, 400, 'QuestionTooLong'],
    ['both a question and an entry', { workerLang: 'fr', personLang: 'ar', question: 'CPAS', entryId: 'cpas-ris' }, 400, 'QuestionAndEntry'],
    ['a malformed entry id', { workerLang: 'fr', personLang: 'ar', entryId: '../etc' }, 400, 'InvalidEntryId'],
    ['an unknown entry', { workerLang: 'fr', personLang: 'ar', entryId: 'no-such-entry' }, 404, 'UnknownEntry'],
    ['a postal code of 3 digits', { workerLang: 'fr', personLang: 'ar', question: 'CPAS', postalCode: '103' }, 400, 'InvalidPostalCode'],
    ['a postal code as a number', { workerLang: 'fr', personLang: 'ar', question: 'CPAS', postalCode: 1030 }, 400, 'InvalidPostalCode'],
    ['an unknown status', { workerLang: 'fr', personLang: 'ar', question: 'CPAS', status: 'tourist' }, 400, 'InvalidStatus'],
    ['an unknown field', { workerLang: 'fr', personLang: 'ar', question: 'CPAS', name: 'Ahmed' }, 400, 'UnknownField'],
  ])('refuses %s with a precise error', async (_label, body, status, code) => {
    const res = await post(running.url, body);
    expect(res.status).toBe(status);
    expect(res.json.error.code).toBe(code);
    expect(res.json.error.message).toMatch(/^HttpError: /);
  });

  it('refuses other content types, other methods, a body too large and a bad language for the questions', async () => {
    const text = await fetch(`${running.url}/desk/api/answer`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
    const get = await fetch(`${running.url}/desk/api/answer`);
    expect(get.status).toBe(405);
    const big = await post(running.url, { workerLang: 'fr', personLang: 'ar', question: 'x'.repeat(9000) });
    expect(big.status).toBe(413);
    const questions = await fetch(`${running.url}/desk/api/questions?lang=xx`);
    expect(questions.status).toBe(400);
    expect((await questions.json()).error.code).toBe('InvalidLanguage');
    // The server still answers after all that.
    expect((await post(running.url, { workerLang: 'fr', personLang: 'en', question: 'CPAS' })).status).toBe(200);
  });

  it('answers a question it cannot place with the people who can help, in both languages', async () => {
    const { status, json } = await post(running.url, { workerLang: 'fr', personLang: 'ar', postalCode: '5000', question: 'recette de crêpes au chocolat' });
    expect(status).toBe(200);
    expect(json.kind).toBe('fallback');
    expect(json.worker.title).toBe('Pas de réponse sûre');
    expect(json.person.title).toMatch(ARABIC);
    expect(json.worker.services.length).toBeGreaterThan(0);
    expect(new URL(json.chat.url).searchParams.get('q')).toBeNull();
  });
});

describe('desk access', () => {
  async function status(env: NodeJS.ProcessEnv, headers: Record<string, string> = {}): Promise<number[]> {
    const running = await startRelais(env);
    try {
      const page = await fetch(`${running.url}/desk`, { headers });
      const api = await fetch(`${running.url}/desk/api/phrases`, { headers });
      return [page.status, api.status];
    } finally {
      await running.stop();
    }
  }

  it('is open to the machine itself and private networks by default, not to a public address behind the local proxy', async () => {
    expect(await status({})).toEqual([200, 200]);
    expect(await status({}, { 'X-Forwarded-For': '192.168.1.20' })).toEqual([200, 200]);
    expect(await status({}, { 'X-Forwarded-For': '203.0.113.7' })).toEqual([403, 403]);
    // Three servers started one after another, each loading the knowledge base: 30 s was too little on a busy machine.
  }, 120_000);

  it('follows DESK_NETWORKS, DESK_ACCESS=open and DESK_ACCESS=off', async () => {
    expect(await status({ DESK_NETWORKS: '10.20.0.0/16' })).toEqual([403, 403]);
    expect(await status({ DESK_NETWORKS: '10.20.0.0/16' }, { 'X-Forwarded-For': '10.20.3.4' })).toEqual([200, 200]);
    expect(await status({ DESK_ACCESS: 'open' }, { 'X-Forwarded-For': '203.0.113.7' })).toEqual([200, 200]);
    expect(await status({ DESK_ACCESS: 'off' })).toEqual([404, 404]);
  }, 120_000);
});
