import { describe, expect, it } from 'vitest';
import {
  NexarDesignError,
  NexarDesignNotFoundError,
  NexarDesignPayloadError,
  NexarDesignScopeError,
} from './errors.js';

describe('design errors', () => {
  it('name the scope and how to get it', () => {
    const error = new NexarDesignScopeError({
      operationName: 'Projects',
      endpoint: 'https://api.example.com/graphql',
      errors: [
        { message: 'desProjects needs the design.domain scope', extensions: { code: 'AUTH_NOT_AUTHORIZED' } },
      ],
    });
    expect(error).toBeInstanceOf(NexarDesignError);
    expect(error.name).toBe('NexarDesignScopeError');
    expect(error.scope).toBe('design.domain');
    expect(error.message).toMatch(/^The Nexar API refused Projects: .*design\.domain/);
    expect(error.message).toContain('authorizationCode()');
    expect(error.message).toContain('Server said: desProjects needs the design.domain scope');
  });

  it('list what a payload reported, a few at most', () => {
    const error = new NexarDesignPayloadError(
      'desUpdateComment',
      ['a', 'b', 'c', 'd', 'e'].map((message) => ({ message })),
    );
    expect(error.message).toBe('desUpdateComment was refused: a; b; c (and 2 more).');
    expect(error.errors).toHaveLength(5);
    expect(new NexarDesignPayloadError('desDeleteComment', []).message).toContain('no reason given');
  });

  it('redact a token the server echoed in what it said', () => {
    const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
    const payload = new NexarDesignPayloadError('desUpdateComment', [{ message: `token ${token} refused` }]);
    expect(payload.message).toBe('desUpdateComment was refused: token [redacted] refused.');
    const scope = new NexarDesignScopeError({
      operationName: 'Projects',
      endpoint: undefined,
      errors: [{ message: `Bearer ${token} lacks design.domain` }],
    });
    expect(scope.message).not.toContain(token);
  });

  it('say what was not found', () => {
    const error = new NexarDesignNotFoundError('variant', 'Gold', 'Project "p" has no variant "Gold".');
    expect(error).toMatchObject({ name: 'NexarDesignNotFoundError', kind: 'variant', key: 'Gold' });
    expect(error).toBeInstanceOf(NexarDesignError);
  });
});
