// Console accounts, organisations and audit log, kept in the project's store (collections consoleAccounts, consoleAudit).
import { randomBytes, randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import type { DocCollection } from '../store/engine';
import { CONSOLE_LANGS, ROLES, type AuditRecord, type ConsoleLang, type ConsolePerson, type ConsoleUser, type Organisation, type Role } from './types';

/** Refusal of an account operation, naming the field and value (CLI prints it; the admin page maps `field`). */
export class AccountError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`AccountError: ${message}`);
    this.name = 'AccountError';
  }
}

const USER = 'user:';
const ORG = 'org:';
const SECRET_ID = 'secret:session';
const SLUG = /^[a-z0-9][a-z0-9-]{1,62}$/;
const USERNAME = /^[a-z0-9][a-z0-9._@+-]{1,99}$/;
/** A dummy hash compared against when the account does not exist, so timing does not tell which names exist. */
const DUMMY_HASH = bcrypt.hashSync(randomBytes(16).toString('hex'), 10);

export interface AccountsOptions {
  bcryptRounds: number;
  minPasswordLength: number;
  now: () => Date;
}

export const DEFAULT_ACCOUNTS_OPTIONS: AccountsOptions = { bcryptRounds: 12, minPasswordLength: 12, now: () => new Date() };

/** What `addUser` needs. */
export interface NewUser {
  username: string;
  displayName: string;
  orgId: string;
  roles: Role[];
  password: string;
  lang?: ConsoleLang;
}

const person = (u: ConsoleUser): ConsolePerson => {
  const { passwordHash: _hash, ...rest } = u;
  return rest;
};

/** Organisations, people and the audit log. */
export class Accounts {
  private readonly o: AccountsOptions;

  constructor(
    private readonly accounts: DocCollection,
    private readonly audit: DocCollection,
    options: Partial<AccountsOptions> = {},
  ) {
    this.o = { ...DEFAULT_ACCOUNTS_OPTIONS, ...options };
  }

  async addOrganisation(id: string, name: string, who: string): Promise<Organisation> {
    const slug = id.trim().toLowerCase();
    if (!SLUG.test(slug)) throw new AccountError('id', `organisation id "${id.slice(0, 80)}" must be 2-63 lower-case letters, digits or dashes`);
    const clean = name.trim();
    if (clean.length < 2 || clean.length > 200) throw new AccountError('name', 'organisation name must be 2 to 200 characters long');
    if (await this.accounts.get(ORG + slug)) throw new AccountError('id', `organisation "${slug}" already exists`);
    const org: Organisation = { id: slug, name: clean, createdAt: this.o.now().toISOString() };
    await this.accounts.put({ id: ORG + slug, data: org });
    await this.record(who, 'org.create', slug, clean);
    return org;
  }

  async organisations(): Promise<Organisation[]> {
    return (await this.accounts.find<Organisation>({ idPrefix: ORG })).map((e) => e.data);
  }

  async organisation(id: string): Promise<Organisation | undefined> {
    return (await this.accounts.get<Organisation>(ORG + id))?.data;
  }

  async addUser(u: NewUser, who: string): Promise<ConsolePerson> {
    const username = u.username.trim().toLowerCase();
    if (!USERNAME.test(username)) throw new AccountError('username', `username "${u.username.slice(0, 80)}" must be 2-100 lower-case letters, digits or . _ @ + -`);
    const displayName = u.displayName.trim();
    if (displayName.length < 2 || displayName.length > 100 || /[\r\n<>]/.test(displayName)) {
      throw new AccountError('displayName', 'display name must be 2 to 100 characters, without line breaks or < >');
    }
    if (!(await this.organisation(u.orgId))) throw new AccountError('orgId', `organisation "${u.orgId.slice(0, 80)}" does not exist (add it first)`);
    const roles = [...new Set(u.roles)];
    if (roles.length === 0 || roles.some((r) => !(ROLES as readonly string[]).includes(r))) {
      throw new AccountError('roles', `roles must be one or more of ${ROLES.join(', ')}`);
    }
    this.checkPassword(u.password);
    const lang = u.lang ?? 'fr';
    if (!(CONSOLE_LANGS as readonly string[]).includes(lang)) throw new AccountError('lang', `language must be one of ${CONSOLE_LANGS.join(', ')}`);
    if (await this.accounts.get(USER + username)) throw new AccountError('username', `user "${username}" already exists`);
    const user: ConsoleUser = {
      username,
      displayName,
      orgId: u.orgId,
      roles,
      lang,
      passwordHash: await bcrypt.hash(u.password, this.o.bcryptRounds),
      createdAt: this.o.now().toISOString(),
    };
    await this.accounts.put({ id: USER + username, data: user });
    await this.record(who, 'user.create', username, `${u.orgId} ${roles.join(',')}`);
    return person(user);
  }

