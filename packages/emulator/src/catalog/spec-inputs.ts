/** Spec shorthands shared by the curated part tables. */
import type { SpecInput } from './part-builder.js';

export const smd: SpecInput = ['mount', 'Surface Mount'];
export const tht: SpecInput = ['mount', 'Through Hole'];
export const pkg = (name: string): SpecInput => ['case_package', name];
