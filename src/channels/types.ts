// Port between channels and the bot: a channel hands an activity in and gets the bot's replies back.
import type { Activity } from 'botbuilder';

/** Runs one incoming activity through the bot and returns the replies it produced (expectReplies semantics). */
export interface BotRunner {
  run(activity: Partial<Activity>): Promise<Partial<Activity>[]>;
}
