// Who may open the desk: anyone (`open`), or only addresses of the commune's own networks (`network`).
import { BlockList, isIP } from 'node:net';
import type { RequestHandler } from 'express';
import { HttpError } from '../http/errors';

export type DeskAccess = 'open' | 'network' | 'off';

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
 */
export function deskAccessGuard(access: Exclude<DeskAccess, 'off'>, networks: readonly string[]): RequestHandler {
  if (access === 'open') return (_req, _res, next) => next();
  const allowed = networkMatcher(networks);
  return (req, _res, next) => {
    if (allowed(req.ip)) {
      next();
      return;
    }
    next(new HttpError(403, 'DeskForbidden', `HttpError: the desk is open only to the commune's networks (DESK_NETWORKS); ${req.ip ?? 'this address'} is not one of them`));
  };
}
