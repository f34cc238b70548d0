/** Deterministic GUIDs, positions and dates for generated design data. */
import { hash32 } from '../catalog/prng.js';
import type { Position2D } from './design-types.js';

/** A GUID-shaped id derived from `key` (the same key always gives the same id). */
export function guidFor(key: string): string {
  const hex = [0, 1, 2, 3].map((i) => hash32(`${i}|${key}`).toString(16).padStart(8, '0')).join('');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A DesPosition2D from mils (Altium internal units: 10,000 per mil). */
export function position(xMils: number, yMils: number): Position2D {
  return {
    x: Math.round(xMils * 10_000),
    y: Math.round(yMils * 10_000),
    xMm: Number((xMils * 0.0254).toFixed(4)),
    yMm: Number((yMils * 0.0254).toFixed(4)),
    xMils,
    yMils,
  };
}

const DAY = 86_400_000;

/** ISO date-time `days` (fractional allowed) after `start`. */
export function isoAfter(start: string | number, days: number): string {
  const base = typeof start === 'string' ? Date.parse(start) : start;
  return new Date(base + Math.round(days * DAY)).toISOString();
}
