/**
 * The footprint a BOM component lands on: pad count, pad type and pitch, read
 * from its package as the catalog's short description names it (0603, SOT-23,
 * LQFP-48, "8 Position" connectors, ...).
 */
import type { Component } from './design-types.js';

export interface Footprint {
  name: string;
  pads: number;
  /** Surface-mount pads (SMD) or through-hole (FREE). */
  smd: boolean;
  /** Distance between neighbouring pads of a row, in mils. */
  pitch: number;
  /** Pad copper size (mils) and, for through-hole pads, the drilled hole. */
  padSize: readonly [number, number];
  hole: number;
}

const chip = (name: string, length: number): Footprint => ({
  name,
  pads: 2,
  smd: true,
  pitch: length,
  padSize: [length / 2, length / 2],
  hole: 0,
});
const th = (name: string, pads: number, pitch = 100): Footprint => ({
  name,
  pads,
  smd: false,
  pitch,
  padSize: [60, 60],
  hole: 35,
});
const smd = (name: string, pads: number, pitch: number, padSize: readonly [number, number]): Footprint => ({
  name,
  pads,
  smd: true,
  pitch,
  padSize,
  hole: 0,
});

/** Package patterns, most specific first. */
const PACKAGES: readonly (readonly [RegExp, (match: RegExpMatchArray) => Footprint])[] = [
  [
    /\b(0402|0603|0805|1206)\b/,
    (m) => chip(m[1] ?? '0603', { '0402': 40, '0603': 60, '0805': 80, '1206': 120 }[m[1] ?? '0603'] ?? 60),
  ],
  [/SOT-23-5/, () => smd('SOT-23-5', 5, 37, [24, 40])],
  [/SOT-223/, () => smd('SOT-223', 4, 90, [40, 80])],
  [/SOT-(23|323)\b/, (m) => smd(`SOT-${m[1]}`, 3, 37, [24, 40])],
  [/TO-220/, () => th('TO-220', 3)],
  [/TO-92|TO-18/, (m) => th(m[0], 3, 50)],
  [/(SOIC|SOP|SSOP)-(\d+)/, (m) => smd(`${m[1]}-${m[2]}`, Number(m[2]), m[1] === 'SSOP' ? 26 : 50, [24, 60])],
  [/PDIP-(\d+)/, (m) => th(`DIP-${m[1]}`, Number(m[1]))],
  [/(TQFP|LQFP|QFN)-(\d+)/, (m) => smd(`${m[1]}-${m[2]}`, Number(m[2]), 20, [12, 50])],
  [/DO-41|DO-35/, (m) => th(m[0], 2, 400)],
  [/SMA\)|SMC\)|SOD-123|DO-214/, () => smd('SMx', 2, 180, [80, 90])],
  [/3\.2 x 2\.5 mm/, () => smd('XTAL-3225', 4, 90, [50, 45])],
  [/HC-49/, () => smd('HC-49/US-SMD', 2, 190, [90, 80])],
  [/3\.2 x 1\.5 mm/, () => smd('XTAL-3215', 2, 100, [40, 70])],
  [/ESP32/, () => smd('ESP32-WROOM-32', 38, 50, [36, 60])],
  [/(\d+) Position.*(SMT|Surface)/, (m) => smd(`CONN-SMT-${m[1]}`, Number(m[1]), 20, [12, 50])],
  [/Micro USB/, () => smd('USB-MICRO-B', 5, 26, [16, 55])],
  [/(\d+) Position/, (m) => th(`CONN-${m[1]}`, Number(m[1]), /2 mm Pitch/.test(m.input ?? '') ? 79 : 100)],
  [/5 mm T-1/, () => th('LED-5MM', 2)],
  [/(\d+) x (\d+) mm/, (m) => smd(`IND-${m[1]}${m[2]}`, 2, Number(m[1]) * 30, [60, 120])],
  [/CAP ALUM/, () => smd('CAP-ALU-SMD', 2, 200, [60, 100])],
];

/** Prefixes of mechanical BOM lines (heatsink, bare board, standoff): placed without pads. */
const MECHANICAL = new Set(['HS', 'PCB', 'MH']);

export function footprintOf(component: Component, prefix: string): Footprint {
  if (MECHANICAL.has(prefix)) return { ...th(`MECH-${prefix}`, 0), name: `MECH-${prefix}` };
  for (const [pattern, make] of PACKAGES) {
    const match = component.description.match(pattern);
    if (match) return make(match);
  }
  // A part whose package nobody wrote down: a six-pin header (the obscure connector is one).
  return prefix === 'J' ? th('CONN-6', 6) : chip('0603', 60);
}
