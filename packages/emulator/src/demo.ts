/**
 * `pnpm demo`: the token request and the first query from Nexar's documentation, against a local emulator.
 * Ends by itself.
 */
import { startEmulator } from './start-emulator.js';

const emulator = await startEmulator();
try {
  const { clientId, clientSecret } = emulator.clients.supply;
  console.log(`Local Nexar emulator at ${emulator.url}\n`);

  console.log(`POST ${emulator.tokenUrl}  (grant_type=client_credentials, scope=supply.domain)`);
  const tokenResponse = await fetch(emulator.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
      scope: 'supply.domain',
    }),
  });
  const token = (await tokenResponse.json()) as {
    access_token: string;
    expires_in: number;
    token_type: string;
  };
  console.log(`  -> ${tokenResponse.status}: a ${token.token_type} token valid for ${token.expires_in} s\n`);

  const query =
    '{ supSearchMpn(q: "LM358", limit: 1) { hits results { part { mpn manufacturer { name } } } } }';
  console.log(`POST ${emulator.graphqlUrl}\n  ${query}`);
  const apiResponse = await fetch(emulator.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  console.log(`  -> ${apiResponse.status}: ${JSON.stringify(await apiResponse.json())}\n`);
  console.log(`Parts returned so far: ${emulator.stats.snapshot().partsReturned}`);
} finally {
  await emulator.close();
}
