#!/usr/bin/env node
import { runSchemaPull } from './run.js';

process.exitCode = await runSchemaPull(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
});
