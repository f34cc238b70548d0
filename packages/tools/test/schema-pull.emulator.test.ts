import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientCredentials } from '@nexar/auth';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { loadSchema, schemaPath } from '@nexar/schema';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_CREDENTIALS_MESSAGE } from '../src/schema-pull/credentials.js';
import { EXIT_CODES } from '../src/schema-pull/exit-codes.js';
import { runCli } from './helpers/run-cli.js';
import { schemaShape } from './helpers/schema-shape.js';

let emulator: Emulator;
let dir: string;
let supplyEnv: Record<string, string>;

beforeAll(async () => {
  emulator = await startEmulator({ tokenRateLimit: false });
  dir = mkdtempSync(join(tmpdir(), 'schema-pull-'));
  supplyEnv = {
    NEXAR_CLIENT_ID: emulator.clients.supply.clientId,
    NEXAR_CLIENT_SECRET: emulator.clients.supply.clientSecret,
    NEXAR_IDENTITY_URL: emulator.url,
  };
});

afterAll(async () => {
  await emulator?.close();
});

/** A copy of the current snapshot to pull over, so the project's own file is never touched. */
function snapshotCopy(name: string, edit: (text: string) => string = (text) => text): string {
  const path = join(dir, name);
  copyFileSync(schemaPath, path);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return path;
}

function rootFields(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
    Object.keys(root?.getFields() ?? {}).map((field) => `${root?.name}.${field}`),
  );
}

