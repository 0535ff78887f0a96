// The runners the crisis test files share: each file holds sentences (the "broad" files one helper round's), these say
// what a sentence must get. Not a test file itself (no `.test.ts`).
import { assessDanger } from '../../src/crisis/assess';
import type { DangerKind, DangerLevel } from '../../src/crisis/types';

/** A danger and the level it must get exactly: certain unless 'possible' is written (the safety check is right). */
export type ExactCase = [lang: string, text: string, kind: DangerKind, level?: 'possible'];
/** A danger and the least it must get: 'certain' the emergency reply, 'possible' at least the safety check. */
export type AtLeastCase = [lang: string, text: string, kind: DangerKind, level: Exclude<DangerLevel, 'none'>];
/** An ordinary message with alarming words. */
export type LookAlike = [lang: string, text: string];
/** A message whose level is asked, whatever kind the net reads in it. */
export type Sentence = [lang: string, text: string];

/** Each danger gets its level exactly, with its kind among those found. */
export function itGetsItsLevel(rows: readonly ExactCase[]): void {
  const cases = rows.map(([lang, text, kind, level]) => [lang, text, kind, level ?? 'certain'] as const);
  it.each(cases)('[%s] "%s" reaches the net: %s, %s', (lang, text, kind, level) => {
    const a = assessDanger(text, lang as never);
    expect(a.level).toBe(level);
    expect(a.kinds).toContain(kind);
  });
}

/** Each danger gets at least its level, with its kind among those found. */
export function itGetsAtLeast(rows: readonly AtLeastCase[]): void {
  it.each(rows)('[%s] "%s": %s, at least %s', (lang, text, kind, level) => {
    const a = assessDanger(text, lang as never);
    if (level === 'certain') expect(a.level).toBe('certain');
    else expect(a.level).not.toBe('none');
    expect(a.kinds).toContain(kind);
  });
}

/** An ordinary message raises no alarm at all: no safety check either, no kind found. */
export function itRaisesNoAlarm(rows: readonly LookAlike[]): void {
  it.each(rows)('[%s] "%s" raises no alarm', (lang, text) => {
    expect(assessDanger(text, lang as never)).toMatchObject({ level: 'none', kinds: [] });
  });
}

/** No ordinary message gets the emergency reply (a safety check is allowed). */
export function itIsNeverTheEmergency(rows: readonly LookAlike[]): void {
  it.each(rows)('[%s] "%s" is never the emergency reply', (lang, text) => {
    expect(assessDanger(text, lang as never).level).not.toBe('certain');
  });
}

/** Each message gets the safety check exactly: the normal answer with 112 first, not the emergency reply alone. */
export function itIsTheSafetyCheck(rows: readonly Sentence[], why = 'is the safety check, not the emergency reply'): void {
  it.each(rows)(`[%s] "%s" ${why}`, (lang, text) => {
    expect(assessDanger(text, lang as never).level).toBe('possible');
  });
}

/** Each message gets the emergency reply, whichever kind of danger the net reads in it. */
export function itStaysCertain(rows: readonly Sentence[], why = 'stays certain'): void {
  it.each(rows)(`[%s] "%s", ${why}`, (lang, text) => {
    expect(assessDanger(text, lang as never).level).toBe('certain');
  });
}
