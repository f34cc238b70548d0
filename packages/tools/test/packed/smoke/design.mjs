// @nexar/design installed alone: a user signs in (authorization code + PKCE; the emulator runs with
// --auto-login, so the authorize URL answers with a code at once), then workspaces and projects.
import assert from 'node:assert/strict';
import { authorizationCode } from '@nexar/auth';
import { createDesignClient } from '@nexar/design';

const redirectUri = 'http://localhost:3000/login';
const auth = authorizationCode({ redirectUri, scope: 'openid design.domain user.access offline_access' });
const pending = await auth.createAuthorizationRequest();
const answer = await fetch(pending.url, { redirect: 'manual' });
const callback = answer.headers.get('location');
assert.ok(
  callback?.startsWith(redirectUri),
  `the authorize URL should redirect with a code (${answer.status})`,
);
await auth.completeAuthorization(callback, pending);
assert.ok(await auth.hasSession());

const design = createDesignClient({ auth });
const workspaces = await design.workspaces();
assert.ok(workspaces.length > 0);
const projects = [];
for await (const project of design.projects(workspaces[0].url)) projects.push(project);
assert.ok(projects.length > 0);
const bom = await design.projectBom(projects[0].id);
assert.ok(bom.lines.length > 0);
assert.ok(bom.lines.every((line) => typeof line.mpn === 'string' && line.quantity > 0));
console.log('design ok');
