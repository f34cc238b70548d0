import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as oauth from 'oauth4webapi';

/** The audience of the emulator's access tokens. */
const API_AUDIENCE = 'https://api.nexar.com';

export interface TestApi {
  url: string;
  /** Requests received, and the bearer token and body of each. */
  readonly requests: { token: string | undefined; body: string; status: number }[];
  /** From now on, every token verified so far is refused (as after a revocation). */
  revokeSeen(): void;
  /** Refuse every token, however fresh. */
  refuseAll(refuse: boolean): void;
  close(): Promise<void>;
}

/**
 * A stand-in resource server on 127.0.0.1: it verifies bearer tokens as JWT access tokens of the
 * emulator's issuer (signature against its JWKS, issuer, audience, expiry) and answers 401 with
 * Nexar's `AuthInvalidToken` otherwise; a valid request gets `{ data: { __typename } }` and its body back.
 */
export async function startTestApi(issuer: string): Promise<TestApi> {
  const as: oauth.AuthorizationServer = {
    issuer,
    jwks_uri: `${issuer}/.well-known/openid-configuration/jwks`,
  };
  const requests: TestApi['requests'] = [];
  const seen = new Set<string>();
  const revoked = new Set<string>();
  let refuseEverything = false;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const authorization = req.headers.authorization;
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    let ok = false;
    if (token && !refuseEverything && !revoked.has(token)) {
      const request = new Request(`http://127.0.0.1${req.url ?? '/'}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      ok = await oauth
        .validateJwtAccessToken(as, request, API_AUDIENCE, { [oauth.allowInsecureRequests]: true })
        .then(
          () => true,
          () => false,
        );
    }
    const status = ok ? 200 : 401;
    requests.push({ token, body, status });
    if (ok && token) seen.add(token);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify(
        ok
          ? { data: { __typename: 'Query' }, echo: body }
          : {
              errors: [
                { message: 'The access token is not valid.', extensions: { code: 'AuthInvalidToken' } },
              ],
            },
      ),
    );
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    revokeSeen: () => {
      for (const token of seen) revoked.add(token);
    },
    refuseAll: (refuse) => {
      refuseEverything = refuse;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
