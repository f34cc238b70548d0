import { type ConnectOptions, connect, type SampleConnection } from '../setup/index.js';
import { debugEventPrinter } from './debug-events.js';

/**
 * Connects (printing where to on stderr), runs `task` and closes, also on failure. The terminal's
 * embedded emulator signs its demo user in by itself, so design commands run unattended.
 */
export async function withConnection<T>(
  task: (connection: SampleConnection) => Promise<T>,
  options: ConnectOptions = {},
): Promise<T> {
  const debug = process.argv.includes('--debug') || Boolean(process.env.DEBUG);
  const connection = await connect({
    emulator: { autoLogin: true },
    ...(debug ? { onEvent: debugEventPrinter() } : {}),
    ...options,
  });
  console.error(connection.banner);
  try {
    return await task(connection);
  } finally {
    await connection.close();
  }
}
