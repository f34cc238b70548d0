/**
 * A plausible routed board for a BOM: every placed instance becomes a design
 * item on a chamfered rectangular outline, its footprint's pads join nets
 * (GND and the supply rails, and Altium-style "NetR1_2" signal nets between
 * parts), and every net with two or more pads is routed with tracks and vias.
 * Deterministic: the same BOM always gives the same board.
 */
import { guidFor, position } from './design-ids.js';
import type { Bom, Position2D } from './design-types.js';
import { type Footprint, footprintOf } from './pcb-footprint.js';
import { layerStack } from './pcb-layer-stack.js';
import type { DesignItem, Layer, Net, Pad, Pcb, Track, Via } from './pcb-types.js';
import { area, size, size2D } from './pcb-units.js';

export interface PcbSource {
  /** DesProject.id: the board's document id derives from it. */
  projectId: string;
  projectName: string;
  copperLayers: 2 | 4;
  bom: Bom;
}

const MARGIN = 150;
const GAP = 120;
const CHAMFER = 60;
const RAILS = ['GND', '+3V3', 'VIN'] as const;

interface Placement {
  item: DesignItem;
  footprint: Footprint;
  prefix: string;
}

/** Pad centres of a footprint around (0, 0): one row up to three pads, two facing rows above. */
function padOffsets(footprint: Footprint): [number, number][] {
  const { pads, pitch } = footprint;
  if (pads <= 3) return Array.from({ length: pads }, (_, i) => [(i - (pads - 1) / 2) * pitch, 0]);
  const perRow = Math.ceil(pads / 2);
  const rowGap = Math.max(120, footprint.padSize[1] * 3);
  return Array.from({ length: pads }, (_, i) => {
    // Numbered counter-clockwise as IC pins are: down the first row, back up the second.
    const row = i < perRow ? 0 : 1;
    const k = row === 0 ? i : pads - 1 - i;
    return [(k - (perRow - 1) / 2) * pitch, row === 0 ? -rowGap / 2 : rowGap / 2];
  });
}

function extent(offsets: [number, number][], footprint: Footprint): [number, number] {
  const xs = offsets.map(([x]) => Math.abs(x));
  const ys = offsets.map(([, y]) => Math.abs(y));
  const [w, h] = footprint.padSize;
  return [2 * Math.max(0, ...xs) + w + 20, 2 * Math.max(0, ...ys) + h + 20];
}

function newNet(name: string): Net {
  return { name, cumulativeLength: size(0), layers: [], pads: [], vias: [], tracks: [] };
}

