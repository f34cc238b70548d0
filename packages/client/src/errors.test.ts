import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  NexarClientError,
  NexarGraphQLError,
  NexarHttpError,
  NexarNetworkError,
  NexarTimeoutError,
} from './errors.js';
import { bodyExcerpt } from './redact.js';

const context = { operationName: 'SearchMpn', endpoint: 'https://api.nexar.com/graphql', attempt: 1 };

describe('NexarGraphQLError', () => {
  it('summarises the first errors with code and path, and keeps errors and partial data', () => {
    const errors = [
      {
        message: 'limit must be between 1 and 100',
        path: ['supSearchMpn'],
        extensions: { code: 'INVALID_ARGUMENT' },
      },
      { message: 'second' },
      { message: 'third' },
    ];
    const error = new NexarGraphQLError(errors, { other: 1 }, context);
    expect(error).toBeInstanceOf(NexarClientError);
    expect(error.name).toBe('NexarGraphQLError');
    expect(error.message).toContain('operation SearchMpn');
    expect(error.message).toContain(
      'limit must be between 1 and 100 [INVALID_ARGUMENT] at supSearchMpn; second',
    );
    expect(error.message).toContain('(and 1 more)');
    expect(error.message).not.toContain('third');
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.data).toEqual({ other: 1 });
    expect(error.errors).toBe(errors);
  });
});

describe('server text with a token in it', () => {
  const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';

  it('NexarGraphQLError redacts a JWT in its message and its errors', () => {
    const errors = [{ message: `Token ${token} lacks supply.domain`, extensions: { code: 'AUTH' } }];
    const error = new NexarGraphQLError(errors, null, context);
    expect(error.message).toContain('Token [redacted] lacks supply.domain [AUTH]');
    expect(JSON.stringify([error.message, error.errors, error])).not.toContain(token);
    expect(errors[0]?.message).toContain(token); // the caller's objects are left alone
  });

  it('NexarHttpError redacts a JWT in its excerpt and errors, however it was built', () => {
    const error = new NexarHttpError(
      { status: 401, bodyExcerpt: `echo ${token}`, errors: [{ message: `bad ${token}` }] },
      context,
    );
    expect(error.message).toContain('Server said: bad [redacted]');
    expect(error.bodyExcerpt).toBe('echo [redacted]');
    expect(JSON.stringify([error.message, error.errors, error.bodyExcerpt])).not.toContain(token);
  });
});

describe('NexarHttpError', () => {
  it('says what the status means and what the server said', () => {
    const error = new NexarHttpError({ status: 404, bodyExcerpt: 'Not Found' }, context);
    expect(error.message).toMatch(
      /HTTP 404 to operation SearchMpn: .*NEXAR_API_URL.* Server said: Not Found/,
    );
  });

  it('shows Retry-After and the attempts made', () => {
    const error = new NexarHttpError(
      { status: 429, bodyExcerpt: '', retryAfterMs: 2500 },
      { ...context, attempt: 4 },
    );
    expect(error.message).toContain('(after 4 attempts), Retry-After 3 s');
    expect(error.attempts).toBe(4);
    expect(error.retryAfterMs).toBe(2500);
  });

  it('prefers the GraphQL error in the body and exposes its code', () => {
    const errors = [{ message: 'Token expired', extensions: { code: 'AuthExpiredToken' } }];
    const error = new NexarHttpError({ status: 401, bodyExcerpt: '{"errors":[]}', errors }, context);
    expect(error.message).toContain('Server said: Token expired [AuthExpiredToken]');
    expect(error.code).toBe('AuthExpiredToken');
  });

  it('never shows a token the server echoed back, in message, inspect or JSON', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
    const error = new NexarHttpError(
      { status: 500, bodyExcerpt: bodyExcerpt(`echo: Bearer ${token}`) },
      context,
    );
    expect(error.message).not.toContain(token);
    expect(inspect(error, { depth: 5 })).not.toContain(token);
    expect(JSON.stringify(error)).not.toContain(token);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: 'NexarHttpError', status: 500 });
  });
});

describe('NexarNetworkError and NexarTimeoutError', () => {
  it('name the failure and the endpoint', () => {
    const network = new NexarNetworkError('ECONNREFUSED', context);
    expect(network.message).toContain('at https://api.nexar.com/graphql');
    expect(network.message).toContain('connection refused (ECONNREFUSED)');
    const timeout = new NexarTimeoutError(1500, { ...context, operationName: undefined });
    expect(timeout.message).toContain('did not answer an anonymous operation within 1500 ms');
    expect(timeout.timeoutMs).toBe(1500);
  });

  it('carry the hint auth gives for an untrusted certificate or a failing proxy, and none otherwise', () => {
    const tls = Object.assign(new Error('self-signed certificate in certificate chain'), {
      code: 'SELF_SIGNED_CERT_IN_CHAIN',
    });
    const untrusted = new NexarNetworkError('SELF_SIGNED_CERT_IN_CHAIN', context, {
      cause: new TypeError('fetch failed', { cause: tls }),
    });
    expect(untrusted.hint).toContain('NODE_EXTRA_CA_CERTS');
    expect(untrusted.message).toContain('NODE_EXTRA_CA_CERTS');
    const proxy = new NexarNetworkError('ECONNREFUSED', context, {
      cause: new TypeError('fetch failed through the proxy http://127.0.0.1:3128'),
    });
    expect(proxy.hint).toContain('NO_PROXY');
    const refused = new NexarNetworkError('ECONNREFUSED', context, {
      cause: Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' }),
    });
    expect(refused.hint).toBeUndefined();
    expect(refused.message).toContain('Check the endpoint and the network');
  });
});
