// Bot Framework edge: CloudAdapter for /api/messages plus a trusted in-process runner for the bot's own channels.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  DeliveryModes,
  TurnContextStateCollection,
  type Activity,
  type ExpectedReplies,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { DialogStateManager, type DialogContext, type DialogStateManagerConfiguration } from 'botbuilder-dialogs';
import type { BotRunner } from './types';
import { shareDialogStateWork } from './dialogState';

/** Bot Framework credentials, as configured. */
export interface BotFrameworkOptions {
  microsoftAppId: string;
  microsoftAppPassword: string;
  microsoftAppTenantId: string;
  microsoftAppType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /** Deadline of each call to a channel's serviceUrl, ms (default OUTGOING_TIMEOUT_MS). */
  outgoingTimeoutMs?: number;
}

/**
 * Ten seconds per call to a channel: Azure's connector answers in well under a second; a channel that has not
 * answered by then is down, and a turn must not hold a request (and its socket) for minutes.
 */
export const OUTGOING_TIMEOUT_MS = 10_000;

/** A request the Bot Framework authentication refused (bad, expired or missing JWT). */
export function isAuthenticationError(err: unknown): boolean {
  const status = (err as { statusCode?: unknown } | null)?.statusCode;
  return status === 401 || status === 403;
}

/** The one method every Bot Framework REST operation goes through (botbuilder's ConnectorClient). */
interface OperationClient {
  sendOperationRequest(args: { options?: object }, spec: unknown, callback?: unknown): Promise<unknown>;
}

type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>[0];
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** Most connector and token clients kept (service URLs come from activities: a bound, not a working limit). */
const MAX_CLIENTS = 64;

/** The claims that decide which credentials a client uses: the caller's app and audience (not its token's times). */
function callerKey(identity: ClaimsIdentity): string {
  const claim = (type: string) => identity.claims.find((c) => c.type === type)?.value ?? '';
  return ['aud', 'appid', 'azp', 'ver'].map(claim).join('\u0000');
}

/** A map that forgets everything once it holds `MAX_CLIENTS` entries; a failed creation is not kept. */
function reuse<T>(cache: Map<string, Promise<T>>, key: string, create: () => Promise<T>): Promise<T> {
  let made = cache.get(key);
  if (!made) {
    if (cache.size >= MAX_CLIENTS) cache.clear();
    made = create();
    cache.set(key, made);
    made.catch(() => cache.delete(key));
  }
  return made;
}

/**
 * Bot Framework authentication that builds one connector client per caller, service URL and audience, and one token
 * client per caller, and reuses them (as botbuilder's BotFrameworkAdapter did): CloudAdapter otherwise builds both,
 * with their HTTP pipelines, on every turn, also for expectReplies turns that never call the channel. The clients
 * keep no per-turn state; their credentials fetch and cache their own tokens.
 */
class ReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Map<string, Promise<ConnectorClient>>();
  private readonly tokenClients = new Map<string, Promise<UserTokenClient>>();

  override async authenticateRequest(activity: Activity, authHeader: string): ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']> {
    const result = await super.authenticateRequest(activity, authHeader);
    const factory = result.connectorFactory;
    return { ...result, connectorFactory: factory ? this.reusing(factory, result.claimsIdentity) : factory };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return reuse(this.tokenClients, callerKey(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private reusing(factory: ConnectorFactory, identity: ClaimsIdentity): ConnectorFactory {
    const caller = callerKey(identity);
    return {
      create: (serviceUrl: string, audience?: string) =>
        reuse(this.connectors, `${caller}\u0000${serviceUrl}\u0000${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
    } as ConnectorFactory;
  }
}

/**
 * botbuilder-dialogs' memory scopes and path resolvers, built once: each turn's first DialogContext otherwise builds
 * them again through a dependency-injection container (the scopes keep nothing of a turn: they read the context).
 */
let dialogStateConfiguration: DialogStateManagerConfiguration | undefined;
function sharedDialogStateConfiguration(): DialogStateManagerConfiguration {
  dialogStateConfiguration ??= new DialogStateManager({ context: { turnState: new TurnContextStateCollection() } } as unknown as DialogContext).configuration;
  return dialogStateConfiguration;
}
/** The turn-state key under which DialogStateManager looks for its configuration (botbuilder-dialogs, not exported). */
const DIALOG_STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

/** The bot's turn logic, as `ActivityHandler.run`. */
export type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * CloudAdapter that can also run an activity handed in by one of the bot's own channels (Direct Line, desk)
 * with expectReplies semantics, without a network round trip and without a channel JWT: those channels
 * authenticate their own clients (Direct Line tokens) and are inside the process.
 */
export class RelaisAdapter extends CloudAdapter {
  private readonly deadlined = new WeakSet<object>();

  constructor(private readonly options: BotFrameworkOptions) {
    super(
      new ReusingAuthentication({
        MicrosoftAppId: options.microsoftAppId,
        MicrosoftAppPassword: options.microsoftAppPassword,
        MicrosoftAppTenantId: options.microsoftAppTenantId,
        MicrosoftAppType: options.microsoftAppType,
      }),
    );
    shareDialogStateWork();
    // First middleware of every turn: whatever the bot sends to the channel's serviceUrl has a deadline.
    this.use(async (context, next) => {
      this.addDeadline(context);
      context.turnState.set(DIALOG_STATE_MANAGER_CONFIGURATION, sharedDialogStateConfiguration());
      await next();
    });
  }

  /** True when Bot Framework credentials are configured: /api/messages then checks each request's JWT. */
  get authenticated(): boolean {
    return this.options.microsoftAppId !== '';
  }

  /**
   * Runs an activity received over HTTP (POST /api/messages), checking its JWT when credentials are configured.
   * Unlike `process`, throws instead of answering: the HTTP layer writes one JSON error and one log line.
   * Without credentials the Authorization header is not looked at (there is nothing to check it against, and
   * checking would fetch Microsoft's signing keys on every hostile request).
   */
  async processHttp(authorization: string, activity: Activity, logic: TurnLogic): Promise<InvokeResponse | undefined> {
    // What botbuilder's validateAndFixActivity does, on an activity whose field types were already checked.
    const fixed = { ...activity } as Activity & Record<string, unknown>;
    for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
      const raw = fixed[field] as unknown;
      if (typeof raw === 'string') {
        fixed[`raw${field[0].toUpperCase()}${field.slice(1)}`] = raw;
        (fixed as Record<string, unknown>)[field] = new Date(raw);
      }
    }
    return this.processActivity(this.authenticated ? authorization : '', fixed, logic);
  }

  /** Gives every call of this turn's connector client a deadline (Bot Framework REST calls to serviceUrl). */
  private addDeadline(context: TurnContext): void {
    const client = context.turnState.get<OperationClient | undefined>(this.ConnectorClientKey);
    if (!client || typeof client.sendOperationRequest !== 'function' || this.deadlined.has(client)) return;
    this.deadlined.add(client);
    const timeout = this.options.outgoingTimeoutMs ?? OUTGOING_TIMEOUT_MS;
    const send = client.sendOperationRequest.bind(client);
    // `timeout` is honoured by the HTTP pipeline underneath: the request is aborted, the turn gets an error.
    client.sendOperationRequest = (args, spec, callback) => send({ ...args, options: { timeout, ...(args.options ?? {}) } }, spec, callback);
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
