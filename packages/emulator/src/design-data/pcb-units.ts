/** DesSize, DesSize2D and DesArea values from mils (Altium internal units: 10,000 per mil). */
import type { Area, Size, Size2D } from './pcb-types.js';

const MM_PER_MIL = 0.0254;
const round = (value: number, digits = 4): number => Number(value.toFixed(digits));

export function size(mils: number): Size {
  return { x: Math.round(mils * 10_000), xMm: round(mils * MM_PER_MIL), xMils: round(mils) };
}

export function size2D(xMils: number, yMils: number): Size2D {
  return {
    x: Math.round(xMils * 10_000),
    y: Math.round(yMils * 10_000),
    xMm: round(xMils * MM_PER_MIL),
    yMm: round(yMils * MM_PER_MIL),
    xMils: round(xMils),
    yMils: round(yMils),
  };
}

export function area(squareMils: number): Area {
  return {
    x: squareMils * 1e8,
    xMm2: round(squareMils * MM_PER_MIL * MM_PER_MIL),
    xMils2: round(squareMils, 2),
  };
}

/** Millimetres to mils. */
export const mils = (mm: number): number => mm / MM_PER_MIL;
