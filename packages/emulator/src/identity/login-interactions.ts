import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { ApplicationRegistry } from '../applications.js';
import type { DemoUser } from '../users.js';
import { authenticate } from './accounts.js';
import { errorPage, loginPage } from './pages.js';
import { IDENTITY_PATHS } from './paths.js';
import { readForm } from './read-body.js';

export interface LoginInteractionOptions {
  provider: Provider;
  applications: ApplicationRegistry;
  users: readonly DemoUser[];
  /** When set, every login completes as this user without showing the page. */
  autoLoginUser: DemoUser | undefined;
}

/**
 * The login pages oidc-provider sends the browser to (`/interaction/<uid>`):
 * - `GET /interaction/<uid>`: the login form (or, with auto-login, straight back to the authorization);
 * - `POST /interaction/<uid>/login`: checks the email and password, then resumes the authorization;
 * - `POST /interaction/<uid>/cancel`: resumes it with `error=access_denied`.
 * Consent needs no page: it is implied for the emulator's first-party applications.
 */
export function loginInteractions(options: LoginInteractionOptions) {
  const { provider, applications, users, autoLoginUser } = options;

  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    const [uid, action = '', ...rest] = pathname.slice(IDENTITY_PATHS.interaction.length + 1).split('/');
    const method = req.method ?? 'GET';
    const route = `${method} ${action}`;
    if (!uid || rest.length > 0 || !['GET ', 'POST login', 'POST cancel'].includes(route)) {
      sendHtml(res, 404, errorPage('not_found', 'There is no such page.'));
      return;
    }

    let details: Awaited<ReturnType<Provider['interactionDetails']>>;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      sendHtml(
        res,
        400,
        errorPage(
          'invalid_request',
          'This sign-in has expired or was already used. Start again from the application.',
        ),
      );
      return;
    }
    if (details.uid !== uid) {
      sendHtml(
        res,
        400,
        errorPage(
          'invalid_request',
          'This sign-in does not match the current request. Start again from the application.',
        ),
      );
      return;
    }

    const clientId = typeof details.params.client_id === 'string' ? details.params.client_id : '';
    const applicationName = applications.byClientId(clientId)?.name ?? clientId;
    const pageBase = `${IDENTITY_PATHS.interaction}/${uid}`;
    const showLogin = (status: number, email?: string, error?: string) =>
      sendHtml(
        res,
        status,
        loginPage({
          applicationName,
          loginAction: `${pageBase}/login`,
          cancelAction: `${pageBase}/cancel`,
          users,
          ...(email === undefined ? {} : { email }),
          ...(error === undefined ? {} : { error }),
        }),
      );

    if (route === 'POST cancel') {
      req.resume();
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The user cancelled the sign-in.' },
        { mergeWithLastSubmission: false },
      );
      return;
    }

    if (route === 'POST login') {
      const form = await readForm(req);
      const email = form.get('email') ?? '';
      const user = authenticate(users, email, form.get('password') ?? '');
      if (!user) {
        showLogin(401, email, 'Wrong email or password. Try again.');
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: user.id } },
        { mergeWithLastSubmission: false },
      );
      return;
    }

    // GET: only the login prompt ever needs a page; anything else (consent) is implied.
    if (autoLoginUser) {
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: autoLoginUser.id } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    if (details.prompt.name !== 'login') {
      await provider.interactionFinished(req, res, { consent: {} }, { mergeWithLastSubmission: true });
      return;
    }
    showLogin(200);
  };
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
  });
  res.end(html);
}
