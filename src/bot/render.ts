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

/**
 * A bulleted list of services with what they do and their contact fields (only those the knowledge base holds).
 * Unverified contact fields are flagged once under the list when none is verified, else on each service concerned.
 */
export function renderServices(i18n: Localizer, lang: Lang, services: readonly RoutedService[]): string {
  const hasContact = (s: RoutedService) => Boolean(s.contact?.phone || s.contact?.email || s.contact?.website || s.contact?.address || s.hours);
  const flagged = services.filter((s) => hasContact(s) && !s.verified);
  const flagOnce = flagged.length > 1 && flagged.length === services.filter(hasContact).length;
  const note = `(${i18n.t(lang, 'answer.serviceUnverified')})`;
  const list = services.map((s) => {
    const head = `• **${s.name}**${s.description ? ` — ${s.description}` : ''}`;
    const contact = s.contact ?? {};
    const fields = (['phone', 'email', 'website', 'address'] as const)
      .filter((f) => contact[f])
      .map((f) => i18n.t(lang, `answer.${f}`, { value: contact[f] ?? '' }));
    if (s.hours) fields.push(i18n.t(lang, 'answer.hours', { value: s.hours }));
    const lines = fields.map((f) => `  ${f}`);
    if (!flagOnce && flagged.includes(s)) lines.push(`  ${note}`);
    return [head, ...lines].join('\n');
  });
  if (flagOnce) list.push(note);
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
