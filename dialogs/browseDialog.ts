// Guided browsing for people who cannot phrase the question (low literacy, a keyboard without their script, a
// dialect the bot reads badly): topics as buttons with an icon on the welcome and every fallback, then the topic's
// questions that apply to the person; two taps reach any entry. Plain suggested actions: every channel shows them.
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { TOPICS, type Entry, type Lang, type Topic } from '../src/knowledge/types';
import type { DialogDeps, FlowResult } from '../src/bot/flow';
import { info, messageText } from '../src/bot/flow';
import { recordQuestion } from '../src/bot/records';
import { entryText } from '../src/bot/render';
import { answerPicked } from '../src/bot/answerReply';
import { topicOfTitle, topicTitle as topicButtonTitle } from '../src/bot/topicButtons';
import type { ActionButton, TurnInfo } from '../src/bot/types';
import { ANSWER_DIALOG, type AnswerOptions } from './answerDialog';
import { CHOICE_PROMPT, type ChoicePromptOptions } from './choicePrompt';

export const BROWSE_DIALOG = 'browseDialog';

/** The topic whose questions to offer. */
export interface BrowseOptions {
  topic: Topic;
}

const OTHER_TOPICS = '__topics';

/** "🏠 Housing". */
export function topicTitle(deps: DialogDeps, lang: Lang, topic: Topic): string {
  return topicButtonTitle(deps.services.i18n, lang, topic);
}

/** The topic buttons: every topic with at least one entry. */
export function topicActions(deps: DialogDeps, lang: Lang): ActionButton[] {
  const topics = TOPICS.filter((t) => deps.services.entries.some((e) => e.topic === t));
  return topics.map((t) => ({ title: topicTitle(deps, lang, t) }));
}

/** The topic a message picks: a topic button's title in any language. */
export function chosenTopic(deps: DialogDeps, text: string): Topic | undefined {
  return topicOfTitle(deps.services.i18n, text);
}

/** The topics as buttons under `text` (a welcome's or fallback's last message), with "change language". */
export async function sendTopicMenu(deps: DialogDeps, context: TurnContext): Promise<void> {
  const lang = info(context).renderLang;
  const { i18n } = deps.services;
  await deps.replier.send(context, {
    text: i18n.t(lang, 'browse.chooseTopic'),
    lang,
    answer: { kind: 'prompt', services: [] },
    actions: [...topicActions(deps, lang), { title: i18n.t(lang, 'actions.changeLanguage') }],
  });
}

/**
 * The topic's entries that apply to the person, in the reply language: their region's (all regions while unknown),
 * a commune's own entry only there, never another status's; those for everyone first, each group most asked first
 * (`asked`: questions answered per entry), then in the knowledge base's order.
 */
export function browseEntries(
  entries: readonly Entry[],
  topic: Topic,
  turn: Pick<TurnInfo, 'place' | 'profile' | 'renderLang'>,
  asked: Readonly<Record<string, number>> = {},
): Entry[] {
  const region = turn.place?.region;
  const status = turn.profile.status;
  const applies = (e: Entry): boolean => {
    if (e.topic !== topic || !e.text[turn.renderLang]) return false;
    if (region && e.regions?.length && !e.regions.includes(region)) return false;
    if (e.communes?.length) {
      const { postalCode, commune } = turn.place ?? {};
      if (!(postalCode && e.communes.includes(postalCode)) && !(commune && e.communes.includes(commune))) return false;
    }
    return !(status && e.audience?.length && !e.audience.includes(status));
  };
  const specific = (e: Entry): number => (e.audience?.length ? 1 : 0);
  return entries
    .filter(applies)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => specific(a.e) - specific(b.e) || (asked[b.e.id] ?? 0) - (asked[a.e.id] ?? 0) || a.i - b.i)
    .map((x) => x.e);
}

/** How long the counts of questions per entry are reused before the store is asked again. */
const ASKED_TTL_MS = 10 * 60 * 1000;

/** Offers a topic's questions, then answers the one picked (the answer dialog goes on: place, status, feedback). */
export class BrowseDialog extends WaterfallDialog<BrowseOptions> {
  private asked?: { at: number; byEntry: Record<string, number> };

  constructor(private readonly deps: DialogDeps) {
    super(BROWSE_DIALOG);
    this.addStep(this.questionsStep.bind(this));
    this.addStep(this.chosenStep.bind(this));
  }

  private async questionsStep(step: WaterfallStepContext<BrowseOptions>): Promise<DialogTurnResult> {
    const { services } = this.deps;
    const { i18n } = services;
    const turn = info(step.context);
    const lang = turn.renderLang;
    const topic = step.options.topic;
    turn.memory.lastTopic = topic;
    const entries = browseEntries(services.entries, topic, turn, await this.askedCounts());
    const titles = entries.map((e) => entryText(e, lang).text.title);
    const heading = i18n.t(lang, 'browse.chooseQuestion', { topic: topicTitle(this.deps, lang, topic) });
    // Numbered in the text too, for channels without buttons and for screen readers.
    const text = entries.length > 0 ? `${heading}\n\n${titles.map((t, i) => `${i + 1}. ${t}`).join('\n')}` : i18n.t(lang, 'browse.noQuestion');
    const actions = [...titles, i18n.t(lang, 'browse.otherTopics'), ...(entries.length ? [] : [i18n.t(lang, 'actions.talkToPerson')])];
    const options: ChoicePromptOptions = {
      message: { text, lang, answer: { kind: 'prompt', topic, services: [] }, actions: actions.map((title) => ({ title })) },
      values: [...entries.map((e) => e.id), OTHER_TOPICS],
    };
    return step.beginDialog(CHOICE_PROMPT, options);
  }

  /** Questions answered per entry, from the store's anonymous counts; none while the store is down (the order stays). */
  private async askedCounts(): Promise<Record<string, number>> {
    const now = this.deps.services.now().getTime();
    if (this.asked && now - this.asked.at < ASKED_TTL_MS) return this.asked.byEntry;
    try {
      this.asked = { at: now, byEntry: (await this.deps.services.store.report()).byEntry ?? {} };
    } catch (err) {
      this.deps.services.logger.warn({ component: 'bot', operation: 'report', error: err instanceof Error ? err.name : 'unknown' }, 'store call failed');
      this.asked = { at: now, byEntry: {} };
    }
    return this.asked.byEntry;
  }

  private async chosenStep(step: WaterfallStepContext<BrowseOptions>): Promise<DialogTurnResult> {
    const text = messageText(step.context);
    const picked = step.result as string | undefined;
    if (picked === OTHER_TOPICS) {
      await sendTopicMenu(this.deps, step.context);
      const done: FlowResult = { kind: 'done' };
      return step.endDialog(done);
    }
    if (!picked) {
      const topic = chosenTopic(this.deps, text);
      if (topic) return step.replaceDialog(BROWSE_DIALOG, { topic } satisfies BrowseOptions);
      const unhandled: FlowResult = { kind: 'unhandled' };
      return step.endDialog(unhandled);
    }
    const answered = await answerPicked(this.deps, step.context, picked);
    if (answered?.kind !== 'answered') {
      const unhandled: FlowResult = { kind: 'unhandled' };
      return step.endDialog(unhandled);
    }
    await recordQuestion(this.deps.services, step.context, 'answered', step.options.topic, answered.entryId);
    // The answer dialog goes on from its place step, as after a "did you mean" choice.
    return step.replaceDialog(ANSWER_DIALOG, { answered } satisfies AnswerOptions);
  }
}
