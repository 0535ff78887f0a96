// The topic buttons of guided browsing ("🏠 Housing"): their titles in every language, so the turn middleware reads
// a tap on one as a button (no language, place, status or crisis read from it) even from an older message.
import { TOPICS, type Lang, type Topic } from '../knowledge/types';
import type { Localizer } from '../i18n/localizer';

/**
 * A simple picture per topic, the same in every language, for people who read little. All from Unicode 7 or older:
 * phones of 2015 show them too (newer ones such as 🪪 or 🩺 were boxes on older Android).
 */
const TOPIC_ICONS: Record<Topic, string> = {
  residence: '🛂',
  'integration-pathway': '🗺️',
  cpas: '💶',
  housing: '🏠',
  health: '🏥',
  education: '🏫',
  'language-courses': '🗣️',
  employment: '💼',
  'legal-aid': '⚖️',
  'family-reunification': '👪',
  emergency: '🚨',
  'daily-life': '💬',
};

/** "🏠 Housing". */
export function topicTitle(i18n: Localizer, lang: Lang, topic: Topic): string {
  return `${TOPIC_ICONS[topic]} ${i18n.t(lang, `browse.topic.${topic}`)}`;
}

/** Every topic button title → its topic, per localizer (its texts never change); the first language listed wins. */
const TITLES = new WeakMap<Localizer, Map<string, Topic>>();

/** The topic whose button title (in any language) the whole message is; its icon makes it unmistakable. */
export function topicOfTitle(i18n: Localizer, text: string): Topic | undefined {
  const key = text.trim();
  if (!key) return undefined;
  let titles = TITLES.get(i18n);
  if (!titles) {
    // Built once instead of 72 titles composed on every turn.
    titles = new Map();
    for (const lang of i18n.languages) {
      for (const t of TOPICS) {
        const title = topicTitle(i18n, lang, t);
        if (!titles.has(title)) titles.set(title, t);
      }
    }
    TITLES.set(i18n, titles);
  }
  return titles.get(key);
}
