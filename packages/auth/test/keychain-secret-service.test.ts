/**
 * The keychain store against a real Secret Service: Debian's gnome-keyring in a private D-Bus session
 * (`dbus-run-session`), unlocked with a throwaway password, under a temporary HOME. Each step runs in a
 * process of its own, so what a later one reads came from the keychain, not from memory.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DAEMON = '/usr/bin/gnome-keyring-daemon';
const SESSION = '/usr/bin/dbus-run-session';
const STEP = fileURLToPath(new URL('./fixtures/keychain-round.ts', import.meta.url));

let home: string;
beforeAll(async () => {
  for (const tool of [DAEMON, SESSION]) {
    if (!existsSync(tool)) {
      throw new Error(`${tool} is missing: install Debian's gnome-keyring and dbus packages (.ci/run does).`);
    }
  }
  home = await mkdtemp(join(tmpdir(), 'nexar-secret-service-'));
});
afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

/** Runs the steps one after another in one D-Bus session with its own unlocked keyring. */
function inSession(steps: string[][]): Promise<unknown[]> {
  const node = (args: string[]) =>
    ['node', '--import', 'tsx', STEP, ...args].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const script = [
    `printf throwaway | ${DAEMON} --unlock --components=secrets >/dev/null`,
    ...steps.map(node),
  ].join(' && ');
  return new Promise((resolve, reject) => {
    execFile(
      SESSION,
      ['--', 'sh', '-c', script],
      {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        env: { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_RUNTIME_DIR: home },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else
          resolve(
            stdout
              .trim()
              .split('\n')
              .map((line) => JSON.parse(line) as unknown),
          );
      },
    );
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('KeychainTokenStore on a real Secret Service', () => {
  it('keeps a token across processes, encrypted at rest, and deletes it', async () => {
    const key = 'https://identity.nexar.com client-1 design.domain openid offline_access';
    const token = '{"accessToken":"at-secret-4711","refreshToken":"rt-secret-4711"}';
    const locks = join(home, 'locks');
    const results = await inSession([
      ['write', key, token, locks],
      ['read', key, '', locks],
      ['delete', key, '', locks],
      ['read', key, '', locks],
    ]);
    expect(results).toEqual([
      { available: true, read: token },
      { available: true, read: token },
      { available: true, read: null },
      { available: true, read: null },
    ]);
    // The keyring files exist, and nothing on disk holds the token in plain text.
    const files = await filesUnder(home);
    expect(files.some((file) => file.includes('keyrings'))).toBe(true);
    for (const file of files) {
      expect(await readFile(file, 'latin1'), file).not.toContain('at-secret-4711');
    }
  }, 120_000);
});
