// Bot Framework edge: CloudAdapter for /api/messages plus a trusted in-process runner for the bot's own channels.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  DeliveryModes,
  type Activity,
  type ExpectedReplies,
  type TurnContext,
} from 'botbuilder';
import type { BotRunner } from './types';

/** Bot Framework credentials, as configured. */
export interface BotFrameworkOptions {
  microsoftAppId: string;
  microsoftAppPassword: string;
  microsoftAppTenantId: string;
  microsoftAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

/** The bot's turn logic, as `ActivityHandler.run`. */
export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * CloudAdapter that can also run an activity handed in by one of the bot's own channels (Direct Line, desk)
 * with expectReplies semantics, without a network round trip and without a channel JWT: those channels
 * authenticate their own clients (Direct Line tokens) and are inside the process.
 */
export class RelaisAdapter extends CloudAdapter {
  constructor(private readonly options: BotFrameworkOptions) {
    super(
      new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: options.microsoftAppId,
        MicrosoftAppPassword: options.microsoftAppPassword,
        MicrosoftAppTenantId: options.microsoftAppTenantId,
        MicrosoftAppType: options.microsoftAppType,
      }),
    );
  }

  /** Runs `activity` through `logic` and returns the replies the bot produced. */
  async runInProcess(activity: Partial<Activity>, logic: TurnLogic): Promise<Partial<Activity>[]> {
    const claimsIdentity = this.createClaimsIdentity(this.options.microsoftAppId);
    const connectorFactory = this.botFrameworkAuthentication.createConnectorFactory(claimsIdentity);
    const incoming = {
      ...activity,
      deliveryMode: DeliveryModes.ExpectReplies,
      // The connector client is built from serviceUrl even though expectReplies never calls it.
      serviceUrl: activity.serviceUrl ?? 'http://127.0.0.1/in-process',
    } as Activity;
    const response = await this.processActivity(
      { claimsIdentity, connectorFactory, audience: '' },
      incoming,
      logic,
    );
    const body = response?.body as ExpectedReplies | undefined;
    return body?.activities ?? [];
  }

  /** A BotRunner for in-process channels. */
  runner(logic: TurnLogic): BotRunner {
    return { run: (activity) => this.runInProcess(activity, logic) };
  }
}
