// `pnpm release`: publishes the packages whose versions the changesets raised (after `pnpm changeset version`).
// `pnpm release --dry-run`: publishes nothing; prints the pending version bumps and, per package, the files
// its tarball would hold.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const run = (command, args) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('turbo', ['run', 'build', '--filter=./packages/*', '--output-logs=errors-only']);
if (process.argv.includes('--dry-run')) {
  run('changeset', ['status', '--verbose']);
  run('pnpm', ['--filter=./packages/*', '--filter=!@nexar/tools', 'publish', '--dry-run', '--no-git-checks']);
} else {
  run('changeset', ['publish']);
}
