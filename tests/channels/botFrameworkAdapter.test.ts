// The Bot Framework edge: replies come back in the body (expectReplies) or go to serviceUrl (a local fake channel).
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActivityHandler } from 'botbuilder';
import { RelaisAdapter } from '../../src/channels/botFrameworkAdapter';
import { createMessagesRouter } from '../../src/http/messages';
import { errorHandler, notFound } from '../../src/http/errors';
import { createLogger } from '../../src/logger';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo:${context.activity.text}`);
      await next();
    });
  }
}

const options = { microsoftAppId: '', microsoftAppPassword: '', microsoftAppTenantId: '', microsoftAppType: 'MultiTenant' as const };

function listen(app: express.Express): Promise<{ url: string; server: http.Server }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server });
    });
  });
}

describe('RelaisAdapter', () => {
  const bot = new EchoBot();
  const adapter = new RelaisAdapter(options);
  const app = express();
  app.use(createMessagesRouter({ adapter, logic: (c) => bot.run(c), maxBodyBytes: 4096 }));
  app.use(notFound);
  app.use(errorHandler(createLogger({ level: 'silent' })));
  let bot$: { url: string; server: http.Server };
  beforeAll(async () => {
    bot$ = await listen(app);
  });
  afterAll(() => new Promise<void>((r) => bot$.server.close(() => r())));

  it('runs an activity in process and returns the replies', async () => {
    const replies = await adapter.runInProcess(
      { type: 'message', text: 'bonjour', channelId: 'directline', conversation: { id: 'c1' } as never, from: { id: 'u1' } as never, recipient: { id: 'relais' } as never },
      (c) => bot.run(c),
    );
    expect(replies.map((r) => r.text)).toEqual(['echo:bonjour']);
  });

  it('answers an expectReplies activity in the response body', async () => {
    const res = await fetch(`${bot$.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hallo', deliveryMode: 'expectReplies', channelId: 'test', conversation: { id: 'c2' }, from: { id: 'u2' }, recipient: { id: 'bot' } }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: { text: string }[] };
    expect(body.activities.map((a) => a.text)).toEqual(['echo:hallo']);
  });

  it('sends replies of an ordinary activity to its serviceUrl, as the Bot Framework protocol says', async () => {
    const received: { path: string; body: { text?: string; replyToId?: string } }[] = [];
    const channel = express();
    channel.use(express.json());
    channel.post('/v3/conversations/:conv/activities/:id', (req, res) => {
      received.push({ path: req.path, body: req.body });
      res.status(200).json({ id: 'reply-1' });
    });
    channel.post('/v3/conversations/:conv/activities', (req, res) => {
      received.push({ path: req.path, body: req.body });
      res.status(200).json({ id: 'reply-2' });
    });
    const ch = await listen(channel);
    try {
      const res = await fetch(`${bot$.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id: 'act-1', text: 'hello', serviceUrl: ch.url, channelId: 'test', conversation: { id: 'c3' }, from: { id: 'u3' }, recipient: { id: 'bot' } }),
      });
      expect(res.status).toBe(200);
      expect(received).toHaveLength(1);
      expect(received[0].path).toBe('/v3/conversations/c3/activities/act-1');
      expect(received[0].body.text).toBe('echo:hello');
      expect(received[0].body.replyToId).toBe('act-1');
    } finally {
      await new Promise<void>((r) => ch.server.close(() => r()));
    }
  });

  it('delivers the replies of every turn to its serviceUrl when one channel sends many (the connector client is reused)', async () => {
    const received: string[] = [];
    const channel = express();
    channel.use(express.json());
    channel.post('/v3/conversations/:conv/activities/:id', (req, res) => {
      received.push(`${req.params.conv}:${(req.body as { text?: string }).text}`);
      res.status(200).json({ id: 'reply' });
    });
    const ch = await listen(channel);
    try {
      for (const n of [1, 2, 3]) {
        const res = await fetch(`${bot$.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ type: 'message', id: `act-${n}`, text: `m${n}`, serviceUrl: ch.url, channelId: 'test', conversation: { id: `conv-${n}` }, from: { id: 'u4' }, recipient: { id: 'bot' } }),
        });
        expect(res.status).toBe(200);
      }
      expect(received).toEqual(['conv-1:echo:m1', 'conv-2:echo:m2', 'conv-3:echo:m3']);
    } finally {
      await new Promise<void>((r) => ch.server.close(() => r()));
    }
  });

  it('gives up on a channel that never answers: every call to serviceUrl has a deadline', async () => {
    const quick = new RelaisAdapter({ ...options, outgoingTimeoutMs: 300 });
    const app2 = express();
    app2.use(createMessagesRouter({ adapter: quick, logic: (c) => bot.run(c), maxBodyBytes: 4096 }));
    app2.use(notFound);
    app2.use(errorHandler(createLogger({ level: 'silent' })));
    const bot2 = await listen(app2);
    let held = 0;
    // Accepts the request and never answers, like the campaign's listener that held a request past 150 s.
    const silent = http.createServer(() => {
      held += 1;
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const serviceUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const res = await fetch(`${bot2.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', id: 'act-9', text: 'hello', serviceUrl, channelId: 'test', conversation: { id: 'c9' }, from: { id: 'u9' }, recipient: { id: 'bot' } }),
        // A hang, not a speed check: before the deadline existed this request never ended.
        signal: AbortSignal.timeout(15_000),
      });
      expect(held).toBe(1);
      // This bot has no onTurnError: the failed send is a 500 in the one error shape, with nothing internal in it.
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({ error: { code: 'InternalError', message: 'HttpError: internal error' } });
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((r) => silent.close(() => r()));
      await new Promise<void>((r) => bot2.server.close(() => r()));
    }
  });
});
