import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { buildSchema, type GraphQLSchema, isIntrospectionType, isSpecifiedScalarType } from 'graphql';
import { readOperationFiles } from '../documents/operation-source.js';
import { type ChangeReport, compareSchemas, formatReport } from './diff-report.js';
import { EXIT_CODES, type ExitCode, SchemaPullError } from './exit-codes.js';
import { introspect } from './introspect.js';
import { printSnapshot } from './print-snapshot.js';
import { withProjectDescriptions } from './project-descriptions.js';
import { subsetSchema } from './subset.js';

export interface PullSchemaOptions {
  endpoint: string;
  /** A fetch that authenticates (`authFetch(provider)`). */
  fetch: typeof globalThis.fetch;
  /** Removes secrets from text the endpoint sent before it goes into a message. */
  redact?: (text: string) => string;
  /** The snapshot to compare with and rewrite. */
  out: string;
  subset: boolean;
  acceptBreaking: boolean;
  dryRun: boolean;
  /** `--subset`: the operation files whose usage is kept, and the root their names are shown from. */
  operations?: { files: readonly string[]; root: string };
  /** `--subset` when `out` does not exist yet: the snapshot whose parts are kept. */
  fallbackBase?: string;
  /** How `out` is named in messages. */
  displayName?: string;
  log: (line: string) => void;
}

export interface PullOutcome {
  exitCode: ExitCode;
  written: boolean;
  /** The snapshot text pulled (written unless refused or a dry run). */
  text: string;
  /** Undefined when there was no previous snapshot to compare with. */
  report?: ChangeReport;
}

/** Introspects, optionally subsets, compares with the previous snapshot, and writes unless refused. */
export async function pullSchema(options: PullSchemaOptions): Promise<PullOutcome> {
  const name = options.displayName ?? options.out;
  const live = await introspect(options);
  const previousText = existsSync(options.out) ? readFileSync(options.out, 'utf8') : undefined;
  const previous = previousText === undefined ? undefined : buildSnapshot(previousText, name);

  let schema = live;
  if (options.subset) {
    const base =
      previous ??
      (options.fallbackBase && existsSync(options.fallbackBase)
        ? buildSnapshot(readFileSync(options.fallbackBase, 'utf8'), options.fallbackBase)
        : undefined);
    const { sources, problems } = readOperationFiles(
      options.operations?.files ?? [],
      options.operations?.root ?? '',
    );
    if (problems.length > 0) {
      throw new SchemaPullError(`Operation files do not parse: ${problems.join('; ')}`, EXIT_CODES.usage);
    }
    const result = subsetSchema(
      live,
      base,
      sources.map((source) => source.document),
    );
    for (const missing of result.missing)
      options.log(`Warning: the operations use ${missing}, which the endpoint lacks`);
    schema = result.schema;
  }
  options.log(
    `Introspected ${options.endpoint}: ${countTypes(live)} types${options.subset ? `, ${countTypes(schema)} kept (--subset)` : ''}`,
  );

  // Descriptions are the project's own: the endpoint's text never lands in the snapshot.
  schema = withProjectDescriptions(schema, previous);
  const text = printSnapshot(schema);
  const report = previous ? await compareSchemas(previous, schema) : undefined;
  if (report) for (const line of formatReport(report)) options.log(line);
  else options.log(`No previous snapshot at ${name}.`);

  if (report && report.breaking > 0 && !options.acceptBreaking) {
    options.log(
      `${name} not written: ${report.breaking} breaking change${report.breaking === 1 ? '' : 's'}. ` +
        'Update the operations and code that rely on them, then run again with --accept-breaking.',
    );
    return { exitCode: EXIT_CODES.breaking, written: false, text, report };
  }
  const outcome = (written: boolean): PullOutcome => ({
    exitCode: EXIT_CODES.ok,
    written,
    text,
    ...(report ? { report } : {}),
  });
  if (options.dryRun) {
    options.log(`Dry run: ${name} not written.`);
    return outcome(false);
  }
  if (text === previousText) {
    options.log(`${name} is up to date.`);
    return outcome(false);
  }
  writeAtomically(options.out, text);
  options.log(`Wrote ${name}.`);
  return outcome(true);
}

function buildSnapshot(text: string, name: string): GraphQLSchema {
  try {
    return buildSchema(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SchemaPullError(
      `${name} is not a valid schema (${reason}): fix or delete it`,
      EXIT_CODES.usage,
    );
  }
}

function countTypes(schema: GraphQLSchema): number {
  return Object.values(schema.getTypeMap()).filter(
    (type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type),
  ).length;
}

/** Readers never see half a file: write beside it, then rename over it. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
