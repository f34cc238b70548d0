import { NexarPartLimitError } from '../errors.js';
import type { BomMatchResult } from './bom-types.js';

/**
 * `matchBom` stopped at the part limit (the API's, or the client's `maxParts` reached while running).
 * It is a `NexarPartLimitError`; `result` holds every line: those answered before the stop, and the
 * others with status `error`.
 */
export class NexarBomPartLimitError extends NexarPartLimitError {
  override readonly name: string = 'NexarBomPartLimitError';
  readonly result: BomMatchResult;

  constructor(error: NexarPartLimitError, result: BomMatchResult) {
    super({
      wouldCost: error.wouldCost,
      remaining: error.remaining,
      source: error.source,
      operation: error.operation,
      cause: error,
    });
    const answered = result.lines.filter((line) => line.status !== 'error').length;
    this.message = `${error.message} matchBom stopped: ${answered} of ${result.summary.lines} lines answered; the others have status "error" in .result.`;
    this.result = result;
  }
}

/** The error of lines not asked for because the run stopped at the part limit. */
export const STOPPED = 'not asked: the run stopped at the part limit.';
