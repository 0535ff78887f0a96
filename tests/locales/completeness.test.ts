// All six core languages are complete: same keys, same placeholders, no empty text, phrase lists everywhere.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CURATED_LANGS } from '../../src/knowledge/types';
import { createLocalizer, loadLocaleResources, LocaleError, type LocaleNamespace } from '../../src/i18n';

const DIR = path.join(__dirname, '..', '..', 'locales');
const resources = loadLocaleResources(DIR);

/** key → value for every leaf of a namespace. */
function leaves(ns: LocaleNamespace, prefix = ''): Map<string, string | string[]> {
  const out = new Map<string, string | string[]>();
  for (const [k, v] of Object.entries(ns)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string' || Array.isArray(v)) out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort().join(',');
/** Interface namespaces of surfaces that are not in the six chat languages: namespace → its languages. */
const SURFACE_LANGS: Record<string, readonly string[]> = { console: ['fr', 'nl', 'en'] };
const reference = Object.fromEntries(Object.entries(resources.fr).filter(([ns]) => !(ns in SURFACE_LANGS)));

/** One line per problem: a key missing or extra, an empty text, different placeholders, a list that is not one. */
function localeProblems(all: typeof resources): string[] {
  const problems: string[] = [];
  for (const lang of CURATED_LANGS.filter((l) => l !== 'fr')) {
    for (const ns of Object.keys(all.fr).filter((n) => (SURFACE_LANGS[n] ?? CURATED_LANGS).includes(lang))) {
      const ref = leaves(all.fr[ns]);
      const own = leaves(all[lang]?.[ns] ?? {});
      for (const key of ref.keys()) if (!own.has(key)) problems.push(`${lang} ${ns}: missing ${key}`);
      for (const [key, value] of own) {
        const refValue = ref.get(key);
        if (refValue === undefined) problems.push(`${lang} ${ns}: extra ${key}`);
        else if (typeof value === 'string') {
          if (value.trim() === '') problems.push(`${lang} ${ns}: empty ${key}`);
          else if (typeof refValue !== 'string' || placeholders(value) !== placeholders(refValue)) {
            problems.push(`${lang} ${ns}: placeholders of ${key} differ from French`);
          }
        } else if (!Array.isArray(refValue) || value.length === 0) problems.push(`${lang} ${ns}: ${key} must be a non-empty list`);
      }
    }
  }
  return problems;
}

describe('locale files', () => {
  it('exist for the six core languages', () => {
    for (const lang of CURATED_LANGS) {
      const own = Object.keys(resources[lang] ?? {}).filter((ns) => !(ns in SURFACE_LANGS));
      expect(own.sort()).toEqual(Object.keys(reference).sort());
    }
    for (const [ns, langs] of Object.entries(SURFACE_LANGS)) for (const lang of langs) expect(resources[lang]?.[ns]).toBeDefined();
  });

  it('every core language has every French key, no other, with the same placeholders and no empty text', () => {
    expect(localeProblems(resources)).toEqual([]);
  });

  it('each language names itself in its own words', () => {
    const i18n = createLocalizer(resources);
    expect(CURATED_LANGS.map((l) => i18n.t(l, 'language.name'))).toEqual(['Français', 'Nederlands', 'English', 'Українська', 'Русский', 'العربية']);
  });

  it('a missing key, an empty text or a lost placeholder is reported', () => {
    const broken = structuredClone(resources);
    const feedback = broken.uk.bot.feedback as LocaleNamespace;
    delete feedback.wrong;
    feedback.ask = ' ';
    (broken.ar.bot.place as LocaleNamespace).saved = 'تم التسجيل';
    expect(localeProblems(broken)).toEqual([
      'uk bot: missing feedback.wrong',
      'uk bot: empty feedback.ask',
      'ar bot: placeholders of place.saved differ from French',
    ]);
  });

  it('every key the code uses exists in French', () => {
    const files = ['src/bot', 'dialogs'].flatMap((d) =>
      fs
        .readdirSync(path.join(__dirname, '..', '..', d))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => path.join(__dirname, '..', '..', d, f)),
    );
    const keys = new Set<string>();
    for (const file of files) {
      const code = fs.readFileSync(file, 'utf8');
      for (const m of code.matchAll(/['`]((?:bot:)?(?:language|welcome|answer|place|status|clarify|fallback|person|emergency|feedback|forget|help|startOver|actions|store|error)\.[\w.-]+)['`]/g)) {
        keys.add(m[1].replace(/^bot:/, ''));
      }
    }
    const known = leaves(reference.bot);
    expect(keys.size).toBeGreaterThan(30);
    expect([...keys].filter((k) => !known.has(k))).toEqual([]);
  });
});

describe('loadLocaleResources', () => {
  it('names the file that is not valid JSON', () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'relais-locales-'));
    try {
      fs.mkdirSync(path.join(dir, 'fr'));
      fs.writeFileSync(path.join(dir, 'fr', 'bot.json'), '{ "a": ');
      expect(() => loadLocaleResources(dir)).toThrow(LocaleError);
      expect(() => loadLocaleResources(dir)).toThrow(/LocaleError: file ".*fr\/bot\.json" is not valid JSON/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
