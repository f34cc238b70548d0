import { once } from 'node:events';
import { parseFlags } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import { withConnection } from '../with-connection.js';

export const usage = 'web [--port N]';

/** The web page on localhost until Ctrl+C. With the embedded emulator, its login form signs the user in. */
export async function web(args: string[]): Promise<number> {
  const { values } = parseFlags(args, { port: { type: 'string' } }, 'web');
  const port = values.port === undefined ? undefined : Number(values.port);
  if (
    port !== undefined &&
    !(Number.isInteger(port) && port >= 0 && port <= 65535 && /^\d+$/.test(values.port ?? ''))
  ) {
    throw new UsageError(`--port takes a port number from 0 to 65535, not "${values.port}".`);
  }
  const { startWebApp } = await import('../../web/index.js');
  return withConnection(
    async (connection) => {
      const stop = new AbortController();
      const app = await startWebApp({
        connection,
        ...(port === undefined ? {} : { port }),
        signal: stop.signal,
      });
      console.log(`Open ${app.url} in a browser. Ctrl+C stops the server.`);
      await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
      stop.abort();
      await app.close();
      return EXIT.ok;
    },
    { emulator: {} },
  );
}
