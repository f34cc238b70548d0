/** BOM lines from JSON: an array of lines, or an object with a `lines` array. */
import type { BomLine, BomProblem } from '../bom-line.js';
import { checkLine } from '../check-line.js';
import { NexarBomError } from '../nexar-bom-error.js';

/** Parses (if given text) and checks a JSON BOM; throws `NexarBomError` listing every bad item, with the good ones. */
export function parseBomJson(input: string | unknown): BomLine[] {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new NexarBomError([{ line: 1, message: `not valid JSON (${reason}).` }], [], 'JSON');
    }
  }
  const items = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { lines?: unknown }).lines)
      ? (value as { lines: unknown[] }).lines
      : undefined;
  if (!items) {
    throw new NexarBomError(
      [{ line: 1, message: 'expected an array of lines, or an object with a "lines" array.' }],
      [],
      'JSON',
    );
  }
  return checkLines(items, 'JSON');
}

/** Checks lines given in code (or parsed JSON items); throws `NexarBomError` when any is bad. */
export function checkLines(items: readonly unknown[], source = 'BOM'): BomLine[] {
  const lines: BomLine[] = [];
  const problems: BomProblem[] = [];
  items.forEach((item, i) => {
    const checked = checkLine(item, i + 1);
    if (checked.line) lines.push(checked.line);
    else problems.push(...checked.problems);
  });
  if (problems.length > 0) throw new NexarBomError(problems, lines, source);
  return lines;
}
