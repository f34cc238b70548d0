import { NexarGraphQLError, NexarHttpError } from '@nexar/client';
import { describe, expect, it } from 'vitest';
import { NexarPartLimitError } from './errors.js';
import { partLimitErrorFrom } from './part-limit-mapping.js';

const context = { operationName: 'SearchMpn', endpoint: 'http://127.0.0.1:1/graphql', attempt: 1 };

describe('partLimitErrorFrom', () => {
  it("maps the API's PART_LIMIT_EXCEEDED error, among others, to NexarPartLimitError with source 'api'", () => {
    const cause = new NexarGraphQLError(
      [
        { message: 'something else' },
        {
          message:
            'Part limit exceeded: this response has 1 parts and the application has used 99 of its 100 parts.',
          extensions: { code: 'PART_LIMIT_EXCEEDED' },
          path: ['supSearchMpn', 'results', 1, 'part'],
        },
      ],
      { supSearchMpn: { hits: 4, results: null } },
      context,
    );
    const error = partLimitErrorFrom(cause, 'SearchMpn', 5);
    expect(error).toBeInstanceOf(NexarPartLimitError);
    expect(error).toMatchObject({ source: 'api', wouldCost: 5, remaining: 1, operation: 'SearchMpn' });
    expect(error?.cause).toBe(cause);
    expect(error?.message).toMatch(/not an empty result/);
  });

  it('uses numeric extensions when the API sends them, and 0 remaining when it says nothing', () => {
    const withCounts = new NexarGraphQLError(
      [{ message: 'over', extensions: { code: 'PART_LIMIT_EXCEEDED', partCounter: 990, partLimit: 1000 } }],
      null,
      context,
    );
    expect(partLimitErrorFrom(withCounts, 'X', undefined)).toMatchObject({ remaining: 10, wouldCost: 0 });
    const http = new NexarHttpError(
      {
        status: 429,
        bodyExcerpt: '',
        errors: [{ message: 'quota', extensions: { code: 'PART_LIMIT_EXCEEDED' } }],
      },
      context,
    );
    expect(partLimitErrorFrom(http, 'X', 3)).toMatchObject({ remaining: 0, wouldCost: 3, source: 'api' });
  });

  it('leaves other errors alone', () => {
    const other = new NexarGraphQLError(
      [{ message: 'bad', extensions: { code: 'INVALID_ARGUMENT' } }],
      null,
      context,
    );
    expect(partLimitErrorFrom(other, 'X', 1)).toBeUndefined();
    expect(partLimitErrorFrom(new Error('x'), 'X', 1)).toBeUndefined();
  });
});
