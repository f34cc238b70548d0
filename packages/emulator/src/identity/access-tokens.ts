import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';
import { AccessTokenError } from './access-token-error.js';
import { SIGNING_ALGORITHM } from './signing-keys.js';

/** Forget expired token ids every this many issued tokens, so a long-running emulator stays small. */
const PRUNE_EVERY = 1000;

/** Verified tokens remembered at most; the oldest is forgotten first (it is verified again if it comes back). */
const MAX_VERIFIED = 1000;

/** What the API needs to know about a verified access token. */
export interface AccessTokenClaims {
  /** The application's client id (`client_id`). */
  clientId: string;
  /** `sub`: the user id for authorization-code tokens, the client id for client-credentials tokens. */
  subject: string;
  /** Set for tokens issued to a signed-in user (authorization code and its refreshes). */
  userId?: string;
  scopes: string[];
  /** Epoch seconds. */
  issuedAt: number;
  /** Epoch seconds. */
  expiresAt: number;
  /** `jti`. */
  tokenId: string;
}

export interface AccessTokenVerifierOptions {
  issuer: string;
  audience: string;
  publicJwks: JSONWebKeySet;
  now: () => number;
}

/**
 * Verifies the JWT access tokens this identity issues (signature, issuer, audience, type, expiry) and keeps
 * the list of issued token ids so that all of them can be revoked at once. A client sends the same token
 * with every request, so a verified token is remembered by its exact text until it expires: the signature
 * is checked once, while expiry and revocation are still checked on every use.
 */
export class AccessTokenVerifier {
  readonly #options: AccessTokenVerifierOptions;
  readonly #keys: ReturnType<typeof createLocalJWKSet>;
  /** Issued, unrevoked token ids with the epoch ms after which they are expired anyway. */
  readonly #issued = new Map<string, number>();
  readonly #revoked = new Map<string, number>();
  readonly #verified = new Map<string, AccessTokenClaims>();

  constructor(options: AccessTokenVerifierOptions) {
    this.#options = options;
    this.#keys = createLocalJWKSet(options.publicJwks);
  }

  /** Records a token id when oidc-provider issues a token, with its lifetime in seconds. */
  recordIssued(tokenId: string, lifetimeSeconds: number): void {
    // One second of margin: oidc-provider computes `exp` from whole seconds.
    this.#issued.set(tokenId, Date.now() + (lifetimeSeconds + 1) * 1000);
    if (this.#issued.size % PRUNE_EVERY === 0) {
      const now = Math.min(Date.now(), this.#options.now());
      for (const [id, expiresAt] of this.#issued) if (expiresAt <= now) this.#issued.delete(id);
    }
  }

  /** Revokes every access token issued so far. */
  revokeAll(): void {
    for (const [tokenId, expiresAt] of this.#issued) this.#revoked.set(tokenId, expiresAt);
    this.#issued.clear();
    this.#verified.clear();
    // A token past its expiry by both the real and the injected clock can no longer pass verification.
    const now = Math.min(Date.now(), this.#options.now());
    for (const [tokenId, expiresAt] of this.#revoked) if (expiresAt <= now) this.#revoked.delete(tokenId);
  }

  async verify(token: string): Promise<AccessTokenClaims> {
    const known = this.#verified.get(token);
    // jose's rule: a token is expired once `exp` is at or before the current whole second.
    if (known !== undefined && known.expiresAt > Math.floor(this.#options.now() / 1000)) {
      if (this.#revoked.has(known.tokenId)) throw revokedError();
      return copyOf(known);
    }
    this.#verified.delete(token);
    const claims = await this.#verifySignedToken(token);
    if (this.#revoked.has(claims.tokenId)) throw revokedError();
    if (this.#verified.size >= MAX_VERIFIED) {
      const oldest = this.#verified.keys().next().value;
      if (oldest !== undefined) this.#verified.delete(oldest);
    }
    this.#verified.set(token, copyOf(claims));
    return claims;
  }

  async #verifySignedToken(token: string): Promise<AccessTokenClaims> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.#keys, {
        issuer: this.#options.issuer,
        audience: this.#options.audience,
        algorithms: [SIGNING_ALGORITHM],
        typ: 'at+jwt',
        currentDate: new Date(this.#options.now()),
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw new AccessTokenError('AuthExpiredToken', 'The access token has expired. Get a new token.');
      }
      throw new AccessTokenError('AuthInvalidToken', `The access token is not valid: ${describe(error)}`);
    }
    return toClaims(payload);
  }
}

/** Callers get their own copy, so none can change what the next request sees. */
function copyOf(claims: AccessTokenClaims): AccessTokenClaims {
  return { ...claims, scopes: [...claims.scopes] };
}

function revokedError(): AccessTokenError {
  return new AccessTokenError('AuthInvalidToken', 'The access token has been revoked. Get a new token.');
}

/** A reason safe to show: jose's messages name claims and checks, never the token itself. */
function describe(error: unknown): string {
  if (error instanceof errors.JOSEError) return error.message;
  return 'it could not be parsed';
}

function toClaims(payload: JWTPayload): AccessTokenClaims {
  const { client_id: clientId, sub, scope, iat, exp, jti } = payload;
  if (
    typeof clientId !== 'string' ||
    typeof sub !== 'string' ||
    typeof iat !== 'number' ||
    typeof exp !== 'number' ||
    typeof jti !== 'string'
  ) {
    throw new AccessTokenError(
      'AuthInvalidToken',
      'The access token is not valid: required claims are missing.',
    );
  }
  return {
    clientId,
    subject: sub,
    ...(sub === clientId ? {} : { userId: sub }),
    scopes: typeof scope === 'string' ? scope.split(' ').filter(Boolean) : [],
    issuedAt: iat,
    expiresAt: exp,
    tokenId: jti,
  };
}
