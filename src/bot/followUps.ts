// Likely next questions after an answer (issue 5): other entries of the same topic that apply to the person.
import type { Entry, Lang, Place, Region, Status } from '../knowledge/types';
import { postalCodeInList } from '../routing/services';

/** Who the follow-ups are for: what the conversation knows about the person. */
export interface FollowUpContext {
  place?: Place;
  status?: Status;
  /** Entries already answered in this conversation: never offered again. */
  seen?: readonly string[];
  /** Only entries with curated text in this language (the reply's composition language): titles never mix languages. */
  lang?: Lang;
}

/** Whether an entry names an office to go to ("where do I go"): local service types or fixed services. */
function namesOffice(entry: Entry): boolean {
  return Boolean(entry.serviceTypes?.length || entry.services?.length);
}

/**
 * Up to `max` entries of the answered entry's topic that apply to the person, most useful first:
 * - with curated text in the reply's language;
 * - region: the person's, else the answered entry's own regions (a Brussels answer never leads to Wallonia);
 *   entries for every region always apply;
 * - commune-restricted entries only for that commune; audience-restricted ones never against a known status,
 *   and after the others while the status is unknown;
 * - when the answer itself names no office, an entry that does (the "where do I go" step) comes first.
 * No follow-ups after an emergency: the helplines are the only next step.
 */
export function followUpEntries(answered: Entry, entries: readonly Entry[], who: FollowUpContext, max: number): Entry[] {
  if (max <= 0 || answered.topic === 'emergency') return [];
  const regions: readonly Region[] = who.place?.region ? [who.place.region] : (answered.regions ?? []);
  const seen = new Set([answered.id, ...(who.seen ?? [])]);
  const applies = (e: Entry): boolean => {
    if (seen.has(e.id) || e.topic !== answered.topic || (who.lang && !e.text[who.lang])) return false;
    if (e.regions?.length && (regions.length === 0 || !regions.every((r) => e.regions?.includes(r)))) return false;
    if (e.communes?.length) {
      const { postalCode, commune } = who.place ?? {};
      if (!(postalCode && e.communes.includes(postalCode)) && !(commune && e.communes.includes(commune))) return false;
    }
    if (e.excludePostalCodes?.length && who.place?.postalCode && postalCodeInList(who.place.postalCode, e.excludePostalCodes)) return false;
    if (e.audience?.length && who.status && !e.audience.includes(who.status)) return false;
    return true;
  };
  const officeFirst = !namesOffice(answered);
  const rank = (e: Entry): number => (officeFirst && namesOffice(e) ? 0 : 1) + (e.audience?.length && !who.status ? 2 : 0);
  return entries
    .filter(applies)
    .map((e, i) => ({ e, i, r: rank(e) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, max)
    .map((x) => x.e);
}
