/** People who can sign in to the emulator's login page. */

export interface DemoUser {
  /** OpenID `sub`. */
  id: string;
  email: string;
  name: string;
  password: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { id: 'user-dana', email: 'dana@example.com', name: 'Dana Demo', password: 'demo' },
  { id: 'user-lee', email: 'lee@example.com', name: 'Lee Layout', password: 'demo' },
];
