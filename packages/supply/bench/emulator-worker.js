// Plain JavaScript: worker threads do not inherit the TypeScript loader that runs the benchmark.
import { parentPort } from 'node:worker_threads';
import { startEmulator } from '@nexar/emulator';

// The emulator (default generated catalog) on its own thread, so its work does not queue behind the client's.
const emulator = await startEmulator({ tokenRateLimit: false, partLimit: Number.MAX_SAFE_INTEGER });
parentPort?.postMessage({
  url: emulator.url,
  graphqlUrl: emulator.graphqlUrl,
  clientId: emulator.clients.supply.clientId,
  clientSecret: emulator.clients.supply.clientSecret,
});
parentPort?.once('message', () => {
  void emulator.close().then(() => parentPort?.close());
});
