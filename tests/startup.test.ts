// Start-up: a bad configuration or an invalid knowledge base stops the server with one line per problem, no stack.
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { main } from '../src/index';

describe('main', () => {
  const run = async (env: NodeJS.ProcessEnv) => {
    const lines: string[] = [];
    const started = await main(env, { error: (l) => lines.push(l) });
    return { relais: started?.relais, url: started?.url, lines };
  };

  it('refuses an invalid configuration, naming each bad variable', async () => {
    const { relais, lines } = await run({ PORT: 'x', LOG_LEVEL: 'loud' });
    expect(relais).toBeUndefined();
    expect(lines[0]).toBe('Relais cannot start: invalid configuration');
    expect(lines).toContain('  PORT="x" must be a whole number from 0 to 65535');
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('refuses an invalid knowledge base with the validator lines (file, field, what is wrong)', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'relais-start-'));
    try {
      const { relais, lines } = await run({
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        DATA_DIR: dataDir,
        KNOWLEDGE_DIR: path.join(__dirname, 'fixtures/knowledge/broken'),
      });
      expect(relais).toBeUndefined();
      expect(lines[0]).toBe('Relais cannot start: invalid knowledge base (run `npm run kb -- validate`)');
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}error broken\/\S+/);
      expect(lines.some((l) => /^ {2}error \S+\.yaml \S+: /.test(l))).toBe(true);
      expect(lines.join('\n')).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('starts with embedded defaults and answers /healthz', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'relais-start-'));
    const { relais, url, lines } = await run({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
    try {
      expect(lines).toEqual([]);
      const res = await fetch(`${url}/healthz`);
      expect(res.status).toBe(200);
    } finally {
      await relais?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
