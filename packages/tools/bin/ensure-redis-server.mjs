// The @nexar/redis tests run their own redis-server (Debian's package). Installs it when this is a
// Debian machine where we are root; otherwise says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Debian redis-server for the @nexar/redis tests (apt-get install redis-server)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'inherit', env });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `The @nexar/redis tests need redis-server at ${path}. Install it (Debian/Ubuntu: sudo apt-get install redis-server) ` +
    'or set REDIS_SERVER_PATH to a redis-server executable.',
);
process.exit(1);
