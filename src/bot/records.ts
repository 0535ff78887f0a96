// What the conversation writes down: the person's profile, anonymous usage events, feedback and the review queue.
// A failing store never stops an answer: the failure is logged (without text) and the turn goes on.
import type { TurnContext } from 'botbuilder';
import type { Place, Topic } from '../knowledge/types';
import { storeTurnOf } from '../store/storeTurn';
import type { FeedbackValue, Outcome, UserProfile } from '../store/types';
import type { BotServices, TurnInfo } from './types';
import { turnInfo } from './types';

async function guarded(services: BotServices, info: TurnInfo, operation: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    info.degraded = true;
    services.logger.warn({ component: 'bot', operation, error: err instanceof Error ? err.name : 'unknown' }, 'store call failed');
  }
}

/** Updates the profile of the turn's person and stores it. */
export async function updateProfile(
  services: BotServices,
  context: TurnContext,
  patch: Partial<Omit<UserProfile, 'userId' | 'updatedAt'>>,
): Promise<void> {
  const info = turnInfo(context);
  info.profile = { ...info.profile, ...patch, updatedAt: services.now().toISOString() };
  const profile = info.profile;
  await guarded(services, info, 'putProfile', () => services.store.putProfile(profile, storeTurnOf(context)));
}

/** Remembers where the person lives (profile keeps the postal code and region only). */
export async function rememberPlace(services: BotServices, context: TurnContext, place: Place): Promise<void> {
  const info = turnInfo(context);
  info.place = place;
  info.placeChanged = true;
  await updateProfile(services, context, { postalCode: place.postalCode ?? info.profile.postalCode, region: place.region });
}

/** One anonymous usage event per question: no user id, no text. */
export async function recordQuestion(
  services: BotServices,
  context: TurnContext,
  outcome: Outcome,
  topic?: Topic,
  entryId?: string,
): Promise<void> {
  const info = turnInfo(context);
  services.logger.info({ component: 'bot', event: 'question', outcome, topic, entryId, lang: info.lang }, 'question');
  await guarded(services, info, 'addEvent', () =>
    services.store.addEvent({ day: info.day, topic, entryId, lang: info.lang, outcome, channel: info.channelId }, storeTurnOf(context)),
  );
}

/** Anonymous feedback on one entry. */
export async function recordFeedback(services: BotServices, context: TurnContext, entryId: string, value: FeedbackValue): Promise<void> {
  const info = turnInfo(context);
  services.logger.info({ component: 'bot', event: 'feedback', entryId, value }, 'feedback');
  await guarded(services, info, 'addFeedback', () => services.store.addFeedback({ entryId, value, lang: info.lang, day: info.day }, storeTurnOf(context)));
}

/** An unanswered question, scrubbed of personal details, for the maintainers' review queue. */
export async function queueForReview(services: BotServices, context: TurnContext, text: string): Promise<void> {
  const info = turnInfo(context);
  const scrubbed = services.scrub(text).text;
  await guarded(services, info, 'addReviewItem', () =>
    services.store.addReviewItem({ text: scrubbed, lang: info.textLang, day: info.day, region: info.place?.region, userId: info.userId }, storeTurnOf(context)),
  );
}
