/** Paths of the identity server, as identity.nexar.com (IdentityServer) exposes them. */
export const IDENTITY_PATHS = {
  discovery: '/.well-known/openid-configuration',
  jwks: '/.well-known/openid-configuration/jwks',
  authorization: '/connect/authorize',
  token: '/connect/token',
  userinfo: '/connect/userinfo',
  revocation: '/connect/revocation',
  endSession: '/connect/endsession',
  /** The login page lives at `${interaction}/<uid>`. */
  interaction: '/interaction',
} as const;

export type IdentityEndpoints = { issuer: string } & { [K in keyof typeof IDENTITY_PATHS]: string };

/** Absolute URLs of every identity endpoint for `issuer` (no trailing slash). */
export function identityEndpoints(issuer: string): IdentityEndpoints {
  const entries = Object.entries(IDENTITY_PATHS).map(([name, path]) => [name, `${issuer}${path}`]);
  return { issuer, ...Object.fromEntries(entries) } as IdentityEndpoints;
}
