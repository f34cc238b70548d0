import type { EnvironmentSource } from '../environment.js';

/** Variables set by CI services (GitHub Actions, GitLab, CircleCI, Jenkins, Buildkite, Azure, ...). */
const CI_VARIABLES = ['CI', 'CONTINUOUS_INTEGRATION', 'BUILD_NUMBER', 'RUN_ID', 'TF_BUILD', 'JENKINS_URL'];
const SSH_VARIABLES = ['SSH_CONNECTION', 'SSH_CLIENT', 'SSH_TTY'];

/**
 * Why a browser on this machine cannot take part in a loopback login, or undefined when it can: a CI
 * job, an SSH session (a browser would open on the remote machine, not the user's), or a Linux/BSD
 * machine with no graphical display (containers, WSL without WSLg, servers).
 */
export function noDisplayReason(
  env: EnvironmentSource = process.env,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const set = (name: string) => (env[name]?.trim() ?? '') !== '' && env[name] !== 'false';
  const ci = CI_VARIABLES.find(set);
  if (ci) return `a CI environment (${ci} is set)`;
  const ssh = SSH_VARIABLES.find(set);
  if (ssh) return `an SSH session (${ssh} is set)`;
  const unixLike = platform !== 'win32' && platform !== 'darwin';
  if (unixLike && !set('DISPLAY') && !set('WAYLAND_DISPLAY')) {
    return 'no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set)';
  }
  return undefined;
}
