/** One line of a bill of materials, as it comes from code, CSV or JSON. */
export interface BomLine {
  /** Manufacturer part number. A line needs an MPN or a SKU. */
  mpn?: string;
  /** Manufacturer name ("Texas Instruments", "TI"); narrows the match when given. */
  manufacturer?: string;
  /**
   * Other parts for the same place, tried in order when `mpn` is not found: part numbers, or part
   * numbers with their manufacturer (as Altium 365 design BOMs give them).
   */
  alternates?: readonly BomAlternate[];
  /** A seller's part number (SKU); matched on when the line has no MPN. */
  sku?: string;
  /** The seller the SKU belongs to ("LCSC", "Digi-Key"); narrows a SKU match when given. */
  seller?: string;
  /** Quantity per board: a positive number (fractions for wire, glue and other cut goods). */
  quantity: number;
  /** Reference designators ("R1", "R2", ...). */
  designators?: string[];
  /** Your own identifier for the line (an internal part number, a row id); returned unchanged. */
  reference?: string;
  /** Where a file reader found the line: the file's row number (1-based). */
  row?: number;
  /** What the reader noticed about the line (a quantity that disagreed with the designators, ...). */
  warnings?: string[];
}

/** An alternate part: its MPN, or its MPN and manufacturer. */
export type BomAlternate = string | { readonly mpn: string; readonly manufacturer?: string | undefined };

/** One problem with one input line: where it is and what to fix. */
export interface BomProblem {
  /** CSV: the file's line number (1-based) where the row starts. JSON and code: the item's position (1-based). */
  line: number;
  /** The column or field at fault, when there is one. */
  field?: string;
  message: string;
}
