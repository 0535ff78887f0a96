// Configuration: the only place that reads environment variables; validated once at start-up.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseDotenv } from 'dotenv';
import { cidrProblem, DEFAULT_DESK_NETWORKS, DESK_ACCESS, type DeskAccess } from './desk/access';
import { DEFAULT_RETENTION, type RetentionOptions } from './store/types';

/** Everything the composition root needs, typed and validated. */
export interface Config {
  /** HTTP port (PORT, default 3978). */
  port: number;
  /** Processes serving requests (WORKERS, default 1); above 1, Node's cluster forks them on one port. */
  workers: number;
  /** Interface to listen on (HOST, default 0.0.0.0). */
  host: string;
  /** Embedded store and runtime files (DATA_DIR, default ./data). */
  dataDir: string;
  /** Knowledge base folder (KNOWLEDGE_DIR, default ./knowledge). */
  knowledgeDir: string;
  /** Bot Framework credentials; empty app id = local unauthenticated traffic only (Emulator, tests, own web page). */
  microsoftAppId: string;
  microsoftAppPassword: string;
  microsoftAppTenantId: string;
  microsoftAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /** MongoDB connection string; absent = embedded store. */
  mongodbUrl?: string;
  /** MongoDB database name (MONGODB_DB, default relais). */
  mongodbDb: string;
  /** Embedded store: fsync each commit before answering (`full`) or in the background (`normal`, default) (STORE_SYNC). */
  storeSync: 'full' | 'normal';
  /** Embedded store with STORE_SYNC=normal: background fsync interval, ms (STORE_SYNC_INTERVAL_MS, default 1000). */
  storeSyncIntervalMs: number;
  /** LibreTranslate base URL; absent = no machine translation. */
  libreTranslateUrl?: string;
  libreTranslateApiKey?: string;
  /** Deadline of all translator calls of one turn, ms (TRANSLATE_TIMEOUT_MS, default 2000). */
  translateTimeoutMs: number;
  /** pino level (LOG_LEVEL, default info). */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Largest accepted request body, bytes (MAX_BODY_BYTES, default 65536). */
  maxBodyBytes: number;
  /** Secret signing Direct Line tokens (DIRECTLINE_SECRET); generated per start when absent. */
  directLineSecret?: string;
  /** Direct Line token lifetime, seconds (DIRECTLINE_TOKEN_TTL_SECONDS, default 1800). */
  directLineTokenTtlSeconds: number;
  /** Sites whose pages may call Direct Line directly (DIRECTLINE_CORS_ORIGINS, comma-separated origins; default none). */
  directLineCorsOrigins: string[];
  /** Sites that may show the chat page in an iframe (WEBCHAT_FRAME_ANCESTORS, CSP sources; default any site). */
  webChatFrameAncestors?: string[];
  /** POST /api/messages requests per minute and client IP (MESSAGES_RATE_PER_MINUTE, default 120). */
  messagesRatePerMinute: number;
  /** Retention periods in days (RETENTION_*_DAYS). */
  retention: RetentionOptions;
  /**
   * Who may open the desk page (DESK_ACCESS, default network): anyone, the networks below only, people signed in
   * to the console with the desk or admin role (`accounts`: the desk moves to /console/desk), or nobody.
   */
  deskAccess: DeskAccess;
  /** CIDR ranges allowed when DESK_ACCESS=network (DESK_NETWORKS, comma-separated; default loopback and private ranges). */
  deskNetworks: string[];
  /** Public address of the chat page (PUBLIC_URL), printed in the desk handout's QR code; absent = the desk's own address. */
  publicUrl?: string;
  /**
   * Which proxies' X-Forwarded-For / X-Forwarded-Proto are believed (TRUST_PROXY, express `trust proxy`): default
   * `loopback` (nginx on the same machine); a hop count, `false`, or addresses/subnets separated by commas.
   */
  trustProxy: string | number | boolean;
  /** Console: golden questions run before each save (CONSOLE_GOLDEN_FILE, JSON Lines; default the probe set). */
  consoleGoldenFile: string;
  /** Console: one git commit per save when KNOWLEDGE_DIR is in a git work tree (CONSOLE_GIT_COMMIT, default true). */
  consoleGitCommit: boolean;
}

