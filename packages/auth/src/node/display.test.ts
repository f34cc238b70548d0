import { describe, expect, it } from 'vitest';
import { noDisplayReason } from './display.js';

describe('noDisplayReason', () => {
  it('finds CI, SSH and a Linux machine without a display', () => {
    expect(noDisplayReason({ GITHUB_ACTIONS: 'true', CI: 'true' }, 'darwin')).toContain('CI');
    expect(noDisplayReason({ SSH_TTY: '/dev/pts/1' }, 'darwin')).toContain('SSH');
    expect(noDisplayReason({}, 'linux')).toContain('neither DISPLAY nor WAYLAND_DISPLAY');
    expect(noDisplayReason({ WSL_DISTRO_NAME: 'Ubuntu' }, 'linux')).toContain('no graphical display');
  });

  it('sees a desktop: a Linux display, Wayland, macOS and Windows', () => {
    expect(noDisplayReason({ DISPLAY: ':0' }, 'linux')).toBeUndefined();
    expect(noDisplayReason({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBeUndefined();
    expect(noDisplayReason({}, 'darwin')).toBeUndefined();
    expect(noDisplayReason({ CI: 'false' }, 'win32')).toBeUndefined();
  });
});
