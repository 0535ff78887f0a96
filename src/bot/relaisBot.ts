// The bot: an ActivityHandler that runs the turn middleware (language, place, emergency guard) and the dialog it is
// handed by the composition root (it never imports dialogs/).
import { ActivityHandler, ActivityTypes, type ConversationState, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type Dialog, type DialogState } from 'botbuilder-dialogs';
import { scrub as defaultScrub } from '../privacy/scrub';
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
    // The shares among the counts: confidences, from 0 to 1.
    if (name === 'followUpWeakAnswer' || name === 'followUpSureAnswer') {
      if (!(value >= 0 && value <= 1)) throw new RelaisBotError(`option "${name}" must be in [0, 1] (got ${String(value)})`);
    } else if (!Number.isInteger(value) || value < 0) throw new RelaisBotError(`option "${name}" must be a whole number >= 0 (got ${String(value)})`);
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

/** What the bot runs: the turn middleware and the root dialog, built from the same services. */
export interface RelaisConversation {
  services: BotServices;
  middleware: RelaisTurnMiddleware;
  dialog: Dialog;
}

/** Relais: answers in the person's language, routes to local services, never blocks a question. */
export class RelaisBot extends ActivityHandler {
  private readonly dialogs: DialogSet;

  constructor(
    conversationState: ConversationState,
    private readonly conversation: RelaisConversation,
  ) {
    super();
    this.dialogs = new DialogSet(conversationState.createProperty<DialogState>(DIALOG_STATE_PROPERTY));
    this.dialogs.add(conversation.dialog);
  }

  /**
   * A message, and a conversation update that adds members, go straight to the dialogs (what ActivityHandler's
   * onMessage and onMembersAdded would run, and nothing else is registered); every other activity takes
   * ActivityHandler's own path (an invoke still gets its "not implemented" answer). ActivityHandler reaches those two
   * handlers through about twelve nested async handler chains a message ("Turn", "Message", "Dialog"), all empty.
   */
  override async run(context: TurnContext): Promise<void> {
    const activity = context?.activity;
    const type = activity?.type;
    if (type === ActivityTypes.Message || (type === ActivityTypes.ConversationUpdate && (activity.membersAdded?.length ?? 0) > 0)) {
      await this.runDialogs(context);
      return;
    }
    await super.run(context);
  }

  private async runDialogs(context: TurnContext): Promise<void> {
    await this.conversation.middleware.onTurn(context, async () => {
      const dc = await this.dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.conversation.dialog.id);
    });
  }
}
