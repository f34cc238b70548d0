// Runs the workspace's checks and tests through turbo, then prints one line for the whole run:
// `tests: N passed, N failed, N skipped`, summed from every package's vitest JSON report.
// Every package's tasks run even after one fails (--continue), so the line covers them all.
// Extra arguments go to turbo (e.g. --filter=@nexar/auth). Exits with turbo's code, or 1 when a report
// counts a failure or a package's tests did not run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const reportPath = (dir) => join(dir, 'test-output', 'vitest-results.json');
const packageDirs = ['packages', 'apps'].flatMap((group) =>
  readdirSync(join(root, group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, group, entry.name, 'package.json')))
    .map((entry) => join(root, group, entry.name)),
);

// Reports from an earlier run must not be counted again (turbo restores them on a cache hit).
for (const dir of packageDirs) rmSync(reportPath(dir), { force: true });

const turbo = spawnSync(
  'turbo',
  [
    'run',
    'typecheck',
    'test',
    'check-exports',
    '--output-logs=errors-only',
    '--continue',
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
  },
);

const total = { passed: 0, failed: 0, skipped: 0 };
const missing = [];
for (const dir of packageDirs) {
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
  if (!existsSync(reportPath(dir))) {
    if (existsSync(join(dir, 'vitest.config.ts'))) missing.push(name);
    continue;
  }
  const report = JSON.parse(readFileSync(reportPath(dir), 'utf8'));
  const counts = {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
  for (const key of Object.keys(total)) total[key] += counts[key];
  console.log(`  ${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}
if (missing.length > 0) console.log(`  no test report from ${missing.join(', ')} (their tests did not run)`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);

// With a --filter, packages outside it have no report by design.
const filtered = process.argv.length > 2;
const code = turbo.status ?? 1;
process.exit(code !== 0 ? code : total.failed > 0 || (missing.length > 0 && !filtered) ? 1 : 0);
