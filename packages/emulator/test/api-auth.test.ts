import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../src/index.js';
import { appToken, graphql, startTestEmulator } from './emulator-harness.js';

const TYPENAME = '{ __typename }';

describe('API authentication', () => {
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await startTestEmulator();
  });
  afterAll(() => emulator.close());

  it('accepts a bearer token and Nexar\'s "token" header', async () => {
    const token = await appToken(emulator);
    const bearer = await graphql(emulator.graphqlUrl, TYPENAME, { token });
    const tokenHeader = await graphql(emulator.graphqlUrl, TYPENAME, { headers: { token } });
    expect(bearer.status).toBe(200);
    expect(bearer.body.data).toEqual({ __typename: 'Query' });
    expect(tokenHeader.body.data).toEqual({ __typename: 'Query' });
  });

  it('answers 401 AuthInvalidToken without a token, saying how to send one', async () => {
    const answer = await graphql(emulator.graphqlUrl, TYPENAME);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('AuthInvalidToken');
    expect(answer.body.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
  });

  it('answers 401 AuthInvalidToken to a forged token', async () => {
    const token = await appToken(emulator);
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    const answer = await graphql(emulator.graphqlUrl, TYPENAME, { token: forged });
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('AuthInvalidToken');
    expect(JSON.stringify(answer.body)).not.toContain(payload);
  });

  it('answers 401 AuthInvalidToken to revoked tokens, and serves tokens issued after', async () => {
    const before = await appToken(emulator);
    emulator.revokeAccessTokens();
    const revoked = await graphql(emulator.graphqlUrl, TYPENAME, { token: before });
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors?.[0]?.extensions?.code).toBe('AuthInvalidToken');
    const after = await graphql(emulator.graphqlUrl, TYPENAME, { token: await appToken(emulator) });
    expect(after.status).toBe(200);
  });

  it('answers malformed GraphQL with 400 and the parse error', async () => {
    const answer = await graphql(emulator.graphqlUrl, '{ supSearchMpn(q: ', {
      token: await appToken(emulator),
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(/Syntax Error/);
  });

  it('counts API requests', async () => {
    const token = await appToken(emulator);
    const before = emulator.stats.snapshot().apiRequests;
    await graphql(emulator.graphqlUrl, TYPENAME, { token });
    await graphql(emulator.graphqlUrl, TYPENAME);
    expect(emulator.stats.snapshot().apiRequests - before).toBe(2);
  });
});

describe('API token expiry', () => {
  it('answers 401 AuthExpiredToken once the token has expired', async () => {
    const emulator = await startTestEmulator({ accessTokenTtlSeconds: 1 });
    try {
      const token = await appToken(emulator);
      expect((await graphql(emulator.graphqlUrl, TYPENAME, { token })).status).toBe(200);
      await sleep(2100);
      const expired = await graphql(emulator.graphqlUrl, TYPENAME, { token });
      expect(expired.status).toBe(401);
      expect(expired.body.errors?.[0]?.extensions?.code).toBe('AuthExpiredToken');
    } finally {
      await emulator.close();
    }
  });
});
