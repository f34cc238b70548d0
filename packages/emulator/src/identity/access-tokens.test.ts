import { importJWK, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { AccessTokenVerifier } from './access-tokens.js';
import { generateSigningKeys, SIGNING_ALGORITHM, type SigningKeys } from './signing-keys.js';

const ISSUER = 'http://127.0.0.1:1';
const AUDIENCE = 'https://api.nexar.com';
const NOW = 1_800_000_000_000;

let keys: SigningKeys;
beforeAll(async () => {
  keys = await generateSigningKeys();
});

async function token(claims: { jti: string; exp: number }): Promise<string> {
  const [jwk] = keys.privateJwks.keys;
  if (!jwk) throw new Error('no signing key');
  return new SignJWT({ client_id: 'app', scope: 'supply.domain', jti: claims.jti })
    .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ: 'at+jwt', kid: jwk.kid ?? '' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject('app')
    .setIssuedAt(NOW / 1000)
    .setExpirationTime(claims.exp)
    .sign(await importJWK(jwk, SIGNING_ALGORITHM));
}

function verifier(clock: { now: number }): AccessTokenVerifier {
  return new AccessTokenVerifier({
    issuer: ISSUER,
    audience: AUDIENCE,
    publicJwks: keys.publicJwks,
    now: () => clock.now,
  });
}

describe('AccessTokenVerifier, verifying a token again', () => {
  it('accepts a remembered token until its expiry second, then answers as an expired token', async () => {
    const clock = { now: NOW };
    const tokens = verifier(clock);
    const jwt = await token({ jti: 't1', exp: NOW / 1000 + 60 });
    expect((await tokens.verify(jwt)).tokenId).toBe('t1');
    clock.now = NOW + 59_999;
    expect((await tokens.verify(jwt)).tokenId).toBe('t1');
    clock.now = NOW + 60_000;
    await expect(tokens.verify(jwt)).rejects.toMatchObject({ code: 'AuthExpiredToken' });
  });

  it('refuses a remembered token once it is revoked', async () => {
    const tokens = verifier({ now: NOW });
    const jwt = await token({ jti: 't2', exp: NOW / 1000 + 60 });
    tokens.recordIssued('t2', 60);
    await tokens.verify(jwt);
    tokens.revokeAll();
    await expect(tokens.verify(jwt)).rejects.toMatchObject({
      code: 'AuthInvalidToken',
      message: 'The access token has been revoked. Get a new token.',
    });
  });

  it('gives every caller its own claims, so one request cannot change what the next one sees', async () => {
    const tokens = verifier({ now: NOW });
    const jwt = await token({ jti: 't3', exp: NOW / 1000 + 60 });
    const first = await tokens.verify(jwt);
    first.scopes.push('design.domain');
    const second = await tokens.verify(jwt);
    expect(second.scopes).toEqual(['supply.domain']);
    expect(second).not.toBe(first);
  });

  it('still refuses a token whose signature does not match, even after its twin was accepted', async () => {
    const tokens = verifier({ now: NOW });
    const jwt = await token({ jti: 't4', exp: NOW / 1000 + 60 });
    await tokens.verify(jwt);
    const [header, payload] = jwt.split('.');
    await expect(tokens.verify(`${header}.${payload}.AAAA`)).rejects.toMatchObject({
      code: 'AuthInvalidToken',
    });
  });
});
