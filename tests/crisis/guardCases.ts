// The runners the crisis test files share for the guard (crisis phrases and the net together, as the app decides),
// apart from broadCases.ts so that files testing the net alone do not load the locales. Not a test file itself.
import { EmergencyGuard } from '../../src/bot/emergencyGuard';
import { i18n } from '../dialogs/harness';
import { itGetsAtLeast, itIsNeverTheEmergency, type AtLeastCase, type LookAlike } from './broadCases';

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

/** The sentences of one round of the crisis net (a `broadN.test.ts` file): what must change and what must not. */
export interface CrisisRound {
  /** Look-alikes that got the emergency reply before the round: neither the net nor the guard gives it now. */
  wereEmergency?: readonly LookAlike[];
  /** Look-alikes already below the emergency that the round's new words must keep there. */
  never?: readonly LookAlike[];
  /** Dangers the round makes the net see, at least at their level. */
  dangers: readonly AtLeastCase[];
  /** Dangers already seen before the round that it must keep. */
  still?: readonly AtLeastCase[];
  /** More look-alikes kept below the emergency, tested with the guards. */
  stillNotEmergency?: readonly LookAlike[];
}

/** The describe blocks of a round, named by its ordinal ("nineteenth"); the same in every round file. */
export function describeRound(ordinal: string, round: CrisisRound): void {
  const { wereEmergency = [], never = [], dangers, still = [], stillNotEmergency = [] } = round;
  if (wereEmergency.length > 0) {
    describe(`questions of the ${ordinal} round that were the emergency`, () => {
      itIsNeverTheEmergency(wereEmergency);
      itIsNeverTheGuardsEmergency(wereEmergency);
    });
  }
  if (never.length > 0) describe(`look-alikes the ${ordinal} round must keep`, () => itIsNeverTheEmergency(never));
  describe(`dangers of the ${ordinal} round`, () => itGetsAtLeast(dangers));
  if (still.length > 0 || stillNotEmergency.length > 0) {
    describe(`guards of the ${ordinal} round`, () => {
      if (still.length > 0) itGetsAtLeast(still);
      if (stillNotEmergency.length > 0) itIsNeverTheEmergency(stillNotEmergency);
    });
  }
}
