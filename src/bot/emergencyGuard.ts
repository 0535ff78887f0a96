// Crisis words of every supported language (locales/<lang>/emergency.json), checked before anything else each turn.
import type { Lang } from '../knowledge/types';
import type { Localizer } from '../i18n/localizer';
import { PhraseMatcher } from './phrases';

/** Kinds of crisis with their own phrase lists. */
export const CRISIS_KINDS = ['violence', 'suicide', 'medical', 'poisoning', 'child'] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

/** What the guard found. */
export interface Crisis {
  kinds: CrisisKind[];
  /** Languages whose phrases matched: a hint for the reply language when the text is short. */
  langs: Lang[];
}

/** Decides whether a message is an emergency, in any supported language. */
export class EmergencyGuard {
  private readonly matchers: { kind: CrisisKind; matcher: PhraseMatcher }[];

  constructor(i18n: Localizer) {
    this.matchers = CRISIS_KINDS.map((kind) => ({ kind, matcher: new PhraseMatcher(i18n.phrases('emergency', kind), { anyOrder: true }) }));
  }

  /** The crisis the text speaks of, or undefined for an ordinary message. */
  check(text: string): Crisis | undefined {
    const kinds: CrisisKind[] = [];
    const langs = new Set<Lang>();
    for (const { kind, matcher } of this.matchers) {
      const found = matcher.find(text);
      if (found.length > 0) {
        kinds.push(kind);
        found.forEach((l) => langs.add(l));
      }
    }
    return kinds.length > 0 ? { kinds, langs: [...langs] } : undefined;
  }
}
