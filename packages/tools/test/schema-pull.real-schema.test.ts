import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findExactDisagreements, loadSchema, loadSchemaSource, schemaPath } from '@nexar/schema';
import { buildSchema, type GraphQLSchema, graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/schema-pull/exit-codes.js';
import { runSchemaPull } from '../src/schema-pull/run.js';
import { referenceSchemaPath } from '../src/workspace.js';
import { type LocalServer, sendJson, startLocalServer } from './helpers/local-server.js';
import { schemaShape } from './helpers/schema-shape.js';

const referencePath = referenceSchemaPath();
const haveReference = existsSync(referencePath);
const title = haveReference
  ? 'schema:pull --subset from an endpoint serving the full Nexar schema'
  : `schema:pull --subset from an endpoint serving the full Nexar schema (SKIPPED: reference not found at ${referencePath})`;

describe.skipIf(!haveReference)(title, () => {
  const TOKEN = 'real-schema-test-token';
  let reference: GraphQLSchema;
  let server: LocalServer;

  beforeAll(async () => {
    reference = buildSchema(readFileSync(referencePath, 'utf8'));
    // A plain graphql-js endpoint: enough to answer introspection the way the live API does.
    server = await startLocalServer(async (req, body, res) => {
      if (req.headers.authorization !== `Bearer ${TOKEN}`)
        return sendJson(res, 401, { errors: [{ message: 'no' }] });
      const { query, variables, operationName } = JSON.parse(body) as {
        query: string;
        variables?: Record<string, unknown>;
        operationName?: string;
      };
      sendJson(
        res,
        200,
        await graphql({ schema: reference, source: query, variableValues: variables, operationName }),
      );
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('keeps exactly the types and fields of the current snapshot, each as the API defines it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'schema-pull-real-')), 'schema.graphql');
    copyFileSync(schemaPath, out);
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await runSchemaPull(['--subset', '--endpoint', `${server.url}/graphql`, '--out', out], {
      env: { NEXAR_TOKEN: TOKEN },
      cwd: process.cwd(),
      stdout: (line) => stdout.push(line),
      stderr: (line) => stderr.push(line),
    });
    expect(stderr).toEqual([]);
    expect(code).toBe(EXIT_CODES.ok);
    expect(stdout.join('\n')).not.toContain('BREAKING');
    expect(stdout.join('\n')).not.toContain('Warning');

    const pulled = buildSchema(readFileSync(out, 'utf8'));
    expect(findExactDisagreements(pulled, reference)).toEqual([]);
    expect(schemaShape(pulled)).toEqual(schemaShape(loadSchema()));
  });

  it('is what produced the committed snapshot: pulling the whole schema over it changes not a byte', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'schema-pull-whole-')), 'schema.graphql');
    copyFileSync(schemaPath, out);
    const stdout: string[] = [];
    const code = await runSchemaPull(['--endpoint', `${server.url}/graphql`, '--out', out], {
      env: { NEXAR_TOKEN: TOKEN },
      cwd: process.cwd(),
      stdout: (line) => stdout.push(line),
      stderr: (line) => stdout.push(line),
    });
    expect(code).toBe(EXIT_CODES.ok);
    expect(stdout).toContain('No schema changes.');
    expect(stdout.join('\n')).toMatch(/schema\.graphql is up to date\./);
    expect(readFileSync(out, 'utf8')).toBe(loadSchemaSource());
  });

  it("writes the whole schema without the endpoint's descriptions or deprecation reasons", async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'schema-pull-fresh-')), 'schema.graphql');
    const errors: string[] = [];
    const code = await runSchemaPull(['--endpoint', `${server.url}/graphql`, '--out', out], {
      env: { NEXAR_TOKEN: TOKEN },
      cwd: process.cwd(),
      stdout: () => {},
      stderr: (line) => errors.push(line),
    });
    expect(errors).toEqual([]);
    expect(code).toBe(EXIT_CODES.ok);
    const text = readFileSync(out, 'utf8');
    expect(findExactDisagreements(buildSchema(text), reference)).toEqual([]);
    // No previous snapshot: nothing is described, and every deprecation is the bare directive.
    expect(text).not.toMatch(/"""/);
    expect(text).not.toMatch(/^\s*"[^"\n]*"\s*$/m);
    expect(text).not.toMatch(/@deprecated\(/);
    expect(text).toMatch(/desWorkspaces\(where: DesWorkspaceFilterInput\): \[DesWorkspace!\]! @deprecated\n/);
  });
});
