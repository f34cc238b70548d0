/**
 * A part's lifecycle as Octopart shows it: a "Lifecycle Status" spec (Production, NRND, EOL,
 * Obsolete...) next to the part's own specs. The catalog keeps lifecycle as a field; the API shows
 * it the way clients read it, so risk checks built on the real API work against the emulator.
 */
import type { Attribute, Part, PartLifeCycle, Spec } from '../../catalog/index.js';

/** Octopart's attribute (id 910, in its "Supply Chain" group). */
export const LIFECYCLE_ATTRIBUTE: Attribute = {
  id: '910',
  name: 'Lifecycle Status',
  shortname: 'lifecyclestatus',
  group: 'Supply Chain',
  valueType: 'text',
  unitsName: '',
  unitsSymbol: '',
  shortDisplayname: 'Lifecycle Status',
};

const SHOWN: Partial<Record<PartLifeCycle, string>> = {
  NEW: 'New',
  ACTIVE: 'Production',
  ACTIVE_UNCONFIRMED: 'Production',
  NRFND: 'NRND',
  EOL: 'EOL',
  DISCONTINUED: 'Obsolete',
  DISCONTINUED_UNCONFIRMED: 'Obsolete',
};

const withLifecycle = new WeakMap<Part, Spec[]>();

/** The part's specs, with its lifecycle status last (none for an unknown lifecycle). */
export function specsWithLifecycle(part: Part): Spec[] {
  let specs = withLifecycle.get(part);
  if (specs === undefined) {
    const shown = SHOWN[part.lifecycle];
    specs = shown
      ? [
          ...part.specs,
          {
            attribute: LIFECYCLE_ATTRIBUTE,
            value: shown,
            siValue: shown,
            displayValue: shown,
            valueType: 'text',
            units: '',
            unitsName: '',
            unitsSymbol: '',
          },
        ]
      : [...part.specs];
    withLifecycle.set(part, specs);
  }
  return specs;
}
