// The real app with a scratch copy of knowledge/ (never the repo's), its own data folder, and console accounts.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRelais, projectRoot, type Relais } from '../../src/app';
import { loadConfig } from '../../src/config';
import { Accounts } from '../../src/console/accounts';
import type { Role } from '../../src/console/types';
import type { DocStore } from '../../src/store';

export interface ConsoleWorld {
  relais: Relais;
  url: string;
  dataDir: string;
  knowledgeDir: string;
  accounts: Accounts;
  /** Stops the server only (the folders stay, for a restart). */
  stop(): Promise<void>;
  /** Stops and removes the folders. */
  dispose(): Promise<void>;
}

export const PASSWORD = 'correct horse battery staple';
/** The owner written in every entry of the scratch copy: an organisation of that name edits them. */
export const OWNER = 'Relais editorial team (to be assigned)';

/**
 * A scratch knowledge folder: entries, services and reference copied from the repo's knowledge/, every entry owned
 * by `OWNER` (the shipped entries name the kind of organisation that should own each one, many different ones).
 */
export function scratchKnowledge(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'relais-kb-'));
  const kb = path.join(dir, 'knowledge');
  cpSync(path.join(projectRoot(), 'knowledge'), kb, { recursive: true });
  const entries = path.join(kb, 'entries');
  for (const f of readdirSync(entries, { recursive: true }).map(String).filter((x) => x.endsWith('.yaml'))) {
    const file = path.join(entries, f);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^owner: .*$/m, `owner: "${OWNER}"`));
  }
  return kb;
}

export async function startConsole(opts: { dataDir?: string; knowledgeDir?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ConsoleWorld> {
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'relais-console-data-'));
  const knowledgeDir = opts.knowledgeDir ?? scratchKnowledge();
  const config = loadConfig(
    { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir, KNOWLEDGE_DIR: knowledgeDir, CONSOLE_GIT_COMMIT: 'false', ...opts.env },
    projectRoot(),
  );
  const relais = await createRelais(config, { purge: false });
  const url = await relais.listen();
  const inner = relais.store.inner as DocStore;
  const accounts = new Accounts(inner.consoleCollection('consoleAccounts'), inner.consoleCollection('consoleAudit'), { bcryptRounds: 4 });
  return {
    relais,
    url,
    dataDir,
    knowledgeDir,
    accounts,
    stop: () => relais.close(),
    dispose: async () => {
      await relais.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(path.dirname(knowledgeDir), { recursive: true, force: true });
    },
  };
}

/** Adds an organisation (when missing) and a person. */
export async function addPerson(w: ConsoleWorld, username: string, roles: Role[], org = 'relais'): Promise<void> {
  if (!(await w.accounts.organisation(org))) await w.accounts.addOrganisation(org, org === 'relais' ? OWNER : org, 'test');
  await w.accounts.addUser({ username, displayName: `${username} Test`, orgId: org, roles, password: PASSWORD }, 'test');
}

/** A cookie-keeping HTTP client for the console. */
export class Client {
  /** Each client signs in from its own address (TEST-NET-2), as different people would: the login budget is per
   * address, and one file's many logins must not share it unless a test says so by giving x-forwarded-for. */
  private static next = 1;
  cookies = new Map<string, string>();
  readonly headers: Record<string, string>;
  constructor(
    readonly base: string,
    headers: Record<string, string> = {},
  ) {
    const n = Client.next++;
    this.headers = { 'x-forwarded-for': `198.51.${100 + (n >> 8)}.${n & 255}`, ...headers };
  }

  async request(method: string, p: string, form?: Record<string, string | string[]>): Promise<Response> {
    const body = form ? new URLSearchParams() : undefined;
    if (form && body) for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    const res = await fetch(this.base + p, {
      method,
      redirect: 'manual',
      headers: { ...this.headers, cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: body?.toString(),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return res;
  }

  get(p: string): Promise<Response> {
    return this.request('GET', p);
  }

  /** The CSRF token of a page's first form. */
  async token(p: string): Promise<string> {
    const text = await (await this.get(p)).text();
    const m = /name="_csrf" value="([^"]+)"/.exec(text);
    if (!m) throw new Error(`no CSRF token on ${p}: ${text.slice(0, 300)}`);
    return m[1];
  }

  /** Posts a form with the token read from `from` (default: the same path). */
  async post(p: string, form: Record<string, string | string[]>, from = p): Promise<Response> {
    return this.request('POST', p, { _csrf: await this.token(from), ...form });
  }

  async login(username: string, password = PASSWORD): Promise<Response> {
    return this.post('/console/login', { username, password });
  }
}
