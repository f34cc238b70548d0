/**
 * Attributes as the API knows them: the catalog's, plus the "Lifecycle Status" every part shows (the API
 * adds it from the part's lifecycle, see `lifecycle-spec.ts`). Sort, filters and spec aggregations find
 * attributes and a part's value of one here, so each of them accepts exactly the shortnames
 * `supAttributes` lists.
 */
import type { Attribute, CatalogIndex, Part, Spec } from '../../catalog/index.js';
import { LIFECYCLE_ATTRIBUTE, specsWithLifecycle } from './lifecycle-spec.js';

function isLifecycle(name: string): boolean {
  return name === LIFECYCLE_ATTRIBUTE.shortname || name === LIFECYCLE_ATTRIBUTE.id;
}

/** The attribute with this shortname (or id), or undefined when the API does not know it. */
export function attributeNamed(catalog: CatalogIndex, name: string): Attribute | undefined {
  return catalog.attribute(name) ?? (isLifecycle(name) ? LIFECYCLE_ATTRIBUTE : undefined);
}

/** Every attribute the API knows, the catalog's first (`supAttributes`). */
export function knownAttributes(catalog: CatalogIndex): Attribute[] {
  const attributes = catalog.attributes();
  return attributes.some((a) => isLifecycle(a.shortname))
    ? [...attributes]
    : [...attributes, LIFECYCLE_ATTRIBUTE];
}

/** The part's spec of `attribute` as the API shows it, or undefined when the part has none. */
export function specOf(part: Part, attribute: Attribute): Spec | undefined {
  const specs = attribute === LIFECYCLE_ATTRIBUTE ? specsWithLifecycle(part) : part.specs;
  return specs.find((spec) => spec.attribute.id === attribute.id);
}
