/**
 * Specs every built-in part shows besides its family's own, derived from what its blueprint already
 * says: packaging, RoHS status, pin count and operating temperature range. A blueprint that states one
 * of them itself keeps its own value.
 */
import type { PartLifeCycle } from './catalog-types.js';
import { CAT } from './categories.js';
import type { PackagingKind } from './offers.js';
import type { SpecInput } from './part-builder.js';

const PACKAGING: Record<PackagingKind, string> = {
  reel: 'Tape & Reel (TR)',
  tube: 'Tube',
  tray: 'Tray',
  bulk: 'Bulk',
};

/** Pins of packages whose name does not end in the count. */
const PINS: Readonly<Record<string, number>> = {
  'SOT-23': 3,
  'SOT-323': 3,
  'SOT-223': 4,
  'TO-220': 3,
  'TO-220AB': 3,
  'TO-92': 3,
  'TO-18': 3,
  'DO-41': 2,
  'DO-35': 2,
  'SOD-123': 2,
  SMA: 2,
  SMC: 2,
  '0402': 2,
  '0603': 2,
  '0805': 2,
  '1206': 2,
  '3.2 x 2.5 mm': 4,
  '3.2 x 1.5 mm': 2,
  'HC-49/US SMD': 2,
  '4 x 4 mm': 2,
  '12 x 12 mm': 2,
  '5 mm T-1 3/4': 2,
};

/** Packages named with their pin count: `SOIC-8`, `SOT-23-5`, `LQFP-48`. */
const COUNTED = /^(?:SOIC|PDIP|SOT-23|LQFP|TQFP|QFN|SOP|SSOP)-(\d+)$/;

/** Operating temperature range (°C) per category, as the families' datasheets give it. */
const TEMPERATURES: Readonly<Record<string, readonly [min: number, max: number]>> = {
  [CAT.chipResistors]: [-55, 155],
  [CAT.ceramicCapacitors]: [-55, 125],
  [CAT.electrolytics]: [-40, 105],
  [CAT.powerInductors]: [-40, 125],
  [CAT.ferriteBeads]: [-55, 125],
  [CAT.crystals]: [-20, 70],
  [CAT.leds]: [-40, 85],
  [CAT.rectifiers]: [-65, 175],
  [CAT.switchingDiodes]: [-65, 175],
  [CAT.schottky]: [-65, 150],
  [CAT.zeners]: [-65, 150],
  [CAT.bjts]: [-55, 150],
  [CAT.mosfets]: [-55, 150],
  [CAT.opAmps]: [0, 70],
  [CAT.timers]: [0, 70],
  [CAT.microcontrollers]: [-40, 85],
  [CAT.rfModules]: [-40, 85],
  [CAT.rfTransceivers]: [-40, 85],
  [CAT.linearRegulators]: [-40, 125],
  [CAT.usbInterface]: [-40, 85],
  [CAT.rs232Interface]: [0, 70],
  [CAT.shiftRegisters]: [-40, 85],
  [CAT.usbConnectors]: [-25, 85],
  [CAT.wireToBoard]: [-25, 85],
  [CAT.pinHeaders]: [-55, 125],
};

export interface CommonSpecSource {
  categoryId: string;
  packaging: PackagingKind;
  lifecycle: PartLifeCycle;
  specs: readonly SpecInput[];
}

function statedValue(specs: readonly SpecInput[], shortname: string): number | string | undefined {
  return specs.find(([name]) => name === shortname)?.[1];
}

function pinsOf(specs: readonly SpecInput[]): number | undefined {
  const positions = statedValue(specs, 'numberofpositions');
  if (typeof positions === 'number') return positions;
  const packageName = statedValue(specs, 'case_package');
  if (typeof packageName !== 'string') return undefined;
  const counted = COUNTED.exec(packageName);
  return counted ? Number(counted[1]) : PINS[packageName];
}

/** The derived specs `source` does not state itself, in a fixed order. */
export function commonSpecs(source: CommonSpecSource): SpecInput[] {
  const out: SpecInput[] = [];
  const stated = new Set(source.specs.map(([name]) => name));
  const add = (spec: SpecInput) => {
    if (!stated.has(spec[0])) out.push(spec);
  };
  const pins = pinsOf(source.specs);
  if (pins !== undefined) add(['numberofpins', pins, String(pins)]);
  const range = TEMPERATURES[source.categoryId];
  if (range) {
    add(['minoperatingtemperature', range[0]]);
    add(['maxoperatingtemperature', range[1]]);
  }
  add(['packaging', PACKAGING[source.packaging]]);
  if (source.lifecycle === 'ACTIVE' || source.lifecycle === 'NEW') add(['rohs', 'Compliant']);
  return out;
}
