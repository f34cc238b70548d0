import { NexarGraphQLError, NexarHttpError } from '@nexar/client';
import type { GraphQLFormattedError } from 'graphql';
import { NexarPartLimitError } from './errors.js';

/** `extensions.code` of Nexar's over-limit error. */
export const PART_LIMIT_EXCEEDED = 'PART_LIMIT_EXCEEDED';

/**
 * The API's over-limit error as a `NexarPartLimitError` (source 'api'), or undefined for any other error.
 * `worstCase` is the call's own estimate of its parts, when known.
 */
export function partLimitErrorFrom(
  error: unknown,
  operation: string,
  worstCase: number | undefined,
): NexarPartLimitError | undefined {
  const errors = graphQLErrorsOf(error);
  const overLimit = errors?.find((item) => item.extensions?.code === PART_LIMIT_EXCEEDED);
  if (!overLimit) return undefined;
  const reported = reportedCounts(overLimit);
  return new NexarPartLimitError({
    wouldCost: worstCase ?? reported.responseParts ?? 0,
    remaining: reported.remaining ?? 0,
    source: 'api',
    operation,
    cause: error,
  });
}

function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] | undefined {
  if (error instanceof NexarGraphQLError) return error.errors;
  if (error instanceof NexarHttpError) return error.errors;
  return undefined;
}

/** What the API said about the quota: numeric extensions when it sends them, else its message's numbers. */
function reportedCounts(error: GraphQLFormattedError): { remaining?: number; responseParts?: number } {
  const ext = error.extensions ?? {};
  const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  const limit = num(ext.partLimit);
  const counter = num(ext.partCounter);
  const out: { remaining?: number; responseParts?: number } = {};
  if (limit !== undefined && counter !== undefined) out.remaining = Math.max(0, limit - counter);
  const used = /used (\d+) of (?:its |the )?(\d+)/i.exec(error.message);
  if (out.remaining === undefined && used?.[1] && used[2]) {
    out.remaining = Math.max(0, Number(used[2]) - Number(used[1]));
  }
  const has = /(?:response|answer) (?:has|would have) (\d+) parts?/i.exec(error.message);
  if (has?.[1]) out.responseParts = Number(has[1]);
  return out;
}
