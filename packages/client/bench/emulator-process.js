// Plain JavaScript, run with node: the emulator in its own process, so the CPU time the benchmark reads
// with process.cpuUsage() is the client's alone.
import { startEmulator } from '@nexar/emulator';

const emulator = await startEmulator({ tokenRateLimit: false, partLimit: Number.MAX_SAFE_INTEGER });
process.send?.({
  identityUrl: emulator.url,
  graphqlUrl: emulator.graphqlUrl,
  clientId: emulator.clients.supply.clientId,
  clientSecret: emulator.clients.supply.clientSecret,
});
process.once('message', () => {
  void emulator.close().then(() => process.exit(0));
});
