// The only I/O of i18n: reads locales/<lang>/<namespace>.json into LocaleResources.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LocaleError, type LocaleNamespace, type LocaleResources } from './localizer';

/** Reads every `<dir>/<lang>/<namespace>.json`; throws LocaleError naming the file when one is not valid JSON. */
export function loadLocaleResources(dir: string): LocaleResources {
  const resources: LocaleResources = {};
  for (const lang of fs.readdirSync(dir).sort()) {
    const langDir = path.join(dir, lang);
    if (!fs.statSync(langDir).isDirectory()) continue;
    for (const file of fs.readdirSync(langDir).filter((f) => f.endsWith('.json')).sort()) {
      const fullPath = path.join(langDir, file);
      let parsed: unknown;
      try {
        parsed = JSON.parse(fs.readFileSync(fullPath, 'utf8'));
      } catch (err) {
        throw new LocaleError(`file "${fullPath}" is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new LocaleError(`file "${fullPath}" must hold an object`);
      }
      (resources[lang] ??= {})[file.slice(0, -'.json'.length)] = parsed as LocaleNamespace;
    }
  }
  return resources;
}
