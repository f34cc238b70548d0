/**
 * How the user started this CLI, so help, hints and errors name commands the way they typed them:
 * `npx --yes pnpm@10 sample`, `pnpm sample`, `nexar-sample` or `node <path>`.
 */
import { basename, isAbsolute, relative } from 'node:path';

export interface InvocationSource {
  env: NodeJS.ProcessEnv;
  /** The script node ran (`process.argv[1]`). */
  script: string;
  /** Node's own flags (`process.execArgv`), e.g. `--import tsx`. */
  execArgv: readonly string[];
  cwd: string;
}

export function invocation(source: InvocationSource): string {
  const { env, script, execArgv, cwd } = source;
  if (env.npm_lifecycle_event === 'sample') {
    // Started through npx, pnpm inherits npm's own settings (`npm_config_npm_version`); its path is in npm's
    // `_npx` cache unless the project installs pnpm itself. A pnpm run from the shell has neither.
    const throughNpx =
      env.npm_config_npm_version !== undefined || /[\\/]_npx[\\/]/.test(env.npm_execpath ?? '');
    return throughNpx ? 'npx --yes pnpm@10 sample' : 'pnpm sample';
  }
  if (basename(script) === 'nexar-sample') return 'nexar-sample';
  const path = relative(cwd, script);
  const shown = path === '' || path.startsWith('..') || isAbsolute(path) ? script : path;
  return ['node', ...execArgv, shown].join(' ');
}

/** This process's command, worked out once. */
export const CLI = invocation({
  env: process.env,
  script: process.argv[1] ?? 'main.js',
  execArgv: process.execArgv,
  cwd: process.cwd(),
});

const FLAG_OF_OPTION: Record<string, string> = {
  columns: '--columns',
  sheet: '--sheet',
  maxParts: '--max-parts',
  buildQuantity: '--qty',
};

/** An SDK message in the terminal's words: the `columns` option is `--columns` here. */
export function inCliWords(message: string): string {
  return message.replace(
    /(?:the )?["'`]?\b(columns|sheet|maxParts|buildQuantity)\b["'`]? option/g,
    (_match, name: string) => FLAG_OF_OPTION[name] ?? name,
  );
}
