// What the desk needs from the core: a narrow port, adapted from the answerer in the composition root (src/app.ts),
// so the desk does not follow the answerer's internals.
import type { Entry, Lang, Place, RoutedService, Status, Topic } from '../knowledge/types';

/** Where the core sends a question. */
export type DeskFinding =
  | { kind: 'answer'; entryId: string }
  | { kind: 'clarify'; entryIds: string[] }
  | { kind: 'fallback'; topic?: Topic };

/** The core seen from the desk. */
export interface DeskEngine {
  /** Decides what answers `text` (written in `lang`) for a person living at `place` with `status`. */
  find(text: string, lang: Lang, place?: Place, status?: Status): DeskFinding;
  /** The curated entries (the picker of frequent questions; an entry the worker picked). */
  entries(): readonly Entry[];
  /** Services for an entry (or, without one, the people who can help on a topic), described in `lang`. */
  services(target: { entry: Entry } | { topic?: Topic }, lang: Lang, place?: Place): { services: RoutedService[]; needsPlace: boolean };
  /** A Belgian place from a postal code; undefined when the code is unknown. */
  place(postalCode: string): Place | undefined;
  /** Whether the entries are written for the place's region (Wallonia and Brussels are; Flanders is not). */
  serves(place: Place): boolean;
}
