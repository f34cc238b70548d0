/**
 * Manufacture packages (DesManufacturePackage): what a release sends to a
 * fabricator and assembler, one per released variant, named after the release
 * and the variant and downloaded from the project's workspace.
 */
import { slugify } from '../catalog/slug.js';
import { guidFor } from './design-ids.js';
import type { Project, Release } from './design-types.js';

export interface ManufacturePackage {
  manufacturePackageId: string;
  name: string;
  downloadUrl: string;
}

/** The packages of one release, in the order of its variants. */
export function manufacturePackagesOf(project: Project, release: Release): ManufacturePackage[] {
  return release.variants.map((variant) => {
    const manufacturePackageId = guidFor(`manufacture-package|${release.releaseId}|${variant.name}`);
    return {
      manufacturePackageId,
      name: `${project.name} – ${release.description} – ${variant.name}`,
      downloadUrl: `${project.workspaceUrl}/manufacture/${manufacturePackageId}/${slugify(`${project.name} ${variant.name}`)}.zip`,
    };
  });
}
