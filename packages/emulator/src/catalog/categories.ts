/** The built-in category tree, shaped like Octopart's "Electronic Parts" root. */
import type { Category } from './catalog-types.js';
import { slugify } from './slug.js';

export const ROOT_CATEGORY_ID = '4161';

/** Category ids the generators and curated parts refer to. */
export const CAT = {
  root: ROOT_CATEGORY_ID,
  ics: '4165',
  amplifiers: '4166',
  opAmps: '4167',
  clockTiming: '4180',
  timers: '4181',
  processors: '4190',
  microcontrollers: '4191',
  power: '4200',
  linearRegulators: '4201',
  interface: '4210',
  usbInterface: '4211',
  rs232Interface: '4212',
  logic: '4220',
  shiftRegisters: '4221',
  rf: '4230',
  rfTransceivers: '4231',
  rfModules: '4232',
  discretes: '4240',
  diodes: '4241',
  rectifiers: '4242',
  switchingDiodes: '4243',
  zeners: '4244',
  schottky: '4245',
  transistors: '4246',
  bjts: '4247',
  mosfets: '4248',
  passives: '4250',
  resistors: '4251',
  chipResistors: '4252',
  capacitors: '4253',
  ceramicCapacitors: '4254',
  electrolytics: '4255',
  inductors: '4256',
  powerInductors: '4257',
  ferriteBeads: '4258',
  connectors: '4260',
  usbConnectors: '4261',
  wireToBoard: '4262',
  pinHeaders: '4263',
  opto: '4270',
  leds: '4271',
  frequencyControl: '4280',
  crystals: '4281',
} as const;

const TREE: readonly (readonly [id: string, parentId: string, name: string])[] = [
  [CAT.root, '0', 'Electronic Parts'],
  [CAT.ics, CAT.root, 'Integrated Circuits'],
  [CAT.amplifiers, CAT.ics, 'Amplifiers'],
  [CAT.opAmps, CAT.amplifiers, 'Op Amps'],
  [CAT.clockTiming, CAT.ics, 'Clock and Timing'],
  [CAT.timers, CAT.clockTiming, 'Timers'],
  [CAT.processors, CAT.ics, 'Embedded Processors and Controllers'],
  [CAT.microcontrollers, CAT.processors, 'Microcontrollers'],
  [CAT.power, CAT.ics, 'Power Management ICs'],
  [CAT.linearRegulators, CAT.power, 'Linear Voltage Regulators'],
  [CAT.interface, CAT.ics, 'Interface ICs'],
  [CAT.usbInterface, CAT.interface, 'USB Interface ICs'],
  [CAT.rs232Interface, CAT.interface, 'RS-232 Interface ICs'],
  [CAT.logic, CAT.ics, 'Logic'],
  [CAT.shiftRegisters, CAT.logic, 'Shift Registers'],
  [CAT.rf, CAT.root, 'RF and Wireless'],
  [CAT.rfTransceivers, CAT.rf, 'RF Transceivers'],
  [CAT.rfModules, CAT.rf, 'RF Modules'],
  [CAT.discretes, CAT.root, 'Discrete Semiconductors'],
  [CAT.diodes, CAT.discretes, 'Diodes'],
  [CAT.rectifiers, CAT.diodes, 'Rectifier Diodes'],
  [CAT.switchingDiodes, CAT.diodes, 'Switching Diodes'],
  [CAT.zeners, CAT.diodes, 'Zener Diodes'],
  [CAT.schottky, CAT.diodes, 'Schottky Diodes'],
  [CAT.transistors, CAT.discretes, 'Transistors'],
  [CAT.bjts, CAT.transistors, 'Bipolar Transistors (BJTs)'],
  [CAT.mosfets, CAT.transistors, 'MOSFETs'],
  [CAT.passives, CAT.root, 'Passive Components'],
  [CAT.resistors, CAT.passives, 'Resistors'],
  [CAT.chipResistors, CAT.resistors, 'Chip Resistors'],
  [CAT.capacitors, CAT.passives, 'Capacitors'],
  [CAT.ceramicCapacitors, CAT.capacitors, 'Ceramic Capacitors'],
  [CAT.electrolytics, CAT.capacitors, 'Aluminum Electrolytic Capacitors'],
  [CAT.inductors, CAT.passives, 'Inductors'],
  [CAT.powerInductors, CAT.inductors, 'Power Inductors'],
  [CAT.ferriteBeads, CAT.inductors, 'Ferrite Beads'],
  [CAT.connectors, CAT.root, 'Connectors'],
  [CAT.usbConnectors, CAT.connectors, 'USB Connectors'],
  [CAT.wireToBoard, CAT.connectors, 'Wire-to-Board Connectors'],
  [CAT.pinHeaders, CAT.connectors, 'Pin Headers'],
  [CAT.opto, CAT.root, 'Optoelectronics'],
  [CAT.leds, CAT.opto, 'LEDs'],
  [CAT.frequencyControl, CAT.root, 'Frequency Control'],
  [CAT.crystals, CAT.frequencyControl, 'Crystals'],
];

/** Slug path from the root to each category, given a flat id/parentId/name list. */
export function categoryPaths(
  entries: readonly { id: string; parentId: string; name: string }[],
): Map<string, string> {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const paths = new Map<string, string>();
  const pathOf = (id: string, seen: Set<string>): string => {
    const known = paths.get(id);
    if (known !== undefined) return known;
    const entry = byId.get(id);
    if (entry === undefined || seen.has(id)) return '';
    seen.add(id);
    const path = `${pathOf(entry.parentId, seen)}/${slugify(entry.name)}`;
    paths.set(id, path);
    return path;
  };
  for (const entry of entries) pathOf(entry.id, new Set());
  return paths;
}

export function builtInCategories(): Category[] {
  const entries = TREE.map(([id, parentId, name]) => ({ id, parentId, name }));
  const paths = categoryPaths(entries);
  return entries.map((entry) => ({ ...entry, path: paths.get(entry.id) ?? '' }));
}
