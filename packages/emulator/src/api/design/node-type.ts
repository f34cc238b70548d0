/** The concrete type of a Node (DesProject, DesRelease, DesComponent, DesDatasheet, DesFolder), told by its fields. */
import type { ResolverMap } from './resolver-map.js';

export function nodeTypeOf(value: object): string | null {
  if ('projectId' in value) return 'DesProject';
  if ('releaseId' in value) return 'DesRelease';
  if ('manufacturerParts' in value) return 'DesComponent';
  if ('dataDownloadUrl' in value) return 'DesDatasheet';
  if ('folderId' in value) return 'DesFolder';
  return null;
}

export function nodeResolvers(): ResolverMap {
  return { Node: { __resolveType: nodeTypeOf } };
}
