// @nexar/emulator installed alone: started from code, asked for a token and a query, closed.
import assert from 'node:assert/strict';
import { startEmulator } from '@nexar/emulator';

const emulator = await startEmulator({ tokenRateLimit: false });
try {
  const { clientId, clientSecret } = emulator.clients.supply;
  const tokenAnswer = await fetch(emulator.tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
      scope: 'supply.domain',
    }),
  });
  assert.equal(tokenAnswer.status, 200);
  const { access_token: token } = await tokenAnswer.json();
  const answer = await fetch(emulator.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ supSearchMpn(q: "LM358", limit: 1) { hits } }' }),
  });
  assert.equal(answer.status, 200);
  assert.ok((await answer.json()).data.supSearchMpn.hits > 0);
} finally {
  await emulator.close();
}
await assert.rejects(fetch(emulator.tokenUrl), 'the port is closed after close()');
console.log('emulator ok');
