// The one choice prompt: sends a message with buttons, remembers the titles really shown, and returns the value
// the person's next message picks (its title, its number, or yes/no words), or none: the caller then ends
// `unhandled` and the message is handled as a new question (a pending question never blocks).
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { DialogDeps, Offered } from '../src/bot/flow';
import { messageText, offeredAs, pickOffered } from '../src/bot/flow';
import type { Outgoing } from '../src/bot/types';

export const CHOICE_PROMPT = 'choicePrompt';

/** What to ask: the message (its `actions` are the buttons) and the value of each of the first buttons. */
export interface ChoicePromptOptions {
  message: Outgoing;
  /** Values of the first `values.length` buttons, in order; later buttons are interrupts ("talk to a person"). */
  values: string[];
  /** Values picked by yes and no words typed instead of a button ("oui", "так", "نعم"). */
  yes?: string;
  no?: string;
}

interface ChoiceState {
  offered: Offered<string>[];
  yes?: string;
  no?: string;
}

/** Asks and reads the choice. Result: the picked value, or undefined when the message picks none. */
export class ChoicePrompt extends Dialog<ChoicePromptOptions> {
  constructor(private readonly deps: DialogDeps) {
    super(CHOICE_PROMPT);
  }

  override async beginDialog(dc: DialogContext, options?: ChoicePromptOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error(`${CHOICE_PROMPT}: options are required`);
    const shown = await this.deps.replier.send(dc.context, options.message);
    const state: ChoiceState = { offered: offeredAs(options.values, shown), yes: options.yes, no: options.no };
    Object.assign(dc.activeDialog?.state ?? {}, state);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = (dc.activeDialog?.state ?? { offered: [] }) as ChoiceState;
    const text = messageText(dc.context);
    let picked = pickOffered(text, state.offered ?? []);
    if (!picked && state.yes && this.deps.intents.isYes(text)) picked = state.yes;
    if (!picked && state.no && this.deps.intents.isNo(text)) picked = state.no;
    return dc.endDialog(picked);
  }
}
