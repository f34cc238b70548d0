/**
 * A minimal web server with "Sign in with Nexar" on node:http: authorization code + PKCE on the server,
 * one token provider per browser session (tokens never reach the browser), and sign-out that revokes.
 *
 *   NEXAR_CLIENT_ID=... NEXAR_CLIENT_SECRET=... PORT=3000 node --import tsx sign-in-web-server.ts
 *
 * Your Nexar app must allow the redirect URI http://localhost:PORT/auth/callback.
 * Needs: npm i @nexar/auth @nexar/design
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AuthorizationCodeProvider, authorizationCode, type PendingAuthorization } from '@nexar/auth';
import { createDesignClient } from '@nexar/design/node';

interface Session {
  id: string;
  auth: AuthorizationCodeProvider;
  pending?: PendingAuthorization;
  userName?: string;
  /** Sent with the sign-out form: a cross-site page cannot know it. */
  formToken: string;
  expiresAt: number;
}

const SESSION_MS = 8 * 60 * 60 * 1000;
const MAX_SESSIONS = 10_000;
const sessions = new Map<string, Session>();
let origin = ''; // set once listening: http://localhost:PORT

function newSession(): Session {
  // Expired sessions go first; past the cap the oldest goes, so anonymous visits cannot fill memory.
  for (const [id, old] of sessions) if (old.expiresAt < Date.now()) sessions.delete(id);
  if (sessions.size >= MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
  const session: Session = {
    id: randomBytes(32).toString('base64url'),
    // One provider per session: a provider holds one user's tokens (here in this server's memory).
    auth: authorizationCode({
      scope: 'openid user.access design.domain',
      redirectUri: `${origin}/auth/callback`,
    }),
    formToken: randomBytes(24).toString('base64url'),
    expiresAt: Date.now() + SESSION_MS,
  };
  sessions.set(session.id, session);
  return session;
}

function sessionOf(request: IncomingMessage): Session | undefined {
  const id = /(?:^|;\s*)sid=([\w-]+)/.exec(request.headers.cookie ?? '')?.[1];
  const session = id ? sessions.get(id) : undefined;
  return session && session.expiresAt > Date.now() ? session : undefined;
}

const cookie = (id: string, maxAge = SESSION_MS / 1000) =>
  `sid=${id}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
  response.end(`<!doctype html><meta charset="utf-8"><title>Nexar</title>${body}`);
}

const redirect = (response: ServerResponse, location: string, headers: Record<string, string> = {}) => {
  response.writeHead(303, { location, ...headers });
  response.end();
};

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', origin);
  const session = sessionOf(request);

  if (request.method === 'GET' && url.pathname === '/') {
    if (!session?.userName) return send(response, 200, '<a href="/auth/sign-in">Sign in with Nexar</a>');
    return send(
      response,
      200,
      `<p>Signed in as ${escapeHtml(session.userName)}.</p>
       <form method="post" action="/auth/sign-out">
         <input type="hidden" name="token" value="${session.formToken}"><button>Sign out</button>
       </form>`,
    );
  }

  if (request.method === 'GET' && url.pathname === '/auth/sign-in') {
    const current = session ?? newSession();
    current.pending = await current.auth.createAuthorizationRequest();
    return redirect(response, current.pending.url, { 'set-cookie': cookie(current.id) });
  }

  if (request.method === 'GET' && url.pathname === '/auth/callback') {
    const pending = session?.pending;
    if (!session || !pending)
      return send(response, 400, 'No sign-in to finish. <a href="/">Start again</a>.');
    session.pending = undefined; // one callback per sign-in
    await session.auth.completeAuthorization(url, pending); // checks state, exchanges the code (PKCE)
    const user = await createDesignClient({ auth: session.auth }).currentUser();
    // A new session id once signed in: an id seen before sign-in is worth nothing after it.
    sessions.delete(session.id);
    session.id = randomBytes(32).toString('base64url');
    session.userName = [user.firstName, user.lastName].filter(Boolean).join(' ') || user.email || 'you';
    sessions.set(session.id, session);
    return redirect(response, '/', { 'set-cookie': cookie(session.id) });
  }

  if (request.method === 'POST' && url.pathname === '/auth/sign-out') {
    let body = '';
    for await (const chunk of request) body += chunk;
    const token = new URLSearchParams(body).get('token');
    if (!session || token !== session.formToken) return send(response, 403, 'Sign-out refused.');
    sessions.delete(session.id);
    await session.auth.logout(); // forgets the tokens and revokes the refresh token at Nexar
    return redirect(response, '/', { 'set-cookie': cookie('', 0) });
  }

  send(response, 404, 'Not found. <a href="/">Home</a>');
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    // SDK errors never contain a token or secret, so the message is safe to log.
    console.error(`${request.method} ${request.url?.split('?')[0]}: ${(error as Error).message}`);
    if (!response.headersSent) send(response, 500, 'Something went wrong. <a href="/">Home</a>');
    else response.end();
  });
});
server.listen(Number(process.env.PORT ?? 3000), 'localhost', () => {
  const address = server.address();
  origin = `http://localhost:${typeof address === 'object' && address ? address.port : 3000}`;
  console.log(`Listening on ${origin}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)));
