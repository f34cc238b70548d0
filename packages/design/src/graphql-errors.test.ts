import { describe, expect, it } from 'vitest';
import { isNotAuthorized, isWrongRegion, nodeIndexOf } from './graphql-errors.js';

describe('GraphQL error reading', () => {
  it("recognises Nexar's wrong-region answer by code or message", () => {
    expect(isWrongRegion({ message: 'x', extensions: { code: 'WRONG_REGION' } })).toBe(true);
    expect(isWrongRegion({ message: 'Token validation failed' })).toBe(true);
    expect(isWrongRegion({ message: 'Project not found', extensions: { code: 'NOT_FOUND' } })).toBe(false);
  });

  it('recognises authorization refusals', () => {
    expect(isNotAuthorized({ message: 'no', extensions: { code: 'AUTH_NOT_AUTHORIZED' } })).toBe(true);
    expect(isNotAuthorized({ message: 'desProjects needs the design.domain scope' })).toBe(true);
    expect(isNotAuthorized({ message: 'x', extensions: { code: 'INVALID_ARGUMENT' } })).toBe(false);
  });

  it('finds the item index in an error path', () => {
    expect(nodeIndexOf({ message: '', path: ['desProjects', 'nodes', 4, 'design', 'releases'] })).toBe(4);
    expect(
      nodeIndexOf({ message: '', path: ['desWipVariantByVariantName', 'bom', 'items', 'nodes', 0] }),
    ).toBe(0);
    expect(nodeIndexOf({ message: '', path: ['desProjects', 'totalCount'] })).toBeUndefined();
    expect(nodeIndexOf({ message: '' })).toBeUndefined();
  });
});
