/**
 * A board as DesPcb describes it. Objects reference each other as the schema
 * links them (a pad's net, a net's pads, a track's layer), so resolvers read
 * fields straight off them; built on demand per BOM (see pcb-builder.ts), never
 * serialised with the design data.
 */
import type { Component, Position2D } from './design-types.js';

/** DesSize: a length in Altium internal units (10,000 per mil), mm and mils. */
export interface Size {
  x: number;
  xMm: number;
  xMils: number;
}

/** DesSize2D. */
export interface Size2D {
  x: number;
  y: number;
  xMm: number;
  yMm: number;
  xMils: number;
  yMils: number;
}

/** DesArea (`x` in internal units squared). */
export interface Area {
  x: number;
  xMm2: number;
  xMils2: number;
}

/** DesLayer. `layerType` is a DesLayerType value. */
export interface Layer {
  name: string;
  layerType: string;
  thickness: Size | null;
  dielectricConstant: number | null;
  copperWeight: { x: number; gram: number; ounce: number } | null;
  material: string | null;
  layerProperties: { name: string; text: string; size: Size | null }[];
  /** Nets with a pad, track or via on this layer (filled in when the board is routed). */
  nets: Net[];
}

/** DesStackup. */
export interface Stackup {
  stackupType: string;
  layerTypes: string[];
  roughnessType: string;
  roughnessFactorSR: string;
  roughnessFactorRF: string;
  stacks: { name: string; layers: Layer[] }[];
}

/** DesPad. `padType` is SMD or FREE (through-hole), `shape` a DesPrimitiveShape. */
export interface Pad {
  padType: string;
  /** The top copper layer for SMD pads, null for through-hole pads (they span every copper layer). */
  layer: Layer | null;
  net: Net | null;
  designator: string;
  globalDesignator: string;
  radius: number;
  rotation: number;
  isPlated: boolean;
  holeSize: Size;
  size: Size2D;
  shape: string;
  position: Position2D;
}

/** DesTrack. */
export interface Track {
  layer: Layer;
  net: Net;
  width: Size;
  begin: Position2D;
  end: Position2D;
}

/** DesVia (through: top to bottom copper). */
export interface Via {
  layer: Layer;
  net: Net;
  beginLayer: Layer;
  endLayer: Layer;
  name: string;
  holeDiameter: Size;
  padDiameter: Size;
  shape: string;
  position: Position2D;
}

/** DesNet. */
export interface Net {
  name: string;
  cumulativeLength: Size;
  layers: Layer[];
  pads: Pad[];
  vias: Via[];
  tracks: Track[];
}

/** DesDesignItem: one placed BOM instance. */
export interface DesignItem {
  /** The board's project and document (not DesDesignItem fields: they find the item's comment threads). */
  board: { projectId: string; documentId: string };
  designator: string;
  schId: string;
  pcbId: string;
  component: Component;
  description: string;
  comment: string;
  layer: Layer;
  position: Position2D;
  boundingBox: { pos1: Position2D; pos2: Position2D };
  footprintName: string;
  rotation: number;
  parameters: { name: string; value: string }[];
  pads: Pad[];
  vias: Via[];
  tracks: Track[];
}

/** DesPcb. */
export interface Pcb {
  /** DesProject.id of the board's project (not a DesPcb field: it finds the project's comment threads). */
  projectId: string;
  documentId: string;
  documentName: string;
  layerStack: Stackup;
  /** Copper layers, top first (the stack also holds overlay, mask and dielectric layers). */
  copper: Layer[];
  outline: { vertices: Position2D[] };
  size: Size2D;
  area: Area;
  origin: Position2D;
  designItems: DesignItem[];
  nets: Net[];
  pads: Pad[];
  tracks: Track[];
  vias: Via[];
}
