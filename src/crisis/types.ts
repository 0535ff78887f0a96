// The crisis net's vocabulary: kinds of danger, how sure the net is, and the shape of a language's concept lexicon.
import type { Lang } from '../knowledge/types';

/** Kinds of danger, each with its own first line to call (see `lines.ts`). */
export const DANGER_KINDS = [
  'weapon',
  'injury-bleeding',
  'unconscious-breathing',
  'stroke',
  'poisoning',
  'fire',
  'domestic-violence',
  'threat',
  'self-harm-suicide',
  'missing-child',
  'trafficking-exploitation',
  'no-shelter-cold',
] as const;
export type DangerKind = (typeof DANGER_KINDS)[number];

/**
 * certain: the emergency numbers at once, nothing else. possible: the normal answer, with a short safety check first.
 * none: an ordinary message.
 */
export type DangerLevel = 'certain' | 'possible' | 'none';

export interface DangerAssessment {
  level: DangerLevel;
  /** Kinds found at that level, the strongest first; empty for 'none'. */
  kinds: DangerKind[];
  /** Languages whose lexicon found them: a hint for the reply language when the text is short. */
  langs: Lang[];
  /**
   * A danger concept was found next to a word that makes it ordinary ("fire drill", "the CPAS threatened"), or the
   * message asks about a danger rather than reports one (a number, a hypothetical, a film): the guard then treats a
   * crisis phrase as possible only.
   */
  blocked: boolean;
}

/**
 * One concept of a kind of danger. `terms` are words (`word`, or `stem*` for every word starting so) or short
 * phrases whose words occur together in any order. `weight` says how much the concept alone weighs: 1 a weak word
 * that has other senses ("fire", "kill"), 2 a danger word ("unconscious", "stabbed"), 3 a danger by itself, for
 * concepts that already hold their combination ("kidnapped", "не дышит"). `with`: groups of the lexicon that must
 * all be present too ("disappeared" counts for a missing child only with a child word).
 */
export interface ConceptRule {
  weight: 1 | 2 | 3;
  terms: string[];
  with?: string[];
}

/**
 * A language's matching data (src/crisis/lexicons/<lang>.json): context groups (at least person, urgency, body,
 * blockers; `figurative` for the markers of a figure of speech or a joke ("lol", "dying to"), which lower every
 * concept, where a topic blocker ("rent", "course") does not lower a kind found through two strong concepts; rules may
 * name others in `with`; optional groups that lower a certain finding to the safety check only (src/crisis/assess.ts):
 * `drill` and `frame` (a school project, a film about it), `past` and `healed` (with `now`, which keeps a past event
 * present; "nobody was hurt" is healed too), `hypothetical` ("what should I do if"), `nearmiss` ("almost") and `found`
 * (a child found again, unless `notfound`), `thing`, `device` and `food` (what a danger word may speak of), `idiom`
 * (betrayal: "my secret"), `after` ("après l'", "na de", "після", "بعد": just before a danger term, it tells the
 * danger as past) and `over` ("je suis en sécurité", "все позаду", "تطلقت": violence or exploitation ended), `confine` (without it exploitation is a labour question) and `report` (a threat to call the
 * police), `bill` (gas or fire beside a bill is what a household pays for), `scorched` (food burnt in the pan: the
 * danger words inside it speak of the food, and the fire is the safety check without a call for help), `lostfound`
 * (a lost-property office: the danger words inside its name, "lost", "المفقودات", name the office), `overdue` (a
 * child's time to be back gone by: counted as a second concept beside "was supposed to be home"; `lateness`, told by
 * the clock or by who saw the child leave, goes with "not back"), `away` (a delivery, an appointment, not at home:
 * "if I'm not here" then speaks of an absence, and suicidal talk found with it gets the safety check), `setting`
 * (blockers that only name where a danger happens or how the message is sent, an office, a person, a neighbour's
 * wifi, "CPAS", "huisbaas": they leave a danger by itself with urgency certain); `about` (a number, a price) only keeps a
 * crisis phrase from being certain by itself) and the concepts of each kind. `ordinary` lists ordinary words one letter
 * from a danger word ("bevallen", to give birth, is not "gevallen"): written in the lexicon, they are never read as its
 * typo. Latin-letter spellings of Arabic
 * (Arabizi) and Russian or Ukrainian are read by the matcher, so terms are written in the language's own script,
 * except Arabic terms written in Latin letters, which match Arabizi by their consonant skeleton. An Arabic-script word
 * written "=word" is read only as written, not through the forms its prefixes or suffixes taken off leave ("=حبل", a
 * rope, does not meet "حبلى", pregnant, normalised "حبلي").
 */
export interface DangerLexicon {
  groups: Record<string, string[]> & { person: string[]; urgency: string[]; body: string[]; blockers: string[] };
  kinds: Partial<Record<DangerKind, ConceptRule[]>>;
}
