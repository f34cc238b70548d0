/**
 * Sign in with Nexar, on the server: authorization code + PKCE in two steps. `/auth/sign-in` keeps
 * the pending request in the session and sends the browser to Nexar; `/auth/callback` checks the
 * state and exchanges the code. Tokens stay in the session's provider, on this server.
 */
import { createDesignClient } from '@nexar/design/node';
import { localPath } from './local-path.js';
import { redirect } from './respond.js';
import { clearedSessionCookie, sessionCookie } from './session-cookie.js';
import { WebError } from './web-errors.js';
import type { Route } from './web-types.js';

export const CALLBACK_PATH = '/auth/callback';

export const signIn: Route = async (request, context) => {
  const returnTo = localPath(request.url.searchParams.get('next'), context.origin);
  if (request.session?.signedIn) return redirect(returnTo); // to switch users, sign out first
  const session = request.session ?? context.sessions.create();
  // One provider per browser session: a provider holds one user's tokens, here in server memory.
  const auth = context.connection.newDesignProvider({ redirectUri: context.redirectUri });
  const authorization = await auth.createAuthorizationRequest();
  session.pending = { authorization, auth, returnTo };
  return redirect(authorization.url, sessionCookie(session.id));
};

export const callback: Route = async (request, context) => {
  const { session, signal } = request;
  const pending = session?.pending;
  if (!session || !pending) {
    throw new WebError({
      status: 400,
      title: 'Sign-in not completed',
      message:
        'This browser has no sign-in waiting to finish (the server restarted, or the sign-in was finished in another tab). Start again.',
      action: { href: '/auth/sign-in', label: 'Sign in with Nexar' },
    });
  }
  session.pending = undefined; // one callback per sign-in, whatever happens to it
  await pending.auth.completeAuthorization(request.url, pending.authorization, { signal });
  const design = createDesignClient({ auth: pending.auth, endpoint: context.connection.apiUrl });
  const user = await design.currentUser({ signal });
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ') || user.userName || user.email;
  // A new id once signed in: an id anyone saw before the sign-in is worth nothing after it.
  const signedIn = context.sessions.rotate(session);
  signedIn.signedIn = { auth: pending.auth, design, userName: name ?? 'you' };
  return redirect(pending.returnTo, sessionCookie(signedIn.id));
};

export const signOut: Route = async (request, context) => {
  const session = request.session;
  if (session) {
    context.sessions.delete(session.id);
    // Forgets the tokens and revokes the refresh token at Nexar.
    await session.signedIn?.auth.logout({ signal: request.signal });
  }
  return redirect('/', clearedSessionCookie());
};
