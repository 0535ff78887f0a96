// The associations' console: accounts, organisations, roles and audit records (plain data), and its options.

/** What a person may do in the console. */
export const ROLES = ['editor', 'reviewer', 'admin', 'desk'] as const;
export type Role = (typeof ROLES)[number];

/** Interface languages of the console (French first). */
export const CONSOLE_LANGS = ['fr', 'nl', 'en'] as const;
export type ConsoleLang = (typeof CONSOLE_LANGS)[number];

/** An organisation that owns entries and services (the `owner` field of the knowledge files). */
export interface Organisation {
  /** Slug, the value written in `owner:` (e.g. "cri-namur"). */
  id: string;
  name: string;
  createdAt: string;
}

/** A console account. Only the password hash is kept, never the password. */
export interface ConsoleUser {
  /** Login name (lower-case e-mail or handle). */
  username: string;
  /** Shown in the audit log and in git commits. */
  displayName: string;
  orgId: string;
  roles: Role[];
  /** bcrypt hash. */
  passwordHash: string;
  lang: ConsoleLang;
  createdAt: string;
  disabled?: boolean;
}

/** A person as the console pages see them (no hash). */
export type ConsolePerson = Omit<ConsoleUser, 'passwordHash'>;

/** One line of the audit log: who did what to what, when. */
export interface AuditRecord {
  at: string;
  /** Username, or "cli" for command-line changes. */
  who: string;
  action: string;
  /** What was acted on: an entry id, a review item id, a username. */
  target?: string;
  detail?: string;
}

/** Options of the console (from src/config.ts). */
export interface ConsoleOptions {
  /** Session lifetime after the last request, ms. */
  sessionIdleMs: number;
  /** Failed or not, login attempts allowed per client address per window. */
  loginAttempts: number;
  loginWindowMs: number;
  /** bcrypt cost. */
  bcryptRounds: number;
  /** Shortest accepted password. */
  minPasswordLength: number;
  /** Commit each save when the knowledge folder is a git work tree. */
  gitCommit: boolean;
  /** JSON Lines golden questions run before a save (tests/fixtures/probes format); absent = sample questions only. */
  goldenFile?: string;
}

export const DEFAULT_OPTIONS: ConsoleOptions = {
  sessionIdleMs: 8 * 3600_000,
  loginAttempts: 10,
  loginWindowMs: 15 * 60_000,
  bcryptRounds: 12,
  minPasswordLength: 12,
  gitCommit: true,
};

/** A console failure meant for the person at the keyboard: a status and an i18n key of locales/<lang>/console.json. */
export class ConsoleError extends Error {
  constructor(
    readonly status: number,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`ConsoleError: ${key}`);
    this.name = 'ConsoleError';
  }
}
