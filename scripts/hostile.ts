// `npm run hostile -- [--url URL] [--requests N] [--seed S]`: a seeded hostile-input campaign against every route.
// Without --url it starts Relais itself (embedded defaults, a temporary data folder) and stops it afterwards.
// Prints the figures: requests, status codes, 5xx count, bodies that leaked internal text. Exit 1 on any 5xx/leak.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { seededRandom } from './seededRandom';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One HTTP request of the campaign. */
export interface HostileRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Conversations opened before the campaign, so requests reach past authentication too. */
export interface CampaignContext {
  conversations: { conversationId: string; token: string }[];
}

/** What a campaign found. */
export interface CampaignFigures {
  requests: number;
  /** Count by HTTP status ("0" = the connection failed). */
  statuses: Record<string, number>;
  fiveXX: number;
  /** Requests whose answer carried internal text (stack frames, exception names, botbuilder messages). */
  leaks: { request: string; status: number; excerpt: string }[];
  /** Error answers not in the one JSON shape `{ error: { code, message } }`. */
  misshapen: { request: string; status: number; excerpt: string }[];
  seconds: number;
}

/** Text that must never reach a client: it tells an attacker what runs inside, and tells a person nothing. */
export const INTERNAL_TEXT =
  /\bat [\w.<>]+ \(|node_modules|\.(?:js|ts):\d+|TypeError|RangeError|ReferenceError|SyntaxError|Maximum call stack|is not a function|Cannot read propert|StoreError|SqliteError|MongoError|<pre>|validateAndFixActivity|endpoint\.toLowerCase/;


const ACTIVITY_FIELDS = [
  'type', 'id', 'text', 'locale', 'serviceUrl', 'channelId', 'deliveryMode', 'conversation', 'from', 'recipient',
  'channelData', 'value', 'entities', 'attachments', 'membersAdded', 'membersRemoved', 'name', 'timestamp',
  'localTimestamp', 'replyToId', 'textFormat', 'suggestedActions', 'expiration', 'relatesTo', '__proto__', 'constructor',
];

/** Builds the `count` requests of a campaign from `seed`; the same seed gives the same requests. */
export function hostileRequests(seed: number, count: number, ctx: CampaignContext): HostileRequest[] {
  const rnd = seededRandom(seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const chance = (p: number): boolean => rnd() < p;

  const strings = [
    '', ' ', 'bonjour', 'x'.repeat(5000), '\u0000', '\uD800', '𝕏'.repeat(50), '<script>alert(1)</script>', '../../etc/passwd',
    '{{7*7}}', "' OR 1=1 --", '__proto__', 'constructor', 'http://169.254.169.254/latest/meta-data/', 'expectReplies',
    'message', 'event', 'typing', 'conversationUpdate', 'invoke', 'fr-BE', 'ar', 'Comment avoir le revenu d’intégration ?',
    'mon gsm 0472 99 88 77, Place Flagey 18', '2026-13-45T99:99:99Z', 'NaN', '1e999', 'x'.repeat(70_000),
  ];
  const deep = (n: number, open: string, close: string, inner = '1'): string => `${open.repeat(n)}${inner}${close.repeat(n)}`;
  /** A random JSON value as text (text, so nesting beyond JSON.stringify's own stack is possible). */
  const value = (depth = 0): string => {
    const r = int(12);
    if (depth > 3 || r < 4) return JSON.stringify(pick([null, true, false, 0, -1, 1.5e308, 2 ** 53 + 1, ...strings]));
    if (r < 6) return `[${Array.from({ length: int(4) }, () => value(depth + 1)).join(',')}]`;
    if (r < 8) return `{${Array.from({ length: int(4) }, () => `${JSON.stringify(pick(['a', 'id', '__proto__', 'constructor', 'toString', 'postalCode', 'text', '']))}:${value(depth + 1)}`).join(',')}}`;
    if (r < 9) return deep(pick([20, 200, 5000]), '[', ']', '');
    if (r < 10) return deep(pick([20, 200, 4500]), '{"a":', '}');
    return JSON.stringify(pick(strings));
  };
  const conv = () => (ctx.conversations.length ? pick(ctx.conversations) : { conversationId: 'none', token: 'none' });
  /** A plausible activity with some fields missing, retyped or hostile. */
  const activity = (): string => {
    const base: Record<string, string> = {
      type: '"message"',
      text: JSON.stringify(pick(['bonjour', 'Comment avoir le revenu d’intégration du CPAS ?', 'aide', 'x'])),
      conversation: `{"id":"c-${int(50)}"}`,
      from: `{"id":"u-${int(50)}"}`,
      recipient: '{"id":"relais"}',
      channelId: '"test"',
      deliveryMode: '"expectReplies"',
    };
    for (let i = 0, n = int(4); i < n; i += 1) {
      const field = pick(ACTIVITY_FIELDS);
      if (chance(0.2)) delete base[field];
      else base[field] = value();
    }
    if (chance(0.15)) base.serviceUrl = JSON.stringify(pick(['http://127.0.0.1:9/', 'http://0.0.0.0:9/', 'http://example.org/', 'ftp://x', 'not a url', 'http://[::1]:9/']));
    return `{${Object.entries(base).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
  };
  const body = (): string | undefined =>
    pick([
      activity, activity, activity, activity,
      () => value(),
      () => '{"type":"message",',
      () => '',
      () => 'null',
      () => '\uFEFF{"type":"message"}',
      () => `{"type":"message","text":${JSON.stringify('a'.repeat(70_000))}}`,
      () => undefined,
    ])();
  // Mostly well-formed envelopes (JSON, the conversation's own token and id), so the hostile part is the content
  // and reaches the checks, the store and the bot behind authentication; the rest probes the envelope itself.
  const contentType = () =>
    chance(0.75) ? 'application/json' : pick(['text/plain', 'application/json; charset=latin1', 'application/x-www-form-urlencoded', 'application/vnd.api+json', '']);
  const auth = (own?: string): string =>
    chance(0.6) && own
      ? `Bearer ${own}`
      : pick(['', 'Bearer ', 'Bearer garbage', 'Bearer a.b.c', `Bearer ${conv().token}`, 'Basic dXNlcjpwYXNz', `Bearer ${'x'.repeat(9000)}`, 'Bearer eyJhbGciOiJub25lIn0.eyJjb252IjoieCJ9.']);
  const convId = (own: string) => (chance(0.75) ? own : pick([conv().conversationId, '..', '%2e%2e', 'x'.repeat(300), '%00', 'é', 'a|b', '%E0%A4%A']));

  const requests: HostileRequest[] = [];
  for (let i = 0; i < count; i += 1) {
    const c = conv();
    const headers: Record<string, string> = {};
    const route = int(20);
    let method = 'GET';
    let p = '/';
    let b: string | undefined;
    if (route < 7) {
      method = chance(0.9) ? 'POST' : pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']);
      p = '/api/messages';
      b = body();
    } else if (route < 12) {
      method = chance(0.85) ? 'POST' : pick(['GET', 'PUT', 'DELETE']);
      p = `/v3/directline/conversations/${convId(c.conversationId)}/activities${chance(0.1) ? `?watermark=${pick(['-5', 'x', '99999999999', '1'])}` : ''}`;
      b = body();
    } else if (route < 14) {
      method = 'GET';
      p = `/v3/directline/conversations/${convId(c.conversationId)}${chance(0.7) ? '/activities' : ''}?watermark=${pick(['', '0', '-1', '-2', 'abc', '1e3', '99999999999', '%00'])}`;
    } else if (route < 16) {
      method = 'POST';
      p = `/v3/directline/${pick(['tokens/generate', 'tokens/refresh', 'conversations', `conversations/${convId(c.conversationId)}/upload`, 'nope', 'conversations/x/y/z'])}`;
      b = chance(0.6) ? pick([`{"user":{"id":${value()}}}`, `{"locale":${value()}}`, value(), '{']) : undefined;
    } else if (route < 18) {
      method = pick(['GET', 'GET', 'POST', 'DELETE']);
      p = pick(['/', '/static/webchat.js', '/static/i18n/fr.json', '/static/../package.json', '/static/%2e%2e/%2e%2e/package.json', '/static/%', '/static/i18n/..%2f..%2fpackage.json', `/${'a'.repeat(3000)}`, '/%00', '/healthz?x=%ff']);
    } else {
      method = pick(['GET', 'POST']);
      p = pick(['/healthz', '/healthz', '/nope', '/api', '/v3/directline', '/api/messages/x']);
    }
    if (b !== undefined) headers['content-type'] = contentType();
    const a = auth(c.token);
    if (a) headers.authorization = a;
    if (chance(0.1)) headers.origin = pick(['https://evil.example', 'null', 'https://www.commune.be']);
    if (chance(0.05)) headers['x-forwarded-for'] = pick(['1.2.3.4', 'garbage', '127.0.0.1, 10.0.0.1']);
    requests.push({ method, path: p, headers, ...(b !== undefined && method !== 'GET' ? { body: b } : {}) });
  }
  return requests;
}

/** Opens `n` Direct Line conversations the normal way (token, then start), as a web page does. */
export async function openConversations(baseUrl: string, n: number): Promise<CampaignContext> {
  const conversations: CampaignContext['conversations'] = [];
  for (let i = 0; i < n; i += 1) {
    const gen = await fetch(`${baseUrl}/v3/directline/tokens/generate`, { method: 'POST' });
    if (gen.status !== 200) break;
    const { token, conversationId } = (await gen.json()) as { token: string; conversationId: string };
    await fetch(`${baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    conversations.push({ conversationId, token });
  }
  return { conversations };
}

/** Sends the requests, `concurrency` at a time, and checks every answer. */
export async function runCampaign(baseUrl: string, requests: HostileRequest[], concurrency = 8): Promise<CampaignFigures> {
  const started = Date.now();
  const figures: CampaignFigures = { requests: requests.length, statuses: {}, fiveXX: 0, leaks: [], misshapen: [], seconds: 0 };
  let next = 0;
  const describe = (r: HostileRequest) => `${r.method} ${r.path.slice(0, 120)} ${(r.body ?? '').slice(0, 120)}`;
  const worker = async (): Promise<void> => {
    while (next < requests.length) {
      const r = requests[next++];
      let status = 0;
      let text = '';
      let type = '';
      try {
        const res = await fetch(`${baseUrl}${r.path}`, { method: r.method, headers: r.headers, body: r.body, redirect: 'manual', signal: AbortSignal.timeout(20_000) });
        status = res.status;
        type = res.headers.get('content-type') ?? '';
        text = r.method === 'HEAD' ? '' : await res.text();
      } catch (err) {
        text = err instanceof Error ? err.message : String(err);
      }
      figures.statuses[status] = (figures.statuses[status] ?? 0) + 1;
      if (status >= 500 || status === 0) figures.fiveXX += 1;
      if (INTERNAL_TEXT.test(text) && !(status === 200 && type.includes('javascript'))) {
        const at = text.search(INTERNAL_TEXT);
        figures.leaks.push({ request: describe(r), status, excerpt: text.slice(Math.max(0, at - 40), at + 80) });
      }
      if (status >= 400 && text !== '') {
        let shaped = false;
        try {
          const json = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
          shaped = type.includes('application/json') && typeof json.error?.code === 'string' && typeof json.error?.message === 'string';
        } catch {
          shaped = false;
        }
        if (!shaped) figures.misshapen.push({ request: describe(r), status, excerpt: text.slice(0, 120) });
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  figures.seconds = Math.round((Date.now() - started) / 100) / 10;
  return figures;
}

async function main(argv: string[]): Promise<number> {
  let url: string | undefined;
  let count = 6000;
  let seed = 15;
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--url') url = argv[++i];
    else if (argv[i] === '--requests') count = Number(argv[++i]);
    else if (argv[i] === '--seed') seed = Number(argv[++i]);
    else {
      console.error(`hostile: unknown argument ${argv[i]}\nusage: npm run hostile -- [--url URL] [--requests N] [--seed S]`);
      return 2;
    }
  }
  let stop = async (): Promise<void> => undefined;
  if (!url) {
    const { createRelais, projectRoot } = await import('../src/app');
    const { loadConfig } = await import('../src/config');
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'relais-hostile-'));
    // The campaign comes from one address: a high /api/messages rate so requests reach the checks behind it.
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir, MESSAGES_RATE_PER_MINUTE: '1000000' }, projectRoot());
    const relais = await createRelais(config, { purge: false });
    url = await relais.listen();
    stop = async () => {
      await relais.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  try {
    const ctx = await openConversations(url, 6);
    const requests = hostileRequests(seed, count, ctx);
    console.error(`hostile: ${requests.length} requests (seed ${seed}) against ${url} …`);
    const f = await runCampaign(url, requests);
    const after = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'Comment avoir le revenu d’intégration du CPAS ?', deliveryMode: 'expectReplies', channelId: 'test', conversation: { id: 'after' }, from: { id: 'after' }, recipient: { id: 'relais' } }),
    });
    const codes = Object.entries(f.statuses).sort(([a], [b]) => Number(a) - Number(b)).map(([s, n]) => `${s}: ${n}`).join(', ');
    console.log(`requests ${f.requests} in ${f.seconds} s; status codes ${codes}; 5xx ${f.fiveXX}; internal text in ${f.leaks.length} bodies; error bodies not {error:{code,message}}: ${f.misshapen.length}; normal question afterwards: ${after.status}`);
    for (const l of f.leaks.slice(0, 10)) console.log(`leak ${l.status} ${l.request} … ${l.excerpt}`);
    for (const m of f.misshapen.slice(0, 10)) console.log(`shape ${m.status} ${m.request} … ${m.excerpt}`);
    return f.fiveXX === 0 && f.leaks.length === 0 && f.misshapen.length === 0 && after.status === 200 ? 0 : 1;
  } finally {
    await stop();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`hostile: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
