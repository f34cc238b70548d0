import { describe, expect, it } from 'vitest';
import { inCliWords, invocation } from './invocation.js';

const base = { env: {}, script: '/repo/apps/sample/dist/cli/main.js', execArgv: [], cwd: '/repo' };

describe('invocation', () => {
  it('names the pnpm script as it was run: through npx, or an installed pnpm', () => {
    const npx = {
      npm_lifecycle_event: 'sample',
      npm_execpath: '/root/.npm/_npx/1a2b/node_modules/pnpm/bin/pnpm.cjs',
    };
    expect(invocation({ ...base, env: npx })).toBe('npx --yes pnpm@10 sample');
    // In a project that installs pnpm, npx runs that one: npm's settings still show it came through npx.
    const local = {
      npm_lifecycle_event: 'sample',
      npm_execpath: '/repo/node_modules/pnpm/bin/pnpm.cjs',
      npm_config_npm_version: '11.19.1',
    };
    expect(invocation({ ...base, env: local })).toBe('npx --yes pnpm@10 sample');
    const pnpm = { npm_lifecycle_event: 'sample', npm_execpath: '/usr/lib/node_modules/pnpm/bin/pnpm.cjs' };
    expect(invocation({ ...base, env: pnpm })).toBe('pnpm sample');
  });

  it('names node with the script relative to the folder it was run from, and node flags', () => {
    expect(invocation(base)).toBe('node apps/sample/dist/cli/main.js');
    expect(invocation({ ...base, cwd: '/elsewhere' })).toBe('node /repo/apps/sample/dist/cli/main.js');
    expect(
      invocation({
        ...base,
        script: '/repo/apps/sample/src/cli/main.ts',
        execArgv: ['--import', 'tsx'],
        cwd: '/repo/apps/sample',
      }),
    ).toBe('node --import tsx src/cli/main.ts');
  });

  it('names the installed bin by its name', () => {
    expect(invocation({ ...base, script: '/usr/local/bin/nexar-sample' })).toBe('nexar-sample');
  });
});

describe('inCliWords', () => {
  it('turns SDK option names into the flags that set them', () => {
    expect(inCliWords('no header found. Name the columns with the "columns" option.')).toBe(
      'no header found. Name the columns with --columns.',
    );
    expect(inCliWords('the sheet option names no sheet; maxParts option too low')).toBe(
      '--sheet names no sheet; --max-parts too low',
    );
    expect(inCliWords('a column of options')).toBe('a column of options');
  });
});