/** One bad configuration value: names the variable, the value and what is expected. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`ConfigError: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;

/** Environment variable → retention field. */
const RETENTION_VARS: Record<string, keyof RetentionOptions> = {
  RETENTION_CONVERSATION_DAYS: 'conversationDays',
  RETENTION_PROFILE_DAYS: 'profileDays',
  RETENTION_EVENT_DAYS: 'eventDays',
  RETENTION_REVIEW_DAYS: 'reviewDays',
  RETENTION_TRANSLATION_DAYS: 'translationDays',
  RETENTION_DIRECTLINE_DAYS: 'directLineDays',
  RETENTION_CONSOLE_SESSION_DAYS: 'consoleSessionDays',
  RETENTION_AUDIT_DAYS: 'auditDays',
};

/** Reads `.env` in `cwd` when present; real environment variables win over it. */
export function readEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): NodeJS.ProcessEnv {
  const file = path.join(cwd, '.env');
  if (!existsSync(file)) return env;
  return { ...parseDotenv(readFileSync(file)), ...env };
}

/** The knowledge base folder the server would load (KNOWLEDGE_DIR, default ./knowledge), for commands too. */
export function knowledgeDirFrom(env: NodeJS.ProcessEnv = readEnv(), cwd = process.cwd()): string {
  return path.resolve(cwd, env.KNOWLEDGE_DIR?.trim() || 'knowledge');
}

