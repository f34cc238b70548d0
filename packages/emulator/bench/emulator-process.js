// Plain JavaScript, run by plain Node: the emulator in its own process, as a test or a user's server runs it.
// Reports how long importing and starting took, then its own CPU time whenever asked.
const importStarted = performance.now();
const { startEmulator } = await import('@nexar/emulator');
const imported = performance.now();
const emulator = await startEmulator({ tokenRateLimit: false, partLimit: Number.MAX_SAFE_INTEGER });
const started = performance.now();

process.send?.({
  kind: 'ready',
  importMs: imported - importStarted,
  startMs: started - imported,
  url: emulator.url,
  graphqlUrl: emulator.graphqlUrl,
  clientId: emulator.clients.supply.clientId,
  clientSecret: emulator.clients.supply.clientSecret,
});
process.on('message', (message) => {
  if (message === 'cpu') process.send?.({ kind: 'cpu', usage: process.cpuUsage() });
  if (message === 'close') void emulator.close().then(() => process.exit(0));
});
