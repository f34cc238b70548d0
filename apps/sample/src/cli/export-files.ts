/** `bom --export DIR`: the priced BOM and the plan as CSV and XLSX, and one upload file per seller. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type BomMatchResult,
  orderFiles,
  type PurchasePlan,
  planCsv,
  planOrdersCsv,
  pricedBomCsv,
} from '@nexar/supply';
import { UsageError } from './errors.js';

/** Writes the files into `dir` (created if missing) and returns their paths. */
export async function exportBom(dir: string, match: BomMatchResult, plan: PurchasePlan): Promise<string[]> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`Cannot create ${dir} (${code}): give --export a folder you can write to.`);
  }
  // exceljs is loaded only when exporting, so the other commands start without it.
  const { planXlsx } = await import('@nexar/supply/xlsx');
  const files: [string, string | Uint8Array][] = [
    ['priced-bom.csv', pricedBomCsv(match)],
    ['plan.csv', planCsv(plan)],
    ['plan-orders.csv', planOrdersCsv(plan)],
    ['plan.xlsx', await planXlsx(plan, match)],
    ...orderFiles(plan).map((file): [string, string] => [file.fileName, file.csv]),
  ];
  const paths: string[] = [];
  for (const [name, content] of files) {
    const path = join(dir, name);
    await writeFile(path, content);
    paths.push(path);
  }
  return paths;
}
