// @nexar/auth installed alone: a client-credentials token from the emulator, then an authorised call.
import assert from 'node:assert/strict';
import { authFetch, clientCredentials, NexarAuthError } from '@nexar/auth';
import { FileTokenStore } from '@nexar/auth/node';

const auth = clientCredentials(); // NEXAR_IDENTITY_URL, NEXAR_CLIENT_ID, NEXAR_CLIENT_SECRET
const token = await auth.getToken();
assert.equal(token.tokenType, 'Bearer');
assert.deepEqual(token.scope, ['supply.domain']);
assert.ok(token.expiresAt > Date.now());
assert.equal((await auth.getToken()).accessToken, token.accessToken, 'the token is cached');

const response = await authFetch(auth)(process.env.NEXAR_API_URL, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ supSearchMpn(q: "LM358", limit: 1) { hits } }' }),
});
assert.equal(response.status, 200);
const { data } = await response.json();
assert.ok(data.supSearchMpn.hits > 0);

const wrong = clientCredentials({ clientSecret: 'not-the-secret' });
await assert.rejects(
  wrong.getToken(),
  (error) => error instanceof NexarAuthError && error.code === 'invalid_client',
);
assert.equal(typeof FileTokenStore, 'function');
console.log('auth ok');
