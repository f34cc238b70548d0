/** What a catalog part is on a board (its designator prefix), from its category. */
import type { Part } from '../catalog/catalog-types.js';

export type Role = 'R' | 'C' | 'U' | 'D' | 'LED' | 'Q' | 'J' | 'Y' | 'L' | 'FB';

const RULES: readonly (readonly [RegExp, Role])[] = [
  [/resistor/i, 'R'],
  [/capacitor/i, 'C'],
  [/\bled/i, 'LED'],
  [/diode|rectifier|zener|schottky/i, 'D'],
  [/transistor|mosfet|bjt/i, 'Q'],
  [/connector|header/i, 'J'],
  [/crystal|oscillator|frequency/i, 'Y'],
  [/ferrite/i, 'FB'],
  [/inductor/i, 'L'],
];

const byCategory = new WeakMap<object, Role>();

export function roleOf(part: Part): Role {
  const category = part.category;
  const cached = category ? byCategory.get(category) : undefined;
  if (cached) return cached;
  const text = `${category?.path ?? ''} ${category?.name ?? ''}`;
  const role = RULES.find(([pattern]) => pattern.test(text))?.[1] ?? 'U';
  if (category) byCategory.set(category, role);
  return role;
}

/** Parameter types (DesParameterType) of the spec attributes a library component shows. */
export const PARAMETER_TYPES: Readonly<Record<string, string>> = {
  resistance: 'RESISTANCE',
  capacitance: 'CAPACITANCE',
  inductance: 'INDUCTANCE',
  impedance: 'IMPEDANCE',
  voltagerating_dc_: 'VOLTAGE',
  outputvoltage: 'VOLTAGE',
  maxsupplyvoltage: 'VOLTAGE',
  reversevoltage: 'VOLTAGE',
  zenervoltage: 'VOLTAGE',
  drain_to_sourcevoltage_vdss_: 'VOLTAGE',
  outputcurrent: 'CURRENT',
  currentrating: 'CURRENT',
  forwardcurrent: 'CURRENT',
  continuousdraincurrent_id_: 'CURRENT',
  powerrating: 'POWER',
  frequency: 'FREQUENCY',
  clockfrequency: 'FREQUENCY',
  tolerance: 'TEXT',
  case_package: 'TEXT',
};
