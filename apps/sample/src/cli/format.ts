/** Plain-text tables and numbers for the terminal. */

export type Align = 'left' | 'right';

/** Rows under a header, each column as wide as its widest cell; `align` per column (default left). */
export function table(header: string[], rows: string[][], align: Align[] = []): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (align[i] === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** An amount in a currency: `$1,234.50`, `€0.0302` (unit prices keep up to 4 decimals). */
export function money(amount: number, currency: string, maxDecimals = 2): string {
  return new Intl.NumberFormat('en', {
    style: 'currency',
    currency,
    maximumFractionDigits: Math.max(2, maxDecimals),
  }).format(amount);
}

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** Shortens text to `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
