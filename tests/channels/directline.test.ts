// Direct Line 3.0 endpoint driven by the official client (botframework-directlinejs) and by raw HTTP for the refusals.
import express from 'express';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ConnectionStatus, DirectLine, type Activity as DLActivity } from 'botframework-directlinejs';
import type { Activity } from 'botbuilder';
import { createDirectLineRouter, type DirectLineRouterOptions } from '../../src/channels/directline';
import type { BotRunner } from '../../src/channels/types';
import { createLogger } from '../../src/logger';
import { createStore, type DocStore } from '../../src/store';
import { MemoryDirectLineStore } from './helpers/memoryDirectLineStore';
import { nodeAjax } from './helpers/nodeAjax';

const TOKEN_SECRET = 'test-token-secret-0123456789';
const DL_SECRET = 'test-directline-secret-0123456789';

/** Echo bot: greets on conversation start, answers `echo:<text>`, and records what it was handed. */
class EchoRunner implements BotRunner {
  readonly seen: Partial<Activity>[] = [];
  fail = false;
  async run(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    this.seen.push(activity);
    if (this.fail) throw new Error('bot down');
    if (activity.type === 'conversationUpdate') return [{ type: 'message', text: 'welcome' }];
    if (activity.type === 'message') return [{ type: 'message', text: `echo:${activity.text ?? ''}` }, { type: 'trace', name: 'x' }];
    return [];
  }
}

interface Server {
  url: string;
  domain: string;
  server: http.Server;
  store: MemoryDirectLineStore;
  runner: EchoRunner;
  clock: { now: number };
}

const servers: http.Server[] = [];
const clients: DirectLine[] = [];

async function start(
  overrides: Partial<DirectLineRouterOptions> = {},
  shared?: { store: MemoryDirectLineStore; clock: { now: number } },
): Promise<Server> {
  const store = shared?.store ?? new MemoryDirectLineStore();
  return listen(store, overrides, shared?.clock);
}

async function listen(
  store: DirectLineRouterOptions['store'],
  overrides: Partial<DirectLineRouterOptions> = {},
  sharedClock?: { now: number },
): Promise<Server> {
  const clock = sharedClock ?? { now: Date.now() };
  const runner = new EchoRunner();
  const app = express();
  app.use(
    createDirectLineRouter({
      tokenSecret: TOKEN_SECRET,
      directLineSecret: DL_SECRET,
      runner,
      store,
      now: () => clock.now,
      ...overrides,
    }),
  );
  const server = await new Promise<http.Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  servers.push(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, domain: `${url}/v3/directline`, server, store: store as MemoryDirectLineStore, runner, clock };
}

/** Node has no WebSocket; polling never opens one, so constructing it is a bug. */
class NoWebSocket {
  constructor() {
    throw new Error('this endpoint serves polling only');
  }
}

function client(domain: string, extra: Record<string, string> = {}): DirectLine {
  const dl = new DirectLine({
    domain,
    webSocket: false,
    pollingInterval: 200,
    ajax: nodeAjax,
    WebSocket: NoWebSocket,
    ...extra,
  } as unknown as ConstructorParameters<typeof DirectLine>[0]);
  clients.push(dl);
  return dl;
}

/** Resolves with the first activity matching `pred`, or rejects after `ms` (a hang, not a speed check). */
function waitFor(dl: DirectLine, pred: (a: DLActivity) => boolean, ms = 10_000): Promise<DLActivity> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.unsubscribe();
      reject(new Error('no matching activity arrived'));
    }, ms);
    const sub = dl.activity$.subscribe(
      (a) => {
        if (pred(a)) {
          clearTimeout(timer);
          sub.unsubscribe();
          resolve(a);
        }
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

function waitForStatus(dl: DirectLine, status: ConnectionStatus, ms = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`status ${ConnectionStatus[status]} never reached`)), ms);
    const sub = dl.connectionStatus$.subscribe((s) => {
      if (s === status) {
        clearTimeout(timer);
        setImmediate(() => sub.unsubscribe());
        resolve();
      }
    });
  });
}

