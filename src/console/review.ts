// The review queue as maintainers see it: scrubbed unanswered questions grouped by similarity, using the engine's own
// analysis (the stems the search index uses), so questions the bot reads alike sit together.
import { analyze } from '../language/analyze';
import type { ReviewItem } from '../store/types';

/** Questions the bot read alike, in one language. */
export interface ReviewGroup {
  lang: string;
  /** The group's first question (oldest), shown as its title. */
  text: string;
  items: ReviewItem[];
  count: number;
  /** Stems the group's questions share the most. */
  terms: string[];
}

export interface GroupOptions {
  /** Jaccard similarity of stem sets at or above which two questions are grouped. */
  threshold: number;
}

export const DEFAULT_GROUP_OPTIONS: GroupOptions = { threshold: 0.5 };

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter += 1;
  return inter / (a.size + b.size - inter);
}

/** Single-link grouping per language; largest groups first, then the most recent. */
export function groupReviewItems(items: readonly ReviewItem[], options: Partial<GroupOptions> = {}): ReviewGroup[] {
  const o = { ...DEFAULT_GROUP_OPTIONS, ...options };
  const groups: { lang: string; items: ReviewItem[]; stems: Set<string>[] }[] = [];
  for (const item of items) {
    const stems = new Set(analyze(item.text, item.lang));
    const home = groups.find((g) => g.lang === item.lang && g.stems.some((s) => jaccard(s, stems) >= o.threshold));
    if (home) {
      home.items.push(item);
      home.stems.push(stems);
    } else groups.push({ lang: item.lang, items: [item], stems: [stems] });
  }
  return groups
    .map((g) => {
      const freq = new Map<string, number>();
      for (const s of g.stems) for (const t of s) freq.set(t, (freq.get(t) ?? 0) + 1);
      const terms = [...freq.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([t]) => t);
      return { lang: g.lang, text: g.items[0].text, items: g.items, count: g.items.length, terms };
    })
    .sort((a, b) => b.count - a.count || b.items[b.items.length - 1].day.localeCompare(a.items[a.items.length - 1].day));
}