  async setPassword(username: string, password: string, who: string): Promise<void> {
    const user = await this.user(username);
    if (!user) throw new AccountError('username', `user "${username.slice(0, 80)}" does not exist`);
    this.checkPassword(password);
    await this.accounts.put({ id: USER + user.username, data: { ...user, passwordHash: await bcrypt.hash(password, this.o.bcryptRounds) } });
    await this.record(who, 'user.password', user.username);
  }

  /** Closes an account: its open sessions stop working at their next request (the person is read each time). */
  async disableUser(username: string, who: string): Promise<void> {
    const user = await this.user(username);
    if (!user) throw new AccountError('username', `user "${username.slice(0, 80)}" does not exist`);
    await this.accounts.put({ id: USER + user.username, data: { ...user, disabled: true } });
    await this.record(who, 'user.disable', user.username);
  }

  async people(): Promise<ConsolePerson[]> {
    return (await this.accounts.find<ConsoleUser>({ idPrefix: USER })).map((e) => person(e.data));
  }

  async person(username: string): Promise<ConsolePerson | undefined> {
    const u = await this.user(username);
    return u && !u.disabled ? person(u) : undefined;
  }

  /** The person when the password matches an enabled account; undefined otherwise (same work either way). */
  async verify(username: string, password: string): Promise<ConsolePerson | undefined> {
    const u = await this.user(username);
    const ok = await bcrypt.compare(password.slice(0, 200), u?.passwordHash ?? DUMMY_HASH);
    return ok && u && !u.disabled ? person(u) : undefined;
  }

  /** The session-signing secret: generated once and kept in the store, so sessions survive restarts and processes. */
  async sessionSecret(): Promise<string> {
    const existing = await this.accounts.get<string>(SECRET_ID);
    if (existing) return existing.data;
    const secret = randomBytes(32).toString('hex');
    // Two processes starting together: the first write wins, both read it back.
    await this.accounts.putIfEtag({ id: SECRET_ID, data: secret, etag: '1' }, '1');
    return (await this.accounts.get<string>(SECRET_ID))?.data ?? secret;
  }

  async record(who: string, action: string, target?: string, detail?: string): Promise<void> {
    const now = this.o.now();
    const data: AuditRecord = { at: now.toISOString(), who, action, target, detail: detail?.slice(0, 500) };
    await this.audit.put({ id: `${data.at}-${randomUUID().slice(0, 8)}`, at: now, data });
  }

  /** The latest audit records, newest first. */
  async auditLog(limit = 200): Promise<AuditRecord[]> {
    const all = await this.audit.find<AuditRecord>({});
    return all.slice(-limit).reverse().map((e) => e.data);
  }

  private async user(username: string): Promise<ConsoleUser | undefined> {
    return (await this.accounts.get<ConsoleUser>(USER + username.trim().toLowerCase().slice(0, 100)))?.data;
  }

  private checkPassword(password: string): void {
    if (password.length < this.o.minPasswordLength || password.length > 200) {
      throw new AccountError('password', `password must be ${this.o.minPasswordLength} to 200 characters long`);
    }
  }
}
