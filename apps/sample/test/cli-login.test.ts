import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, finished, startCliHarness } from './cli-harness.js';

let cli: CliHarness;
beforeAll(async () => {
  cli = await startCliHarness();
});
afterAll(() => cli?.close());

describe('login and the design commands', () => {
  it('usage without a login: one sentence saying to log in, exit 2', async () => {
    const { code, stdout, stderr } = await cli.run(['usage']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /shows an app's part usage to a signed-in user only: run `node --import tsx src\/cli\/main.ts login`/,
    );
  });

  it('design commands without a login: "log in first", exit 2', async () => {
    const { code, stderr } = await cli.run(['workspaces']);
    expect(code).toBe(2);
    expect(stderr).toContain('Not logged in: log in first with `node --import tsx src/cli/main.ts login`.');
  });

  it('logs in through the browser: --no-browser prints the address, the browser follows it', async () => {
    const child = cli.start(['login', '--no-browser']);
    const result = finished(child);
    const address = await new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdout.on('data', (chunk: string) => {
        text += chunk;
        const url = /^\s*(http\S+\/connect\/authorize\?\S+)$/m.exec(text)?.[1];
        if (url) resolve(url);
      });
      child.once('close', () => reject(new Error(`login ended without an address:\n${text}`)));
    });
    const url = new URL(address);
    expect(url.origin).toBe(cli.emulator.url);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('scope')).toBe('openid design.domain user.access offline_access');
    expect(new URL(url.searchParams.get('redirect_uri') as string).hostname).toBe('localhost');

    // The emulator's autoLogin stands in for the user: the browser ends on the CLI's loopback page.
    const page = await fetch(address);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Signed in to Nexar');

    const { code, stdout } = await result;
    expect(code).toBe(0);
    expect(stdout).toMatch(/Logged in as .+ \(dana@example\.com\)\./);
    // Here (Linux without a Secret Service) the keychain is not available: the plain-text fallback says so.
    if (process.platform === 'linux') {
      expect(stdout).toMatch(/No OS keychain: .+\. Tokens are kept in plain text in .+tokens\.json/);
    }
  });

  it('--debug prints what the token providers do, without a token', async () => {
    const { code, stderr } = await cli.run(['workspaces', '--debug']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^\[auth\] token from store, valid until \S+$/m);
    const file = JSON.parse(await readFile(join(cli.home, '.nexar', 'tokens.json'), 'utf8')) as {
      tokens: Record<string, string>;
    };
    for (const entry of Object.values(file.tokens)) {
      const set = JSON.parse(entry) as { accessToken: string; refreshToken?: string };
      expect(stderr).not.toContain(set.accessToken);
      if (set.refreshToken) expect(stderr).not.toContain(set.refreshToken);
    }
  });

  it('lists workspaces and projects, and prices a project, with no new login', async () => {
    const codeGrants = cli.emulator.stats.snapshot().tokenRequests.authorization_code;

    const spaces = await cli.run(['workspaces']);
    expect(spaces.code).toBe(0);
    expect(spaces.stdout).toMatch(
      /^Acme Robotics \(default\)\s+https:\/\/acme-robotics\.365\.altium\.com\s+US West$/m,
    );

    const listed = await cli.run(['projects', 'acme robotics']);
    expect(listed.code).toBe(0);
    const projectId = /^(\S+)\s{2}/m.exec(listed.stdout.split('\n').slice(2).join('\n'))?.[1];
    expect(projectId).toBeDefined();

    const priced = await cli.run(['price-project', projectId as string, '--qty', '25', '--json']);
    expect([0, 1]).toContain(priced.code);
    expect(priced.stderr).toMatch(/BOM lines \(\d+ not fitted\)/);
    const result = JSON.parse(priced.stdout) as { buildQuantity: number; summary: { lines: number } };
    expect(result.buildQuantity).toBe(25);
    expect(result.summary.lines).toBeGreaterThan(0);

    const unknown = await cli.run(['price-project', 'prj-nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('"prj-nope" was not found');

    expect(cli.emulator.stats.snapshot().tokenRequests.authorization_code).toBe(codeGrants);
  });

  it("shows the app's part usage to the signed-in user", async () => {
    expect((await cli.run(['search', 'LM358', '--limit', '3'])).code).toBe(0);
    const app = cli.emulator.applications.byClientId(cli.env.NEXAR_CLIENT_ID as string);
    expect(app?.partCounter).toBeGreaterThan(0);
    const { code, stdout } = await cli.run(['usage']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(
      `Demo supply + design app: ${app?.partCounter.toLocaleString('en')} parts used of 1,000 this month (${(1000 - (app?.partCounter ?? 0)).toLocaleString('en')} left).`,
    );
  });

  it('logs out; then design commands ask for a login again', async () => {
    const out = await cli.run(['logout']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Logged out.');
    const { code, stderr } = await cli.run(['workspaces']);
    expect(code).toBe(2);
    expect(stderr).toContain('log in first');
  });
});
