// Plain JavaScript, run with node: an emulator in its own process (as `pnpm emulator` would be), telling
// the parent its URLs and the supply app's credentials.
import { startEmulator } from '@nexar/emulator';

const emulator = await startEmulator({ tokenRateLimit: false });
process.send?.({
  identityUrl: emulator.url,
  apiUrl: emulator.graphqlUrl,
  clientId: emulator.clients.supply.clientId,
  clientSecret: emulator.clients.supply.clientSecret,
});
process.once('message', () => {
  void emulator.close().then(() => process.exit(0));
});
