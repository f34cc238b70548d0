/** One line of a bill of materials, as it comes from code, CSV or JSON. */
export interface BomLine {
  /** Manufacturer part number. A line needs an MPN or a SKU. */
  mpn?: string;
  /** Manufacturer name ("Texas Instruments", "TI"); narrows the match when given. */
  manufacturer?: string;
  /** A seller's part number (SKU); matched on when the line has no MPN. */
  sku?: string;
  /** Quantity per board: a positive integer. */
  quantity: number;
  /** Reference designators ("R1", "R2", ...). */
  designators?: string[];
  /** Your own identifier for the line (an internal part number, a row id); returned unchanged. */
  reference?: string;
}

/** One problem with one input line: where it is and what to fix. */
export interface BomProblem {
  /** CSV: the file's line number (1-based) where the row starts. JSON and code: the item's position (1-based). */
  line: number;
  /** The column or field at fault, when there is one. */
  field?: string;
  message: string;
}
