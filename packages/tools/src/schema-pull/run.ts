import { isAbsolute, relative, resolve } from 'node:path';
import { authFetch, type EnvironmentSource, NexarAuthError, readNexarEnvironment } from '@nexar/auth';
import { schemaPath } from '@nexar/schema';
import { findOperationFiles, repositoryRoot } from '../workspace.js';
import { HELP, parseArguments } from './arguments.js';
import { MISSING_CREDENTIALS_MESSAGE, tokenProviderFromEnvironment } from './credentials.js';
import { EXIT_CODES, type ExitCode, SchemaPullError } from './exit-codes.js';
import { pullSchema } from './pull-schema.js';

export interface RunIo {
  env: EnvironmentSource;
  cwd: string;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  fetch?: typeof globalThis.fetch;
}

/** `nexar-schema-pull` with its arguments: prints to `io` and resolves to the exit code. */
export async function runSchemaPull(argv: readonly string[], io: RunIo): Promise<ExitCode> {
  const tokens = new Set<string>();
  const redact = (text: string): string => {
    let result = text;
    for (const token of tokens) result = result.split(token).join('[redacted]');
    return result;
  };
  try {
    const args = parseArguments(argv);
    if (args.help) {
      io.stdout(HELP);
      return EXIT_CODES.ok;
    }
    const environment = readNexarEnvironment(io.env);
    for (const secret of [environment.token, environment.clientSecret]) if (secret) tokens.add(secret);
    const endpoint = args.endpoint ?? environment.apiUrl;
    const provider = tokenProviderFromEnvironment(io.env, args.scope);
    const send = io.fetch ?? globalThis.fetch;
    // Remember every token sent, so that no message can repeat one the endpoint echoed back.
    const recordingFetch: typeof globalThis.fetch = (input, init) => {
      const header =
        new Headers(init?.headers).get('authorization') ??
        (input instanceof Request ? input.headers.get('authorization') : null);
      const token = header?.replace(/^Bearer\s+/i, '');
      if (token) tokens.add(token);
      return send(input, init);
    };
    const out = resolve(io.cwd, args.out ?? schemaPath);
    const root = args.subset ? repositoryRoot() : undefined;
    const outcome = await pullSchema({
      endpoint,
      fetch: authFetch(provider, recordingFetch),
      redact,
      out,
      subset: args.subset,
      acceptBreaking: args.acceptBreaking,
      dryRun: args.dryRun,
      ...(root ? { operations: { files: findOperationFiles(root), root } } : {}),
      fallbackBase: schemaPath,
      displayName: displayPath(io.cwd, out),
      log: io.stdout,
    });
    return outcome.exitCode;
  } catch (error) {
    const [message, exitCode] = describeFailure(error);
    io.stderr(`schema:pull: ${redact(message)}`);
    return exitCode;
  }
}

function describeFailure(error: unknown): [string, ExitCode] {
  if (error instanceof SchemaPullError) return [error.message, error.exitCode];
  if (error instanceof NexarAuthError) {
    if (error.code === 'missing_credentials') return [MISSING_CREDENTIALS_MESSAGE, EXIT_CODES.usage];
    // A static token gives this after the API answered 401 to it.
    if (error.code === 'login_required') {
      return [
        'The endpoint rejected the access token (HTTP 401): set a valid NEXAR_TOKEN.',
        EXIT_CODES.endpoint,
      ];
    }
    return [`Could not get an access token: ${error.message}`, EXIT_CODES.endpoint];
  }
  const message = error instanceof Error ? error.message : String(error);
  return [`unexpected failure: ${message}`, EXIT_CODES.endpoint];
}

function displayPath(cwd: string, path: string): string {
  const fromCwd = relative(cwd, path);
  return fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd : path;
}
