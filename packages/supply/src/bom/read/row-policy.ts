/**
 * Which rows are not orderable parts, and why: not fitted (a do-not-place marker in any column, or
 * a fitted/populate column set to no), board features (fiducials, mounting holes, test points,
 * logos, the PCB itself), and lines a tool wrote as errors or summaries.
 */

/** Why a row was not read as a line; `label` groups rows in a summary ("2 not fitted, 1 fiducial"). */
export type SkipKind =
  | 'not-fitted'
  | 'board-feature'
  | 'no-part-number'
  | 'placeholder'
  | 'zero-quantity'
  | 'bad-quantity'
  | 'tool-error'
  | 'summary'
  | 'header';

/** Whole-cell markers: `DNP`, `NP`, `NC`... */
const MARKER_CELLS = new Set(['dnp', 'dnf', 'dnm', 'dni', 'np', 'nc', 'n/p', 'n/f', 'nopop', 'no pop']);
/** Markers inside a cell (`10k DNP`, `(DNF)`); `NC` and `NP` only count as the whole cell. */
const MARKER_WORDS = /(^|[^a-z0-9])(dnp|dnf|dnm|dni|nopop|no[ -]pop|no[ -]stuff)([^a-z0-9]|$)/i;
const MARKER_PHRASES =
  /do[ _-]?not[ _-]?(populate|fit|mount|place|stuff|assemble|install)|not[ _-]?(fitted|populated|mounted|placed|assembled|installed)|nicht bestückt/i;

/** A header that says whether the part is fitted (`Fitted`, `Populate`) or not (`DNP`, `Do not place`). */
export type FitColumn = 'fitted' | 'not-fitted';

export function fitColumnOf(key: string): FitColumn | undefined {
  if (
    /^(dnp|dnf|dnm|dni|donot(place|populate|fit|mount|stuff)|nostuff|notfitted|notpopulated|exclude(frombom|fromboard)?|excluded)$/.test(
      key,
    )
  ) {
    return 'not-fitted';
  }
  if (/^(fitted|fit|populate|populated|mount|assemble|stuff|bestückt|bestueckt|install)$/.test(key)) {
    return 'fitted';
  }
  return undefined;
}

const YES = /^(y|yes|true|1|x|✓|✔|dnp|dnf|dnm|excluded?)$/i;
const NO = /^(n|no|false|0|dnp|dnf|dnm|not fitted|nf|np)$/i;

/** Where a row says it is not fitted, or undefined. */
export function notFittedReason(
  cells: readonly string[],
  headers: readonly string[],
  fitColumns: ReadonlyMap<number, FitColumn>,
  descriptionColumns: ReadonlySet<number>,
): string | undefined {
  for (const [index, kind] of fitColumns) {
    const cell = cells[index]?.trim() ?? '';
    if (cell === '') continue;
    if ((kind === 'not-fitted' && YES.test(cell)) || (kind === 'fitted' && NO.test(cell))) {
      return `"${cell}" in column "${headers[index] ?? index + 1}"`;
    }
  }
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index]?.trim() ?? '';
    if (cell === '' || fitColumns.has(index)) continue;
    const where = `"${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}" in column "${headers[index] ?? index + 1}"`;
    if (MARKER_CELLS.has(cell.toLowerCase())) return where;
    if (descriptionColumns.has(index)) continue;
    if (MARKER_WORDS.test(cell) || MARKER_PHRASES.test(cell)) return where;
  }
  return undefined;
}

/** Board features that are not bought as parts: the kind, or undefined. */
export function boardFeature(text: string, designators: readonly string[]): string | undefined {
  const all = (pattern: RegExp) => designators.length > 0 && designators.every((d) => pattern.test(d));
  if (/fiducial/i.test(text) || all(/^(FID|FD|FIDUCIAL)\d*$/i)) return 'fiducial';
  if (/mounting[ _-]?hole|\bmount[ _-]?hole/i.test(text) || all(/^(MH|MTG|HOLE)\d+$/i))
    return 'mounting hole';
  if (/test[ _-]?point/i.test(text) || all(/^TP\d+$/i)) return 'test point';
  if (/(^|[^a-z])logo([^a-z]|$)/i.test(text) || all(/^LOGO\d*$/i)) return 'logo';
  if (/solder[ _-]?jumper|net[ _-]?tie/i.test(text)) return 'solder jumper';
  if (/printed circuit board|bare (pcb|board)/i.test(text) || all(/^PCB\d*$/i)) return 'PCB';
  if (all(/^FRAME\d*$/i) || /(^|\| )FRAME[_ -]/i.test(text)) return 'drawing frame';
  return undefined;
}

/** A spreadsheet error value or a line a tool wrote as an error instead of a part. */
export function toolError(cells: readonly string[]): string | undefined {
  for (const cell of cells) {
    const text = cell.trim();
    if (/^#(N\/A|REF!|VALUE!|NAME\?|DIV\/0!|NULL!|NUM!|ERROR!?)$/i.test(text)) return text;
  }
  const first = cells.find((cell) => cell.trim() !== '')?.trim() ?? '';
  if (/^(error|warning|fatal)\b/i.test(first)) return first;
  return undefined;
}

/** Summary lines after the table (`Component Count:,12`, `Total,,,45`). */
export function isSummaryRow(cells: readonly string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  const first = filled[0] ?? '';
  if (filled.length <= 2 && /:$/.test(first)) return true;
  return /^(sub)?totals?:?$/i.test(first) && filled.length <= 3;
}

/** A title line that opens a section of parts not to fit (`DNF components`, `Not fitted:`). */
export function opensNotFittedSection(cells: readonly string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (filled.length !== 1) return false;
  const text = filled[0] ?? '';
  return MARKER_WORDS.test(text) || MARKER_PHRASES.test(text) || /not ?fitted|unfitted/i.test(text);
}
