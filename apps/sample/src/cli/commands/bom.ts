import {
  type BomLine,
  type BomMatchResult,
  findAlternates,
  type LineAlternates,
  matchBom,
  planPurchase,
  type SupplyClient,
} from '@nexar/supply';
import { currencyCode, parseFlags, positiveInteger } from '../args.js';
import { bomJson, bomSummary, bomTable, planText } from '../bom-report.js';
import { parseColumnsFlag } from '../columns-flag.js';
import { EXIT } from '../errors.js';
import { exportBom } from '../export-files.js';
import { planJson, purchasePlanText } from '../plan-report.js';
import { progressReporter } from '../progress.js';
import { type ReadBom, readBom } from '../read-bom.js';
import {
  describeRead,
  lineJson,
  readJson,
  skippedList,
  skippedSummary,
  warningLines,
} from '../read-report.js';
import { withConnection } from '../with-connection.js';

export const BOM_FLAGS = {
  qty: { type: 'string' },
  currency: { type: 'string' },
  'max-parts': { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  export: { type: 'string' },
  alternates: { type: 'boolean' },
} as const;

/** Flags of the bom command only: how to read its file. */
export const FILE_FLAGS = {
  columns: { type: 'string' },
  sheet: { type: 'string' },
  'show-skipped': { type: 'boolean' },
} as const;

export interface BomFlags {
  buildQuantity: number;
  currency: string;
  maxParts: number | undefined;
  dryRun: boolean;
  json: boolean;
  /** Folder for the CSV/XLSX exports and the sellers' upload files. */
  exportDir?: string | undefined;
  /** Look up alternates for lines not found, out of stock or obsolete (costs parts). */
  alternates?: boolean;
  /** List the rows skipped, not only their count. */
  showSkipped?: boolean;
}

/** The checked values of the BOM flags (shared with price-project). */
export function bomFlags(values: {
  qty?: string;
  currency?: string;
  'max-parts'?: string;
  'dry-run'?: boolean;
  json?: boolean;
  export?: string;
  alternates?: boolean;
}): BomFlags {
  const maxParts = values['max-parts'];
  return {
    buildQuantity: positiveInteger(values.qty, '--qty', 1),
    currency: currencyCode(values.currency),
    maxParts: maxParts === undefined ? undefined : positiveInteger(maxParts, '--max-parts', 1),
    dryRun: values['dry-run'] === true,
    json: values.json === true,
    exportDir: values.export,
    alternates: values.alternates === true,
  };
}

export async function bom(args: string[]): Promise<number> {
  const { values, positionals } = parseFlags(args, { ...BOM_FLAGS, ...FILE_FLAGS }, 'bom');
  const flags = { ...bomFlags(values), showSkipped: values['show-skipped'] === true };
  const source = await readBom(positionals[0], {
    columns: parseColumnsFlag(values.columns),
    sheet: values.sheet,
  });
  return withConnection(
    ({ supply }) => {
      // Said once connected, so a connection that fails stays a one-line error.
      if (source.read) {
        console.error(describeRead(source.file, source.read));
        for (const line of warningLines(source.read)) console.error(line);
      }
      return priceBom(supply, source.lines, flags, source);
    },
    { maxParts: flags.maxParts },
  );
}

/**
 * Matches and prices BOM lines with `matchBom`, showing progress on stderr, and prints the table (or
 * the JSON, or the dry run's plan) on stdout. Exit code 1 when a line was not found or failed.
 */
export async function priceBom(
  supply: SupplyClient,
  lines: BomLine[],
  flags: BomFlags,
  source?: ReadBom,
): Promise<number> {
  const options = { client: supply, buildQuantity: flags.buildQuantity, currency: flags.currency };
  const read = source?.read;
  if (flags.dryRun) {
    const plan = await matchBom(lines, { ...options, dryRun: true });
    if (flags.json) {
      // With a file: the lines read and the rows skipped, then the plan; nothing is sent.
      const json = source
        ? {
            ...(read ? readJson(source.file, read) : { file: source.file, skipped: [], warnings: [] }),
            lines: lines.map(lineJson),
            plan,
          }
        : plan;
      console.log(JSON.stringify(json, null, 2));
    } else {
      console.log([planText(plan), ...skippedText(source, flags)].join('\n'));
      if (flags.alternates) {
        console.log(
          'With --alternates: up to 4 more parts for each line that is not found, out of stock or obsolete.',
        );
      }
    }
    return plan.fits ? EXIT.ok : EXIT.usage;
  }
  const progress = progressReporter();
  let result: BomMatchResult;
  try {
    result = await matchBom(lines, { ...options, onProgress: (p) => progress.onProgress(p) });
  } finally {
    progress.done();
  }
  const alternates: LineAlternates[] = flags.alternates
    ? await findAlternates(result, { client: supply })
    : [];
  const plan = planPurchase(result, { alternates });
  console.log(
    flags.json
      ? JSON.stringify(
          {
            ...bomJson(result),
            plan: planJson(plan),
            ...(source && read ? readJson(source.file, read) : {}),
          },
          null,
          2,
        )
      : [
          `${bomTable(result)}\n\n${bomSummary(result)}\n\n${purchasePlanText(plan)}`,
          ...skippedText(source, flags),
        ].join('\n'),
  );
  if (flags.exportDir) {
    const paths = await exportBom(flags.exportDir, result, plan);
    console.error(
      `Wrote ${paths.length} files to ${flags.exportDir}: ${paths.map((p) => p.split(/[\\/]/).pop()).join(', ')}`,
    );
  }
  const { notFound, errors } = result.summary;
  return notFound + errors > 0 ? EXIT.incomplete : EXIT.ok;
}

/** Under the table: how many rows were skipped, and with --show-skipped which and why. */
function skippedText(source: ReadBom | undefined, flags: BomFlags): string[] {
  const read = source?.read;
  if (!read || read.skipped.length === 0) return [];
  const summary = `${skippedSummary(read.skipped)}.`;
  if (flags.showSkipped) return [summary, skippedList(read.skipped)];
  return [`${summary} --show-skipped lists them.`];
}
