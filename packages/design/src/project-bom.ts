/**
 * A design's BOM as pricing lines: the work-in-progress BOM of a variant, or the BOM a release
 * recorded, read page by page and shaped by `bomLines`.
 */
import type { GraphQLFormattedError } from 'graphql';
import { bomLines, type DesignBomLine } from './bom-lines.js';
import type { DesignContext } from './design-context.js';
import type { CallOptions } from './design-transport.js';
import { NexarDesignNotFoundError } from './errors.js';
import {
  type BomItemFragment,
  ProjectVariantsDocument,
  ReleaseByIdDocument,
  type ReleaseFragment,
  ReleaseVariantBomDocument,
  WipVariantBomDocument,
} from './generated/graphql.js';
import { MAX_PAGE_SIZE, type PageFetcher, paginate } from './paginate.js';
import { projectNotFound } from './project-methods.js';
import type { Route } from './region-router.js';

/** The variant Altium 365 names for the design without variations. */
export const BASE_VARIANT = '[No Variations]';

export interface ProjectBomOptions extends CallOptions {
  /** The variant; default: the base design (`[No Variations]`), else the project's first variant. */
  variant?: string;
  /** A release of the project (`DesRelease.id` or `releaseId`): its recorded BOM instead of the work in progress. */
  release?: string;
  /** BOM items per request, 1 to 100 (default 100). */
  pageSize?: number;
}

/** A design's BOM, ready for `matchBom(bom.lines)` of `@nexar/supply`. */
export interface DesignBom {
  /** The project id as given. */
  projectId: string;
  /** The variant the lines are of. */
  variant: string;
  /** The release the lines are of; undefined for the work-in-progress design. */
  release: Omit<ReleaseFragment, 'variants'> | undefined;
  /** Fitted parts, one line per BOM item, in the design's order. */
  lines: DesignBomLine[];
  /** Do-not-place instances (quantity 0), kept apart so they are neither bought nor lost. */
  notFitted: DesignBomLine[];
  /** GraphQL errors that came with otherwise usable pages (empty when none). */
  errors: readonly GraphQLFormattedError[];
}

export async function projectBom(
  context: DesignContext,
  projectId: string,
  options: ProjectBomOptions = {},
): Promise<DesignBom> {
  const route: Route = { kind: 'project', projectId };
  const call: CallOptions = { signal: options.signal, endpoint: options.endpoint };
  let release: ReleaseFragment | undefined;
  if (options.release !== undefined) release = await findRelease(context, route, options.release, call);

  let variantNames = release?.variants.map((variant) => variant.name);
  const names = async () => {
    variantNames ??= await projectVariantNames(context, projectId, call);
    return variantNames;
  };
  let variant = options.variant;
  if (variant === undefined) {
    const all = await names();
    variant = all.includes(BASE_VARIANT) ? BASE_VARIANT : all[0];
    if (variant === undefined) {
      throw new NexarDesignNotFoundError(
        'variant',
        '',
        `Project "${projectId}" has no variants, so it has no BOM.`,
      );
    }
  } else if (release && !release.variants.some((v) => v.name === variant)) {
    throw variantNotFound(projectId, variant, await names(), release);
  }

  const fetchPage = release
    ? releasePages(context, route, release.id, variant, call)
    : wipPages(context, route, projectId, variant, call);
  const items: BomItemFragment[] = [];
  const pages = paginate(
    async (request) => {
      const page = await fetchPage(request);
      if (page === undefined) throw variantNotFound(projectId, variant, await names(), release);
      return page;
    },
    { pageSize: options.pageSize ?? MAX_PAGE_SIZE, signal: options.signal },
  );
  for await (const page of pages.pages()) items.push(...page.nodes);
  return {
    projectId,
    variant,
    release: release && {
      id: release.id,
      releaseId: release.releaseId,
      description: release.description,
      createdAt: release.createdAt,
    },
    ...bomLines(items),
    errors: pages.errors,
  };
}

/** A BOM page fetcher; it resolves to undefined when the variant does not exist. */
type BomPages = (
  request: Parameters<PageFetcher<BomItemFragment>>[0],
) => Promise<Awaited<ReturnType<PageFetcher<BomItemFragment>>> | undefined>;

function wipPages(
  context: DesignContext,
  route: Route,
  projectId: string,
  variantName: string,
  call: CallOptions,
): BomPages {
  return async ({ first, after, signal }) => {
    const { data, errors } = await context.transport.send(
      WipVariantBomDocument,
      { projectId, variantName, first, after },
      route,
      { ...call, signal, keep: (d) => d.desWipVariantByVariantName?.bom?.items != null },
    );
    const found = data.desWipVariantByVariantName;
    return found ? { connection: found.bom?.items, errors } : undefined;
  };
}

function releasePages(
  context: DesignContext,
  route: Route,
  releaseId: string,
  variantName: string,
  call: CallOptions,
): BomPages {
  return async ({ first, after, signal }) => {
    const { data, errors } = await context.transport.send(
      ReleaseVariantBomDocument,
      { releaseId, variantName, first, after },
      route,
      { ...call, signal, keep: (d) => d.desReleaseVariantByVariantName?.bom?.items != null },
    );
    const found = data.desReleaseVariantByVariantName;
    return found ? { connection: found.bom?.items, errors } : undefined;
  };
}

async function findRelease(
  context: DesignContext,
  route: Route,
  releaseId: string,
  call: CallOptions,
): Promise<ReleaseFragment> {
  const { data } = await context.transport.send(ReleaseByIdDocument, { id: releaseId }, route, call);
  if (!data.desReleaseById) {
    throw new NexarDesignNotFoundError(
      'release',
      releaseId,
      `Release "${releaseId}" was not found: pass a release id (DesRelease.id) from releases() or project().`,
      'ReleaseById',
    );
  }
  return data.desReleaseById;
}

async function projectVariantNames(
  context: DesignContext,
  projectId: string,
  call: CallOptions,
): Promise<string[]> {
  const { transport } = context;
  const { data } = await transport.send(
    ProjectVariantsDocument,
    { id: projectId },
    { kind: 'project', projectId },
    call,
  );
  const found = data.desProjectById;
  if (!found) throw projectNotFound(projectId, 'ProjectVariants');
  transport.router.rememberProject([projectId, found.id, found.projectId], found.workspaceUrl);
  return found.design.variants.map((variant) => variant.name);
}

function variantNotFound(
  projectId: string,
  variant: string,
  names: readonly string[],
  release: ReleaseFragment | undefined,
): NexarDesignNotFoundError {
  const where = release ? `Release "${release.id}" of project "${projectId}"` : `Project "${projectId}"`;
  const known =
    names.length > 0 ? `its variants are ${names.map((n) => `"${n}"`).join(', ')}` : 'it has none';
  return new NexarDesignNotFoundError('variant', variant, `${where} has no variant "${variant}": ${known}.`);
}
