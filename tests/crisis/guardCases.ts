// The runners the crisis test files share for the guard (crisis phrases and the net together, as the app decides),
// apart from broadCases.ts so that files testing the net alone do not load the locales. Not a test file itself.
import { EmergencyGuard } from '../../src/bot/emergencyGuard';
import { i18n } from '../dialogs/harness';
import type { LookAlike } from './broadCases';

const guard = new EmergencyGuard(i18n);

/** Through the guard: never the emergency reply (the safety check is allowed). */
export function itIsNeverTheGuardsEmergency(rows: readonly LookAlike[]): void {
  it.each(rows)('[%s] "%s": the guard gives no emergency reply', (lang, text) => {
    expect(guard.assess(text, lang as never)?.level).not.toBe('certain');
  });
}

/** Through the guard: the emergency reply. */
export function itIsTheGuardsEmergency(rows: readonly LookAlike[]): void {
  it.each(rows)('[%s] "%s": the guard gives the emergency reply', (lang, text) => {
    expect(guard.assess(text, lang as never)?.level).toBe('certain');
  });
}
