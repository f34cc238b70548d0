// Preloaded into each measured CLI run: prints the process's own CPU time at exit, on stderr.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-ms:${(user + system) / 1000}\n`);
});
