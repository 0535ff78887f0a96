// Sends every reply the same way: machine translation when needed, locale and right-to-left marking, channelData.answer.
import { ActionTypes, ActivityTypes, type Activity, type CardAction, type TurnContext } from 'botbuilder';
import type { ChannelAnswer } from '../answer/types';
import { PIVOT_LANG, RTL_LANGS, type Lang } from '../knowledge/types';
import type { Localizer } from '../i18n/localizer';
import { detectLanguage } from '../language/detect';
import { baseLanguage, isCurated } from './turnLanguage';
import type { BotServices, Outgoing, TurnInfo } from './types';
import { turnInfo } from './types';
import { titleKey } from './flow';

/** `channelData` of every message the bot sends. */
export interface RelaisChannelData {
  answer: ChannelAnswer;
  /** 'rtl' for right-to-left languages (Arabic): Web Chat and the desk page set `dir="rtl"` on the bubble. */
  textDirection?: 'rtl';
}

/** Builds the activity of a message in its final language (no I/O). */
export function buildActivity(
  text: string,
  lang: Lang,
  answer: ChannelAnswer,
  actions: { title: string; value?: string }[] | undefined,
): Partial<Activity> {
  const channelData: RelaisChannelData = { answer };
  if (RTL_LANGS.has(lang)) channelData.textDirection = 'rtl';
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    text,
    textFormat: 'markdown',
    locale: lang,
    channelData,
  };
  if (actions?.length) {
    const cardActions: CardAction[] = actions.map((a) => ({ type: ActionTypes.ImBack, title: a.title, value: a.value ?? a.title }));
    activity.suggestedActions = { actions: cardActions, to: [] };
  }
  return activity;
}

/** Sends messages composed in a curated language, translating them when the turn asks for it. */
export class Replier {
  constructor(private readonly services: BotServices) {}

  /** Sends one message; returns the button titles as shown (translated when machine-translated). */
  async send(context: TurnContext, message: Outgoing): Promise<string[]> {
    const info = turnInfo(context);
    const titles = (message.actions ?? []).map((a) => a.title);
    const translated = await this.translate(info, message, titles);
    const shown = translated?.titles ?? titles;
    if (shown.length > 0) info.memory.buttons = shown.map(titleKey);
    if (translated) {
      const actions = (message.actions ?? []).map((a, i) => ({ title: translated.titles[i], value: translated.titles[i] }));
      await context.sendActivity(
        buildActivity(translated.text, info.lang, { ...message.answer, lang: info.lang, machineTranslated: true }, actions),
      );
      return translated.titles;
    }
    let text = message.text;
    if (message.lang !== info.lang && !info.machineTranslate && this.services.i18n.has(info.lang) && message.answer.kind !== 'prompt') {
      // Curated language without this entry's text: say so in the person's language above the pivot text.
      text = `_${this.services.i18n.t(info.lang, 'language.entryNotInLanguage')}_\n\n${text}`;
    }
    await context.sendActivity(
      buildActivity(text, message.lang, { ...message.answer, lang: message.lang, machineTranslated: false }, message.actions),
    );
    return titles;
  }

  /** Machine-translates text and titles from the message language to the person's; undefined when not needed or failed. */
  private async translate(
    info: TurnInfo,
    message: Outgoing,
    titles: string[],
  ): Promise<{ text: string; titles: string[] } | undefined> {
    const mt = this.services.translation;
    if (message.lang === info.lang || !mt?.available) return undefined;
    const notice = this.services.i18n.t(message.lang, 'language.machineTranslated');
    // Service names stay as written on the door.
    const protectedTerms = message.answer.services.map((s) => s.name);
    const out = await mt.translate([message.text, notice, ...titles], message.lang, info.lang, { protectedTerms, budget: info.translationBudget });
    if (!out || out.length !== titles.length + 2) {
      info.cannotTranslate = true;
      return undefined;
    }
    const [text, translatedNotice, ...translatedTitles] = out;
    const body = message.includeOriginal
      ? `${text}\n\n_${translatedNotice}_\n\n**${this.services.i18n.t(message.lang, 'language.originalHeading')}**\n\n${message.text}`
      : text;
    return { text: body, titles: translatedTitles };
  }
}

/**
 * The apology after a failed turn (`adapter.onTurnError`): in the activity's language when curated, else in the
 * language the message is reliably written in (phones rarely send a locale, and a failed turn has no dialog state
 * to read the person's language from), else French; with `channelData.answer` like every other message.
 */
export function apologyActivity(i18n: Localizer, locale: string | undefined, text?: string): Partial<Activity> {
  const base = baseLanguage(locale);
  const detected = text ? detectLanguage(text) : undefined;
  const lang = isCurated(base) ? base : detected?.reliable && isCurated(detected.lang) ? detected.lang : PIVOT_LANG;
  return buildActivity(i18n.t(lang, 'error.apology'), lang, { kind: 'prompt', lang, machineTranslated: false, services: [] }, undefined);
}
