import { afterAll, beforeAll, expect, it } from 'vitest';
import { type CliHarness, finished, startCliHarness } from './cli-harness.js';

let cli: CliHarness;
beforeAll(async () => {
  cli = await startCliHarness();
});
afterAll(() => cli?.close());

it('web serves the page until Ctrl+C, then exits 0', async () => {
  const child = cli.start(['web', '--port', '0']);
  const result = finished(child);
  const address = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk: string) => {
      text += chunk;
      const url = /^Open (http:\/\/\S+) in a browser\./m.exec(text)?.[1];
      if (url) resolve(url);
    });
    child.once('close', () => reject(new Error(`web ended without an address:\n${text}`)));
  });
  const page = await fetch(address);
  expect(page.status).toBe(200);
  expect(page.headers.get('content-type')).toMatch(/text\/html/);
  await page.arrayBuffer();
  child.kill('SIGINT');
  const { code } = await result;
  expect(code).toBe(0);
});

it('web refuses a bad port', async () => {
  const { code, stderr } = await cli.run(['web', '--port', '70000']);
  expect(code).toBe(2);
  expect(stderr.trim()).toBe('--port takes a port number from 0 to 65535, not "70000".');
});
