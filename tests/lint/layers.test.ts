// The conversation layer depends one way: dialogs/ use src/bot; src/bot and the core never import dialogs/ (only
// the composition root composes them), and the core (language, search, knowledge, routing, answer) imports no edge.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
  );
}

function imports(file: string): string[] {
  return [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^import [^;]*? from '([^']+)'/gms)].map((m) => m[1]);
}

describe('layers', () => {
  it('no file under src/ but the composition root imports dialogs/', () => {
    const offenders = files('src')
      .filter((f) => f !== path.join('src', 'app.ts'))
      // The project's dialogs/ folder (a relative import), not a package path such as botbuilder-dialogs/lib/….
      .filter((f) => imports(f).some((i) => i.startsWith('.') && i.includes('dialogs/')));
    expect(offenders).toEqual([]);
  });

  it('the core imports no botbuilder, express, fs or database module', () => {
    const core = ['language', 'search', 'knowledge', 'routing', 'answer'].flatMap((d) => files(path.join('src', d)));
    expect(core.length).toBeGreaterThan(20);
    const edge = /^(botbuilder|botbuilder-dialogs|express|fs|node:fs|better-sqlite3|mongodb)$|\/(store|http|channels|bot|loaders)\//;
    const offenders = core.flatMap((f) => imports(f).filter((i) => edge.test(i)).map((i) => `${f} → ${i}`));
    expect(offenders).toEqual([]);
  });
});
