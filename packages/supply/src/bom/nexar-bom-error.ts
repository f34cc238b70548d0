import { NexarSupplyError } from '../errors.js';
import type { BomLine, BomProblem } from './bom-line.js';

/**
 * Bad BOM input: every problem row with its line number and what to fix. `lines` holds every line
 * that was good, in input order, so a caller may go on with them.
 */
export class NexarBomError extends NexarSupplyError {
  override readonly name: string = 'NexarBomError';
  readonly problems: readonly BomProblem[];
  readonly lines: readonly BomLine[];

  constructor(problems: readonly BomProblem[], lines: readonly BomLine[] = [], source = 'BOM') {
    super(describe(problems, source));
    this.problems = problems;
    this.lines = lines;
  }
}

const SHOWN = 20;
/** Sources whose problems point at a file's lines (code and JSON point at items). */
const FILES = new Set(['CSV', 'XLSX', 'file']);

function describe(problems: readonly BomProblem[], source: string): string {
  const where = (p: BomProblem) => (FILES.has(source) ? `line ${p.line}` : `item ${p.line}`);
  const shown = problems.slice(0, SHOWN).map((p) => `  ${where(p)}: ${p.message}`);
  const more = problems.length > SHOWN ? [`  ... and ${problems.length - SHOWN} more (see .problems)`] : [];
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`${source} input has ${count}; fix these and try again:`, ...shown, ...more].join('\n');
}
