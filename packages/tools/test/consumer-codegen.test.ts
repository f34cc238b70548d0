/**
 * Codegen as a user does it, outside this repository: the packages packed (`pnpm pack`), installed from
 * the tarballs in a fresh npm project with graphql-codegen, the README's "Your own operations" recipe
 * copied as written plus operations on fields the SDK itself does not use, typed documents generated,
 * typechecked strictly, and run against the emulator.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Emulator, startEmulator } from '@nexar/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The emulator's own sign-in helper (authorization code + PKCE against auto-login) gives the user token.
import { userToken } from '../../emulator/test/user-token.js';
import { repositoryRoot } from '../src/workspace.js';

const run = promisify(execFile);
const root = repositoryRoot();
const PACKED = ['auth', 'client', 'schema'] as const;

/** The code blocks of the root README's "Your own operations" section, in order, with their language. */
function recipeBlocks(): { lang: string; code: string }[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.split('\n## Your own operations\n')[1]?.split('\n## ')[0] ?? '';
  return [...section.matchAll(/```(\w+)[^\n]*\n([\s\S]*?)```/g)].map((m) => ({
    lang: m[1] ?? '',
    code: m[2] ?? '',
  }));
}

/** Operations on fields the SDK's own operations do not use. */
const EXTRA_OPERATIONS = /* GraphQL */ `
query ProjectDepth($first: Int) {
  desProjects(first: $first) {
    nodes {
      id
      name
      latestRevision { revisionId message author createdAt }
      design {
        variants {
          name
          pcb {
            documentName
            layerStack { stackupType stacks { name layers { name layerType thickness { xMm } nets { name } } } }
            nets { name }
          }
        }
      }
    }
  }
}

query LibraryFolders {
  desLibrary { name folders { folderId name path folderType } }
}
`;

const devVersions = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies as Record<
  string,
  string
>;

let emulator: Emulator;
let project: string;

beforeAll(async () => {
  emulator = await startEmulator({ tokenRateLimit: false, autoLogin: true });
  project = mkdtempSync(join(tmpdir(), 'nexar-consumer-'));
  const tarballs = join(project, 'tarballs');
  mkdirSync(tarballs);
  const pnpm = join(root, 'node_modules', '.bin', 'pnpm');
  for (const name of PACKED) {
    await run(pnpm, ['pack', '--pack-destination', tarballs], { cwd: join(root, 'packages', name) });
  }
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'nexar-consumer', private: true, type: 'module' }, null, 2),
  );
  const files = readdirSync(tarballs).map((file) => join(tarballs, file));
  const versioned = (name: string) => `${name}@${devVersions[name] ?? 'latest'}`;
  await run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      ...files,
      versioned('graphql'),
      versioned('@graphql-codegen/cli'),
      versioned('@graphql-codegen/typescript-operations'),
      versioned('@graphql-codegen/typed-document-node'),
      versioned('typescript'),
      versioned('@types/node'),
    ],
    { cwd: project, maxBuffer: 16 * 1024 * 1024 },
  );
}, 600_000);

afterAll(async () => {
  await emulator?.close();
});

describe('a user project with the packed packages', () => {
  it('generates typed documents from the README recipe and its own operations, typechecks strictly, and runs them', async () => {
    const [install, operation, codegen, usage, ...rest] = recipeBlocks();
    expect(install?.lang).toBe('sh');
    expect(operation?.lang).toBe('graphql');
    expect(codegen?.lang).toBe('ts');
    expect(usage?.lang).toBe('ts');
    expect(rest).toEqual([]);
    mkdirSync(join(project, 'src', 'operations'), { recursive: true });
    writeFileSync(join(project, 'src', 'operations', 'parts.graphql'), operation?.code ?? '');
    writeFileSync(join(project, 'src', 'operations', 'design.graphql'), EXTRA_OPERATIONS);
    writeFileSync(join(project, 'codegen.ts'), codegen?.code ?? '');
    writeFileSync(join(project, 'src', 'parts.ts'), usage?.code ?? '');
    writeFileSync(
      join(project, 'src', 'design.ts'),
      [
        "import { staticToken } from '@nexar/auth';",
        "import { createNexarClient } from '@nexar/client';",
        "import { LibraryFoldersDocument, ProjectDepthDocument } from './generated/nexar.js';",
        '',
        "// Design data needs a signed-in user's token.",
        "const nexar = createNexarClient({ auth: staticToken(process.env.DESIGN_TOKEN ?? '') });",
        'const projects = await nexar.request(ProjectDepthDocument, { first: 1000 });',
        'const [project] = projects.desProjects?.nodes ?? [];',
        'const [variant] = project?.design.variants ?? [];',
        'const layers = variant?.pcb?.layerStack?.stacks.flatMap((stack) => stack.layers) ?? [];',
        'const library = await nexar.request(LibraryFoldersDocument);',
        'console.log(JSON.stringify({',
        '  project: project?.id,',
        '  revision: project?.latestRevision?.revisionId ?? null,',
        '  variant: variant?.name,',
        '  layers: layers.map((layer) => layer.name),',
        '  nets: variant?.pcb?.nets.map((net) => net.name) ?? [],',
        '  folders: library.desLibrary.folders.map((folder) => folder.name),',
        '}));',
      ].join('\n'),
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: false,
          types: ['node'],
          outDir: 'dist',
        },
        include: ['src'],
      }),
    );

    const bin = (name: string) => join(project, 'node_modules', '.bin', name);
    await run(bin('graphql-codegen'), ['--config', 'codegen.ts'], { cwd: project });
    const generated = readFileSync(join(project, 'src', 'generated', 'nexar.ts'), 'utf8');
    expect(generated).toContain('PartIdentityDocument');
    expect(generated).toContain('v3uid');
    await run(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: project });

    const env = {
      PATH: process.env.PATH ?? '',
      NEXAR_API_URL: emulator.graphqlUrl,
      NEXAR_IDENTITY_URL: emulator.url,
      NEXAR_CLIENT_ID: emulator.clients.both.clientId,
      NEXAR_CLIENT_SECRET: emulator.clients.both.clientSecret,
    };
    const parts = await run(process.execPath, ['dist/parts.js'], { cwd: project, env });
    const [mpn, v3uid] = parts.stdout.trim().split(' ');
    expect(mpn).toBe('LM358N');
    expect(v3uid).toMatch(/\S/);
    expect((await run(process.execPath, ['dist/parts.js'], { cwd: project, env })).stdout).toBe(parts.stdout);

    const designToken = await userToken(emulator.url, emulator.clients.design);
    const design = await run(process.execPath, ['dist/design.js'], {
      cwd: project,
      env: { ...env, DESIGN_TOKEN: designToken },
    });
    const answer = JSON.parse(design.stdout) as Record<string, unknown>;
    expect(answer.project).toEqual(expect.any(String));
    expect(answer.variant).toEqual(expect.any(String));
    expect(answer.revision).toEqual(expect.any(String));
    expect((answer.layers as string[]).length).toBeGreaterThan(0);
    expect((answer.nets as string[]).length).toBeGreaterThan(0);
    expect((answer.folders as string[]).length).toBeGreaterThan(0);
  }, 300_000);
});
