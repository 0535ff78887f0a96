// Turns entries and routed services into reply text, with every label from the locale files.
import type { ChannelAnswer } from '../answer/types';
import type { Entry, EntryText, Lang, Place, RoutedService, Status } from '../knowledge/types';
import { PIVOT_LANG } from '../knowledge/types';
import type { Localizer } from '../i18n/localizer';

/** The entry's text in `lang` when curated, else in the pivot language; with the language actually used. */
export function entryText(entry: Entry, lang: Lang): { text: EntryText; lang: Lang } {
  const own = entry.text[lang];
  if (own) return { text: own, lang };
  const pivot = entry.text[PIVOT_LANG];
  if (pivot) return { text: pivot, lang: PIVOT_LANG };
  const [firstLang, first] = Object.entries(entry.text)[0];
  return { text: first, lang: firstLang };
}

/** "1030 Schaerbeek", "Namur", or the postal code alone. */
export function placeLabel(place: Place): string {
  return [place.postalCode, place.communeName ?? place.commune].filter(Boolean).join(' ');
}

/** The `services` field of `channelData.answer`. */
export function answerServices(services: readonly RoutedService[]): ChannelAnswer['services'] {
  return services.map((s) => ({ id: s.id, type: s.type, name: s.name }));
}

/** Service types whose missing contact details have their own "how to find them" line (others share one). */
const HOW_TO_FIND_TYPES: ReadonlySet<string> = new Set(['cpas', 'commune']);

/**
 * A bulleted list of services with what they do and their contact fields (only those the knowledge base holds);
 * a service without any says how to find them (the commune's website, the town hall). Whether contact details
 * are verified is one discreet line under the list, never next to a number: emergency lines (112, 101, …) are
 * confirmed on official pages and must be called at once, so they never carry it.
 */
export function renderServices(i18n: Localizer, lang: Lang, services: readonly RoutedService[]): string {
  const hasContact = (s: RoutedService) => Boolean(s.contact?.phone || s.contact?.email || s.contact?.website || s.contact?.address || s.hours);
  const flagged = services.some((s) => s.type !== 'emergency' && hasContact(s) && !s.verified);
  const list = services.map((s) => {
    const head = `• **${s.name}**${s.description ? ` — ${s.description}` : ''}`;
    const contact = s.contact ?? {};
    const fields = (['phone', 'email', 'website', 'address'] as const)
      .filter((f) => contact[f])
      .map((f) => i18n.t(lang, `answer.${f}`, { value: contact[f] ?? '' }));
    if (s.hours) fields.push(i18n.t(lang, 'answer.hours', { value: s.hours }));
    if (!hasContact(s)) fields.push(i18n.t(lang, `answer.howToFind.${HOW_TO_FIND_TYPES.has(s.type) ? s.type : 'other'}`));
    return [head, ...fields.map((f) => `  ${f}`)].join('\n');
  });
  if (flagged) list.push(`_(${i18n.t(lang, 'answer.serviceUnverified')})_`);
  return list.join('\n');
}

/** How an entry's source is shown: its public page when known, else the seed document's name. */
export function sourceLabel(entry: Entry): string | undefined {
  const src = entry.sources.find((s) => s.url) ?? entry.sources[0];
  if (!src) return undefined;
  // A public page can be opened; a seed document is named by its title (its file name only when it has none).
  return src.url ?? src.title ?? src.seed;
}

/** The full answer: title, plain-words text, steps, documents, services, source and last review date. */
export function renderAnswer(
  i18n: Localizer,
  lang: Lang,
  entry: Entry,
  services: readonly RoutedService[],
): { text: string; lang: Lang } {
  const { text, lang: textLang } = entryText(entry, lang);
  const parts: string[] = [`**${text.title}**`, text.answer];
  if (text.steps?.length) {
    parts.push(`**${i18n.t(textLang, 'answer.steps')}**\n${text.steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`);
  }
  if (text.documents?.length) {
    parts.push(`**${i18n.t(textLang, 'answer.documents')}**\n${text.documents.map((d) => `• ${d}`).join('\n')}`);
  }
  if (services.length) {
    parts.push(`**${i18n.t(textLang, 'answer.services')}**\n${renderServices(i18n, textLang, services)}`);
  }
  const meta: string[] = [];
  const source = sourceLabel(entry);
  if (source) meta.push(i18n.t(textLang, 'answer.source', { source }));
  meta.push(i18n.t(textLang, 'answer.reviewed', { date: entry.reviewed }));
  parts.push(meta.join(' · '));
  if (!entry.verified) parts.push(`_${i18n.t(textLang, 'answer.unverified')}_`);
  return { text: parts.join('\n\n'), lang: textLang };
}

/** The localised names of residence statuses, comma-separated. */
export function statusLabels(i18n: Localizer, lang: Lang, statuses: readonly Status[]): string {
  return statuses.map((s) => i18n.t(lang, `status.${s}`)).join(', ');
}
