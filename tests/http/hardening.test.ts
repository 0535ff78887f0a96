// What the hostile-input, fault and privacy campaign found (issue 15), each checked on the real app.
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { ConnectionStatus, DirectLine, type Activity as DLActivity } from 'botframework-directlinejs';
import { DocStore, type SqliteEngine } from '../../src/store';
import { nodeAjax } from '../channels/helpers/nodeAjax';
import { DiskFullEngine } from '../store/fixtures/diskFullEngine';
import { answerOf, ask, startRelais, type RunningRelais } from './helpers';

/** Node has no WebSocket; the endpoint serves polling only. */
class NoWebSocket {
  constructor() {
    throw new Error('this endpoint serves polling only');
  }
}

async function call(method: string, url: string, token?: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, json: (text.startsWith('{') ? JSON.parse(text) : {}) as Record<string, any>, headers: res.headers };
}

/** `[[[…]]]` nested `depth` levels, as JSON text (about 2 bytes a level; JSON.stringify itself overflows). */
const deepArray = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function listen(app: express.Express | http.RequestListener): Promise<{ port: number; server: http.Server }> {
  return new Promise((resolve) => {
    const server = http.createServer(app);
    server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port, server }));
  });
}

describe('a deeply nested Direct Line post, with web chats open', () => {
  let r: RunningRelais;
  const clients: DirectLine[] = [];
  beforeAll(async () => {
    r = await startRelais();
  });
  afterAll(async () => {
    for (const dl of clients) dl.end();
    await new Promise((res) => setTimeout(res, 300));
    await r.stop();
  });

  it('is refused with a 400 naming the field, and every other conversation stays online and answered', async () => {
    const domain = `${r.url}/v3/directline`;
    let degraded = 0;
    r.relais.store.on('degraded', () => (degraded += 1));
    const statuses: ConnectionStatus[][] = [];
    for (let i = 0; i < 3; i += 1) {
      const gen = await call('POST', `${domain}/tokens/generate`);
      const dl = new DirectLine({ domain, token: gen.json.token, webSocket: false, pollingInterval: 200, ajax: nodeAjax, WebSocket: NoWebSocket } as unknown as ConstructorParameters<typeof DirectLine>[0]);
      clients.push(dl);
      const seen: ConnectionStatus[] = [];
      statuses.push(seen);
      dl.connectionStatus$.subscribe((s) => seen.push(s));
      dl.activity$.subscribe({ next: () => undefined, error: () => undefined });
    }
    const deadline = Date.now() + 10_000;
    while (statuses.some((s) => !s.includes(ConnectionStatus.Online)) && Date.now() < deadline) await new Promise((res) => setTimeout(res, 50));
    expect(statuses.every((s) => s.includes(ConnectionStatus.Online))).toBe(true);

    // The hostile conversation: one ~10 KB request per free-form field.
    const gen = await call('POST', `${domain}/tokens/generate`);
    const token = gen.json.token as string;
    expect((await call('POST', `${domain}/conversations`, token, {})).status).toBe(201);
    for (const field of ['channelData', 'value', 'entities']) {
      const deep = field === 'channelData' ? `{"x":${deepArray(5000)}}` : field === 'entities' ? `[{"x":${deepArray(5000)}}]` : deepArray(5000);
      const body = `{"type":"message","text":"x","${field}":${deep}}`;
      const res = await call('POST', `${domain}/conversations/${gen.json.conversationId}/activities`, token, body);
      expect(res.status).toBe(400);
      expect(res.json.error.message).toContain(`"${field}" is nested deeper than 16 levels`);
    }
    const named = await call('POST', `${domain}/conversations/${gen.json.conversationId}/activities`, token, `{"type":"event","name":${deepArray(5000)}}`);
    expect(named.status).toBe(400);

    // Longer than the old degraded window (about a second), while the three clients keep polling.
    await new Promise((res) => setTimeout(res, 1500));
    for (const dl of clients) {
      const answered = new Promise<DLActivity>((resolve) => {
        const sub = dl.activity$.subscribe({
          next: (a) => {
            if (a.from.role === 'bot' && a.type === 'message' && (a as { replyToId?: string }).replyToId) {
              sub.unsubscribe();
              resolve(a);
            }
          },
          error: () => undefined,
        });
      });
      await new Promise((resolve, reject) => dl.postActivity({ type: 'message', text: 'Comment avoir le revenu d’intégration du CPAS ?', from: { id: 'x' } } as DLActivity).subscribe(resolve, reject));
      expect(((await answered) as { text?: string }).text?.length).toBeGreaterThan(20);
    }
    expect(degraded).toBe(0);
    // Before: every open web chat saw 404 and ended for good.
    for (const s of statuses) expect(s).not.toContain(ConnectionStatus.Ended);
  });

  it('stores what a person sent scrubbed: value, channelData and entities too', async () => {
    const domain = `${r.url}/v3/directline`;
    const gen = await call('POST', `${domain}/tokens/generate`);
    const token = gen.json.token as string;
    await call('POST', `${domain}/conversations`, token, {});
    const res = await call('POST', `${domain}/conversations/${gen.json.conversationId}/activities`, token, {
      type: 'message',
      text: 'aide',
      value: { note: '0472 99 88 77' },
      channelData: { adresse: 'Place Flagey 18', postalCode: '1050' },
      entities: [{ type: 'note', iban: 'BE 71 0961 2345 6769' }],
    });
    expect(res.status).toBe(200);
    const stored = JSON.stringify(await (r.relais.store.inner as DocStore).dump());
    expect(stored).toContain('aide');
    for (const personal of ['0472 99 88 77', 'Flagey 18', '0961 2345']) expect(stored).not.toContain(personal);
  });
});

