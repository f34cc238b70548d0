import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccessTokenClaims } from './access-tokens.js';
import { checkIdentityOptions, createIdentity } from './identity.js';
import type { Identity, IdentityOptions } from './identity-options.js';

/** What the emulator uses of an identity, usable while the identity is still starting. */
export interface StartingIdentity {
  /** Settles once oidc-provider is loaded and the signing keys exist. */
  ready: Promise<Identity>;
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  verifyAccessToken(token: string): Promise<AccessTokenClaims>;
  revokeAccessTokens(): void;
  revokeRefreshTokens(clientId?: string): Promise<void>;
}

/**
 * Starts an identity in the background: its options are checked at once, so bad options still fail
 * the emulator's start, while loading oidc-provider (most of an emulator's start-up) and generating
 * keys go on behind it. Requests that arrive meanwhile wait for it.
 */
export function startIdentity(options: IdentityOptions): StartingIdentity {
  checkIdentityOptions(options);
  let built: Identity | undefined;
  const ready = createIdentity(options).then((identity) => {
    built = identity;
    return identity;
  });
  // A failure reaches every request that waits for the identity; unawaited, it must not end the process.
  ready.catch(() => undefined);
  return {
    ready,
    handle: async (req, res) => (await ready).handle(req, res),
    verifyAccessToken: async (token) => (await ready).verifyAccessToken(token),
    // No token can have been issued before the identity exists, so there is nothing to revoke yet.
    revokeAccessTokens: () => built?.revokeAccessTokens(),
    revokeRefreshTokens: async (clientId) => (await ready).revokeRefreshTokens(clientId),
  };
}
