/**
 * BOM items of a design as pricing lines. The shape is what `@nexar/supply`'s `matchBom` takes
 * (`mpn`, `manufacturer`, `quantity`, `designators`, `reference`), declared here structurally so this
 * package does not depend on the supply package.
 */
import type { BomItemFragment, ManufacturerPartFragment } from './generated/graphql.js';

/** One line of a design's BOM, ready for `matchBom`. */
export interface DesignBomLine {
  /** The preferred manufacturer part number (lowest `priority`); the component's name when it has none. */
  mpn: string;
  /** The preferred part's manufacturer; absent for a component without manufacturer parts. */
  manufacturer?: string;
  /** Placed instances on one board (the fitted designators; 0 on a do-not-place line). */
  quantity: number;
  /** The designators of those instances, e.g. ["R1", "R4", "R7"]. */
  designators: string[];
  /** The design component's id (`DesComponent.id`), to find the line's component again. */
  reference: string;
  /** The component's description. */
  description?: string;
  /** The Octopart part id (`SupPart.id`) of the preferred part, when Altium 365 knows it. */
  octopartId?: string;
  /** The other manufacturer parts of the component, preferred first. */
  alternates: { mpn: string; manufacturer: string; octopartId?: string }[];
}

/** The lines of BOM items: fitted instances in `lines`, do-not-place instances in `notFitted`. */
export function bomLines(items: readonly BomItemFragment[]): {
  lines: DesignBomLine[];
  notFitted: DesignBomLine[];
} {
  const lines: DesignBomLine[] = [];
  const notFitted: DesignBomLine[] = [];
  for (const item of items) {
    const fitted = item.bomItemInstances.filter((instance) => instance.isFitted).map((i) => i.designator);
    const unfitted = item.bomItemInstances.filter((instance) => !instance.isFitted).map((i) => i.designator);
    // An item listed without instances counts by its quantity alone.
    if (item.bomItemInstances.length === 0) {
      (item.quantity > 0 ? lines : notFitted).push(lineOf(item, item.quantity, []));
      continue;
    }
    if (fitted.length > 0) lines.push(lineOf(item, fitted.length, fitted));
    if (unfitted.length > 0) notFitted.push(lineOf(item, 0, unfitted));
  }
  return { lines, notFitted };
}

function lineOf(item: BomItemFragment, quantity: number, designators: string[]): DesignBomLine {
  const { component } = item;
  // Lower priority numbers are preferred; equal priorities keep the design's order.
  const parts = [...component.manufacturerParts].sort((a, b) => a.priority - b.priority);
  const [preferred, ...others] = parts;
  return {
    mpn: preferred?.partNumber ?? component.name,
    ...(preferred?.companyName ? { manufacturer: preferred.companyName } : {}),
    quantity,
    designators,
    reference: component.id,
    ...(component.description ? { description: component.description } : {}),
    ...(preferred?.octopartId ? { octopartId: preferred.octopartId } : {}),
    alternates: others.map(alternateOf),
  };
}

function alternateOf(part: ManufacturerPartFragment): DesignBomLine['alternates'][number] {
  const alternate: DesignBomLine['alternates'][number] = {
    mpn: part.partNumber,
    manufacturer: part.companyName,
  };
  if (part.octopartId) alternate.octopartId = part.octopartId;
  return alternate;
}
