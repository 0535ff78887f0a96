// Validation of incoming Bot Framework activities before they reach the adapter: precise 4xx, never a crash.
import { isIP } from 'node:net';
import { activityFieldProblem, DEFAULT_ACTIVITY_LIMITS, type ActivityLimits } from '../channels/activityLimits';
import { HttpError } from './errors';

const MAX_TEXT_CHARS = 4000;
const MAX_ID_CHARS = 512;
const MAX_STRING_CHARS = 2048;

/** Activity fields botbuilder reads as strings: any other type would crash it (a 500) instead of a 400. */
const STRING_FIELDS = [
  'id', 'channelId', 'serviceUrl', 'locale', 'replyToId', 'textFormat', 'inputHint', 'name', 'timestamp',
  'localTimestamp', 'localTimezone', 'expiration', 'deliveryMode', 'action', 'topicName', 'summary', 'speak',
  'importance', 'callerId', 'label', 'valueType', 'attachmentLayout', 'code',
] as const;
/** Fields that must be objects when present. */
const OBJECT_FIELDS = ['recipient', 'channelData', 'relatesTo', 'suggestedActions', 'conversation', 'from'] as const;
/** Fields that must be arrays of objects when present. */
const ARRAY_FIELDS = ['entities', 'attachments', 'membersAdded', 'membersRemoved', 'reactionsAdded', 'reactionsRemoved'] as const;
/** String fields of `from`, `recipient`, `conversation` and of each member. */
const ACCOUNT_STRING_FIELDS = ['id', 'name', 'role', 'aadObjectId', 'conversationType', 'tenantId'] as const;
const DELIVERY_MODES = new Set(['normal', 'notification', 'expectReplies', 'ephemeral']);
const DATE_FIELDS = new Set(['timestamp', 'localTimestamp', 'expiration']);

/** What the check needs to know about the deployment. */
export interface ActivityCheckOptions {
  /**
   * False when no MicrosoftAppId is configured: nobody is authenticated, so the bot must not post to a URL a
   * stranger wrote. Only `expectReplies` (replies in the HTTP answer) or a loopback serviceUrl (the Emulator on
   * the same machine) are accepted then.
   */
  authenticated: boolean;
  limits: ActivityLimits;
}

/** True for a URL whose host is this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(raw: string): boolean {
  let host: string;
  try {
    host = new URL(raw).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === 'localhost') return true;
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:(127\.|7f[0-9a-f]{2}:)/.test(bare);
  return false;
}

/** Checks the fields the bot and botbuilder rely on; throws HttpError (400, 403 or 413) naming the first bad field. */
export function validateActivity(body: unknown, options: ActivityCheckOptions = { authenticated: false, limits: DEFAULT_ACTIVITY_LIMITS }): void {
  const fail = (status: number, code: string, field: string, what: string): never => {
    throw new HttpError(status, code, `HttpError: activity field "${field}" ${what}`);
  };
  const bad = (field: string, what: string): never => fail(400, 'InvalidActivity', field, what);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) bad('(body)', 'must be a JSON object');
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || a.type === '') bad('type', 'must be a non-empty string');
  const problem = activityFieldProblem(a, options.limits);
  if (problem) throw new HttpError(problem.status, problem.status === 413 ? 'PayloadTooLarge' : 'InvalidActivity', `HttpError: ${problem.message}`);

  for (const field of STRING_FIELDS) {
    const v = a[field];
    if (v === undefined) continue;
    if (typeof v !== 'string' || v.length > MAX_STRING_CHARS) bad(field, `must be a string of at most ${MAX_STRING_CHARS} characters`);
    if (DATE_FIELDS.has(field) && Number.isNaN(new Date(v as string).getTime())) bad(field, 'must be an ISO 8601 date');
  }
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  for (const field of OBJECT_FIELDS) {
    if (a[field] !== undefined && !isObject(a[field])) bad(field, 'must be an object');
  }
  const account = (field: string, v: Record<string, unknown>) => {
    for (const key of ACCOUNT_STRING_FIELDS) {
      if (v[key] !== undefined && (typeof v[key] !== 'string' || (v[key] as string).length > MAX_ID_CHARS)) {
        bad(`${field}.${key}`, `must be a string of at most ${MAX_ID_CHARS} characters`);
      }
    }
  };
  for (const field of ARRAY_FIELDS) {
    const v = a[field];
    if (v === undefined) continue;
    if (!Array.isArray(v) || !v.every(isObject)) bad(field, 'must be an array of objects');
    if (field.startsWith('members')) (v as Record<string, unknown>[]).forEach((m, i) => account(`${field}[${i}]`, m));
  }

  const required = (field: 'conversation' | 'from', needed: boolean) => {
    const v = a[field];
    if (v === undefined) {
      if (needed) bad(field, 'must be an object');
      return;
    }
    const id = (v as Record<string, unknown>).id;
    if (needed && (typeof id !== 'string' || id === '')) bad(`${field}.id`, `must be a non-empty string of at most ${MAX_ID_CHARS} characters`);
  };
  required('conversation', true);
  required('from', a.type === 'message');
  for (const field of ['conversation', 'from', 'recipient'] as const) if (isObject(a[field])) account(field, a[field] as Record<string, unknown>);

  if (a.text !== undefined) {
    if (typeof a.text !== 'string') bad('text', 'must be a string');
    if ((a.text as string).length > MAX_TEXT_CHARS) bad('text', `is longer than ${MAX_TEXT_CHARS} characters`);
  }
  if (a.locale !== undefined && (a.locale as string).length > 35) bad('locale', 'must be a language tag');
  if (a.deliveryMode !== undefined && !DELIVERY_MODES.has(a.deliveryMode as string)) {
    bad('deliveryMode', `must be one of ${[...DELIVERY_MODES].join(', ')}`);
  }
  const expectReplies = a.deliveryMode === 'expectReplies';
  if (a.serviceUrl === undefined) {
    if (!expectReplies) bad('serviceUrl', 'is required unless deliveryMode is "expectReplies"');
  } else {
    try {
      const u = new URL(a.serviceUrl as string);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('protocol');
    } catch {
      bad('serviceUrl', 'must be an http(s) URL');
    }
    if (!options.authenticated && !isLoopbackUrl(a.serviceUrl as string)) {
      fail(
        403,
        'ServiceUrlNotAllowed',
        'serviceUrl',
        'must be a loopback URL (or absent, with deliveryMode "expectReplies") while no MicrosoftAppId is configured',
      );
    }
  }
  const postalCode = (a.channelData as Record<string, unknown> | undefined)?.postalCode;
  if (postalCode !== undefined && (typeof postalCode !== 'string' || !/^\d{4}$/.test(postalCode))) {
    bad('channelData.postalCode', 'must be a string of 4 digits');
  }
}
