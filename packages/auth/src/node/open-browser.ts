import { spawn } from 'node:child_process';

export type BrowserOpener = (url: string) => void | Promise<void>;

/** The command that opens a URL in the user's default browser on `platform`, as argv (no shell). */
export function browserCommand(
  url: string,
  platform: NodeJS.Platform = process.platform,
): [string, string[]] {
  switch (platform) {
    case 'darwin':
      return ['open', [url]];
    case 'win32':
      // Not `cmd /c start`: cmd would read the `&` between query parameters as a command separator.
      return ['rundll32', ['url.dll,FileProtocolHandler', url]];
    default:
      return ['xdg-open', [url]];
  }
}

/**
 * Opens `url` in the system browser (open, xdg-open, or the Windows URL handler). Resolves once the
 * opener has started; rejects when there is none (e.g. a server without a desktop), so the caller can
 * print the URL instead.
 */
export function openSystemBrowser(url: string): Promise<void> {
  const protocol = new URL(url).protocol;
  if (protocol !== 'http:' && protocol !== 'https:') {
    return Promise.reject(new TypeError('Only http and https URLs are opened in the browser.'));
  }
  const [command, args] = browserCommand(url);
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}
