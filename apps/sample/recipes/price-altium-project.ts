/**
 * An Altium 365 project's BOM priced with Octopart data: the user logs in once in the browser (design
 * data is the user's), the app's own token prices the parts (supply data is the app's).
 *
 *   NEXAR_CLIENT_ID=... NEXAR_CLIENT_SECRET=... node --import tsx price-altium-project.ts [projectId] [boards]
 *
 * Without a project id it lists your projects. `--no-browser` prints the login address instead of
 * opening it. Your Nexar app must allow the redirect URI http://localhost:3000/login.
 * Needs: npm i @nexar/auth @nexar/design @nexar/supply
 */
import { authorizationCode, FileTokenStore } from '@nexar/auth/node';
import { createDesignClient } from '@nexar/design/node';
import { createSupplyClient, matchBom } from '@nexar/supply/node';

const args = process.argv.slice(2);
const noBrowser = args.includes('--no-browser');
const [projectId, boards = '1'] = args.filter((arg) => !arg.startsWith('--'));

// The user's tokens are kept in ~/.nexar/tokens.json, so the next run needs no login.
const user = authorizationCode({
  scope: 'openid user.access design.domain offline_access',
  store: new FileTokenStore(),
});
if (!(await user.hasSession())) {
  await user.login({
    openBrowser: noBrowser ? false : undefined,
    // Another loopback port, if your app allows any (Nexar's examples register 3000).
    port: process.env.LOGIN_PORT ? Number(process.env.LOGIN_PORT) : undefined,
  });
}
const design = createDesignClient({ auth: user });

if (!projectId) {
  for await (const project of design.projects()) console.log(`${project.id}\t${project.name}`);
  console.log('Price one: price-altium-project.ts <projectId> [boards]');
  process.exit(0);
}

const bom = await design.projectBom(projectId);
console.error(
  `${bom.lines.length} BOM lines of variant ${bom.variant} (${bom.notFitted.length} not fitted).`,
);

// Supply data with the app's own token (client credentials, from the same environment variables).
const supply = createSupplyClient();
const priced = await matchBom(bom.lines, { client: supply, buildQuantity: Number(boards) });

for (const line of priced.lines) {
  const offer = line.pricing?.priced ? line.pricing.offer : undefined;
  const price = offer
    ? `${offer.extended.amount.toFixed(offer.extended.digits)} at ${offer.seller.name}`
    : line.status;
  console.log(`${line.line.designators?.join(',') ?? ''}\t${line.line.mpn}\t${line.need}\t${price}`);
}
const { summary, total } = priced;
console.log(
  `Total: ${total.amount.toFixed(total.digits)} ${total.currency} (${summary.priced}/${summary.lines} lines priced)`,
);