describe('a web chat open while the store goes away', () => {
  let r: RunningRelais;
  let dl: DirectLine | undefined;
  beforeAll(async () => {
    r = await startRelais();
  });
  afterAll(async () => {
    dl?.end();
    await new Promise((res) => setTimeout(res, 300));
    await ((r.relais.store.inner as DocStore).engine as SqliteEngine).reopen().catch(() => undefined);
    await r.stop();
  });

  it('keeps polling (200, not 404) through the outage, refuses posts with 503, and answers again afterwards', async () => {
    const domain = `${r.url}/v3/directline`;
    const gen = await call('POST', `${domain}/tokens/generate`);
    const token = gen.json.token as string;
    const id = gen.json.conversationId as string;
    expect((await call('POST', `${domain}/conversations`, token, {})).status).toBe(201);
    const statuses: ConnectionStatus[] = [];
    dl = new DirectLine({ domain, token, conversationId: id, webSocket: false, pollingInterval: 200, ajax: nodeAjax, WebSocket: NoWebSocket } as unknown as ConstructorParameters<typeof DirectLine>[0]);
    dl.connectionStatus$.subscribe((st) => statuses.push(st));
    const replies: DLActivity[] = [];
    dl.activity$.subscribe({ next: (a) => replies.push(a), error: () => undefined });

    const engine = (r.relais.store.inner as DocStore).engine as SqliteEngine;
    await engine.close();
    const post = await call('POST', `${domain}/conversations/${id}/activities`, token, { type: 'message', text: 'bonjour' });
    expect(post.status).toBe(503);
    expect(post.headers.get('retry-after')).toBe('5');
    expect(r.relais.store.degraded).toBe(true);
    const poll = await call('GET', `${domain}/conversations/${id}/activities`, token);
    // Before: 404, and DirectLineJS ended the conversation for good.
    expect(poll.status).toBe(200);
    await new Promise((res) => setTimeout(res, 800));
    await engine.reopen();
    const deadline = Date.now() + 15_000;
    while (r.relais.store.degraded && Date.now() < deadline) await new Promise((res) => setTimeout(res, 100));
    expect(r.relais.store.degraded).toBe(false);
    await new Promise((resolve, reject) => dl!.postActivity({ type: 'message', text: 'Comment avoir le revenu d’intégration du CPAS ?', from: { id: 'x' } } as DLActivity).subscribe(resolve, reject));
    while (!replies.some((a) => a.from.role === 'bot' && (a as { replyToId?: string }).replyToId) && Date.now() < deadline) await new Promise((res) => setTimeout(res, 100));
    expect(replies.some((a) => a.from.role === 'bot' && (a as { replyToId?: string }).replyToId)).toBe(true);
    expect(statuses).not.toContain(ConnectionStatus.Ended);
  });
});

