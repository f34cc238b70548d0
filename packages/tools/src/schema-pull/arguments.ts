import { parseArgs } from 'node:util';
import { EXIT_CODES, SchemaPullError } from './exit-codes.js';

export interface PullArguments {
  /** Default: `NEXAR_API_URL`, else https://api.nexar.com/graphql. */
  endpoint?: string;
  /** Default: the @nexar/schema package's schema.graphql. */
  out?: string;
  subset: boolean;
  acceptBreaking: boolean;
  dryRun: boolean;
  /** Client-credentials scope (default supply.domain); unused with NEXAR_TOKEN. */
  scope?: string;
  help: boolean;
}

export const HELP = `Usage: pnpm schema:pull [options]

Introspects a Nexar GraphQL endpoint and rewrites the schema snapshot (types sorted, root types
first), after printing what changed against the previous snapshot: breaking changes first, then
dangerous, then safe ones.

Options:
  --endpoint URL      GraphQL endpoint (default: NEXAR_API_URL, else https://api.nexar.com/graphql)
  --out FILE          snapshot to compare with and rewrite (default: packages/schema/schema.graphql)
  --subset            keep only what the project uses: the types, fields and arguments of the
                      previous snapshot plus whatever packages/*/src/operations/*.graphql use,
                      with every definition taken from the endpoint (default: the whole schema)
  --accept-breaking   write the snapshot even when the changes include breaking ones
  --dry-run           print the changes, write nothing
  --scope SCOPES      client-credentials scope (default: supply.domain)
  -h, --help          show this help

Credentials: NEXAR_TOKEN (a ready access token; used when set), or NEXAR_CLIENT_ID and NEXAR_CLIENT_SECRET
(client credentials; NEXAR_IDENTITY_URL points at another identity server, e.g. the emulator).

Exit codes:
  ${EXIT_CODES.ok}  written, already up to date, or a dry run with nothing blocking
  ${EXIT_CODES.breaking}  breaking changes and no --accept-breaking: nothing written
  ${EXIT_CODES.usage}  bad arguments, no credentials, or a snapshot or operation file that does not parse
  ${EXIT_CODES.endpoint}  the endpoint, identity server or network failed, or sent no usable schema
`;

export function parseArguments(argv: readonly string[]): PullArguments {
  let values: ReturnType<typeof parse>['values'];
  try {
    ({ values } = parse(argv));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SchemaPullError(`${reason} (see --help)`, EXIT_CODES.usage);
  }
  const endpoint = values.endpoint;
  if (endpoint !== undefined && !URL.canParse(endpoint)) {
    throw new SchemaPullError(`--endpoint is not a URL: ${endpoint}`, EXIT_CODES.usage);
  }
  return {
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(values.out === undefined ? {} : { out: values.out }),
    ...(values.scope === undefined ? {} : { scope: values.scope }),
    subset: values.subset === true,
    acceptBreaking: values['accept-breaking'] === true,
    dryRun: values['dry-run'] === true,
    help: values.help === true,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      endpoint: { type: 'string' },
      out: { type: 'string' },
      subset: { type: 'boolean' },
      'accept-breaking': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      scope: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
