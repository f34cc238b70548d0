/** Workspace members derived from the emulator's demo users (never their passwords). */
import { slugify } from '../catalog/slug.js';
import type { DemoUser } from '../users.js';
import { guidFor } from './design-ids.js';
import type { DesignUser, DesignUserGroup } from './design-types.js';

export const ENGINEERING_GROUP: DesignUserGroup = {
  userGroupId: guidFor('group|engineering'),
  name: 'Engineering',
};
export const ADMIN_GROUP: DesignUserGroup = {
  userGroupId: guidFor('group|administrators'),
  name: 'Administrators',
};

/** The first demo user administers the workspaces; everyone is in Engineering. */
export function designUsersFrom(users: readonly Pick<DemoUser, 'id' | 'email' | 'name'>[]): DesignUser[] {
  return users.map((user, index) => {
    const [firstName = user.name, ...rest] = user.name.split(/\s+/);
    return {
      userId: user.id,
      globalUserId: guidFor(`user|${user.id}`),
      userName: user.email.split('@')[0] ?? user.id,
      email: user.email,
      firstName,
      lastName: rest.join(' '),
      pictureUrl: `https://avatars.example.com/${slugify(user.id)}.png`,
      groups: index === 0 ? [ENGINEERING_GROUP, ADMIN_GROUP] : [ENGINEERING_GROUP],
    };
  });
}
