// Every text key the code asks for by name exists in every language's locale files. A missing key is shown to the
// person as the key itself ("**safety.check**" stood where the safety check's question should have been, in all six
// languages, after a merge dropped it): this test reads the code for the keys, so it fails where comparing a reply
// with `i18n.t` of the same key cannot.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { i18n, LANGS } from '../dialogs/harness';

const ROOT = path.join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

/** Keys written literally as the second argument of a `t(lang, 'key')` call. */
function keysUsed(): string[] {
  const keys = new Set<string>();
  for (const file of [...sources(path.join(ROOT, 'src')), ...sources(path.join(ROOT, 'dialogs'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*[\w.]+\s*,\s*'([a-zA-Z][\w]*(?:[.:][\w]+)+)'/g)) keys.add(m[1]);
  }
  return [...keys].sort();
}

const KEYS = keysUsed();

it('finds the keys the code asks for', () => {
  expect(KEYS).toEqual(expect.arrayContaining(['safety.check', 'safety.call112', 'safety.line']));
});

describe.each(LANGS)('%s', (lang) => {
  it.each(KEYS)('has a text for "%s"', (key) => {
    expect(i18n.t(lang, key)).not.toBe(key);
  });
});
