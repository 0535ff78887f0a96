// Configuration: defaults with an empty environment, one precise message per bad value.
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, readEnv } from '../src/config';

describe('loadConfig', () => {
  it('starts with embedded defaults when nothing is set', () => {
    const c = loadConfig({}, '/srv/relais');
    expect(c.port).toBe(3978);
    expect(c.dataDir).toBe('/srv/relais/data');
    expect(c.knowledgeDir).toBe('/srv/relais/knowledge');
    expect(c.mongodbUrl).toBeUndefined();
    expect(c.libreTranslateUrl).toBeUndefined();
    expect(c.microsoftAppId).toBe('');
    expect(c.retention.conversationDays).toBe(30);
    expect(c.translateTimeoutMs).toBe(2000);
    expect(c.directLineCorsOrigins).toEqual([]);
    expect(c.webChatFrameAncestors).toBeUndefined();
    expect(c.messagesRatePerMinute).toBe(120);
  });

  it('reads the browser access lists: Direct Line CORS origins and the page\'s frame ancestors', () => {
    const c = loadConfig({ DIRECTLINE_CORS_ORIGINS: 'https://www.commune.be,https://cpas.commune.be:8443', WEBCHAT_FRAME_ANCESTORS: "'self' https://*.commune.be" }, '/srv/relais');
    expect(c.directLineCorsOrigins).toEqual(['https://www.commune.be', 'https://cpas.commune.be:8443']);
    expect(c.webChatFrameAncestors).toEqual(["'self'", 'https://*.commune.be']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT="eighty" must be a whole number from 0 to 65535'],
    [{ PORT: '70000' }, 'PORT="70000" must be a whole number from 0 to 65535'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL="loud" must be one of fatal, error, warn, info, debug, trace, silent'],
    [{ MONGODB_URL: 'http://db' }, 'MONGODB_URL="http://db" must be a mongodb: or mongodb+srv: URL'],
    [{ MONGODB_URL: 'not a url' }, 'MONGODB_URL="not a url" must be a mongodb: or mongodb+srv: URL'],
    [{ LIBRETRANSLATE_URL: 'ftp://x' }, 'LIBRETRANSLATE_URL="ftp://x" must be a http: or https: URL'],
    [{ MicrosoftAppId: 'abc' }, 'MicrosoftAppPassword is required when MicrosoftAppId is set'],
    [{ MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId is required when MicrosoftAppType=SingleTenant'],
    [{ RETENTION_EVENT_DAYS: '0' }, 'RETENTION_EVENT_DAYS="0" must be a whole number from 1 to 3650'],
    [{ DIRECTLINE_SECRET: 'short' }, 'DIRECTLINE_SECRET must be at least 32 characters long'],
    [{ DIRECTLINE_CORS_ORIGINS: 'https://www.commune.be/chat' }, 'DIRECTLINE_CORS_ORIGINS: "https://www.commune.be/chat" is not an origin'],
    [{ WEBCHAT_FRAME_ANCESTORS: 'https://a.be; script-src *' }, 'WEBCHAT_FRAME_ANCESTORS: "https://a.be;" is not a frame-ancestors source'],
    [{ MESSAGES_RATE_PER_MINUTE: '0' }, 'MESSAGES_RATE_PER_MINUTE="0" must be a whole number from 1 to 1000000'],
  ])('refuses %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/srv')).toThrow(message);
  });

  it('lists every bad value at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y' }, '/srv');
      throw new Error('expected ConfigError');
    } catch (err) {
      expect((err as ConfigError).problems).toHaveLength(2);
    }
  });

  it('never prints a MongoDB password in its message', () => {
    expect(() => loadConfig({ MONGODB_URL: 'http://user:secret@db' }, '/srv')).toThrow(/\*\*\*@db/);
    expect(() => loadConfig({ MONGODB_URL: 'http://user:secret@db' }, '/srv')).not.toThrow(/secret/);
  });

  it('reads .env, and real environment variables win over it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'relais-env-'));
    try {
      writeFileSync(path.join(dir, '.env'), 'PORT=4000\nLOG_LEVEL=debug\n');
      const c = loadConfig(readEnv({ LOG_LEVEL: 'warn' }, dir), dir);
      expect(c.port).toBe(4000);
      expect(c.logLevel).toBe('warn');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
