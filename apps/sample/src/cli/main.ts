#!/usr/bin/env node
/** `pnpm sample <command>` (or however it was started): dispatches to one file per command and turns failures into one line and an exit code. */
import { setFlagsFromString } from 'node:v8';
import { describeError, EXIT, exitCodeOf } from './errors.js';
import { helpText } from './help.js';
import { CLI } from './invocation.js';

// Node's fetch parses HTTP with undici's llhttp, compiled to WebAssembly: V8 compiles it a second time
// with its optimising tier in the background, and the process waits for that compile before it exits
// (0.1–0.2 s after a command's last answer). A command sends few requests; the baseline tier is plenty.
setFlagsFromString('--liftoff-only');

type Command = (args: string[]) => Promise<number>;

/**
 * Each command's module is loaded when it runs, so a command starts with only what it needs
 * (`search` never loads the BOM readers, the purchase plan or the web page).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  search: async () => (await import('./commands/search.js')).search,
  bom: async () => (await import('./commands/bom.js')).bom,
  login: async () => (await import('./commands/login.js')).login,
  logout: async () => (await import('./commands/logout.js')).logout,
  workspaces: async () => (await import('./commands/workspaces.js')).workspaces,
  projects: async () => (await import('./commands/projects.js')).projects,
  'price-project': async () => (await import('./commands/price-project.js')).priceProject,
  usage: async () => (await import('./commands/usage.js')).showUsage,
  web: async () => (await import('./commands/web.js')).web,
};

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === 'help' || argv.includes('--help') || argv.includes('-h')) {
    console.log(helpText(CLI));
    return EXIT.ok;
  }
  if (first === undefined || first.startsWith('-')) {
    const { tour } = await import('./commands/tour.js');
    return tour(argv);
  }
  const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!load) {
    console.error(`Unknown command "${first}". Run \`${CLI} help\` for the list.`);
    return EXIT.usage;
  }
  return (await load())(rest);
}

const argv = process.argv.slice(2);
try {
  process.exitCode = await main(argv);
} catch (error) {
  console.error(describeError(error));
  if (argv.includes('--debug') || process.env.DEBUG) console.error(error);
  process.exitCode = exitCodeOf(error);
}
