import type { FindAccount } from 'oidc-provider';
import type { DemoUser } from '../users.js';

/** Finds a demo user by id or (case-insensitively) by email. */
export function findUser(users: readonly DemoUser[], idOrEmail: string): DemoUser | undefined {
  const email = idOrEmail.toLowerCase();
  return users.find((user) => user.id === idOrEmail || user.email.toLowerCase() === email);
}

/** Checks a login form: the user when the email and password match, else undefined. */
export function authenticate(
  users: readonly DemoUser[],
  email: string,
  password: string,
): DemoUser | undefined {
  const user = users.find((candidate) => candidate.email.toLowerCase() === email.trim().toLowerCase());
  return user && user.password === password ? user : undefined;
}

/** oidc-provider's `findAccount` over the demo users; claims follow the `claims` configuration. */
export function demoAccounts(users: readonly DemoUser[]): FindAccount {
  return (_ctx, sub) => {
    const user = users.find((candidate) => candidate.id === sub);
    if (!user) return undefined;
    return {
      accountId: user.id,
      claims: () => ({ sub: user.id, name: user.name, email: user.email, email_verified: true }),
    };
  };
}

/** Which claims each OpenID scope releases. */
export const SCOPE_CLAIMS = {
  openid: ['sub'],
  profile: ['name'],
  email: ['email', 'email_verified'],
};
