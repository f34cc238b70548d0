/**
 * One-off BOM components whose part numbers no catalog knows (in-house
 * mechanics, a bare PCB, an obscure connector): BOM lines that a pricing tool
 * must report as not found.
 */
import type { Catalog } from '../catalog/catalog-types.js';
import { normalizeMpn } from '../catalog/normalize.js';
import type { Placeable } from './bom-builder.js';
import { guidFor, isoAfter } from './design-ids.js';
import type { DesignUser } from './design-types.js';

export interface CustomPart {
  prefix: string;
  partNumber: string;
  companyName: string;
  comment: string;
  description: string;
}

export const CUSTOM_PARTS: readonly CustomPart[] = [
  {
    prefix: 'HS',
    partNumber: 'ACME-HS-TO220-01',
    companyName: 'Acme Robotics',
    comment: 'Heatsink',
    description: 'Heatsink for TO-220, custom machined aluminium',
  },
  {
    prefix: 'PCB',
    partNumber: 'ACME-PCB-0042-C',
    companyName: 'Acme Robotics',
    comment: 'Bare board',
    description: 'Bare printed circuit board, 4 layers, ENIG',
  },
  {
    prefix: 'J',
    partNumber: 'XYZ-CONN-7731',
    companyName: 'Obscure Connectors Co.',
    comment: 'XYZ-CONN-7731',
    description: 'Proprietary 6-pin sensor connector',
  },
  {
    prefix: 'MH',
    partNumber: 'ACME-STANDOFF-M3-8',
    companyName: 'Acme Robotics',
    comment: 'Standoff M3x8',
    description: 'Standoff, M3 x 8 mm, brass',
  },
];

/** The custom components of one workspace (part numbers made unique against the catalog). */
export function buildCustomComponents(
  catalog: Catalog,
  workspaceUrl: string,
  key: string,
  author: DesignUser,
  createdAt: string,
): Placeable[] {
  const known = new Set(catalog.parts.flatMap((p) => [p.mpn, ...p.akaMpns].map(normalizeMpn)));
  return CUSTOM_PARTS.map((custom, n) => {
    let partNumber = custom.partNumber;
    while (known.has(normalizeMpn(partNumber))) partNumber = `${partNumber}-X`;
    const id = `cmp-${key}-custom-${n + 1}`;
    return {
      prefix: custom.prefix,
      component: {
        id,
        workspaceUrl,
        inLibrary: false,
        name: partNumber,
        comment: custom.comment,
        description: custom.description,
        createdAt,
        modifiedAt: isoAfter(createdAt, 1),
        createdBy: author,
        isManaged: false,
        revisionId: guidFor(`revision|${id}`),
        componentType: null,
        manufacturerParts: [
          { partNumber, companyName: custom.companyName, octopartId: null, priority: 0, supplierParts: [] },
        ],
        details: {
          itemInternalId: guidFor(`item|${id}`),
          parameters: [],
          itemParameters: [],
          datasheets: [],
        },
      },
    };
  });
}
