// The line to call first for each kind of danger: service ids of knowledge/services (emergency.yaml, specialised.yaml), in order.
// 112 comes first wherever a life may be at stake now; a specialised line comes first where it is the right door
// (violence in a couple, trafficking, a night without shelter, a poisoning while the person is awake), with 112 next.
import type { DangerKind } from './types';

export const EMERGENCY_112 = 'emergency-112';

export const DANGER_LINES: Readonly<Record<DangerKind, readonly string[]>> = {
  weapon: [EMERGENCY_112, 'police-101'],
  'injury-bleeding': [EMERGENCY_112],
  'unconscious-breathing': [EMERGENCY_112],
  stroke: [EMERGENCY_112],
  poisoning: ['antipoisons', EMERGENCY_112],
  fire: [EMERGENCY_112],
  'domestic-violence': ['violence-conjugale-ecoute', EMERGENCY_112, 'police-101'],
  threat: [EMERGENCY_112, 'police-101'],
  'self-harm-suicide': [EMERGENCY_112, 'suicide-prevention-cps', 'zelfmoordlijn-1813', 'tele-accueil-107'],
  'missing-child': [EMERGENCY_112, 'child-focus-116000', 'police-101'],
  'trafficking-exploitation': ['traite-ligne-nationale', EMERGENCY_112],
  'no-shelter-cold': ['samusocial-brussels', 'dus-namur', 'urgence-sociale-charleroi', EMERGENCY_112],
};

/** The lines of the kinds found, the first kind's first, each once. */
export function linesFor(kinds: readonly DangerKind[]): string[] {
  return [...new Set(kinds.flatMap((k) => DANGER_LINES[k]))];
}
