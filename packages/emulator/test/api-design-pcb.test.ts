/** A project's board over the API: the PCB model a layout viewer or DFM tool reads. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DesignHarness, dataOf, startDesignHarness } from './api-design-harness.js';

let api: DesignHarness;
beforeAll(async () => {
  api = await startDesignHarness();
});
afterAll(() => api.close());

const POINT = 'x y xMm yMm xMils yMils';
const BOARD = `query($id: ID!) {
  desProjectById(id: $id) {
    id name
    design { variants { name
      bom { items(first: 1000) { nodes { bomItemInstances { designator } } } }
      pcb {
        documentId documentName
        size { xMm yMm } area { xMm2 } origin { ${POINT} }
        outline { vertices { ${POINT} } }
        layerStack { stackupType layerTypes stacks { name layers { name layerType thickness { xMils } material
          copperWeight { ounce } nets { name } } } }
        designItems(first: 1000) { totalCount pageInfo { hasNextPage endCursor }
          nodes { designator footprintName comment component { id } position { ${POINT} }
            pads { designator net { name } } } }
        nets { name cumulativeLength { xMils } layers { name } pads { globalDesignator } tracks { layer { name } } vias { name } }
        pads { globalDesignator padType net { name } layer { name } position { ${POINT} } }
        tracks { net { name } layer { name } width { xMils } begin { ${POINT} } end { ${POINT} } }
        vias { name net { name } beginLayer { name } endLayer { name } position { ${POINT} } }
      } } }
  } }`;

interface Point {
  xMils: number;
  yMils: number;
}
interface Board {
  desProjectById: {
    id: string;
    design: {
      variants: {
        name: string;
        bom: { items: { nodes: { bomItemInstances: { designator: string }[] }[] } };
        pcb: {
          documentId: string;
          documentName: string;
          size: { xMm: number; yMm: number };
          outline: { vertices: Point[] };
          layerStack: { stacks: { layers: { name: string; layerType: string }[] }[] };
          designItems: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean };
            nodes: {
              designator: string;
              component: { id: string };
              pads: { designator: string; net: { name: string } | null }[];
            }[];
          };
          nets: { name: string; pads: { globalDesignator: string }[]; tracks: unknown[]; vias: unknown[] }[];
          pads: { globalDesignator: string; net: { name: string } | null }[];
          tracks: { net: { name: string }; layer: { name: string }; begin: Point; end: Point }[];
          vias: {
            name: string;
            net: { name: string };
            beginLayer: { name: string };
            endLayer: { name: string };
          }[];
        };
      }[];
    };
  };
}

describe('DesPcb', () => {
  it("answers each variant with the project's own board: BOM designators placed, nets routed", async () => {
    const answer = await api.query<Board>(BOARD, { id: 'prj-acme-robotics-01' });
    const project = dataOf(answer).desProjectById;
    const [base] = project.design.variants;
    const pcb = base?.pcb;
    if (!base || !pcb) throw new Error('no board');
    expect(pcb.documentName).toBe('Motor Controller.PcbDoc');
    // Every variant of the project is laid out on the same board document.
    expect(new Set(project.design.variants.map((v) => v.pcb.documentId))).toEqual(new Set([pcb.documentId]));

    const designators = base.bom.items.nodes.flatMap((item) =>
      item.bomItemInstances.map((i) => i.designator),
    );
    expect(pcb.designItems.totalCount).toBe(designators.length);
    expect(pcb.designItems.nodes.map((item) => item.designator)).toEqual(designators);
    const bomDesignators = new Set(designators);
    for (const pad of pcb.pads)
      expect(bomDesignators.has(pad.globalDesignator.split('-')[0] ?? '')).toBe(true);
    expect(pcb.designItems.nodes.find((i) => i.designator.startsWith('Q'))?.pads).toHaveLength(3);

    const nets = new Set(pcb.nets.map((n) => n.name));
    expect(nets.has('GND')).toBe(true);
    for (const track of pcb.tracks) expect(nets.has(track.net.name)).toBe(true);
    for (const via of pcb.vias) {
      expect(nets.has(via.net.name)).toBe(true);
      expect([via.beginLayer.name, via.endLayer.name]).toEqual(['Top Layer', 'Bottom Layer']);
    }
    for (const pad of pcb.pads) if (pad.net) expect(nets.has(pad.net.name)).toBe(true);
    for (const net of pcb.nets) expect(net.pads.length).toBeGreaterThanOrEqual(2);

    const copper = pcb.layerStack.stacks[0]?.layers.filter((l) => ['SIGNAL', 'PLANE'].includes(l.layerType));
    expect(copper?.map((l) => l.name)).toEqual(['Top Layer', 'GND Plane', 'Power Plane', 'Bottom Layer']);
    const xs = pcb.outline.vertices.map((v) => v.xMils);
    const ys = pcb.outline.vertices.map((v) => v.yMils);
    for (const track of pcb.tracks) {
      for (const p of [track.begin, track.end]) {
        expect(p.xMils).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(p.xMils).toBeLessThanOrEqual(Math.max(...xs));
        expect(p.yMils).toBeLessThanOrEqual(Math.max(...ys));
      }
    }
    expect(pcb.size.xMm).toBeGreaterThan(20);

    expect(await api.query<Board>(BOARD, { id: 'prj-acme-robotics-01' })).toEqual(answer);
    // Another project has a board of its own.
    const other = dataOf(await api.query<Board>(BOARD, { id: 'prj-acme-robotics-04' })).desProjectById;
    const otherPcb = other.design.variants[0]?.pcb;
    expect(otherPcb?.documentName).toBe('USB-Serial Adapter.PcbDoc');
    expect(otherPcb?.documentId).not.toBe(pcb.documentId);
    expect(otherPcb?.designItems.nodes.map((i) => i.component.id)).not.toEqual(
      pcb.designItems.nodes.map((i) => i.component.id),
    );
  });

  it('pages and filters design items, and filters nets by name and tracks by layer', async () => {
    const query = `query($id: ID!) { desProjectById(id: $id) { design { variants { name pcb {
      first: designItems(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { designator } }
      resistors: designItems(first: 1000, where: { designator: { startsWith: "R" } }) { nodes { designator } }
      named: designItems(designators: ["C1"]) { nodes { designator } }
      gnd: nets(names: ["GND"]) { name }
      bottom: tracks(where: { layer: { name: { eq: "Bottom Layer" } } }) { layer { name } }
      tracks { layer { name } } } } } } }`;
    const data = dataOf(
      await api.query<{
        desProjectById: {
          design: {
            variants: {
              pcb: {
                first: {
                  totalCount: number;
                  pageInfo: { hasNextPage: boolean; endCursor: string };
                  nodes: { designator: string }[];
                };
                resistors: { nodes: { designator: string }[] };
                named: { nodes: { designator: string }[] };
                gnd: { name: string }[];
                bottom: { layer: { name: string } }[];
                tracks: { layer: { name: string } }[];
              };
            }[];
          };
        };
      }>(query, { id: 'prj-acme-robotics-02' }),
    );
    const pcb = data.desProjectById.design.variants[0]?.pcb;
    if (!pcb) throw new Error('no board');
    expect(pcb.first.nodes).toHaveLength(2);
    expect(pcb.first.pageInfo).toEqual({ hasNextPage: true, endCursor: Buffer.from('1').toString('base64') });
    expect(pcb.resistors.nodes.length).toBeGreaterThan(0);
    expect(pcb.resistors.nodes.every((n) => n.designator.startsWith('R'))).toBe(true);
    expect(pcb.named.nodes).toEqual([{ designator: 'C1' }]);
    expect(pcb.gnd).toEqual([{ name: 'GND' }]);
    expect(pcb.bottom.length).toBeGreaterThan(0);
    expect(pcb.bottom.length).toBe(pcb.tracks.filter((t) => t.layer.name === 'Bottom Layer').length);
  });

  it('lists the comment threads placed on the board, and only those', async () => {
    const threads = async () =>
      dataOf(
        await api.query<{
          desProjectById: {
            design: {
              variants: { pcb: { documentId: string; commentThreads: { commentThreadId: string }[] } }[];
            };
          };
        }>(
          `{ desProjectById(id: "prj-acme-robotics-03") { design { variants { pcb { documentId
            commentThreads { commentThreadId } } } } } }`,
        ),
      ).desProjectById.design.variants[0]?.pcb;
    const before = await threads();
    // The demo threads are on the schematic.
    expect(before?.commentThreads).toEqual([]);
    const created = dataOf(
      await api.query<{ desCreateCommentThread: { commentThreadId: string } }>(
        `mutation($doc: String!) { desCreateCommentThread(input: { entityId: "prj-acme-robotics-03", documentId: $doc,
          documentType: PCB, text: "Move C3 closer to U1.", commentContextType: NONE }) { commentThreadId } }`,
        { doc: before?.documentId },
      ),
    );
    expect((await threads())?.commentThreads).toEqual([
      { commentThreadId: created.desCreateCommentThread.commentThreadId },
    ]);
    // A thread on one part of the board is that design item's too.
    const items = async () =>
      dataOf(
        await api.query<{
          desProjectById: {
            design: {
              variants: {
                pcb: {
                  designItems: {
                    nodes: {
                      designator: string;
                      pcbId: string;
                      commentThreads: { commentThreadId: string }[];
                    }[];
                  };
                };
              }[];
            };
          };
        }>(
          `{ desProjectById(id: "prj-acme-robotics-03") { design { variants { pcb {
            designItems(first: 1000) { nodes { designator pcbId commentThreads { commentThreadId } } } } } } } }`,
        ),
      ).desProjectById.design.variants[0]?.pcb.designItems.nodes ?? [];
    const [first] = await items();
    const onItem = dataOf(
      await api.query<{ desCreateCommentThread: { commentThreadId: string } }>(
        `mutation($doc: String!, $item: String!) { desCreateCommentThread(input: { entityId: "prj-acme-robotics-03",
          documentId: $doc, documentType: PCB, text: "Rotate this part.", commentContextType: COMPONENT,
          itemAsInternalObjectId: $item }) { commentThreadId } }`,
        { doc: before?.documentId, item: first?.pcbId },
      ),
    );
    const after = await items();
    expect(after.filter((i) => i.commentThreads.length > 0)).toEqual([
      { ...first, commentThreads: [{ commentThreadId: onItem.desCreateCommentThread.commentThreadId }] },
    ]);
  });

  it("gives a release's variants the board of what was released", async () => {
    const data = dataOf(
      await api.query<{
        desProjectById: {
          design: {
            releases: {
              nodes: {
                variants: {
                  bom: { items: { nodes: { bomItemInstances: { designator: string }[] }[] } };
                  pcb: { designItems: { nodes: { designator: string }[] } };
                }[];
              }[];
            };
          };
        };
      }>(
        `{ desProjectById(id: "prj-acme-robotics-01") { design { releases(first: 10) { nodes { variants {
          bom { items(first: 1000) { nodes { bomItemInstances { designator } } } }
          pcb { designItems(first: 1000) { nodes { designator } } } } } } } } }`,
      ),
    );
    const releases = data.desProjectById.design.releases.nodes;
    expect(releases.length).toBeGreaterThan(1);
    for (const variant of releases.flatMap((r) => r.variants)) {
      const released = variant.bom.items.nodes.flatMap((i) => i.bomItemInstances.map((x) => x.designator));
      expect(variant.pcb.designItems.nodes.map((d) => d.designator)).toEqual(released);
    }
  });
});
