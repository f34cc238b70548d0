/** How failures reach the user: one line saying what to do, and an exit code scripts can rely on. */
import { NexarAuthError } from '@nexar/auth';
import { NexarBomError, NexarPartLimitError, NexarUsageUnavailableError } from '@nexar/supply';
import { CLI, inCliWords } from './invocation.js';

/** Exit codes: done; some lines not matched (or the run failed); bad input or authentication. */
export const EXIT = { ok: 0, incomplete: 1, usage: 2 } as const;

/** Bad input: a flag, a file, a missing login. Its message is the one line the user sees. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const LOGIN_FIRST = `Not logged in: log in first with \`${CLI} login\`.`;

export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError || error instanceof NexarBomError) return EXIT.usage;
  // By name: @nexar/design is loaded only by the commands that read design data.
  if (error instanceof Error && error.name === 'NexarDesignNotFoundError') return EXIT.usage;
  if (error instanceof NexarPartLimitError && error.source === 'budget') return EXIT.usage;
  if (error instanceof NexarUsageUnavailableError && error.reason === 'user_token_required')
    return EXIT.usage;
  if (error instanceof NexarAuthError) return error.retryable ? EXIT.incomplete : EXIT.usage;
  return EXIT.incomplete;
}

/** The one line to print for an error. */
export function describeError(error: unknown): string {
  if (error instanceof NexarBomError) {
    const [first] = error.problems;
    const more = error.problems.length > 1 ? ` (and ${error.problems.length - 1} more problems)` : '';
    return first ? `BOM line ${first.line}: ${first.message}${more}` : error.message;
  }
  if (error instanceof NexarPartLimitError && error.source === 'budget') {
    return `Not sent: this could cost up to ${error.wouldCost} parts but --max-parts leaves ${error.remaining}. Raise --max-parts, or see the plan with --dry-run.`;
  }
  if (error instanceof NexarUsageUnavailableError && error.reason === 'user_token_required') {
    return `Nexar shows an app's part usage to a signed-in user only: run \`${CLI} login\`, then \`${CLI} usage\` again (portal.nexar.com shows it too).`;
  }
  if (error instanceof NexarAuthError && error.code === 'login_required') return LOGIN_FIRST;
  const message = inCliWords(error instanceof Error ? error.message : String(error));
  return message.split('\n')[0] ?? message;
}
