import { once } from 'node:events';
import { parseFlags, portNumber } from '../args.js';
import { EXIT } from '../errors.js';
import { withConnection } from '../with-connection.js';

/** The web page on localhost until Ctrl+C. With the embedded emulator, its login form signs the user in. */
export async function web(args: string[]): Promise<number> {
  const { values } = parseFlags(args, { port: { type: 'string' } }, 'web');
  const port = values.port === undefined ? undefined : portNumber(values.port);
  const { startWebApp } = await import('../../web/index.js');
  return withConnection(
    async (connection) => {
      const stop = new AbortController();
      const app = await startWebApp({ connection, port, signal: stop.signal });
      console.log(`Open ${app.url} in a browser. Ctrl+C stops the server.`);
      await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')]);
      stop.abort();
      await app.close();
      return EXIT.ok;
    },
    { emulator: {} },
  );
}
