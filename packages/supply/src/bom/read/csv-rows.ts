/**
 * A small RFC 4180 reader: quoted fields (with "" for a quote, and line breaks inside quotes),
 * `,` `;` or tab delimiters, CRLF or LF line ends, a leading byte order mark. Each row keeps the
 * line number it starts on, so problems can point at the file's own lines.
 */

export interface CsvRow {
  /** 1-based line number of the row's first character. */
  line: number;
  cells: string[];
}

export type CsvDelimiter = ',' | ';' | '\t';

const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

export function readCsvRows(text: string, delimiter: CsvDelimiter): CsvRow[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      // A quote opens a quoted field only at the field's start (spaces before it are dropped).
      cell = '';
      quoted = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== '' || cells.length > 0 || quoted) endRow();
  return rows;
}

/**
 * The delimiter of the header-like part of a file: the one that splits the most of its first
 * non-empty lines into the most fields, counting only delimiters outside quotes.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 40);
  let best: CsvDelimiter = ',';
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const counts = sample.map((l) => countOutsideQuotes(l, delimiter));
    // The most common non-zero count, weighted by how many lines share it: a table, not prose.
    const tally = new Map<number, number>();
    for (const c of counts) if (c > 0) tally.set(c, (tally.get(c) ?? 0) + 1);
    let score = 0;
    for (const [count, lines] of tally) score = Math.max(score, lines * Math.min(count, 50) + lines * 100);
    if (score > bestScore) {
      bestScore = score;
      best = delimiter;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let quoted = false;
  let count = 0;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count++;
  }
  return count;
}
