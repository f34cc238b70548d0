import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_API_URL,
  DEFAULT_IDENTITY_URL,
  readNexarEnvironment,
  resolveIdentityEndpoints,
} from './environment.js';

describe('readNexarEnvironment', () => {
  it('reads every variable, trimming and treating empty as unset', () => {
    const env = readNexarEnvironment({
      NEXAR_CLIENT_ID: ' my-id ',
      NEXAR_CLIENT_SECRET: 'shh-secret-123',
      NEXAR_IDENTITY_URL: 'http://127.0.0.1:4000/',
      NEXAR_API_URL: 'http://127.0.0.1:4000/graphql',
      NEXAR_TOKEN: '',
    });
    expect(env.clientId).toBe('my-id');
    expect(env.clientSecret).toBe('shh-secret-123');
    expect(env.identityUrl).toBe('http://127.0.0.1:4000');
    expect(env.apiUrl).toBe('http://127.0.0.1:4000/graphql');
    expect(env.token).toBeUndefined();
  });

  it("defaults to Nexar's production endpoints", () => {
    const env = readNexarEnvironment({});
    expect(env.identityUrl).toBe(DEFAULT_IDENTITY_URL);
    expect(env.apiUrl).toBe(DEFAULT_API_URL);
    expect(env.clientId).toBeUndefined();
  });

  it('reads process.env when given nothing', () => {
    const previous = process.env.NEXAR_API_URL;
    process.env.NEXAR_API_URL = 'http://example.test/graphql';
    try {
      expect(readNexarEnvironment().apiUrl).toBe('http://example.test/graphql');
    } finally {
      if (previous === undefined) delete process.env.NEXAR_API_URL;
      else process.env.NEXAR_API_URL = previous;
    }
  });

  it('redacts the secret and token in JSON and inspect output', () => {
    const env = readNexarEnvironment({
      NEXAR_CLIENT_ID: 'visible-id',
      NEXAR_CLIENT_SECRET: 'shh-secret-123',
      NEXAR_TOKEN: 'eyJ.token.value',
    });
    for (const text of [JSON.stringify(env), inspect(env), inspect({ nested: env }, { depth: 5 })]) {
      expect(text).not.toContain('shh-secret-123');
      expect(text).not.toContain('eyJ.token.value');
      expect(text).toContain('visible-id');
    }
    expect(env.token).toBe('eyJ.token.value');
  });
});

describe('resolveIdentityEndpoints', () => {
  const env = readNexarEnvironment({ NEXAR_IDENTITY_URL: 'http://127.0.0.1:9/' });

  it('derives all endpoints from the identity URL of the environment', () => {
    expect(resolveIdentityEndpoints({}, env)).toEqual({
      issuer: 'http://127.0.0.1:9',
      tokenUrl: 'http://127.0.0.1:9/connect/token',
      authorizeUrl: 'http://127.0.0.1:9/connect/authorize',
      revocationUrl: 'http://127.0.0.1:9/connect/revocation',
    });
  });

  it('lets options win, and derives the issuer from a Nexar-shaped token URL', () => {
    const endpoints = resolveIdentityEndpoints({ tokenUrl: 'http://localhost:7/connect/token' }, env);
    expect(endpoints.issuer).toBe('http://localhost:7');
    expect(endpoints.tokenUrl).toBe('http://localhost:7/connect/token');
    expect(endpoints.authorizeUrl).toBe('http://localhost:7/connect/authorize');
    const explicit = resolveIdentityEndpoints(
      { identityUrl: 'https://id.example', authorizeUrl: 'https://login.example/auth' },
      env,
    );
    expect(explicit.authorizeUrl).toBe('https://login.example/auth');
    expect(explicit.tokenUrl).toBe('https://id.example/connect/token');
  });
});
