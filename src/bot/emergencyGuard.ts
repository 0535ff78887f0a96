// Checked before anything else each turn: the crisis phrases of every language (locales/<lang>/emergency.json) and
// the concept net of src/crisis, which finds kinds of danger from concept words combined, not from whole phrases.
import type { Lang } from '../knowledge/types';
import type { Localizer } from '../i18n/localizer';
import { DangerAssessor } from '../crisis/assess';
import type { DangerKind } from '../crisis/types';
import { PhraseMatcher } from './phrases';
import { wordKey } from '../language/tokenize';

/** Kinds of crisis with their own phrase lists. */
export const CRISIS_KINDS = ['violence', 'suicide', 'medical', 'poisoning', 'child'] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

/** The kind of danger a phrase list stands for when the concept net names none (its lines come first). */
const PHRASE_DANGER: Readonly<Record<CrisisKind, DangerKind>> = {
  violence: 'threat',
  suicide: 'self-harm-suicide',
  medical: 'injury-bleeding',
  poisoning: 'poisoning',
  child: 'missing-child',
};

/** What the guard found. */
export interface Crisis {
  /** certain: the emergency reply at once; possible: a safety check before the normal answer. */
  level: 'certain' | 'possible';
  /** Phrase lists that matched (empty when only the concept net found the danger). */
  kinds: CrisisKind[];
  /** Kinds of danger, the strongest first: they choose the line given first. */
  dangers: DangerKind[];
  /** Languages whose phrases or concepts matched: a hint for the reply language when the text is short. */
  langs: Lang[];
}

/** Decides whether a message speaks of a danger now, in any supported language. */
export class EmergencyGuard {
  private readonly matchers: { kind: CrisisKind; matcher: PhraseMatcher }[];
  /** The safety check's "yes, danger now" button in every language: pressing it is a certain emergency. */
  private readonly dangerNow: Set<string>;

  constructor(
    i18n: Localizer,
    private readonly assessor: DangerAssessor = new DangerAssessor(),
  ) {
    this.matchers = CRISIS_KINDS.map((kind) => ({ kind, matcher: new PhraseMatcher(i18n.phrases('emergency', kind), { anyOrder: true }) }));
    this.dangerNow = new Set(i18n.languages.map((l) => wordKey(i18n.t(l, 'safety.call112'))));
  }

  /** The crisis the text speaks of, certain or possible; undefined for an ordinary message. */
  assess(text: string, lang?: Lang): Crisis | undefined {
    if (this.dangerNow.has(wordKey(text))) return { level: 'certain', kinds: [], dangers: [], langs: [] };
    const net = this.assessor.assess(text, lang);
    const kinds: CrisisKind[] = [];
    const langs = new Set<Lang>();
    for (const { kind, matcher } of this.matchers) {
      const found = matcher.find(text);
      if (found.length > 0) {
        kinds.push(kind);
        found.forEach((l) => langs.add(l));
      }
    }
    if (kinds.length > 0) {
      // A crisis phrase is certain, unless the net saw it beside a word that makes it ordinary ("exercice incendie à
      // l'école") or in a question about it ("c'est quoi le numéro d'urgence ici?", "رقم الاسعاف"): then a safety
      // check, whose reply carries 112. The net, when it is certain too, knows the kind better than the list's name.
      const dangers = net.level === 'certain' ? net.kinds : [...new Set(kinds.map((k) => PHRASE_DANGER[k]))];
      const level = net.blocked && net.level !== 'certain' ? 'possible' : 'certain';
      return { level, kinds, dangers, langs: [...langs] };
    }
    if (net.level === 'none') return undefined;
    return { level: net.level, kinds: [], dangers: net.kinds, langs: net.langs };
  }

  /** A certain crisis, or undefined (an ordinary message or only a possible danger). */
  check(text: string, lang?: Lang): Crisis | undefined {
    const crisis = this.assess(text, lang);
    return crisis?.level === 'certain' ? crisis : undefined;
  }
}
