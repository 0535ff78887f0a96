// Composes the conversation: the turn middleware and the main dialog over one set of services, and the bot that
// runs them. Called by the composition root (src/app.ts) and the dialog tests; src/bot never imports dialogs/.
import { botServices, RelaisBot, type RelaisConversation } from '../src/bot/relaisBot';
import type { DialogDeps } from '../src/bot/flow';
import { Replier } from '../src/bot/replier';
import { RelaisTurnMiddleware } from '../src/bot/turnMiddleware';
import type { RelaisBotDeps } from '../src/bot/types';
import { MainDialog } from './mainDialog';

/** The middleware and the main dialog built from the deps. */
export function createConversation(deps: RelaisBotDeps): RelaisConversation & { dialog: MainDialog } {
  const services = botServices(deps);
  const middleware = new RelaisTurnMiddleware(services);
  const dialogDeps: DialogDeps = { services, replier: new Replier(services), intents: middleware.intents };
  return { services, middleware, dialog: new MainDialog(dialogDeps) };
}

/** The bot over the main dialog. */
export function createRelaisBot(deps: RelaisBotDeps): RelaisBot {
  return new RelaisBot(deps.conversationState, createConversation(deps));
}
