import { createInterface } from 'node:readline/promises';

/** Asks on stderr and reads one line from stdin (the default way to take a pasted address). */
export async function readLineFromTerminal(prompt: string, signal?: AbortSignal): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  try {
    return await terminal.question(prompt, signal ? { signal } : {});
  } finally {
    terminal.close();
  }
}
