import type { DemoUser } from '../users.js';
import { escapeHtml, page } from './html.js';

/**
 * The login page. Stable selectors for browsers and tests: `#login-form` (POST `loginAction`) with
 * `#email` (name `email`), `#password` (name `password`) and `#sign-in` (the first `button[type=submit]` on
 * the page); `#cancel-form` (POST `cancelAction`) with `#cancel`; `#error` when the last attempt failed.
 */
export interface LoginPageOptions {
  applicationName: string;
  loginAction: string;
  cancelAction: string;
  users: readonly Pick<DemoUser, 'email' | 'name' | 'password'>[];
  email?: string;
  error?: string;
}

export function loginPage(options: LoginPageOptions): string {
  const error = options.error
    ? `<p class="error" id="error" role="alert">${escapeHtml(options.error)}</p>\n`
    : '';
  const users = options.users
    .map((user) => `<li><code>${escapeHtml(user.email)}</code> (${escapeHtml(user.name)})</li>`)
    .join('\n');
  // Demo passwords are demo data; the hint only says so when every demo user shares the documented one.
  const passwordHint = options.users.every((user) => user.password === 'demo')
    ? '<p>Every demo user signs in with the password <code>demo</code>.</p>'
    : '';
  return page(
    'Sign in',
    `<h1>Sign in</h1>
<p class="lead">to continue to <strong>${escapeHtml(options.applicationName)}</strong></p>
${error}<form id="login-form" method="post" action="${escapeHtml(options.loginAction)}">
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="username" required autofocus value="${escapeHtml(options.email ?? '')}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button id="sign-in" type="submit">Sign in</button>
</form>
<form id="cancel-form" method="post" action="${escapeHtml(options.cancelAction)}">
<button id="cancel" class="secondary" type="submit">Cancel</button>
</form>
<section class="users">
<p>Demo users of this emulator:</p>
<ul>
${users}
</ul>
${passwordHint}
</section>`,
  );
}

/** An error page: the OAuth error code and its description, nothing else from the request. */
export function errorPage(error: string, description: string | undefined): string {
  const detail = description ? `<p id="error-description">${escapeHtml(description)}</p>` : '';
  return page(
    'Error',
    `<h1>Something went wrong</h1>
<p class="error" id="error" role="alert"><code>${escapeHtml(error)}</code></p>
${detail}`,
  );
}

/** Confirmation page for RP-initiated logout; `form` is oidc-provider's hidden form (`op.logoutForm`). */
export function logoutPage(form: string, host: string): string {
  return page(
    'Sign out',
    `<h1>Sign out</h1>
<p class="lead">Sign out of ${escapeHtml(host)}?</p>
${form}
<button id="sign-out" type="submit" form="op.logoutForm" name="logout" value="yes">Yes, sign me out</button>
<button id="stay" class="secondary" type="submit" form="op.logoutForm">No, stay signed in</button>`,
  );
}

export function signedOutPage(): string {
  return page('Signed out', '<h1>Signed out</h1>\n<p class="lead">You can close this page.</p>');
}
