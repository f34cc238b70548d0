// Plain JavaScript, run by plain Node: the emulator in its own process, as a test or a user's server runs it.
// Reports how long importing, starting and the first token took, then its own CPU time whenever asked.
const importStarted = performance.now();
const { startEmulator } = await import('@nexar/emulator');
const imported = performance.now();
const emulator = await startEmulator({ tokenRateLimit: false, partLimit: Number.MAX_SAFE_INTEGER });
const started = performance.now();
// The first token: what a test waits for after the start (the identity may still be loading).
const tokenResponse = await fetch(emulator.tokenUrl, {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: emulator.clients.supply.clientId,
    client_secret: emulator.clients.supply.clientSecret,
    scope: 'supply.domain',
  }),
});
if (!tokenResponse.ok) throw new Error(`first token request failed: ${tokenResponse.status}`);
const firstToken = performance.now();

process.send?.({
  kind: 'ready',
  importMs: imported - importStarted,
  startMs: started - imported,
  firstTokenMs: firstToken - started,
  url: emulator.url,
  graphqlUrl: emulator.graphqlUrl,
  clientId: emulator.clients.supply.clientId,
  clientSecret: emulator.clients.supply.clientSecret,
});
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ kind: 'cpu', usage: process.cpuUsage() });
  if (message === 'close') void emulator.close().then(() => process.exit(0));
});
