import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { type AddressInfo, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const run = promisify(execFile);

/** Starts `nexar-emulator --port 0` and resolves with what it printed once its banner is complete. */
async function startCli(): Promise<{ child: ChildProcess; banner: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let banner = '';
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  for await (const chunk of child.stdout ?? []) {
    banner += (chunk as Buffer).toString();
    if (banner.includes('Or by hand:') && banner.trimEnd().endsWith('scope=supply.domain')) break;
  }
  if (!banner.includes('Nexar emulator running')) throw new Error(`the emulator did not start: ${errors}`);
  return { child, banner };
}

function field(banner: string, pattern: RegExp): string {
  const value = pattern.exec(banner)?.[1];
  if (!value) throw new Error(`${pattern} not found in:\n${banner}`);
  return value;
}

describe('pnpm emulator (the CLI)', () => {
  let child: ChildProcess;
  let banner: string;
  beforeAll(async () => {
    ({ child, banner } = await startCli());
  }, 60_000);
  afterAll(async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('prints its URLs and the three demo applications', () => {
    expect(banner).toMatch(/Identity +http:\/\/127\.0\.0\.1:\d+/);
    expect(banner).toMatch(/GraphQL +http:\/\/127\.0\.0\.1:\d+\/graphql/);
    expect(banner).toContain('demo-supply-app');
    expect(banner).toContain('demo-design-app');
    expect(banner).toContain('demo-both-app');
  });

  it("answers the documentation's curl token request and its first query", async () => {
    const tokenUrl = field(banner, /\(token: (\S+)\)/);
    const graphqlUrl = field(banner, /GraphQL +(\S+)/);
    const clientId = field(banner, /supply\.domain +(\S+) \//);
    const clientSecret = field(banner, /supply\.domain +\S+ \/ (\S+)/);
    // The request from Nexar's Octopart authorization page, pointed at the emulator.
    const { stdout: tokenJson } = await run('curl', [
      '-sS',
      '-X',
      'POST',
      tokenUrl,
      '-H',
      'Content-Type: application/x-www-form-urlencoded',
      '-d',
      'grant_type=client_credentials',
      '-d',
      `client_id=${clientId}`,
      '-d',
      `client_secret=${clientSecret}`,
      '-d',
      'scope=supply.domain',
    ]);
    const token = JSON.parse(tokenJson) as { access_token: string; expires_in: number; token_type: string };
    expect(token.expires_in).toBe(86400);
    expect(token.token_type).toBe('Bearer');

    const { stdout: answerJson } = await run('curl', [
      '-sS',
      '-X',
      'POST',
      graphqlUrl,
      '-H',
      `Authorization: Bearer ${token.access_token}`,
      '-H',
      'Content-Type: application/json',
      '-d',
      '{ "query": "{ supSearchMpn(q: \\"LM358\\", limit: 1) { hits results { part { mpn } } } }" }',
    ]);
    const answer = JSON.parse(answerJson) as {
      data: { supSearchMpn: { hits: number; results: { part: { mpn: string } }[] } };
    };
    expect(answer.data.supSearchMpn.hits).toBeGreaterThan(0);
    expect(answer.data.supSearchMpn.results).toHaveLength(1);
    expect(answer.data.supSearchMpn.results[0]?.part.mpn).toMatch(/^LM358/);
  });

  it('stops on SIGTERM', async () => {
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });
});

describe('CLI arguments', () => {
  it('rejects a bad port with the usage and exit code 2', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', cli, '--port', 'eighty']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(/--port takes a whole number.*\n.*Usage/s);
  });

  it('names a busy port and how to pick another', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const failure = await run(process.execPath, ['--import', 'tsx', cli, '--port', String(port)]).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure).toMatchObject({ code: 1 });
      expect((failure as { stderr: string }).stderr).toContain(`port ${port} is in use`);
      expect((failure as { stderr: string }).stderr).toContain('--port 0');
    } finally {
      taken.close();
    }
  });
});