export function buildPcb(source: PcbSource): Pcb {
  const { stackup, copper } = layerStack(source.copperLayers);
  const top = copper[0] as Layer;
  const bottom = copper[copper.length - 1] as Layer;
  const documentId = guidFor(`pcbdoc|${source.projectId}`);

  // Place: shelves left to right, wrapping at a width that keeps the board roughly 4:3.
  const instances = source.bom.items.flatMap((line) =>
    line.bomItemInstances.map((instance) => ({ line, designator: instance.designator })),
  );
  const shapes = instances.map(({ line, designator }) => {
    const prefix = designator.replace(/\d+$/, '');
    const footprint = footprintOf(line.component, prefix);
    const offsets = padOffsets(footprint);
    const [w, h] = footprint.pads === 0 ? [250, 250] : extent(offsets, footprint);
    return { line, designator, prefix, footprint, offsets, w, h };
  });
  const totalArea = shapes.reduce((sum, s) => sum + (s.w + GAP) * (s.h + GAP), 0);
  const rowWidth = Math.max(800, Math.sqrt(totalArea * 1.33));
  let x = MARGIN;
  let y = MARGIN;
  let rowHeight = 0;
  let width = 0;
  const placements: Placement[] = [];
  const pads: Pad[] = [];
  for (const shape of shapes) {
    if (x > MARGIN && x + shape.w > MARGIN + rowWidth) {
      x = MARGIN;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    const cx = Math.round(x + shape.w / 2);
    const cy = Math.round(y + shape.h / 2);
    const layer = top;
    const itemPads: Pad[] = shape.offsets.map(([dx, dy], n) => ({
      padType: shape.footprint.smd ? 'SMD' : 'FREE',
      layer: shape.footprint.smd ? top : null,
      net: null,
      designator: `${n + 1}`,
      globalDesignator: `${shape.designator}-${n + 1}`,
      radius: shape.footprint.smd ? 0 : 50,
      rotation: 0,
      isPlated: !shape.footprint.smd,
      holeSize: size(shape.footprint.hole),
      size: size2D(shape.footprint.padSize[0], shape.footprint.padSize[1]),
      shape: shape.footprint.smd ? 'ROUNDED_RECTANGLE' : n === 0 ? 'RECTANGLE' : 'ROUND',
      position: position(cx + dx, cy + dy),
    }));
    pads.push(...itemPads);
    const component = shape.line.component;
    const item: DesignItem = {
      board: { projectId: source.projectId, documentId },
      designator: shape.designator,
      schId: guidFor(`sch|${documentId}|${shape.designator}`),
      pcbId: guidFor(`pcb|${documentId}|${shape.designator}`),
      component,
      description: component.description,
      comment: component.comment,
      layer,
      position: position(cx, cy),
      boundingBox: { pos1: position(x, y), pos2: position(x + shape.w, y + shape.h) },
      footprintName: shape.footprint.name,
      rotation: 0,
      parameters: [
        { name: 'Comment', value: component.comment },
        { name: 'Footprint', value: shape.footprint.name },
        ...component.manufacturerParts
          .slice(0, 1)
          .map((mp) => ({ name: 'Manufacturer Part Number', value: mp.partNumber })),
      ],
      pads: itemPads,
      vias: [],
      tracks: [],
    };
    placements.push({ item, footprint: shape.footprint, prefix: shape.prefix });
    x += shape.w + GAP;
    width = Math.max(width, x);
    rowHeight = Math.max(rowHeight, shape.h);
  }
  const boardWidth = Math.round(width - GAP + MARGIN);
  const boardHeight = Math.round(y + rowHeight + MARGIN);

  // Connect: rails by role, signals between an IC pin and the next passive pad.
  const nets = new Map<string, Net>();
  const net = (name: string): Net => {
    let found = nets.get(name);
    if (!found) {
      found = newNet(name);
      nets.set(name, found);
    }
    return found;
  };
  const join = (pad: Pad, target: Net) => {
    pad.net = target;
    target.pads.push(pad);
  };
  const waiting: Net[] = []; // signal nets with one pad, waiting for a partner
  const signal = (item: DesignItem, pad: Pad) => {
    const open = waiting.shift();
    if (open && !open.pads.some((p) => item.pads.includes(p))) join(pad, open);
    else {
      if (open) waiting.unshift(open);
      const created = net(`Net${item.designator}_${pad.designator}`);
      join(pad, created);
      waiting.push(created);
    }
  };
  for (const { item, prefix } of placements) {
    const p = item.pads;
    if (p.length === 0) continue;
    const bulk = /CAP ALUM/.test(item.description);
    if (prefix === 'C') {
      join(p[0] as Pad, net(bulk ? 'VIN' : '+3V3'));
      join(p[1] as Pad, net('GND'));
    } else if (prefix === 'U' && /Regulator/i.test(item.description)) {
      for (const [n, pad] of p.entries()) join(pad, net(RAILS[n % 3] as string));
    } else if (prefix === 'U') {
      p.forEach((pad, n) => {
        if (n === p.length - 1 || n === Math.floor(p.length / 2) - 1) join(pad, net('GND'));
        else if (n === 0 || n === Math.floor(p.length / 2)) join(pad, net('+3V3'));
        else signal(item, pad);
      });
    } else if (prefix === 'J' && p.length >= 2) {
      join(p[0] as Pad, net('GND'));
      for (const pad of p.slice(1)) signal(item, pad);
    } else if (prefix === 'Q' && p.length === 3) {
      signal(item, p[0] as Pad);
      join(p[1] as Pad, net('GND'));
      signal(item, p[2] as Pad);
    } else for (const pad of p) signal(item, pad);
  }
  // A signal net that never found a partner is an unconnected pin, not a net.
  for (const lonely of [...nets.values()].filter((n) => n.pads.length < 2)) {
    for (const pad of lonely.pads) pad.net = null;
    nets.delete(lonely.name);
  }

  // Route: planes (four layers) take GND and +3V3 through a via per SMD pad; everything else is
  // chained pad to pad with L-shaped tracks, GND and every third signal on the bottom layer.
  const tracks: Track[] = [];
  const vias: Via[] = [];
  const ownerOf = new Map<Pad, DesignItem>();
  for (const { item } of placements) for (const pad of item.pads) ownerOf.set(pad, item);
  const plane = (name: string): Layer | undefined =>
    source.copperLayers === 4
      ? name === 'GND'
        ? copper[1]
        : name === '+3V3'
          ? copper[2]
          : undefined
      : undefined;
  const addTrack = (target: Net, layer: Layer, begin: Position2D, end: Position2D, owner?: DesignItem) => {
    if (begin.x === end.x && begin.y === end.y) return;
    const track: Track = {
      layer,
      net: target,
      width: size(target.name.startsWith('Net') ? 8 : 20),
      begin,
      end,
    };
    tracks.push(track);
    target.tracks.push(track);
    owner?.tracks.push(track);
  };
  const addVia = (target: Net, at: Position2D, owner?: DesignItem) => {
    const via: Via = {
      layer: top,
      net: target,
      beginLayer: top,
      endLayer: bottom,
      name: `Via${vias.length + 1}`,
      holeDiameter: size(12),
      padDiameter: size(24),
      shape: 'ROUND',
      position: at,
    };
    vias.push(via);
    target.vias.push(via);
    owner?.vias.push(via);
    return via;
  };
  let signalIndex = 0;
  for (const target of nets.values()) {
    const ordered = [...target.pads].sort(
      (a, b) => a.position.x - b.position.x || a.position.y - b.position.y,
    );
    const planeLayer = plane(target.name);
    if (planeLayer) {
      for (const pad of ordered) {
        if (pad.padType !== 'SMD') continue;
        const at = position(pad.position.xMils, pad.position.yMils - 45);
        addTrack(target, top, pad.position, at, ownerOf.get(pad));
        addVia(target, at, ownerOf.get(pad));
      }
      continue;
    }
    const onBottom = target.name === 'GND' || (target.name.startsWith('Net') && signalIndex++ % 3 === 2);
    const layer = onBottom ? bottom : top;
    for (let i = 1; i < ordered.length; i++) {
      const from = ordered[i - 1] as Pad;
      const to = ordered[i] as Pad;
      let begin = from.position;
      let end = to.position;
      if (onBottom) {
        // Down to the bottom layer next to each SMD pad (through-hole pads reach it already).
        if (from.padType === 'SMD') {
          const at = position(begin.xMils + 30, begin.yMils + 30);
          addTrack(target, top, begin, at, ownerOf.get(from));
          addVia(target, at, ownerOf.get(from));
          begin = at;
        }
        if (to.padType === 'SMD') {
          const at = position(end.xMils - 30, end.yMils - 30);
          addTrack(target, top, end, at, ownerOf.get(to));
          addVia(target, at, ownerOf.get(to));
          end = at;
        }
      }
      const corner = position(end.xMils, begin.yMils);
      addTrack(target, layer, begin, corner, ownerOf.get(from));
      addTrack(target, layer, corner, end, ownerOf.get(from));
    }
  }

  // Which layers each net touches, and each layer's nets.
  for (const target of nets.values()) {
    const touched = new Set<Layer>();
    for (const pad of target.pads) for (const l of pad.layer ? [pad.layer] : copper) touched.add(l);
    for (const t of target.tracks) touched.add(t.layer);
    for (const v of target.vias) touched.add(v.beginLayer).add(v.endLayer);
    const planeLayer = plane(target.name);
    if (planeLayer) touched.add(planeLayer);
    target.layers = copper.filter((l) => touched.has(l));
    for (const l of target.layers) l.nets.push(target);
    const length = target.tracks.reduce(
      (sum, t) => sum + Math.hypot(t.end.xMils - t.begin.xMils, t.end.yMils - t.begin.yMils),
      0,
    );
    target.cumulativeLength = size(Math.round(length * 100) / 100);
  }

  const c = CHAMFER;
  const outline = [
    [c, 0],
    [boardWidth - c, 0],
    [boardWidth, c],
    [boardWidth, boardHeight - c],
    [boardWidth - c, boardHeight],
    [c, boardHeight],
    [0, boardHeight - c],
    [0, c],
  ].map(([vx, vy]) => position(vx as number, vy as number));
  return {
    projectId: source.projectId,
    documentId,
    documentName: `${source.projectName}.PcbDoc`,
    layerStack: stackup,
    copper,
    outline: { vertices: outline },
    size: size2D(boardWidth, boardHeight),
    area: area(boardWidth * boardHeight - 2 * c * c),
    origin: position(0, 0),
    designItems: placements.map((p) => p.item),
    nets: [...nets.values()].sort((a, b) => a.name.localeCompare(b.name)),
    pads,
    tracks,
    vias,
  };
}
