/**
 * Reference designators from a cell: `R1, R2 R3;R4`, ranges written by BOM tools (`R1-R4`,
 * `D1 - D16`, `C1..C3`, `R1-4`) expanded, each designator once.
 */

const RANGE = /^([A-Za-z_]+)(\d+)(?:-|–|\.\.)(?:([A-Za-z_]+)?(\d+))$/;
/** Longest range expanded: a typo such as `R1-R10000` is kept as written rather than blown up. */
const MAX_RANGE = 5000;

export function splitDesignators(value: string): string[] {
  const compact = value.replace(/\s*(-|–|\.\.)\s*/g, '$1');
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (designator: string) => {
    if (seen.has(designator)) return;
    seen.add(designator);
    out.push(designator);
  };
  for (const token of compact.split(/[\s,;]+/)) {
    if (token === '') continue;
    const range = RANGE.exec(token);
    if (range) {
      const [, prefix, from, toPrefix, to] = range as unknown as [
        string,
        string,
        string,
        string | undefined,
        string,
      ];
      const start = Number(from);
      const end = Number(to);
      if ((toPrefix === undefined || toPrefix === prefix) && end >= start && end - start < MAX_RANGE) {
        for (let n = start; n <= end; n++) add(`${prefix}${n}`);
        continue;
      }
    }
    add(token);
  }
  return out;
}

/** Whether every token reads as a designator (letters then a number: `R12`, `U3A`, `SW_1`), so counting them means something. */
export function countableDesignators(designators: readonly string[]): boolean {
  return designators.length > 0 && designators.every((d) => /^[A-Za-z][A-Za-z_]*\d+[A-Za-z0-9_.]*$/.test(d));
}
