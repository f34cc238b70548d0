/**
 * A long iteration outlives its access token (2 s in the emulator): the provider refreshes with its
 * refresh token (offline_access) and the iteration goes on without a lost or repeated page.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ACME, type DesignHarness, projectIds, startDesignHarness } from './design-harness.js';

let harness: DesignHarness;

beforeAll(async () => {
  harness = await startDesignHarness(
    { accessTokenTtlSeconds: 2 },
    // No early renewal: the token is used until it has really expired.
    { scope: 'openid design.domain user.access offline_access', refreshSkewSeconds: 0 },
  );
});
afterAll(() => harness?.close());

it('completes an iteration across token expiry, refreshing with the refresh token', async () => {
  const design = harness.client();
  const before = harness.emulator.stats.snapshot().tokenRequests;
  expect(before.authorization_code).toBe(1);
  const tokens = new Set<string>();
  const ids: string[] = [];
  let pages = 0;
  for await (const page of design.projects(ACME, { pageSize: 6 }).pages()) {
    ids.push(...page.nodes.map((p) => p.id));
    pages += 1;
    const token = await harness.auth.getToken();
    tokens.add(token.accessToken);
    // Slow reader: after every other page, wait until the current token has expired.
    if (pages % 2 === 1 && page.pageInfo.hasNextPage) await sleepUntil(token.expiresAt + 250);
  }
  expect(ids).toEqual(projectIds('acme-robotics', 30));
  const after = harness.emulator.stats.snapshot().tokenRequests;
  expect(after.refresh_token - before.refresh_token).toBeGreaterThanOrEqual(2);
  expect(after.authorization_code).toBe(1);
  expect(after.rejected).toBe(0);
  expect(tokens.size).toBeGreaterThanOrEqual(3);
  expect(harness.events.filter((e) => e.type === 'end' && e.error)).toEqual([]);
});

function sleepUntil(epochMs: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, epochMs - Date.now())));
}
