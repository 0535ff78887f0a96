// `npm run console`: organisations and accounts from the command line, password from standard input only.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../scripts/console';
import type { CommandIO } from '../../src/store/cli';

describe('npm run console', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'relais-console-cli-'));
  const lines: { out: string[]; err: string[] } = { out: [], err: [] };
  const io: CommandIO = { env: { DATA_DIR: dataDir, LOG_LEVEL: 'silent' }, cwd: dataDir, out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) };
  const run = (args: string[], password = 'a long enough password') => main(args, io, async () => password);

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  beforeEach(() => {
    lines.out = [];
    lines.err = [];
  });

  it('adds an organisation and an admin, and lists them (no hash printed)', async () => {
    expect(await run(['add-org', 'relais', 'Relais editorial team'])).toBe(0);
    expect(await run(['add-user', 'ana', '--name', 'Ana Admin', '--org', 'relais', '--roles', 'admin,reviewer'])).toBe(0);
    expect(await run(['list'])).toBe(0);
    expect(lines.out.join('\n')).toContain('user ana\tAna Admin\trelais\tadmin,reviewer');
    expect(lines.out.join('\n')).not.toMatch(/\$2[aby]\$/);
    expect(await run(['disable-user', 'ana'])).toBe(0);
    lines.out = [];
    expect(await run(['list'])).toBe(0);
    expect(lines.out.join('\n')).toContain('user ana\tAna Admin\trelais\tadmin,reviewer\tdisabled');
  }, 30_000);

  it('refuses a short password, an unknown organisation or role, and a bad command, with a clear line and non-zero exit', async () => {
    expect(await run(['add-user', 'bob', '--name', 'Bob', '--org', 'relais', '--roles', 'editor'], 'short')).toBe(1);
    expect(lines.err.join('\n')).toMatch(/password must be 12 to 200 characters/);
    expect(await run(['add-user', 'bob', '--name', 'Bob', '--org', 'nowhere', '--roles', 'editor'])).toBe(1);
    expect(lines.err.join('\n')).toMatch(/organisation "nowhere" does not exist/);
    expect(await run(['add-user', 'bob', '--name', 'Bob', '--org', 'relais', '--roles', 'boss'])).toBe(1);
    expect(await run(['frobnicate'])).toBe(2);
    expect(await run(['add-user', 'bob'])).toBe(2);
  }, 30_000);
});