/** Builds and validates the configuration; throws ConfigError listing every bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = readEnv(), cwd = process.cwd()): Config {
  const problems: string[] = [];
  const str = (name: string): string | undefined => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
      problems.push(`${name}="${raw}" must be a whole number from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name}="${raw}" must be one of ${allowed.join(', ')}`);
      return fallback;
    }
    return raw as T;
  };
  const list = (name: string, check: (item: string) => boolean, want: string): string[] | undefined => {
    const raw = str(name);
    if (raw === undefined) return undefined;
    const items = raw.split(/[\s,]+/).filter((x) => x !== '');
    const wrong = items.filter((x) => !check(x));
    if (wrong.length > 0) problems.push(`${name}: "${wrong[0].slice(0, 100)}" is not ${want}`);
    return items;
  };
  const url = (name: string, protocols: string[]): string | undefined => {
    const raw = str(name);
    if (raw === undefined) return undefined;
    try {
      const u = new URL(raw);
      if (!protocols.includes(u.protocol)) throw new Error('protocol');
      return raw;
    } catch {
      problems.push(`${name}="${redactUrl(raw)}" must be a ${protocols.join(' or ')} URL`);
      return undefined;
    }
  };

  const retention = { ...DEFAULT_RETENTION };
  for (const [name, field] of Object.entries(RETENTION_VARS)) {
    retention[field] = int(name, DEFAULT_RETENTION[field], 1, 3650);
  }

  const microsoftAppId = str('MicrosoftAppId') ?? '';
  const microsoftAppPassword = str('MicrosoftAppPassword') ?? '';
  const microsoftAppType = oneOf('MicrosoftAppType', APP_TYPES, 'MultiTenant');
  const microsoftAppTenantId = str('MicrosoftAppTenantId') ?? '';
  if (microsoftAppId && !microsoftAppPassword && microsoftAppType !== 'UserAssignedMSI') {
    problems.push('MicrosoftAppPassword is required when MicrosoftAppId is set (except with MicrosoftAppType=UserAssignedMSI)');
  }
  if (microsoftAppType === 'SingleTenant' && !microsoftAppTenantId) {
    problems.push('MicrosoftAppTenantId is required when MicrosoftAppType=SingleTenant');
  }
  const directLineSecret = str('DIRECTLINE_SECRET');
  if (directLineSecret !== undefined && directLineSecret.length < 32) {
    problems.push('DIRECTLINE_SECRET must be at least 32 characters long');
  }

  const deskNetworks = (str('DESK_NETWORKS') ?? DEFAULT_DESK_NETWORKS.join(','))
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  for (const cidr of deskNetworks) {
    const problem = cidrProblem(cidr);
    if (problem) problems.push(`DESK_NETWORKS: ${problem}`);
  }

  const config: Config = {
    port: int('PORT', 3978, 0, 65535),
    workers: int('WORKERS', 1, 1, 64),
    host: str('HOST') ?? '0.0.0.0',
    dataDir: path.resolve(cwd, str('DATA_DIR') ?? 'data'),
    knowledgeDir: knowledgeDirFrom(env, cwd),
    microsoftAppId,
    microsoftAppPassword,
    microsoftAppTenantId,
    microsoftAppType,
    mongodbUrl: url('MONGODB_URL', ['mongodb:', 'mongodb+srv:']),
    mongodbDb: str('MONGODB_DB') ?? 'relais',
    storeSync: oneOf('STORE_SYNC', ['full', 'normal'] as const, 'normal'),
    storeSyncIntervalMs: int('STORE_SYNC_INTERVAL_MS', 1000, 10, 60000),
    libreTranslateUrl: url('LIBRETRANSLATE_URL', ['http:', 'https:']),
    libreTranslateApiKey: str('LIBRETRANSLATE_API_KEY'),
    translateTimeoutMs: int('TRANSLATE_TIMEOUT_MS', 2000, 100, 60000),
    logLevel: oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    maxBodyBytes: int('MAX_BODY_BYTES', 65536, 1024, 10 * 1024 * 1024),
    directLineSecret,
    directLineTokenTtlSeconds: int('DIRECTLINE_TOKEN_TTL_SECONDS', 1800, 60, 86400),
    directLineCorsOrigins: list('DIRECTLINE_CORS_ORIGINS', isOrigin, 'an origin like https://www.commune.be (scheme, host, optional port; no path)') ?? [],
    webChatFrameAncestors: list('WEBCHAT_FRAME_ANCESTORS', isFrameAncestor, "a frame-ancestors source like https://www.commune.be, https://*.commune.be, 'self', 'none' or *"),
    messagesRatePerMinute: int('MESSAGES_RATE_PER_MINUTE', 120, 1, 1_000_000),
    retention,
    deskAccess: oneOf('DESK_ACCESS', DESK_ACCESS, 'network'),
    deskNetworks,
    publicUrl: url('PUBLIC_URL', ['http:', 'https:']),
    trustProxy: trustProxy(str('TRUST_PROXY'), problems),
    consoleGoldenFile: path.resolve(cwd, str('CONSOLE_GOLDEN_FILE') ?? path.join('tests', 'fixtures', 'probes', 'kb-probes.jsonl')),
    consoleGitCommit: oneOf('CONSOLE_GIT_COMMIT', ['true', 'false'] as const, 'true') === 'true',
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** A browser origin as sent in the Origin header: scheme, host, optional port, nothing else. */
function isOrigin(item: string): boolean {
  try {
    const u = new URL(item);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === item;
  } catch {
    return false;
  }
}

/** A CSP frame-ancestors source: *, 'self', 'none', or an http(s) host with an optional *. prefix and port. */
function isFrameAncestor(item: string): boolean {
  return /^(\*|'self'|'none'|https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?)$/i.test(item);
}

/** TRUST_PROXY as express takes it; `true` (believe anyone) is refused: any client could then pick its address. */
function trustProxy(raw: string | undefined, problems: string[]): string | number | boolean {
  if (raw === undefined) return 'loopback';
  if (raw === 'false') return false;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  if (raw === 'true' || !/^[\w.:/, -]+$/.test(raw)) {
    problems.push(`TRUST_PROXY="${raw.slice(0, 100)}" must be loopback, a hop count, false, or proxy addresses/subnets separated by commas (not true: any client could then choose its own address)`);
    return 'loopback';
  }
  return raw;
}

/** Hides credentials in a URL before it is printed. */
export function redactUrl(raw: string): string {
  return raw.replace(/\/\/([^@/]*)@/, '//***@');
}
