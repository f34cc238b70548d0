#!/usr/bin/env node
/** `pnpm sample <command>` (or however it was started): dispatches to one file per command and turns failures into one line and an exit code. */
import { bom } from './commands/bom.js';
import { login } from './commands/login.js';
import { logout } from './commands/logout.js';
import { priceProject } from './commands/price-project.js';
import { projects } from './commands/projects.js';
import { search } from './commands/search.js';
import { tour } from './commands/tour.js';
import { showUsage } from './commands/usage.js';
import { web } from './commands/web.js';
import { workspaces } from './commands/workspaces.js';
import { describeError, EXIT, exitCodeOf } from './errors.js';
import { helpText } from './help.js';
import { CLI } from './invocation.js';

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  search,
  bom,
  login,
  logout,
  workspaces,
  projects,
  'price-project': priceProject,
  usage: showUsage,
  web,
};

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === 'help' || argv.includes('--help') || argv.includes('-h')) {
    console.log(helpText(CLI));
    return EXIT.ok;
  }
  if (first === undefined || first.startsWith('-')) return tour(argv);
  const command = COMMANDS[first];
  if (!command) {
    console.error(`Unknown command "${first}". Run \`${CLI} help\` for the list.`);
    return EXIT.usage;
  }
  return command(rest);
}

const argv = process.argv.slice(2);
try {
  process.exitCode = await main(argv);
} catch (error) {
  console.error(describeError(error));
  if (argv.includes('--debug') || process.env.DEBUG) console.error(error);
  process.exitCode = exitCodeOf(error);
}
