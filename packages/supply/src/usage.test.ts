import { NexarGraphQLError } from '@nexar/client';
import { describe, expect, it } from 'vitest';
import { NexarUsageUnavailableError } from './errors.js';
import { applicationIdFor, usageErrorFrom, usageFrom } from './usage.js';

describe('usage', () => {
  it('reads the counts and works out what remains', () => {
    const usage = usageFrom('app', {
      admApplicationById: { id: 'app', name: 'Demo', supplyCounts: { partCounter: 120, partLimit: 100 } },
    });
    expect(usage).toEqual({
      applicationId: 'app',
      applicationName: 'Demo',
      partCounter: 120,
      partLimit: 100,
      remaining: 0,
    });
  });

  it('says why there are no counts', () => {
    expect(() => usageFrom('x', { admApplicationById: null })).toThrow(
      expect.objectContaining({ reason: 'unknown_application' }),
    );
    expect(() =>
      usageFrom('x', { admApplicationById: { id: 'x', name: 'Design', supplyCounts: null } }),
    ).toThrow(expect.objectContaining({ reason: 'no_supply_access' }));
  });

  it('turns the refusal of an application token into a clear typed error', () => {
    const refused = new NexarGraphQLError(
      [
        {
          message: 'needs a user',
          extensions: { code: 'AUTH_NOT_AUTHORIZED' },
          path: ['admApplicationById'],
        },
      ],
      { admApplicationById: null },
      { operationName: 'ApplicationUsage', endpoint: 'x', attempt: 1 },
    );
    const error = usageErrorFrom(refused);
    expect(error).toBeInstanceOf(NexarUsageUnavailableError);
    expect(error?.reason).toBe('user_token_required');
    expect(error?.message).toMatch(/user's token/);
    expect(error?.message).toMatch(/authorizationCode\(\)/);
    expect(usageErrorFrom(new Error('other'))).toBeUndefined();
  });

  it("takes the application id from the call, the option, then the provider's client id", () => {
    expect(applicationIdFor('a', 'b', { clientId: 'c' })).toBe('a');
    expect(applicationIdFor(undefined, 'b', { clientId: 'c' })).toBe('b');
    expect(applicationIdFor(undefined, undefined, { clientId: 'c' })).toBe('c');
    expect(() => applicationIdFor(undefined, undefined, {})).toThrow(/applicationId/);
  });
});
