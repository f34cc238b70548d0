/** A workspace library: components made from catalog parts, with alternates and supplier links. */
import type { Catalog, Part } from '../catalog/catalog-types.js';
import type { Rng } from '../catalog/prng.js';
import { slugify } from '../catalog/slug.js';
import { formatShort } from '../catalog/spec-values.js';
import { guidFor, isoAfter } from './design-ids.js';
import type { Component, ComponentType, DesignUser, ManufacturerPart, SupplierPart } from './design-types.js';
import { PARAMETER_TYPES, type Role, roleOf } from './part-roles.js';

/** Share of a library per role; unused share goes to whatever the catalog has. */
const QUOTAS: readonly (readonly [Role, number])[] = [
  ['R', 0.24],
  ['C', 0.2],
  ['U', 0.24],
  ['D', 0.08],
  ['LED', 0.06],
  ['Q', 0.06],
  ['J', 0.06],
  ['Y', 0.03],
  ['L', 0.015],
  ['FB', 0.015],
];

function usable(part: Part): boolean {
  return part.lifecycle !== 'EOL' && part.lifecycle !== 'DISCONTINUED';
}

/**
 * Picks `size` parts: `required` first (the parts the workspace's boards use), then a balanced mix of
 * roles, the catalog's first (curated) parts of each role preferred.
 */
export function pickLibraryParts(
  catalog: Catalog,
  size: number,
  rng: Rng,
  required: readonly Part[] = [],
): Part[] {
  const taken = new Set(required);
  const byRole = new Map<Role, Part[]>();
  for (const part of catalog.parts.filter((p) => usable(p) && !taken.has(p))) {
    const role = roleOf(part);
    const list = byRole.get(role);
    if (list) list.push(part);
    else byRole.set(role, [part]);
  }
  const ordered = new Map<Role, Part[]>();
  for (const [role, parts] of byRole)
    ordered.set(role, [...parts.slice(0, 4), ...rng.shuffle(parts.slice(4))]);
  const chosen: Part[] = [...required];
  for (const [role, share] of QUOTAS)
    chosen.push(...(ordered.get(role) ?? []).slice(0, Math.max(1, Math.round(size * share))));
  const rest = [...ordered.values()].flat().filter((part) => !chosen.includes(part));
  chosen.push(...rest.slice(0, Math.max(0, size - chosen.length)));
  return chosen.slice(0, size);
}

function specValue(part: Part, shortname: string): string | undefined {
  return part.specs.find((s) => s.attribute.shortname === shortname)?.displayValue;
}

/** The BOM "comment": a value for passives, the generic part number otherwise. */
function commentFor(part: Part): string {
  const numeric = (shortname: string, unit: string): string | undefined => {
    const spec = part.specs.find((s) => s.attribute.shortname === shortname);
    const value = spec ? Number(spec.value) : Number.NaN;
    return Number.isFinite(value) ? `${formatShort(value)}${unit}` : undefined;
  };
  const role = roleOf(part);
  if (role === 'R') return numeric('resistance', '') ?? part.genericMpn;
  if (role === 'C') return numeric('capacitance', 'F') ?? part.genericMpn;
  if (role === 'L') return numeric('inductance', 'H') ?? part.genericMpn;
  return part.genericMpn;
}

function supplierParts(part: Part): SupplierPart[] {
  const seller = part.sellers.find((s) => s.isAuthorized && s.offers.length > 0) ?? part.sellers[0];
  const offer = seller?.offers[0];
  if (!seller || !offer) return [];
  return [
    {
      companyName: seller.company.name,
      partNumber: offer.sku,
      prices: offer.prices.map((p) => ({ currency: p.currency, price: p.price, breakQuantity: p.quantity })),
      stocks: [{ locationName: seller.country ?? seller.company.name, quantity: offer.inventoryLevel }],
    },
  ];
}

export function manufacturerPart(part: Part, priority: number): ManufacturerPart {
  return {
    partNumber: part.mpn,
    companyName: part.manufacturer.name,
    octopartId: part.id,
    priority,
    supplierParts: supplierParts(part),
  };
}

