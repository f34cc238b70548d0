// Plain JavaScript, run with node: the emulator (the benchmark's catalog, bench-catalog.js) in its own process, so its
// CPU and memory are not the client's. Tells the parent its URLs and the supply app's credentials.
import { startEmulator } from '@nexar/emulator';
import { BENCH_CATALOG_PARTS, benchCatalog } from './bench-catalog.js';

const emulator = await startEmulator({
  catalog: benchCatalog(BENCH_CATALOG_PARTS),
  tokenRateLimit: false,
  partLimit: Number.MAX_SAFE_INTEGER,
});
process.send?.({
  url: emulator.url,
  graphqlUrl: emulator.graphqlUrl,
  clientId: emulator.clients.supply.clientId,
  clientSecret: emulator.clients.supply.clientSecret,
});
process.once('message', () => {
  void emulator.close().then(() => process.exit(0));
});
process.once('disconnect', () => {
  void emulator.close().then(() => process.exit(0));
});
