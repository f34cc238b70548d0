/** Every part the generator can draw from, in a fixed order. */
import { capacitorFamilies } from './families/capacitors.js';
import { connectorFamilies } from './families/connectors.js';
import { discreteFamilies } from './families/discretes.js';
import { miscFamilies } from './families/misc.js';
import { regulatorFamilies } from './families/regulators.js';
import { resistorFamilies } from './families/resistors.js';
import type { PartBlueprint } from './part-builder.js';

let cached: readonly PartBlueprint[] | undefined;

/** The candidate pool (built once; blueprints are never mutated). */
export function generatedPool(): readonly PartBlueprint[] {
  cached ??= [
    ...regulatorFamilies(),
    ...discreteFamilies(),
    ...capacitorFamilies(),
    ...resistorFamilies(),
    ...connectorFamilies(),
    ...miscFamilies(),
  ];
  return cached;
}
