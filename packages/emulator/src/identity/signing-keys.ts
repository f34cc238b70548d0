import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

export interface SigningKeys {
  /** Private signing keys, for oidc-provider's `jwks` option. Never leaves the process. */
  privateJwks: { keys: JWK[] };
  /** The public half, as served at the JWKS endpoint. */
  publicJwks: { keys: JWK[] };
}

/** The algorithm IdentityServer (and so identity.nexar.com) signs tokens with. */
export const SIGNING_ALGORITHM = 'RS256';

/** Generates a fresh RS256 key pair for one identity server; nothing is written to disk. */
export async function generateSigningKeys(): Promise<SigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const common = { kid, alg: SIGNING_ALGORITHM, use: 'sig' };
  return {
    privateJwks: { keys: [{ ...(await exportJWK(privateKey)), ...common }] },
    publicJwks: { keys: [{ ...publicJwk, ...common }] },
  };
}
