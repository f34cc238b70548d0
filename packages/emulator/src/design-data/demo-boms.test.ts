import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, Part } from '../catalog/catalog-types.js';
import { defaultCatalog } from '../default-catalog.js';
import { RecipeResolver } from './bom-recipe.js';
import { createDesignData } from './create-design-data.js';
import { DEMO_BOMS } from './demo-boms.js';
import { DEMO_WORKSPACES } from './demo-workspaces.js';
import type { DesignData, Project } from './design-types.js';

/**
 * What a description promises, and the catalog category (or part number) a BOM line must have for the
 * promise to hold. Written apart from the recipes, so a recipe that drops a named part fails here.
 */
const PROMISES: readonly (readonly [promise: RegExp, part: RegExp])[] = [
  [/motor controller|motor driver|H-bridge|half bridge|MOSFET/i, /^MOSFETs$/],
  [/current sensing|current limit|amplifier|comparator|op amp|LM358|TL072/i, /^Op Amps$/],
  [/STM32/, /^STM32F103/],
  [/ATmega328P/, /^ATMEGA328P/],
  [/ESP32/, /^ESP32-WROOM-32E$/],
  [/CH340G|USB to UART/, /^USB Interface ICs$/],
  [/\bUSB/, /^USB Connectors$/],
  [/\bLEDs?\b|lamps/, /^LEDs$/],
  [/shift register/, /^Shift Registers$/],
  [/\b555\b/, /^Timers$/],
  [/LM317/, /^LM317/],
  [/regulator|\bLDO\b/, /^Linear Voltage Regulators$/],
  [/bulk capacitors/, /^Aluminum Electrolytic Capacitors$/],
  [/Schottky/, /^Schottky Diodes$/],
  [/inductor/, /^Power Inductors$/],
  [/RS-232|MAX232/, /^RS-232 Interface ICs$/],
  [/nRF24/, /^RF Transceivers$/],
  [/transistor/, /^Bipolar Transistors/],
  [/diodes/, /Diodes$/],
  [/connector|header/, /Connectors$|^Pin Headers$/],
];

let catalog: Catalog;
let data: DesignData;
let partsById: Map<string, Part>;
beforeAll(() => {
  catalog = defaultCatalog(undefined);
  data = createDesignData({ catalog });
  partsById = new Map(catalog.parts.map((p) => [p.id, p]));
});

/** What a BOM line is, in the terms PROMISES use: its part number and its catalog category. */
function bomTerms(project: Project): string[] {
  return (project.design.variants[0]?.bom.items ?? []).flatMap((item) => {
    const part = partsById.get(item.component.manufacturerParts[0]?.octopartId ?? '');
    return part ? [part.mpn, part.category?.name ?? ''] : [];
  });
}

describe('demo BOMs', () => {
  it('has a recipe for every demo project, and none for a project that does not exist', () => {
    const names = DEMO_WORKSPACES.flatMap((w) => w.projects.map(([name]) => name));
    expect(Object.keys(DEMO_BOMS).sort()).toEqual([...names].sort());
  });

  it('resolves every recipe line on the default catalog, so the boards are exactly as written', () => {
    const resolver = new RecipeResolver(catalog);
    const missing = Object.entries(DEMO_BOMS).flatMap(([name, recipe]) =>
      recipe
        .filter((line) => !resolver.resolve(line.part))
        .map((line) => `${name}: ${JSON.stringify(line.part)}`),
    );
    expect(missing).toEqual([]);
  });

  it('holds the parts each project description names', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const project of data.projects) {
      const terms = bomTerms(project);
      for (const [promise, part] of PROMISES) {
        if (!promise.test(project.description)) continue;
        checked++;
        if (!terms.some((term) => part.test(term)))
          broken.push(`${project.name}: ${promise} without ${part}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(data.projects.length * 2);
  });

  it('builds a motor controller from what one is made of', () => {
    const motor = data.projects.find((p) => p.name === 'Motor Controller');
    const lines = (motor?.design.variants[0]?.bom.items ?? []).map((item) => ({
      mpn: item.component.manufacturerParts[0]?.partNumber,
      designators: item.bomItemInstances.map((i) => i.designator),
    }));
    const mosfets = lines.find((l) => l.mpn === 'IRLZ44NPBF');
    expect(mosfets?.designators).toHaveLength(8);
    expect(mosfets?.designators.every((d) => /^Q\d+$/.test(d))).toBe(true);
    expect(lines.map((l) => l.mpn)).toEqual(expect.arrayContaining(['LM358DR', 'EEE-FK1V101P', 'SS34-TP']));
    // Gate resistors: one 22 Ω per MOSFET.
    const gate = (motor?.design.variants[0]?.bom.items ?? []).find((i) => i.component.comment === '22');
    expect(gate?.quantity).toBe(8);
  });

  it('gives every designator on a board once', () => {
    for (const project of data.projects) {
      const designators = (project.design.variants[0]?.bom.items ?? []).flatMap((i) =>
        i.bomItemInstances.map((x) => x.designator),
      );
      expect(new Set(designators).size, project.name).toBe(designators.length);
    }
  });
});
