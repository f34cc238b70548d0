/** Command-line flags with `node:util` parseArgs, and the checks that turn bad values into one clear line. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './errors.js';
import { CLI } from './invocation.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Flags every command takes. */
const COMMON = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
} as const satisfies Options;

/** What a flag holds: `true` for a boolean flag given, the text of a string flag; absent when not given. */
export type FlagValues<T extends Options> = {
  [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string;
};

/** A command's flags and positionals; an unknown flag or a missing value is a `UsageError`. */
export function parseFlags<T extends Options>(
  args: string[],
  options: T,
  command: string,
): { values: FlagValues<T & typeof COMMON>; positionals: string[] } {
  try {
    const config = { args, options: { ...COMMON, ...options }, allowPositionals: true, strict: true };
    const { values, positionals } = parseArgs(config);
    return { values: values as FlagValues<T & typeof COMMON>, positionals };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('. ')[0] : String(error);
    throw new UsageError(`${command}: ${reason}. See \`${CLI} help\`.`);
  }
}

/** A whole number of at least 1, from a flag's text (or the default when the flag is absent). */
export function positiveInteger(text: string | undefined, flag: string, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`${flag} takes a whole number of 1 or more, not "${text}".`);
  }
  return value;
}

/** A TCP port, 0 (any free one) to 65535. */
export function portNumber(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 65535) {
    throw new UsageError(`--port takes a port number from 0 to 65535, not "${text}".`);
  }
  return value;
}

/** An ISO 4217 code (EUR, USD, ...), upper case. */
export function currencyCode(text: string | undefined, fallback = 'USD'): string {
  if (text === undefined) return fallback;
  if (!/^[A-Za-z]{3}$/.test(text)) {
    throw new UsageError(`--currency takes a three-letter currency code such as USD or EUR, not "${text}".`);
  }
  return text.toUpperCase();
}
