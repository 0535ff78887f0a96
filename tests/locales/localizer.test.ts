// The localizer fills placeholders itself for speed: every text of every locale must read exactly as i18next makes it.
import path from 'node:path';
import i18next from 'i18next';
import { createLocalizer, loadLocaleResources, type LocaleNamespace } from '../../src/i18n';

const resources = loadLocaleResources(path.join(__dirname, '..', '..', 'locales'));

/** Every `ns:key` path to a string in one language's files. */
function keysOf(namespaces: Record<string, LocaleNamespace>): string[] {
  const out: string[] = [];
  const walk = (node: LocaleNamespace, prefix: string) => {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string') out.push(`${prefix}${k}`);
      else if (!Array.isArray(v)) walk(v, `${prefix}${k}.`);
    }
  };
  for (const [ns, node] of Object.entries(namespaces)) walk(node, `${ns}:`);
  return out;
}

describe('localizer', () => {
  const localizer = createLocalizer(resources);
  const reference = i18next.createInstance();
  void reference.init({
    resources,
    lng: 'fr',
    fallbackLng: 'fr',
    ns: [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))],
    defaultNS: 'bot',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });

  it('gives every text in every language as i18next does, with and without values, twice in a row', () => {
    let compared = 0;
    for (const lang of localizer.languages) {
      for (const key of keysOf(resources[lang])) {
        const names = [...reference.t(key, { lng: lang }).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
        // Values with what a replacement string could misread ($&, $1), a number, and one value left out.
        const params = Object.fromEntries(names.slice(0, -1).map((n, i) => [n, i % 2 ? 1070 : `02 512 34 56 $& $1 «${n}»`]));
        for (const values of [undefined, params, { ...params, count: 2 }, { ...params, place: 'Liège {{x}}' }]) {
          const expected = reference.t(key, { lng: lang, ...(values ?? {}) });
          expect(localizer.t(lang, key, values)).toBe(expected);
          expect(localizer.t(lang, key, values)).toBe(expected);
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(6000);
  });

  it('answers a language without locale files in French, and a missing key with the key (as i18next)', () => {
    expect(localizer.t('es', 'bot:store.degraded')).toBe(reference.t('bot:store.degraded', { lng: 'fr' }));
    expect(localizer.t('fr', 'bot:no.such.key', { value: 'x' })).toBe(reference.t('bot:no.such.key', { lng: 'fr', value: 'x' }));
  });
});
