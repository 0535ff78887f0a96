// Who may open the desk: anyone (`open`), only addresses of the commune's own networks (`network`), or people
// signed in to the console with the desk role (`accounts`: the console guards the room, see src/app.ts).
import { BlockList, isIP } from 'node:net';
import type { RequestHandler } from 'express';
import { HttpError } from '../http/errors';

export const DESK_ACCESS = ['open', 'network', 'accounts', 'off'] as const;
export type DeskAccess = (typeof DESK_ACCESS)[number];

/** The person signed in at the desk (DESK_ACCESS=accounts), as the console tells it. */
export interface DeskAccount {
  displayName: string;
  /** The console session's CSRF token: sent back in the `x-csrf-token` header of the desk's POSTs. */
  csrfToken: string;
}

/** Loopback and private ranges (RFC 1918, IPv6 unique-local and link-local): a commune's internal network. */
export const DEFAULT_DESK_NETWORKS: readonly string[] = [
  '127.0.0.0/8',
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '::1/128',
  'fc00::/7',
  'fe80::/10',
];

/** Why a CIDR is unusable, or undefined when it is a valid `address/prefix`. */
export function cidrProblem(cidr: string): string | undefined {
  const [address, prefix, extra] = cidr.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || extra !== undefined || prefix === undefined || !/^\d{1,3}$/.test(prefix)) {
    return `"${cidr}" is not an address/prefix range (e.g. 10.0.0.0/8)`;
  }
  if (Number(prefix) > (family === 4 ? 32 : 128)) return `"${cidr}" has a prefix over ${family === 4 ? 32 : 128}`;
  return undefined;
}

/** A matcher over CIDR ranges (node's BlockList); IPv4 addresses seen as IPv6 (`::ffff:10.0.0.5`) are unwrapped. */
export function networkMatcher(cidrs: readonly string[]): (address: string | undefined) => boolean {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const problem = cidrProblem(cidr);
    if (problem) throw new Error(`DeskAccessError: ${problem}`);
    const [address, prefix] = cidr.split('/');
    list.addSubnet(address, Number(prefix), isIP(address) === 4 ? 'ipv4' : 'ipv6');
  }
  return (raw) => {
    if (!raw) return false;
    const address = raw.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
    const family = isIP(address);
    if (family === 0) return false;
    return list.check(address, family === 4 ? 'ipv4' : 'ipv6');
  };
}

/**
 * Refuses with 403 a client outside `networks` when access is `network`. The client address is express's
 * `req.ip`, which honours X-Forwarded-For only from the proxies the app trusts (`trust proxy`).
 * With `accounts`, the console signs people in and checks their role before the desk sees the request; this
 * guard only refuses (401) a request that reaches the desk with nobody signed in, should the desk ever be
 * mounted outside the console.
 */
export function deskAccessGuard(
  access: Exclude<DeskAccess, 'off'>,
  networks: readonly string[],
  account?: (req: Parameters<RequestHandler>[0]) => DeskAccount | undefined,
): RequestHandler {
  if (access === 'open') return (_req, _res, next) => next();
  if (access === 'accounts') {
    if (!account) throw new Error('DeskAccessError: DESK_ACCESS=accounts needs the console to say who is signed in');
    return (req, _res, next) => next(account(req) ? undefined : new HttpError(401, 'SignInRequired', 'HttpError: sign in to the console with a desk account first (/console/login)'));
  }
  const allowed = networkMatcher(networks);
  return (req, _res, next) => {
    if (allowed(req.ip)) {
      next();
      return;
    }
    next(new HttpError(403, 'DeskForbidden', `HttpError: the desk is open only to the commune's networks (DESK_NETWORKS); ${req.ip ?? 'this address'} is not one of them`));
  };
}
