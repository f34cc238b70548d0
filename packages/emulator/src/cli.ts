#!/usr/bin/env node
/** `pnpm emulator`: runs a local Nexar until interrupted, printing its URLs and demo credentials. */
import { parseArgs } from 'node:util';
import { startEmulator } from './start-emulator.js';
import { watchLauncher } from './watch-launcher.js';

const usage = `Usage: nexar-emulator [--port N] [--token-ttl SECONDS] [--auto-login] [--no-rate-limit]
                      [--part-limit N] [--region NAME]... [--log]`;

function parseOptions() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        'token-ttl': { type: 'string' },
        'auto-login': { type: 'boolean', default: false },
        'no-rate-limit': { type: 'boolean', default: false },
        'part-limit': { type: 'string' },
        region: { type: 'string', multiple: true },
        log: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      console.log(usage);
      process.exit(0);
    }
    return {
      port: toInteger('--port', values.port),
      ...(values['token-ttl']
        ? { accessTokenTtlSeconds: toInteger('--token-ttl', values['token-ttl']) }
        : {}),
      ...(values['part-limit'] ? { partLimit: toInteger('--part-limit', values['part-limit']) } : {}),
      autoLogin: values['auto-login'],
      ...(values['no-rate-limit'] ? { tokenRateLimit: false as const } : {}),
      extraRegions: values.region ?? [],
      log: values.log,
    };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
}

function toInteger(flag: string, value: string | undefined): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new Error(`${flag} takes a whole number, got "${value}"`);
  return number;
}

// graphql-js checks every type test against a second copy of graphql unless NODE_ENV is production (about a
// tenth of a BOM answer's CPU). The standalone emulator is a server of its own, so it runs as one; graphql
// loads with the first API request, after this line.
process.env.NODE_ENV ??= 'production';
const emulator = await startEmulator(parseOptions()).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const busy = error as { code?: unknown; port?: unknown } | null;
  console.error(
    busy?.code === 'EADDRINUSE'
      ? `The emulator could not start: port ${busy.port} is in use. Stop what uses it, or pick another port with --port N (--port 0 takes a free one).`
      : `The emulator could not start: ${message}`,
  );
  process.exit(1);
});

const { supply, design, both } = emulator.clients;
console.log(`Nexar emulator running on port ${new URL(emulator.url).port} (Ctrl+C to stop)

  Identity   ${emulator.url}   (token: ${emulator.tokenUrl})
  GraphQL    ${emulator.graphqlUrl}
${emulator.locations
  .slice(1)
  .map((location) => `  Region     ${location.name}: ${location.apiServiceUrl}\n`)
  .join('')}
  Demo applications (client id / secret):
    supply.domain                 ${supply.clientId} / ${supply.clientSecret}
    design.domain                 ${design.clientId} / ${design.clientSecret}
    supply.domain + design.domain ${both.clientId} / ${both.clientSecret}
  Demo users (password "demo"): ${emulator.users.map((user) => user.email).join(', ')}

  Use it from the SDK:
    export NEXAR_IDENTITY_URL=${emulator.url} NEXAR_API_URL=${emulator.graphqlUrl}
    export NEXAR_CLIENT_ID=${supply.clientId} NEXAR_CLIENT_SECRET=${supply.clientSecret}

  Or by hand:
    curl -X POST ${emulator.tokenUrl} -d grant_type=client_credentials \\
      -d client_id=${supply.clientId} -d client_secret=${supply.clientSecret} -d scope=supply.domain
`);

let stopping = false;
function stop(reason?: string): void {
  if (stopping) return;
  stopping = true;
  if (reason) console.error(reason);
  // Connections a client keeps open must not keep the port taken: exit after a short grace period.
  setTimeout(() => process.exit(0), 3000).unref();
  void emulator.close().finally(() => process.exit(0));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop());
// A signal sent to the command the user ran (npx, pnpm) may not reach this process: stop with it.
watchLauncher(() => stop('The command that started the emulator has ended: stopping.'));