describe('POST /api/messages without MicrosoftAppId', () => {
  let r: RunningRelais;
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter((l) => l !== ''));
      done();
    },
  });
  beforeAll(async () => {
    r = await startRelais({ LOG_LEVEL: 'info', MESSAGES_RATE_PER_MINUTE: '600' }, { logDestination: destination });
  });
  afterAll(async () => {
    await r.stop();
  });
  const activity = (extra: Record<string, unknown>) => ({ type: 'message', text: 'bonjour', channelId: 'test', conversation: { id: 'c-guard' }, from: { id: 'u-guard' }, recipient: { id: 'relais' }, ...extra });

  it('never posts to a host a stranger names: only expectReplies or a loopback serviceUrl', async () => {
    const received: string[] = [];
    const channel = await listen((req: http.IncomingMessage, res: http.ServerResponse) => {
      received.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"r"}');
    });
    try {
      // 0.0.0.0 reaches this machine on Linux, yet it is not a loopback address anyone would configure.
      const res = await call('POST', `${r.url}/api/messages`, undefined, activity({ serviceUrl: `http://0.0.0.0:${channel.port}/` }));
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe('ServiceUrlNotAllowed');
      expect(received).toEqual([]);
      const local = await call('POST', `${r.url}/api/messages`, undefined, activity({ serviceUrl: `http://127.0.0.1:${channel.port}/` }));
      expect(local.status).toBe(200);
      expect(received.length).toBeGreaterThan(0);
    } finally {
      await new Promise((res) => channel.server.close(res));
    }
  });

  it('answers type errors with a 400 in one JSON shape, never botbuilder internals', async () => {
    for (const extra of [{ serviceUrl: 42, deliveryMode: 'expectReplies' }, { deliveryMode: 'expectReplies', channelId: {} }, { deliveryMode: 'expectReplies', membersAdded: 'x' }, { deliveryMode: 'expectReplies', timestamp: 'yesterday' }]) {
      const res = await call('POST', `${r.url}/api/messages`, undefined, activity(extra));
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(Object.keys(res.json)).toEqual(['error']);
      expect(res.json.error.code).toBe('InvalidActivity');
      expect(res.text).not.toMatch(/toLowerCase|is not a function|stack|at \w+ \(/);
    }
  });

  it('does not try to check a Bot Framework token it has no credentials for', async () => {
    const res = await call('POST', `${r.url}/api/messages`, undefined, activity({ deliveryMode: 'expectReplies', text: 'Comment avoir le revenu d’intégration du CPAS ?' }), { Authorization: 'Bearer a.b.c' });
    expect(res.status).toBe(200);
    expect(res.json.activities.length).toBeGreaterThan(0);
  });

  it('writes one log line per refused request and nothing on the console', async () => {
    const spies = (['error', 'warn', 'log'] as const).map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
    try {
      const before = logLines.length;
      for (let i = 0; i < 20; i += 1) {
        await call('POST', `${r.url}/api/messages`, undefined, activity({ serviceUrl: i % 2 ? 42 : 'http://example.org/', channelData: { x: JSON.parse(deepArray(i * 10 + 1)) } }), { Authorization: `Bearer ${'x'.repeat(i)}` });
      }
      const lines = logLines.slice(before);
      expect(lines).toHaveLength(20);
      for (const l of lines) expect(JSON.parse(l)).toMatchObject({ msg: 'request refused' });
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('rate limit of /api/messages', () => {
  let r: RunningRelais;
  beforeAll(async () => {
    r = await startRelais({ MESSAGES_RATE_PER_MINUTE: '60' });
  });
  afterAll(async () => {
    await r.stop();
  });

  it('answers 429 with Retry-After once one address sends faster than the limit', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 30; i += 1) {
      const res = await call('POST', `${r.url}/api/messages`, undefined, '{"type":');
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        expect(res.json.error.code).toBe('TooManyRequests');
      }
    }
    // Burst of 15 (a quarter of the minute's 60), then refused.
    expect(statuses.slice(0, 15).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(15).every((s) => s === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });
});

describe('/healthz on a full disk', () => {
  let r: RunningRelais;
  let engine: DiskFullEngine;
  beforeAll(async () => {
    engine = new DiskFullEngine();
    r = await startRelais({}, { store: await DocStore.open(engine) });
  });
  afterAll(async () => {
    await r.stop();
  });

  it('says 503 "read-only" while every write fails, still answers questions, and 200 once writes work again', async () => {
    engine.full = true;
    const full = await call('GET', `${r.url}/healthz`);
    // Before: 200 "ok" (the store answered pings).
    expect(full.status).toBe(503);
    expect(full.json.store).toBe('read-only');
    expect(engine.refused).toBeGreaterThan(0);
    const reply = answerOf(await ask(r.url, 'Comment avoir le revenu d’intégration du CPAS ?', { channelData: { postalCode: '5000' } }));
    expect(reply?.channelData?.answer?.topic).toBe('cpas');
    engine.full = false;
    const back = await call('GET', `${r.url}/healthz`);
    expect(back.status).toBe(200);
    expect(back.json.store).toBe('ok');
  });
});

describe('browser access configured from the environment', () => {
  let r: RunningRelais;
  beforeAll(async () => {
    r = await startRelais({ DIRECTLINE_CORS_ORIGINS: 'https://www.commune.be, https://cpas.commune.be', WEBCHAT_FRAME_ANCESTORS: "'self' https://*.commune.be" });
  });
  afterAll(async () => {
    await r.stop();
  });

  it('lets the listed sites call Direct Line (CORS) and only the listed sites frame the page', async () => {
    const preflight = await fetch(`${r.url}/v3/directline/tokens/generate`, { method: 'OPTIONS', headers: { Origin: 'https://cpas.commune.be', 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://cpas.commune.be');
    const other = await fetch(`${r.url}/v3/directline/tokens/generate`, { method: 'POST', headers: { Origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const page = await fetch(`${r.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self' https://*.commune.be");
  });
});

describe('POST /api/messages with MicrosoftAppId', () => {
  let r: RunningRelais;
  beforeAll(async () => {
    r = await startRelais({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' });
  });
  afterAll(async () => {
    await r.stop();
  });

  it('refuses a request without a token with a 401 in the one error shape, and nothing on the console', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await call('POST', `${r.url}/api/messages`, undefined, { type: 'message', text: 'x', serviceUrl: 'https://smba.trafficmanager.net/emea/', channelId: 'msteams', conversation: { id: 'c' }, from: { id: 'u' } });
      expect(res.status).toBe(401);
      expect(res.json).toEqual({ error: { code: 'Unauthorized', message: 'HttpError: the Bot Framework token is missing, invalid or expired' } });
      // Before: botbuilder's own handler printed the error with its stack, and answered its message as text.
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
