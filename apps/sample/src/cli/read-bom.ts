/** A BOM file (CSV or JSON) as lines `matchBom` takes; bad input becomes one line naming the file and row. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BomLine, NexarBomError, parseBomCsv, parseBomJson } from '@nexar/supply';
import { UsageError } from './errors.js';

/** The example that ships with the sample, found next to this module so any working folder will do. */
export const EXAMPLE_BOM = fileURLToPath(new URL('../../data/example-bom.csv', import.meta.url));

export async function readBom(file: string = EXAMPLE_BOM): Promise<BomLine[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'EACCES') throw error;
    throw new UsageError(`Cannot read ${file} (${code}): give the path of a CSV or JSON BOM.`);
  }
  const json = extname(file).toLowerCase() === '.json' || /^\s*[[{]/.test(text);
  let lines: BomLine[];
  try {
    lines = json ? parseBomJson(text) : parseBomCsv(text);
  } catch (error) {
    if (!(error instanceof NexarBomError)) throw error;
    const [first] = error.problems;
    const more = error.problems.length > 1 ? ` (and ${error.problems.length - 1} more)` : '';
    throw new UsageError(`${file}, ${json ? 'item' : 'line'} ${first?.line ?? 1}: ${first?.message}${more}`);
  }
  if (lines.length === 0) throw new UsageError(`${file} has no BOM lines under its header.`);
  return lines;
}
