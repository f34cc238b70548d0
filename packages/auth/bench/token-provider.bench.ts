/**
 * Token provider benchmark against the local emulator:
 * - cached getToken() throughput, as a ratio to a bare async function call measured in the same run;
 * - token requests caused by 10,000 concurrent callers on a cold provider, and on an expiring one.
 */
import { startEmulator } from '@nexar/emulator';
import { clientCredentials } from '../src/index.js';

const CALLS = 1_000_000;
const FAN_OUT = 10_000;

/** Calls per second of `call`, awaited one after another, best of three runs. */
async function throughput(call: () => Promise<unknown>, calls: number): Promise<number> {
  let best = 0;
  for (let run = 0; run < 3; run += 1) {
    const started = performance.now();
    for (let i = 0; i < calls; i += 1) await call();
    const seconds = (performance.now() - started) / 1000;
    best = Math.max(best, calls / seconds);
  }
  return best;
}

function format(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

const emu = await startEmulator({ tokenRateLimit: false });
try {
  const options = { ...emu.clients.supply, tokenUrl: emu.tokenUrl, env: {} };
  const requests = () => emu.stats.snapshot().tokenRequests.total;

  // Cached getToken() against a bare async call returning the same object.
  const warm = clientCredentials(options);
  const token = await warm.getToken();
  const bare = async () => token;
  await throughput(bare, CALLS / 10); // warm-up
  await throughput(() => warm.getToken(), CALLS / 10);
  const baseline = await throughput(bare, CALLS);
  const cached = await throughput(() => warm.getToken(), CALLS);

  // Cold fan-out: every caller arrives before any token exists.
  const cold = clientCredentials(options);
  let before = requests();
  const coldTokens = await Promise.all(Array.from({ length: FAN_OUT }, () => cold.getToken()));
  const coldRequests = requests() - before;
  const distinct = new Set(coldTokens.map((t) => t.accessToken)).size;

  // Expiring fan-out: the cached token has entered its refresh window.
  let now = Date.now();
  const expiring = clientCredentials({ ...options, now: () => now });
  const first = await expiring.getToken();
  now = first.expiresAt - 60_000;
  before = requests();
  await Promise.all(Array.from({ length: FAN_OUT }, () => expiring.getToken()));
  const expiringRequests = requests() - before;

  console.log('@nexar/auth token provider (against the local emulator)');
  console.log(`  bare async call           ${format(baseline).padStart(14)} calls/s   (baseline)`);
  console.log(
    `  cached getToken()         ${format(cached).padStart(14)} calls/s   ${(cached / baseline).toFixed(2)}x baseline`,
  );
  console.log(
    `  cold fan-out              ${format(FAN_OUT)} callers -> ${coldRequests} token request(s), ${distinct} distinct token(s)`,
  );
  console.log(
    `  expiring fan-out          ${format(FAN_OUT)} callers -> ${expiringRequests} token request(s)`,
  );
  console.log(`  token requests per 10,000 callers: cold ${coldRequests}, expiring ${expiringRequests}`);
  if (coldRequests !== 1 || expiringRequests !== 1) process.exitCode = 1;
} finally {
  await emu.close();
}
