/**
 * A project's design: work-in-progress variants, releases (a connection) and
 * their variants, each variant with its BOM (a connection of BOM items).
 */
import type { Bom, Project, Release, ReleaseVariant, WipVariant } from '../../design-data/index.js';
import type { ApiContext } from '../api-context.js';
import type { ResolverData } from '../resolver-data.js';
import { designLoadError, isBroken, withBrokenBom } from './broken-design.js';
import { type ConnectionArgs, connectionFrom } from './connection.js';
import type { DesignSource } from './design-source.js';
import type { ResolverMap } from './resolver-map.js';
import { servedProject, servedRelease } from './served-data.js';
import {
  dateTimeField,
  type FieldFilter,
  type FilterInput,
  filterWhere,
  stringField,
} from './where-filter.js';

const VARIANT_FILTERS: Readonly<Record<string, FieldFilter<{ name: string }>>> = {
  name: stringField((v) => v.name),
};

const RELEASE_FILTERS: Readonly<Record<string, FieldFilter<Release>>> = {
  createdAt: dateTimeField((r) => r.createdAt),
  description: stringField((r) => r.description),
  releaseId: stringField((r) => r.releaseId),
};

type Where = { where?: FilterInput | null };

export function variantResolvers(data: ResolverData): ResolverMap {
  const wipVariants = (project: Project, where?: FilterInput | null) => {
    const variants: WipVariant[] = filterWhere(project.design.variants, where, VARIANT_FILTERS);
    return isBroken(data, project) ? variants.map((v) => withBrokenBom(v, project)) : variants;
  };
  const releaseVariants = (project: Project, release: Release, where?: FilterInput | null) => {
    const variants: ReleaseVariant[] = filterWhere(release.variants, where, VARIANT_FILTERS);
    return isBroken(data, project) ? variants.map((v) => withBrokenBom(v, project)) : variants;
  };

  return {
    Query: {
      desWipVariantByVariantName: (
        _: unknown,
        args: { projectId: string; variantName: string },
        context: ApiContext,
      ) => {
        const project = servedProject(data, context, args.projectId);
        if (!project) return null;
        return wipVariants(project, { name: { eq: args.variantName } })[0] ?? null;
      },
      desReleaseById: (_: unknown, args: { id: string }, context: ApiContext) =>
        servedRelease(data, context, args.id)?.release ?? null,
      desReleaseVariantByVariantName: (
        _: unknown,
        args: { releaseId: string; variantName: string },
        context: ApiContext,
      ) => {
        const found = servedRelease(data, context, args.releaseId);
        if (!found) return null;
        return releaseVariants(found.project, found.release, { name: { eq: args.variantName } })[0] ?? null;
      },
    },
    DesDesign: {
      variants: ({ project }: DesignSource, args: Where) => wipVariants(project, args.where),
      releases: ({ project }: DesignSource, args: ConnectionArgs & Where) => {
        if (isBroken(data, project)) throw designLoadError(project);
        return connectionFrom(
          filterWhere(project.design.releases, args.where, RELEASE_FILTERS),
          args,
          'DesRelease',
        );
      },
    },
    DesRelease: {
      variants: (release: Release, args: Where) => {
        const project = data.design.releaseById(release.id)?.project;
        return project ? releaseVariants(project, release, args.where) : release.variants;
      },
    },
    DesBom: {
      items: (bom: Bom, args: ConnectionArgs) => connectionFrom(bom.items, args, 'DesBomItem'),
    },
  };
}
