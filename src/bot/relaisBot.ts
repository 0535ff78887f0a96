// The bot: an ActivityHandler that runs the turn middleware (language, place, emergency guard) and the main dialog.
import { ActivityHandler, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { scrub as defaultScrub } from '../privacy/scrub';
import { MainDialog, MAIN_DIALOG } from '../../dialogs/mainDialog';
import type { DialogDeps } from './flow';
import { Replier } from './replier';
import { DIALOG_STATE_PROPERTY, RelaisTurnMiddleware } from './turnMiddleware';
import { DEFAULT_OPTIONS, type BotLogger, type BotServices, type RelaisBotDeps, type RelaisBotOptions } from './types';

const SILENT: BotLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** Raised when the bot is built with unusable options. */
export class RelaisBotError extends Error {
  constructor(message: string) {
    super(`RelaisBotError: ${message}`);
    this.name = 'RelaisBotError';
  }
}

/** Merges the options over the defaults and checks them once. */
export function botOptions(options: Partial<RelaisBotOptions> = {}): RelaisBotOptions {
  const merged: RelaisBotOptions = { ...DEFAULT_OPTIONS, ...options };
  for (const [name, value] of Object.entries(merged)) {
    if (!Number.isInteger(value) || value < 0) throw new RelaisBotError(`option "${name}" must be a whole number >= 0 (got ${String(value)})`);
  }
  return merged;
}

/** Fills the deps' defaults; the dialogs and the middleware share the result. */
export function botServices(deps: RelaisBotDeps): BotServices {
  return {
    conversationState: deps.conversationState,
    userState: deps.userState,
    store: deps.store,
    answerer: deps.answerer,
    router: deps.router,
    entries: deps.entries ?? [],
    detectLanguage: deps.detectLanguage,
    translation: deps.translation,
    i18n: deps.i18n,
    scrub: deps.scrub ?? defaultScrub,
    logger: deps.logger ?? SILENT,
    options: botOptions(deps.options),
    now: deps.now ?? (() => new Date()),
  };
}

/** The pieces a test harness (botbuilder-testing's DialogTestClient) needs to run the same turn as the bot. */
export interface RelaisConversation {
  services: BotServices;
  middleware: RelaisTurnMiddleware;
  dialog: MainDialog;
}

/** Builds the middleware and the main dialog from the deps. */
export function createConversation(deps: RelaisBotDeps): RelaisConversation {
  const services = botServices(deps);
  const middleware = new RelaisTurnMiddleware(services);
  const dialogDeps: DialogDeps = { services, replier: new Replier(services), intents: middleware.intents };
  return { services, middleware, dialog: new MainDialog(dialogDeps) };
}

/** Relais: answers in the person's language, routes to local services, never blocks a question. */
export class RelaisBot extends ActivityHandler {
  private readonly conversation: RelaisConversation;
  private readonly dialogs: DialogSet;

  constructor(deps: RelaisBotDeps) {
    super();
    this.conversation = createConversation(deps);
    this.dialogs = new DialogSet(deps.conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY));
    this.dialogs.add(this.conversation.dialog);
    this.onMessage(async (context, next) => {
      await this.runDialogs(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.runDialogs(context);
      await next();
    });
  }

  private async runDialogs(context: TurnContext): Promise<void> {
    await this.conversation.middleware.onTurn(context, async () => {
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(MAIN_DIALOG);
    });
  }
}

/** Factory for the composition root. */
export function createRelaisBot(deps: RelaisBotDeps): RelaisBot {
  return new RelaisBot(deps);
}