function post(dl: DirectLine, activity: Record<string, unknown>): Promise<string> {
  return new Promise((resolve, reject) => {
    dl.postActivity(activity as unknown as DLActivity).subscribe(resolve, reject);
  });
}

async function call(
  method: string,
  url: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const res = await fetch(url, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {}, headers: res.headers };
}

/** Generates a token and starts its conversation, as the web page does. */
async function startConversation(domain: string): Promise<{ token: string; conversationId: string }> {
  const gen = await call('POST', `${domain}/tokens/generate`);
  expect(gen.status).toBe(200);
  const started = await call('POST', `${domain}/conversations`, gen.json.token as string, { locale: 'fr-BE' });
  expect(started.status).toBe(201);
  return { token: gen.json.token as string, conversationId: gen.json.conversationId as string };
}

afterEach(async () => {
  for (const dl of clients.splice(0)) dl.end();
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

describe('Direct Line endpoint with the official client', () => {
  it('starts a conversation, sends a message and receives the echo and the bot reply', async () => {
    const { domain, runner, store } = await start();
    const gen = await call('POST', `${domain}/tokens/generate`);
    const dl = client(domain, { token: gen.json.token as string });
    const welcome = waitFor(dl, (a) => a.type === 'message' && a.text === 'welcome');
    await waitForStatus(dl, ConnectionStatus.Online);
    expect((await welcome).from.role).toBe('bot');

    const reply = waitFor(dl, (a) => a.type === 'message' && a.text === 'echo:bonjour');
    const echo = waitFor(dl, (a) => a.type === 'message' && a.text === 'bonjour');
    const id = await post(dl, {
      type: 'message',
      text: 'bonjour',
      from: { id: 'someone-else', name: 'Marie Dupont' },
      locale: 'fr-BE',
      channelData: { postalCode: '5000', clientActivityID: 'c1' },
    });
    const [r, e] = await Promise.all([reply, echo]);
    expect(id).toMatch(/\|\d{7}$/);
    // The client sees its own message back (Web Chat matches it by clientActivityID) and the reply to it.
    expect(e.id).toBe(id);
    expect((e.channelData as { clientActivityID?: string }).clientActivityID).toBe('c1');
    expect((r as { replyToId?: string }).replyToId).toBe(id);
    expect(r.from).toEqual({ id: 'relais', name: 'relais', role: 'bot' });
    // from.id is the token's user, not what the client wrote; no name is kept.
    const seen = runner.seen.find((a) => a.type === 'message');
    expect(seen?.from?.id).toMatch(/^dl_/);
    expect(seen?.from?.id).toBe(e.from.id);
    expect(seen?.from?.name).toBeUndefined();
    expect(seen?.locale).toBe('fr-BE');
    expect((seen?.channelData as { postalCode?: string }).postalCode).toBe('5000');
    // Queue: welcome, the echo, the bot typing while it works, the reply; trace activities stay out.
    const queue = store.queues.get(seen?.conversation?.id ?? '') as { type: string }[];
    expect(queue.map((a) => a.type)).toEqual(['message', 'message', 'typing', 'message']);
  });

  it('resumes from a watermark: a second client sees only what came after it', async () => {
    const { domain } = await start();
    const { token, conversationId } = await startConversation(domain);
    const first = await call('GET', `${domain}/conversations/${conversationId}/activities`, token);
    expect((first.json.activities as unknown[]).length).toBe(1); // the welcome
    expect(first.json.watermark).toBe('0');
    await call('POST', `${domain}/conversations/${conversationId}/activities`, token, { type: 'message', text: 'un' });
    const page = await call('GET', `${domain}/conversations/${conversationId}/activities?watermark=0`, token);
    expect((page.json.activities as { type: string; text?: string }[]).map((a) => a.text ?? a.type)).toEqual(['un', 'typing', 'echo:un']);
    expect(page.json.watermark).toBe('3');

    const dl = client(domain, { token, conversationId, watermark: '3' });
    const got: string[] = [];
    dl.activity$.subscribe(
      (a) => a.type === 'message' && got.push(a.text ?? ''),
      () => undefined,
    );
    await waitForStatus(dl, ConnectionStatus.Online);
    const reply = waitFor(dl, (a) => a.type === 'message' && a.text === 'echo:deux');
    await post(dl, { type: 'message', text: 'deux', from: { id: 'x' } });
    await reply;
    expect(got).toEqual(['deux', 'echo:deux']);
  });

  it('refuses an expired token, and a refreshed token keeps working past the old expiry', async () => {
    const { domain, clock } = await start({ tokenTtlSeconds: 60 });
    const { token, conversationId } = await startConversation(domain);
    clock.now += 30_000;
    const refreshed = await call('POST', `${domain}/tokens/refresh`, token);
    expect(refreshed.status).toBe(200);
    clock.now += 45_000; // old token: 75 s old; refreshed: 45 s old.
    const expired = await call('GET', `${domain}/conversations/${conversationId}/activities`, token);
    expect(expired.status).toBe(403);
    expect(expired.json.error).toMatchObject({ code: 'TokenExpired' });
    const ok = await call('GET', `${domain}/conversations/${conversationId}/activities`, refreshed.json.token as string);
    expect(ok.status).toBe(200);

    // The official client with the expired token never gets online.
    const dl = client(domain, { token, conversationId });
    const got: DLActivity[] = [];
    dl.activity$.subscribe((a) => got.push(a), () => undefined);
    await waitForStatus(dl, ConnectionStatus.FailedToConnect);
    expect(got).toEqual([]);
    // Refreshing an expired token is refused too.
    expect((await call('POST', `${domain}/tokens/refresh`, token)).status).toBe(403);
  });

  it("refuses to let one conversation's token read or write another conversation", async () => {
    const { domain } = await start();
    const a = await startConversation(domain);
    const b = await startConversation(domain);
    await call('POST', `${domain}/conversations/${b.conversationId}/activities`, b.token, { type: 'message', text: 'secret de B' });

    const read = await call('GET', `${domain}/conversations/${b.conversationId}/activities`, a.token);
    expect(read.status).toBe(403);
    expect(JSON.stringify(read.json)).not.toContain('secret de B');
    const write = await call('POST', `${domain}/conversations/${b.conversationId}/activities`, a.token, { type: 'message', text: 'x' });
    expect(write.status).toBe(403);
    expect((await call('GET', `${domain}/conversations/${b.conversationId}`, a.token)).status).toBe(403);

    // Official client pointed at B with A's token: refused, nothing of B delivered.
    const dl = client(domain, { token: a.token, conversationId: b.conversationId });
    const got: DLActivity[] = [];
    dl.activity$.subscribe((x) => got.push(x), () => undefined);
    await waitForStatus(dl, ConnectionStatus.FailedToConnect);
    expect(got).toEqual([]);
  });

  it('refuses forged tokens, missing tokens and unknown conversations', async () => {
    const { domain } = await start();
    const { token, conversationId } = await startConversation(domain);
    const [h, p, s] = token.split('.');
    const tampered = `${h}.${p}.${s.slice(0, -2)}${s.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await call('GET', `${domain}/conversations/${conversationId}/activities`, tampered)).status).toBe(403);
    const other = await start({ tokenSecret: 'another-secret-9876543210' });
    const foreign = await call('POST', `${other.domain}/tokens/generate`);
    expect((await call('POST', `${domain}/conversations`, foreign.json.token as string)).status).toBe(403);
    expect((await call('GET', `${domain}/conversations/${conversationId}/activities`)).status).toBe(401);
    // A token generated but never started: its conversation does not exist.
    const gen = await call('POST', `${domain}/tokens/generate`);
    const unknown = await call('GET', `${domain}/conversations/${gen.json.conversationId as string}/activities`, gen.json.token as string);
    expect(unknown.status).toBe(404);
    expect((await call('GET', `${domain}/nowhere`)).status).toBe(404);
  });

  it('serves one conversation from two processes sharing the store and the token key', async () => {
    const one = await start();
    const two = await start({}, { store: one.store, clock: one.clock });
    const { token, conversationId } = await startConversation(one.domain);
    await call('POST', `${two.domain}/conversations/${conversationId}/activities`, token, { type: 'message', text: 'hallo' });
    const page = await call('GET', `${one.domain}/conversations/${conversationId}/activities?watermark=0`, token);
    expect((page.json.activities as { type: string; text?: string }[]).map((a) => a.text ?? a.type)).toEqual(['hallo', 'typing', 'echo:hallo']);
  });
});

describe('Direct Line limits', () => {
  it('answers 413 to a body over 16 kB and to a text over the limit', async () => {
    const { domain } = await start();
    const { token, conversationId } = await startConversation(domain);
    const url = `${domain}/conversations/${conversationId}/activities`;
    const big = await call('POST', url, token, { type: 'message', text: 'a'.repeat(17 * 1024) });
    expect(big.status).toBe(413);
    expect(big.json.error).toMatchObject({ code: 'MessageSizeTooBig' });
    expect((await call('POST', url, token, { type: 'message', text: 'é'.repeat(2001) })).status).toBe(413);
    expect((await call('POST', url, token, { type: 'message', text: 'é'.repeat(2000) })).status).toBe(200);
    expect((await call('POST', url, token, { type: 'invoke' })).status).toBe(400);
    expect((await call('POST', url, token, '{not json')).status).toBe(400);
  });

  it('answers 429 with Retry-After once a conversation polls faster than its bucket allows', async () => {
    const { domain, clock } = await start({ rateLimits: { read: { capacity: 3, refillPerSecond: 1 } } as DirectLineRouterOptions['rateLimits'] });
    const { token, conversationId } = await startConversation(domain);
    const url = `${domain}/conversations/${conversationId}/activities`;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await call('GET', url, token)).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await call('GET', url, token);
    expect(limited.headers.get('retry-after')).toBe('1');
    clock.now += 1000;
    expect((await call('GET', url, token)).status).toBe(200);
  });

  it('limits conversation starts per IP', async () => {
    const { domain } = await start({ rateLimits: { start: { capacity: 2, refillPerSecond: 0.01 } } as DirectLineRouterOptions['rateLimits'] });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await call('POST', `${domain}/tokens/generate`)).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('needs the secret to generate tokens when anonymous tokens are off, and honours its user id', async () => {
    const { domain, runner } = await start({ allowAnonymousTokens: false });
    expect((await call('POST', `${domain}/tokens/generate`)).status).toBe(401);
    const gen = await call('POST', `${domain}/tokens/generate`, DL_SECRET, { user: { id: 'desk-user-1' } });
    expect(gen.status).toBe(200);
    await call('POST', `${domain}/conversations`, gen.json.token as string);
    expect(runner.seen[0].from?.id).toBe('desk-user-1');
    // A browser token cannot mint tokens.
    expect((await call('POST', `${domain}/tokens/generate`, gen.json.token as string)).status).toBe(403);
  });

  it('lets only the configured sites call it from their pages (CORS)', async () => {
    const { domain } = await start({ corsOrigins: ['https://www.commune.example'] });
    const preflight = (origin: string) =>
      fetch(`${domain}/tokens/generate`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
      });
    const allowed = await preflight('https://www.commune.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.commune.example');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('Authorization');
    const other = await preflight('https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers 502 when the bot fails, keeping the conversation usable, and logs no message text', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => lines.push(line) } });
    const { domain, runner } = await start({ logger });
    const { token, conversationId } = await startConversation(domain);
    runner.fail = true;
    const url = `${domain}/conversations/${conversationId}/activities`;
    const failed = await call('POST', url, token, { type: 'message', text: 'je suis Marie Dupont' });
    expect(failed.status).toBe(502);
    expect(JSON.stringify(failed.json)).not.toContain('bot down');
    runner.fail = false;
    expect((await call('POST', url, token, { type: 'message', text: 'y' })).status).toBe(200);
    expect((await call('POST', url, token, { type: 'message', text: 'Marie Dupont'.repeat(200) })).status).toBe(413);
    expect(lines.some((l) => l.includes('bot failed'))).toBe(true);
    expect(lines.join('')).not.toContain('Marie');
  });

  it('answers 503 when the store fails to keep the message while the bot runs, and the process goes on', async () => {
    /** A store that takes the message's positions, then fails to write it a little later (a disk filling up). */
    class FailingWrites extends MemoryDirectLineStore {
      failing = false;
      override async putDirectLineActivities(conversationId: string, first: number, activities: object[]): Promise<void> {
        if (!this.failing) return super.putDirectLineActivities(conversationId, first, activities);
        await new Promise((r) => setTimeout(r, 5));
        throw Object.assign(new Error('disk full'), { name: 'StoreError' });
      }
    }
    const store = new FailingWrites();
    const { domain, runner } = await listen(store);
    // The bot takes longer than the failing write: the failure happens while nobody waits for it yet.
    const run = runner.run.bind(runner);
    runner.run = async (a) => (await new Promise((r) => setTimeout(r, 30)), run(a));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { token, conversationId } = await startConversation(domain);
      store.failing = true;
      const res = await call('POST', `${domain}/conversations/${conversationId}/activities`, token, { type: 'message', text: 'bonjour' });
      expect(res.status).toBe(503);
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).toEqual([]);
      store.failing = false;
      expect((await call('POST', `${domain}/conversations/${conversationId}/activities`, token, { type: 'message', text: 'encore' })).status).toBe(200);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('Direct Line on the embedded store', () => {
  let dir: string;
  const stores: DocStore[] = [];

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'relais-dl-'));
  });

  afterEach(async () => {
    for (const dl of clients.splice(0)) dl.end();
    await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
    for (const s of stores.splice(0)) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the conversation in the store: a second process on the same file serves it to the official client', async () => {
    const storeOne = await createStore({ dataDir: dir });
    const storeTwo = await createStore({ dataDir: dir });
    stores.push(storeOne, storeTwo);
    const one = await listen(storeOne);
    const two = await listen(storeTwo, {}, one.clock);
    const { token, conversationId } = await startConversation(one.domain);
    await call('POST', `${one.domain}/conversations/${conversationId}/activities`, token, { type: 'message', text: 'bonjour' });

    // Process two never saw this conversation; it resumes it from the store with the same token.
    const dl = client(two.domain, { token, conversationId });
    const got: string[] = [];
    dl.activity$.subscribe(
      (a) => a.type === 'message' && got.push(a.text ?? ''),
      () => undefined,
    );
    await waitForStatus(dl, ConnectionStatus.Online);
    // The first POST returns before its reply is queued: on a loaded machine "encore" could overtake "echo:bonjour".
    for (let i = 0; i < 200 && !got.includes('echo:bonjour'); i += 1) await new Promise((r) => setTimeout(r, 25));
    const reply = waitFor(dl, (a) => a.type === 'message' && a.text === 'echo:encore');
    await post(dl, { type: 'message', text: 'encore', from: { id: 'x' } });
    await reply;
    expect(got).toEqual(['welcome', 'bonjour', 'echo:bonjour', 'encore', 'echo:encore']);
    // welcome 0, bonjour 1, typing 2, echo 3, encore 4, typing 5, echo 6.
    const page = await call('GET', `${one.domain}/conversations/${conversationId}/activities?watermark=4`, token);
    expect((page.json.activities as { id: string }[]).map((a) => a.id)).toEqual([
      `${conversationId}|0000005`,
      `${conversationId}|0000006`,
    ]);
    expect(page.json.watermark).toBe('6');
  });
});
