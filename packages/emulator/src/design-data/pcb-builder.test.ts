import { beforeAll, describe, expect, it } from 'vitest';
import { defaultCatalog } from '../default-catalog.js';
import { createDesignData } from './create-design-data.js';
import { DesignStore } from './design-store.js';
import type { Project } from './design-types.js';
import { buildPcb } from './pcb-builder.js';
import type { Pcb } from './pcb-types.js';

let store: DesignStore;
let boards: { project: Project; pcb: Pcb }[];
beforeAll(() => {
  store = new DesignStore(createDesignData({ catalog: defaultCatalog(undefined) }));
  boards = store.data.projects.map((project) => {
    const pcb = store.pcb(project.design.variants[0] ?? { name: '', bom: { items: [] } });
    if (!pcb) throw new Error(`no board for ${project.id}`);
    return { project, pcb };
  });
});

const inside = (pcb: Pcb, p: { xMils: number; yMils: number }) =>
  p.xMils >= 0 && p.yMils >= 0 && p.xMils <= pcb.size.xMils && p.yMils <= pcb.size.yMils;

describe('buildPcb', () => {
  it("places one design item per BOM designator, each with its component's footprint inside the outline", () => {
    for (const { project, pcb } of boards) {
      const designators = (project.design.variants[0]?.bom.items ?? []).flatMap((item) =>
        item.bomItemInstances.map((i) => i.designator),
      );
      expect(pcb.designItems.map((d) => d.designator)).toEqual(designators);
      for (const item of pcb.designItems) {
        expect(inside(pcb, item.boundingBox.pos2), `${project.name} ${item.designator}`).toBe(true);
        for (const pad of item.pads)
          expect(pad.globalDesignator).toBe(`${item.designator}-${pad.designator}`);
      }
    }
  });

  it('connects pads by nets of two or more pads, and routes every net with its own tracks and vias', () => {
    for (const { project, pcb } of boards) {
      const nets = new Set(pcb.nets);
      expect(pcb.nets.map((n) => n.name)).toContain('GND');
      for (const net of pcb.nets) {
        expect(net.pads.length, `${project.name} ${net.name}`).toBeGreaterThanOrEqual(2);
        for (const pad of net.pads) expect(pad.net).toBe(net);
        // Routed: by tracks and vias, or (through-hole pads only) straight into a plane.
        const routed = net.tracks.length + net.vias.length > 0 || net.pads.every((p) => p.padType === 'FREE');
        expect(routed, `${project.name} ${net.name} is routed`).toBe(true);
        expect(net.layers.length).toBeGreaterThan(0);
      }
      for (const track of pcb.tracks) {
        expect(nets.has(track.net)).toBe(true);
        expect(track.net.tracks).toContain(track);
        expect(pcb.copper).toContain(track.layer);
        expect(inside(pcb, track.begin) && inside(pcb, track.end)).toBe(true);
      }
      for (const via of pcb.vias) expect(nets.has(via.net) && via.net.vias.includes(via)).toBe(true);
      for (const pad of pcb.pads) if (pad.net) expect(nets.has(pad.net)).toBe(true);
      for (const layer of pcb.copper) for (const net of layer.nets) expect(net.layers).toContain(layer);
    }
  });

  it('stacks two or four copper layers as the project says, inside a chamfered outline', () => {
    for (const { project, pcb } of boards) {
      const count = Number(project.parameters.find((p) => p.name === 'LayerCount')?.value);
      expect(pcb.copper).toHaveLength(count);
      const stack = pcb.layerStack.stacks[0]?.layers ?? [];
      expect(stack.filter((l) => l.layerType === 'SIGNAL' || l.layerType === 'PLANE')).toEqual(pcb.copper);
      expect(pcb.layerStack.layerTypes).toEqual([...new Set(stack.map((l) => l.layerType))]);
      expect(pcb.outline.vertices).toHaveLength(8);
      expect(pcb.area.xMils2).toBeLessThan(pcb.size.xMils * pcb.size.yMils);
    }
  });

  it('is built once per BOM, and the same BOM always gives the same board', () => {
    const project = store.data.projects[0] as Project;
    const variant = project.design.variants[0];
    if (!variant) throw new Error('no variant');
    expect(store.pcb(variant)).toBe(store.pcb(variant));
    const again = buildPcb({
      projectId: project.id,
      projectName: project.name,
      copperLayers: 4,
      bom: variant.bom,
    });
    const shape = (pcb: Pcb) =>
      JSON.stringify({
        pads: pcb.pads.map((p) => [p.globalDesignator, p.net?.name ?? null, p.position]),
        tracks: pcb.tracks.map((t) => [t.net.name, t.layer.name, t.begin, t.end]),
        vias: pcb.vias.map((v) => [v.name, v.net.name, v.position]),
      });
    expect(shape(again)).toBe(shape(store.pcb(variant) as Pcb));
  });
});
