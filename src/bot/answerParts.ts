// An entry's answer in parts (title, short answer, steps, documents, services, source) for pages that lay it out:
// the web chat page shows the title and short answer first, steps as a list and the rest behind "more".
import type { AnswerParts } from '../answer/types';
import type { Entry, Lang, RoutedService } from '../knowledge/types';
import type { Localizer } from '../i18n/localizer';
import { entryText, sourceLabel } from './render';

const CONTACT_FIELDS = ['phone', 'email', 'website', 'address'] as const;

/** The same content as `renderAnswer`, in parts, with every heading and label in the text's language. */
export function answerParts(i18n: Localizer, lang: Lang, entry: Entry, services: readonly RoutedService[]): AnswerParts {
  const { text, lang: textLang } = entryText(entry, lang);
  const t = (key: string, values?: Record<string, string>) => i18n.t(textLang, key, values);
  const parts: AnswerParts = {
    lang: textLang,
    title: text.title,
    summary: text.answer,
    reviewed: t('answer.reviewed', { date: entry.reviewed }),
  };
  if (text.steps?.length) parts.steps = { heading: t('answer.steps'), items: [...text.steps] };
  if (text.documents?.length) parts.documents = { heading: t('answer.documents'), items: [...text.documents] };
  if (services.length) {
    const items = services.map((s) => {
      const contact = s.contact ?? {};
      const fields: NonNullable<AnswerParts['services']>['items'][number]['fields'] = CONTACT_FIELDS.filter((f) => contact[f]).map((f) => ({
        kind: f,
        value: contact[f] ?? '',
        text: t(`answer.${f}`, { value: contact[f] ?? '' }),
      }));
      if (s.hours) fields.push({ kind: 'hours', value: s.hours, text: t('answer.hours', { value: s.hours }) });
      const item: NonNullable<AnswerParts['services']>['items'][number] = { name: s.name, fields };
      if (s.description) item.description = s.description;
      if (fields.length > 0 && !s.verified) item.note = t('answer.serviceUnverified');
      return item;
    });
    parts.services = { heading: t('answer.services'), items };
  }
  const source = sourceLabel(entry);
  if (source) {
    parts.source = { text: t('answer.source', { source }) };
    if (/^https?:\/\//.test(source)) parts.source.url = source;
  }
  if (!entry.verified) parts.unverified = t('answer.unverified');
  return parts;
}
