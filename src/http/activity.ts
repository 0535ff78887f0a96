// Validation of incoming Bot Framework activities before they reach the adapter: precise 400s, never a crash.
import { HttpError } from './errors';

const MAX_TEXT_CHARS = 4000;
const MAX_ID_CHARS = 512;

/** Checks the fields the bot relies on; throws HttpError(400) naming the first bad field. */
export function validateActivity(body: unknown): void {
  const bad = (field: string, what: string): never => {
    throw new HttpError(400, 'InvalidActivity', `HttpError: activity field "${field}" ${what}`);
  };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) bad('(body)', 'must be a JSON object');
  const a = body as Record<string, unknown>;
  if (typeof a.type !== 'string' || a.type === '') bad('type', 'must be a non-empty string');
  const obj = (field: string, required: boolean): Record<string, unknown> | undefined => {
    const v = a[field];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) bad(field, 'must be an object');
    return v as Record<string, unknown>;
  };
  const id = (parent: Record<string, unknown> | undefined, field: string, required: boolean) => {
    if (!parent) return;
    const v = parent[field.split('.')[1]];
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || v === '' || v.length > MAX_ID_CHARS) {
      bad(field, `must be a non-empty string of at most ${MAX_ID_CHARS} characters`);
    }
  };
  const conversation = obj('conversation', true);
  id(conversation, 'conversation.id', true);
  const from = obj('from', a.type === 'message');
  id(from, 'from.id', a.type === 'message');
  obj('recipient', false);
  obj('channelData', false);
  if (a.text !== undefined) {
    if (typeof a.text !== 'string') bad('text', 'must be a string');
    if ((a.text as string).length > MAX_TEXT_CHARS) bad('text', `is longer than ${MAX_TEXT_CHARS} characters`);
  }
  if (a.locale !== undefined && (typeof a.locale !== 'string' || a.locale.length > 35)) bad('locale', 'must be a language tag');
  if (a.deliveryMode !== 'expectReplies') {
    if (typeof a.serviceUrl !== 'string') bad('serviceUrl', 'is required unless deliveryMode is "expectReplies"');
    try {
      const u = new URL(a.serviceUrl as string);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
    } catch {
      bad('serviceUrl', 'must be an http(s) URL');
    }
  }
  const postalCode = (a.channelData as Record<string, unknown> | undefined)?.postalCode;
  if (postalCode !== undefined && (typeof postalCode !== 'string' || !/^\d{4}$/.test(postalCode))) {
    bad('channelData.postalCode', 'must be a string of 4 digits');
  }
}
