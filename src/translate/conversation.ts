// The two moments the conversation needs machine translation: a question in an uncurated language, and its reply.
import { CURATED_LANGS, PIVOT_LANG, type Lang } from '../knowledge/types';
import { pickCuratedFallback } from './machineTranslation';
import type { MachineTranslation } from './types';

/** How to search a person's question. */
export type QuestionPlan =
  /** The language has curated entries: search the text as it is, answer with curated text. */
  | { kind: 'curated'; lang: Lang; text: string }
  /** Machine-translated to the pivot: search `text` (French) and answer with the pivot text translated to `lang`. */
  | { kind: 'translated'; lang: Lang; text: string }
  /**
   * No translation possible (no translator, down, slow, unsupported or unknown language): search the original
   * text in `replyLang`, answer in `replyLang` and say that translation was not possible (`language.cannotTranslate`).
   */
  | { kind: 'untranslated'; lang: Lang | undefined; replyLang: Lang; text: string };

/**
 * Decides how to search a question. `detected` is the local detector's language when it is reliable; when it
 * is absent, the machine translator's detection is asked. Curated text always wins: a curated language is
 * never sent to the translator.
 */
export async function prepareQuestion(
  mt: MachineTranslation,
  text: string,
  detected: Lang | undefined,
  curated: readonly string[] = CURATED_LANGS,
): Promise<QuestionPlan> {
  const lang = detected ?? (mt.available ? await mt.detect(text) : undefined);
  if (lang !== undefined && curated.includes(lang)) return { kind: 'curated', lang, text };
  if (lang === undefined) return { kind: 'untranslated', lang, replyLang: PIVOT_LANG, text };
  const translated = await mt.translate([text], lang, PIVOT_LANG, { cache: false });
  if (translated) return { kind: 'translated', lang, text: translated[0] };
  return { kind: 'untranslated', lang, replyLang: pickCuratedFallback(lang, curated), text };
}

/** The person-readable parts of one reply, all in the pivot language. */
export interface ReplyTexts {
  /** Main message text. */
  text: string;
  /** Button (suggested action) titles; their values are not translated. */
  buttons?: string[];
  /** Card texts (titles, subtitles, lines of service cards). */
  cards?: string[];
  /** The "translated automatically; the French original is below" note (`language.machineTranslated` in fr). */
  note?: string;
}

/**
 * Translates a reply's text, buttons, card texts and note from the pivot to `target` in one engine call, so a
 * reply is either wholly translated or not at all. Undefined when translation is not possible: the caller then
 * answers in `pickCuratedFallback(target)` and says so. `protectedTerms`: service names shown in the reply.
 */
export async function translateReply(
  mt: MachineTranslation,
  reply: ReplyTexts,
  target: Lang,
  protectedTerms: readonly string[] = [],
): Promise<ReplyTexts | undefined> {
  const buttons = reply.buttons ?? [];
  const cards = reply.cards ?? [];
  const all = [reply.text, ...buttons, ...cards, ...(reply.note !== undefined ? [reply.note] : [])];
  const out = await mt.translate(all, PIVOT_LANG, target, { protectedTerms });
  if (!out || out.length !== all.length) return undefined;
  let at = 1;
  const take = (n: number): string[] => {
    const part = out.slice(at, at + n);
    at += n;
    return part;
  };
  return {
    text: out[0],
    ...(reply.buttons ? { buttons: take(buttons.length) } : {}),
    ...(reply.cards ? { cards: take(cards.length) } : {}),
    ...(reply.note !== undefined ? { note: take(1)[0] } : {}),
  };
}
