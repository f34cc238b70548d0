/**
 * Projects listed in the emulator's `brokenProjectIds` stand for designs that
 * fail to load on Nexar. Their errors are raised on the design's nullable
 * fields (`DesDesign.releases` and each variant's `bom`), with paths through
 * the project's `design`: `design` itself is non-null and so are the items of
 * `DesProjectConnection.nodes`, so an error on `design` would null the whole
 * page by GraphQL's null propagation. This way the project's id and name and
 * the other projects of the page still come back next to the error.
 */
import { GraphQLError } from 'graphql';
import type { Project } from '../../design-data/index.js';
import type { ResolverData } from '../resolver-data.js';

export const DESIGN_LOAD_FAILED = 'DESIGN_LOAD_FAILED';

export function isBroken(data: ResolverData, project: Project): boolean {
  return data.brokenProjectIds.has(project.id) || data.brokenProjectIds.has(project.projectId);
}

export function designLoadError(project: Project): GraphQLError {
  return new GraphQLError(
    `The design of project "${project.name}" (${project.id}) could not be loaded. Its other fields are ` +
      'valid; retry later or skip this project.',
    { extensions: { code: DESIGN_LOAD_FAILED } },
  );
}

/**
 * A variant whose `bom` is the load error: graphql-js reports an Error found as a field's value as that
 * field's error, so the default resolver raises it at `...variants[i].bom`.
 */
export function withBrokenBom<V extends { name: string }>(
  variant: V,
  project: Project,
): Omit<V, 'bom'> & { bom: GraphQLError } {
  return { ...variant, bom: designLoadError(project) };
}