describe('schema:pull against the emulator', () => {
  it('--subset rewrites the snapshot with the same types and fields, no breaking change, the same bytes twice', async () => {
    // Without its header comment, so that the pull has something to rewrite.
    const out = snapshotCopy('subset.graphql', (text) => text.replace(/^#.*\n/gm, ''));
    const first = await runCli(['--subset', '--endpoint', emulator.graphqlUrl, '--out', out], supplyEnv);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(EXIT_CODES.ok);
    expect(first.stdout).not.toContain('BREAKING');
    expect(first.stdout).toMatch(/Wrote .*subset\.graphql\./);

    const text = readFileSync(out, 'utf8');
    const pulled = buildSchema(text);
    expect(rootFields(pulled).sort()).toEqual(rootFields(loadSchema()).sort());
    expect(schemaShape(pulled)).toEqual(schemaShape(loadSchema()));

    const second = await runCli(['--subset', '--endpoint', emulator.graphqlUrl, '--out', out], supplyEnv);
    expect(second.code).toBe(EXIT_CODES.ok);
    expect(second.stdout).toContain('No schema changes.');
    expect(second.stdout).toMatch(/subset\.graphql is up to date\./);
    expect(readFileSync(out, 'utf8')).toBe(text);
  }, 120_000); // Each run introspects and compares the whole schema: seconds apiece on a busy machine.

  it('takes NEXAR_TOKEN and the NEXAR_API_URL endpoint, and writes a full pull where there was no snapshot', async () => {
    const token = await clientCredentials({ ...supplyEnvOptions(), tokenUrl: emulator.tokenUrl }).getToken();
    const out = join(dir, 'full.graphql');
    const result = await runCli(['--out', out], {
      NEXAR_TOKEN: token.accessToken,
      NEXAR_API_URL: emulator.graphqlUrl,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(EXIT_CODES.ok);
    expect(result.stdout).toContain(`Introspected ${emulator.graphqlUrl}`);
    expect(result.stdout).toMatch(/No previous snapshot at .*full\.graphql\./);
    // The emulator serves exactly the snapshot, so the full schema is the subset.
    expect(schemaShape(buildSchema(readFileSync(out, 'utf8')))).toEqual(schemaShape(loadSchema()));
    expect(result.stdout).not.toContain(token.accessToken);
  }, 120_000); // Each run introspects and compares the whole schema: seconds apiece on a busy machine.

  it('refuses a breaking change unless accepted, and --dry-run writes nothing', async () => {
    // A previous snapshot with a field the endpoint does not have: pulling removes it.
    const out = snapshotCopy('extra.graphql', (text) =>
      text.replace('type SupPart {\n', 'type SupPart {\n  colour: String\n'),
    );
    const before = readFileSync(out, 'utf8');
    expect(before).toContain('colour: String');
    const args = ['--subset', '--endpoint', emulator.graphqlUrl, '--out', out];

    const refused = await runCli(args, supplyEnv);
    expect(refused.code).toBe(EXIT_CODES.breaking);
    expect(refused.stdout).toMatch(/^ {2}BREAKING {3}SupPart\.colour: .*colour.*removed/m);
    expect(refused.stdout).toMatch(/extra\.graphql not written: 1 breaking change\..*--accept-breaking/);
    expect(readFileSync(out, 'utf8')).toBe(before);

    const dryRefused = await runCli([...args, '--dry-run'], supplyEnv);
    expect(dryRefused.code).toBe(EXIT_CODES.breaking);
    expect(readFileSync(out, 'utf8')).toBe(before);

    const dryAccepted = await runCli([...args, '--dry-run', '--accept-breaking'], supplyEnv);
    expect(dryAccepted.code).toBe(EXIT_CODES.ok);
    expect(dryAccepted.stdout).toMatch(/BREAKING {3}SupPart\.colour/);
    expect(dryAccepted.stdout).toMatch(/Dry run: .*extra\.graphql not written\./);
    expect(readFileSync(out, 'utf8')).toBe(before);

    const accepted = await runCli([...args, '--accept-breaking'], supplyEnv);
    expect(accepted.code).toBe(EXIT_CODES.ok);
    const after = readFileSync(out, 'utf8');
    expect(after).not.toContain('colour');
    expect(schemaShape(buildSchema(after))).toEqual(schemaShape(loadSchema()));
  }, 120_000); // Each run introspects and compares the whole schema: seconds apiece on a busy machine.

  it('without credentials: one line naming the variables to set, exit code 2, nothing written', async () => {
    const out = join(dir, 'none.graphql');
    const result = await runCli(['--endpoint', emulator.graphqlUrl, '--out', out]);
    expect(result.code).toBe(EXIT_CODES.usage);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`schema:pull: ${MISSING_CREDENTIALS_MESSAGE}\n`);
    expect(result.stderr).toContain('NEXAR_CLIENT_ID and NEXAR_CLIENT_SECRET');
    expect(result.stderr).toContain('NEXAR_TOKEN');
    expect(existsSync(out)).toBe(false);
  });

  it('a token the API rejects: exit code 3 with the status, and the token nowhere in the output', async () => {
    const result = await runCli(['--endpoint', emulator.graphqlUrl, '--out', join(dir, 'rejected.graphql')], {
      NEXAR_TOKEN: 'not-a-valid-token-4e1f9a',
    });
    expect(result.code).toBe(EXIT_CODES.endpoint);
    expect(result.stderr).toMatch(/^schema:pull: The endpoint rejected the access token \(HTTP 401\)/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout + result.stderr).not.toContain('not-a-valid-token-4e1f9a');
  });

  it('a wrong client secret: exit code 3, the identity server error, no secret in the output', async () => {
    const result = await runCli(['--endpoint', emulator.graphqlUrl, '--out', join(dir, 'secret.graphql')], {
      ...supplyEnv,
      NEXAR_CLIENT_SECRET: 'wrong-secret-77d2c0',
    });
    expect(result.code).toBe(EXIT_CODES.endpoint);
    expect(result.stderr).toMatch(/^schema:pull: Could not get an access token: .*HTTP 401 invalid_client/);
    expect(result.stdout + result.stderr).not.toContain('wrong-secret-77d2c0');
  });

  it('--help lists the options and exit codes', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(EXIT_CODES.ok);
    expect(result.stdout).toContain('--accept-breaking');
    expect(result.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*breaking.*\n {2}2 .*credentials.*\n {2}3 /);
  });

  it('an unknown option: exit code 2', async () => {
    const result = await runCli(['--subsett']);
    expect(result.code).toBe(EXIT_CODES.usage);
    expect(result.stderr).toMatch(/^schema:pull: Unknown option '--subsett'.*--help/);
  });
});

function supplyEnvOptions() {
  return { clientId: supplyEnv.NEXAR_CLIENT_ID, clientSecret: supplyEnv.NEXAR_CLIENT_SECRET };
}
