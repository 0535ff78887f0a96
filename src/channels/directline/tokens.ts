// Direct Line tokens: HS256 JWTs binding one conversation and one user id, so any process holding the key can check them.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { DirectLineError } from './options';

/** What a token grants: one conversation, as one user, until `exp`. */
export interface TokenClaims {
  /** Conversation id the token is bound to. */
  conv: string;
  /** User id the token's bearer speaks as (`from.id` of their activities). */
  user: string;
  /** Issued at, seconds since the epoch. */
  iat: number;
  /** Expires at, seconds since the epoch. */
  exp: number;
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
const ISSUER = 'relais-directline';

function base64url(input: string | Buffer): string {
  return Buffer.from(input).toString('base64url');
}

/** A random id safe in URLs (conversation ids, user ids). */
export function randomId(bytes = 16): string {
  return randomBytes(bytes).toString('base64url');
}

/** Signs and verifies Direct Line tokens with one HMAC key. */
export class TokenSigner {
  constructor(
    private readonly key: string,
    private readonly ttlSeconds: number,
    /** Clock in ms, injectable for tests of expiry. */
    private readonly now: () => number = Date.now,
  ) {}

  /** A fresh token for `conv` and `user`, valid `ttlSeconds` from now. */
  sign(conv: string, user: string): { token: string; expiresIn: number } {
    const iat = Math.floor(this.now() / 1000);
    const payload = base64url(JSON.stringify({ iss: ISSUER, conv, user, iat, exp: iat + this.ttlSeconds }));
    const body = `${HEADER}.${payload}`;
    return { token: `${body}.${this.mac(body)}`, expiresIn: this.ttlSeconds };
  }

  /** Claims of a valid, unexpired token; throws DirectLineError 403 otherwise (the client treats 403 as expired). */
  verify(token: string): TokenClaims {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== HEADER) {
      throw new DirectLineError(403, 'TokenInvalid', 'token is not a Relais Direct Line token');
    }
    const expected = Buffer.from(this.mac(`${parts[0]}.${parts[1]}`));
    const given = Buffer.from(parts[2]);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      throw new DirectLineError(403, 'TokenInvalid', 'token signature does not match');
    }
    let claims: Partial<TokenClaims> & { iss?: string };
    try {
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Partial<TokenClaims>;
    } catch {
      throw new DirectLineError(403, 'TokenInvalid', 'token payload is not JSON');
    }
    if (
      claims.iss !== ISSUER ||
      typeof claims.conv !== 'string' ||
      typeof claims.user !== 'string' ||
      typeof claims.iat !== 'number' ||
      typeof claims.exp !== 'number'
    ) {
      throw new DirectLineError(403, 'TokenInvalid', 'token claims are incomplete');
    }
    if (claims.exp * 1000 <= this.now()) {
      throw new DirectLineError(403, 'TokenExpired', `token expired at ${new Date(claims.exp * 1000).toISOString()}`);
    }
    return { conv: claims.conv, user: claims.user, iat: claims.iat, exp: claims.exp };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