/** Passives with the same value, package and tolerance are second sources for each other. */
function secondSourceKey(part: Part): string | undefined {
  const role = roleOf(part);
  if (role !== 'R' && role !== 'C') return undefined;
  const values = ['resistance', 'capacitance', 'case_package', 'tolerance'].map(
    (s) => specValue(part, s) ?? '',
  );
  return `${role}|${values.join('|')}`;
}

function secondSources(catalog: Catalog): Map<string, Part[]> {
  const map = new Map<string, Part[]>();
  for (const part of catalog.parts) {
    const key = usable(part) ? secondSourceKey(part) : undefined;
    if (key === undefined) continue;
    const list = map.get(key);
    if (list) list.push(part);
    else map.set(key, [part]);
  }
  return map;
}

/** Another maker's part with the same value and package, offered as a second source. */
function alternateFor(part: Part, bySource: ReadonlyMap<string, Part[]>): Part | undefined {
  const key = secondSourceKey(part);
  if (key === undefined) return undefined;
  return bySource.get(key)?.find((p) => p !== part && p.manufacturer !== part.manufacturer);
}

export interface LibraryOptions {
  catalog: Catalog;
  workspaceUrl: string;
  size: number;
  users: readonly DesignUser[];
  rng: Rng;
  createdFrom: string;
  /** Parts the library must hold (listed first); the rest of `size` is a balanced mix. */
  required?: readonly Part[];
}

export function buildLibrary(options: LibraryOptions): Component[] {
  const { catalog, workspaceUrl, users, rng } = options;
  const key = slugify(new URL(workspaceUrl).hostname.split('.')[0] ?? workspaceUrl);
  const types = new Map<string, ComponentType>();
  const bySource = secondSources(catalog);
  return pickLibraryParts(catalog, options.size, rng, options.required).map((part, n) => {
    const author = users[n % users.length] as DesignUser;
    const createdAt = isoAfter(options.createdFrom, n * 3 + rng.next());
    const categoryName = part.category?.name ?? 'Components';
    let type = types.get(categoryName);
    if (type === undefined) {
      type = {
        componentTypeId: guidFor(`type|${key}|${categoryName}`),
        name: categoryName,
        parent: null,
        createdBy: users[0] as DesignUser,
        updatedBy: users[0] as DesignUser,
        createdAt: options.createdFrom,
        updatedAt: options.createdFrom,
      };
      types.set(categoryName, type);
    }
    const id = `cmp-${key}-${String(n + 1).padStart(3, '0')}`;
    const alternate = alternateFor(part, bySource);
    const comment = commentFor(part);
    const parameters = [
      { type: 'TEXT', name: 'Value', value: comment },
      ...part.specs
        .filter((s) => PARAMETER_TYPES[s.attribute.shortname] !== undefined)
        .map((s) => ({
          type: PARAMETER_TYPES[s.attribute.shortname] ?? 'TEXT',
          name: s.attribute.name,
          value: s.displayValue,
        })),
      { type: 'TEXT', name: 'Manufacturer 1', value: part.manufacturer.name },
      { type: 'TEXT', name: 'Manufacturer Part Number 1', value: part.mpn },
    ];
    const itemInternalId = guidFor(`item|${id}`);
    const datasheet = part.bestDatasheet;
    return {
      id,
      workspaceUrl,
      inLibrary: true,
      name: `CMP-${String(1000 + n + 1).padStart(5, '0')}`,
      comment,
      description: part.shortDescription,
      createdAt,
      modifiedAt: isoAfter(createdAt, rng.int(0, 120)),
      createdBy: author,
      isManaged: true,
      revisionId: guidFor(`revision|${id}`),
      componentType: type,
      manufacturerParts: [manufacturerPart(part, 0), ...(alternate ? [manufacturerPart(alternate, 1)] : [])],
      details: {
        itemInternalId,
        parameters,
        itemParameters: [],
        datasheets: datasheet
          ? [
              {
                id: `ds-${id}`,
                name: `${part.mpn} Datasheet`,
                comment: part.mpn,
                description: part.shortDescription,
                dataDownloadUrl: datasheet.url,
                itemInternalId: guidFor(`ds-item|${id}`),
                revisionInternalId: guidFor(`ds-revision|${id}`),
                createdBy: author,
                updatedBy: author,
              },
            ]
          : [],
      },
    };
  });
}
