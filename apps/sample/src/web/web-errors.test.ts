import { NexarAuthError } from '@nexar/auth';
import { NexarNetworkError } from '@nexar/client';
import { NexarDesignNotFoundError } from '@nexar/design';
import { NexarPartLimitError } from '@nexar/supply';
import { describe, expect, it } from 'vitest';
import { errorView, notFound } from './web-errors.js';

const SECRET = 'eyJhbGciOiJSUzI1NiJ9.secret-looking-token';

describe('errorView', () => {
  it('turns sign-in outcomes into what to do next', () => {
    const denied = errorView(new NexarAuthError('access_denied', 'declined'));
    expect(denied).toMatchObject({
      status: 403,
      title: 'Sign-in cancelled',
      action: { href: '/auth/sign-in' },
    });
    expect(denied.unexpected).toBeUndefined();

    const expired = errorView(new NexarAuthError('login_required', 'refused'));
    expect(expired).toMatchObject({ status: 401, title: 'Session expired', signedOut: true });

    expect(errorView(new NexarAuthError('state_mismatch', 'x')).status).toBe(400);
    expect(errorView(new NexarAuthError('invalid_client', 'x'))).toMatchObject({
      status: 500,
      unexpected: true,
    });
    expect(errorView(new NexarAuthError('network_error', 'x'))).toMatchObject({
      status: 502,
      unexpected: true,
    });
  });

  it('finds an auth error among the causes', () => {
    const wrapped = new Error('request failed', { cause: new NexarAuthError('login_required', 'refused') });
    expect(errorView(wrapped).title).toBe('Session expired');
  });

  it('maps API outcomes', () => {
    expect(errorView(new NexarDesignNotFoundError('project', 'p1', 'no project')).status).toBe(404);
    expect(errorView(new NexarPartLimitError({ wouldCost: 10, remaining: 0, source: 'api' })).status).toBe(
      429,
    );
    const network = new NexarNetworkError('ECONNREFUSED', {
      operationName: 'Q',
      endpoint: 'http://x',
      attempt: 3,
    });
    expect(errorView(network)).toMatchObject({
      status: 502,
      title: 'Nexar did not answer',
      unexpected: true,
    });
    expect(notFound().view.status).toBe(404);
  });

  it('never repeats the error message itself (it could hold anything)', () => {
    for (const error of [
      new Error(SECRET),
      new NexarAuthError('server_error', SECRET),
      new NexarAuthError('login_required', SECRET),
      'a string',
    ]) {
      const view = errorView(error);
      expect(JSON.stringify(view)).not.toContain(SECRET);
      expect(view.message.length).toBeGreaterThan(20);
    }
    expect(errorView(new TypeError('boom'))).toMatchObject({ status: 500, unexpected: true });
  });
});
