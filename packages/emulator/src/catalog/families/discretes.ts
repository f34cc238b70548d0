/** Diode and transistor series: rectifiers, Schottky, Zener, small-signal BJTs and MOSFETs. */
import { stableNumber } from '../build-context.js';
import { CAT } from '../categories.js';
import { MFR } from '../companies.js';
import type { PartBlueprint, SpecInput } from '../part-builder.js';
import { E24, seriesValues } from '../spec-values.js';

const smd: SpecInput = ['mount', 'Surface Mount'];
const tht: SpecInput = ['mount', 'Through Hole'];

function price(base: number, key: string): number {
  return Number((base * (0.9 + stableNumber(key, 0, 200) / 1000)).toFixed(3));
}

function rectifiers(): PartBlueprint[] {
  const out: PartBlueprint[] = [];
  const volts = [50, 100, 200, 400, 600, 800, 1000];
  const makers: readonly (readonly [string, (n: number) => string])[] = [
    [MFR.onsemi, (n) => `1N400${n}G`],
    [MFR.diodes, (n) => `1N400${n}-T`],
    [MFR.vishay, (n) => `1N400${n}-E3/54`],
    [MFR.mcc, (n) => `1N400${n}-TP`],
  ];
  volts.forEach((v, i) => {
    for (const [manufacturerId, mpnOf] of makers) {
      const mpn = mpnOf(i + 1);
      out.push({
        mpn,
        manufacturerId,
        categoryId: CAT.rectifiers,
        shortDescription: `Rectifier Diode, ${v} V, 1 A, DO-41`,
        specs: [
          ['case_package', 'DO-41'],
          tht,
          ['reversevoltage', v],
          ['forwardcurrent', 1],
          ['forwardvoltage', 1.1],
        ],
        priceUsd: price(0.1, mpn),
        packaging: 'reel',
        packQuantity: 5000,
        genericMpn: `1N400${i + 1}`,
        datasheetKey: '1N4001-1N4007',
        imageKey: 'DO-41',
      });
    }
  });
  return out;
}

function schottky(): PartBlueprint[] {
  const out: PartBlueprint[] = [];
  for (const [n, v] of [
    [7, 20],
    [8, 30],
    [9, 40],
  ] as const) {
    for (const [manufacturerId, mpn] of [
      [MFR.onsemi, `1N581${n}RLG`],
      [MFR.vishay, `1N581${n}-E3/54`],
    ] as const) {
      out.push({
        mpn,
        manufacturerId,
        categoryId: CAT.schottky,
        shortDescription: `Schottky Rectifier, ${v} V, 1 A, DO-41`,
        specs: [
          ['case_package', 'DO-41'],
          tht,
          ['reversevoltage', v],
          ['forwardcurrent', 1],
          ['forwardvoltage', v === 20 ? 0.45 : v === 30 ? 0.55 : 0.6],
        ],
        priceUsd: price(0.2, mpn),
        packaging: 'reel',
        packQuantity: 5000,
        genericMpn: `1N581${n}`,
        imageKey: 'DO-41',
      });
    }
  }
  for (const amps of [1, 3, 5]) {
    for (let n = 2; n <= 6; n++) {
      const v = n * 10;
      for (const [manufacturerId, mpn] of [
        [MFR.vishay, `SS${amps}${n}-E3/61T`],
        [MFR.mcc, `SS${amps}${n}-TP`],
      ] as const) {
        out.push({
          mpn,
          manufacturerId,
          categoryId: CAT.schottky,
          shortDescription: `Schottky Rectifier, ${v} V, ${amps} A, ${amps === 1 ? 'DO-214AC (SMA)' : 'DO-214AB (SMC)'}`,
          specs: [
            ['case_package', amps === 1 ? 'SMA' : 'SMC'],
            smd,
            ['reversevoltage', v],
            ['forwardcurrent', amps],
            ['forwardvoltage', v <= 40 ? 0.5 : 0.7],
          ],
          priceUsd: price(0.12 + amps * 0.05, mpn),
          packaging: 'reel',
          packQuantity: amps === 1 ? 5000 : 3000,
          genericMpn: `SS${amps}${n}`,
          imageKey: amps === 1 ? 'SMA' : 'SMC',
        });
      }
    }
  }
  for (const variant of ['', 'A', 'C', 'S']) {
    for (const [manufacturerId, mpn] of [
      [MFR.nexperia, `BAT54${variant},215`],
      [MFR.onsemi, `BAT54${variant}LT1G`],
      [MFR.diodes, `BAT54${variant}-7-F`],
    ] as const) {
      out.push({
        mpn,
        manufacturerId,
        categoryId: CAT.schottky,
        shortDescription: `Schottky Barrier Diode${variant ? ' Pair' : ''}, 30 V, 200 mA, SOT-23`,
        specs: [
          ['case_package', 'SOT-23'],
          smd,
          ['reversevoltage', 30],
          ['forwardcurrent', 0.2],
          ['forwardvoltage', 0.8],
          ['reverserecoverytime', 5e-9],
        ],
        priceUsd: price(0.1, mpn),
        packaging: 'reel',
        packQuantity: 3000,
        genericMpn: `BAT54${variant}`,
        imageKey: 'SOT-23',
      });
    }
  }
  return out;
}

/** `2.4` → `2V4`, `10` → `10`. */
function zenerCode(volts: number): string {
  return Number.isInteger(volts) ? String(volts) : String(volts).replace('.', 'V');
}

function zeners(): PartBlueprint[] {
  const out: PartBlueprint[] = [];
  for (const v of seriesValues(E24, 2.4, 39)) {
    const code = zenerCode(v);
    for (const [manufacturerId, mpn] of [
      [MFR.nexperia, `BZX84-C${code},215`],
      [MFR.onsemi, `BZX84C${code}LT1G`],
      [MFR.diodes, `BZX84C${code}-7-F`],
    ] as const) {
      out.push({
        mpn,
        manufacturerId,
        categoryId: CAT.zeners,
        shortDescription: `Zener Diode, ${v} V, 250 mW, ±5%, SOT-23`,
        specs: [
          ['case_package', 'SOT-23'],
          smd,
          ['zenervoltage', v],
          ['tolerance', '±5%'],
          ['maxpowerdissipation', 0.25],
          ['forwardvoltage', 0.9],
        ],
        priceUsd: price(0.1, mpn),
        packaging: 'reel',
        packQuantity: 3000,
        genericMpn: `BZX84C${code}`,
        datasheetKey: 'BZX84 series',
        imageKey: 'SOT-23',
      });
    }
  }
  seriesValues(E24, 3.3, 100).forEach((v, i) => {
    const base = `1N${4728 + i}A`;
    for (const [manufacturerId, mpn] of [
      [MFR.vishay, `${base}-TR`],
      [MFR.onsemi, `${base}RLG`],
    ] as const) {
      out.push({
        mpn,
        manufacturerId,
        categoryId: CAT.zeners,
        shortDescription: `Zener Diode, ${v} V, 1 W, ±5%, DO-41`,
        specs: [
          ['case_package', 'DO-41'],
          tht,
          ['zenervoltage', v],
          ['tolerance', '±5%'],
          ['maxpowerdissipation', 1],
          ['forwardvoltage', 1.2],
        ],
        priceUsd: price(0.15, mpn),
        packaging: 'reel',
        packQuantity: 5000,
        genericMpn: base,
        datasheetKey: '1N4728A-1N4764A',
        imageKey: 'DO-41',
      });
    }
  });
  return out;
}

function bjts(): PartBlueprint[] {
  const out: PartBlueprint[] = [];
  const types: readonly (readonly [string, 'NPN' | 'PNP', number, number])[] = [
    ['3904', 'NPN', 40, 0.2],
    ['3906', 'PNP', 40, 0.2],
    ['2222A', 'NPN', 40, 0.6],
    ['4401', 'NPN', 40, 0.6],
    ['4403', 'PNP', 40, 0.6],
    ['5551', 'NPN', 160, 0.6],
    ['A42', 'NPN', 300, 0.5],
    ['A92', 'PNP', 300, 0.5],
  ];
  for (const [code, polarity, v, amps] of types) {
    for (const [manufacturerId, mpn] of [
      [MFR.onsemi, `MMBT${code}LT1G`],
      [MFR.diodes, `MMBT${code}-7-F`],
      [MFR.nexperia, `MMBT${code},215`],
    ] as const) {
      out.push({
        mpn,
        manufacturerId,
        categoryId: CAT.bjts,
        shortDescription: `${polarity} Small Signal Transistor, ${v} V, SOT-23`,
        specs: [
          ['case_package', 'SOT-23'],
          smd,
          ['polarity', polarity],
          ['collector_emitterbreakdownvoltage', v],
          ['continuouscollectorcurrent', amps],
          ['maxpowerdissipation', 0.3],
        ],
        priceUsd: price(0.08, mpn),
        packaging: 'reel',
        packQuantity: 3000,
        genericMpn: `MMBT${code}`,
        imageKey: 'SOT-23',
      });
    }
  }
  for (const [mpn, polarity] of [
    ['2N3904BU', 'NPN'],
    ['2N3906BU', 'PNP'],
  ] as const) {
    out.push({
      mpn,
      manufacturerId: MFR.onsemi,
      categoryId: CAT.bjts,
      shortDescription: `${polarity} General-Purpose Transistor, 40 V, 200 mA, TO-92`,
      specs: [
        ['case_package', 'TO-92'],
        tht,
        ['polarity', polarity],
        ['collector_emitterbreakdownvoltage', 40],
        ['continuouscollectorcurrent', 0.2],
        ['maxpowerdissipation', 0.625],
      ],
      priceUsd: price(0.15, mpn),
      packaging: 'bulk',
      genericMpn: mpn.slice(0, 6),
      imageKey: 'TO-92',
    });
  }
  return out;
}

function mosfets(): PartBlueprint[] {
  const out: PartBlueprint[] = [];
  const voltages: readonly (readonly [string, number])[] = [
    ['20', 20],
    ['30', 30],
    ['60', 60],
    ['10', 100],
  ];
  const resistances = [18, 24, 30, 41, 52, 65, 80, 95, 120, 150];
  for (const channel of ['N', 'P'] as const) {
    for (const [vCode, v] of voltages) {
      for (const milliohms of resistances) {
        for (const [suffix, packageName] of [
          ['L-7', 'SOT-23'],
          ['U-7', 'SOT-323'],
        ] as const) {
          const mpn = `DM${channel}${vCode}${String(milliohms).padStart(3, '0')}${suffix}`;
          const rds = (milliohms / 1000) * (v / 30) ** 0.5 * (channel === 'P' ? 1.6 : 1);
          const amps = Math.min(8, Number((0.9 / rds ** 0.5).toFixed(1)));
          out.push({
            mpn,
            manufacturerId: MFR.diodes,
            categoryId: CAT.mosfets,
            shortDescription: `${channel}-Channel Enhancement Mode MOSFET, ${v} V, ${amps} A, ${packageName}`,
            specs: [
              ['case_package', packageName],
              smd,
              ['polarity', `${channel}-Channel`],
              ['drain_to_sourcevoltage_vdss_', v],
              ['continuousdraincurrent_id_', amps],
              ['drain_to_sourceresistance_rds_on_', Number(rds.toPrecision(3))],
              ['gatecharge', Number((0.6e-9 / rds ** 0.8).toPrecision(2))],
              ['thresholdvoltage', v <= 30 ? 1 : 2],
              ['maxpowerdissipation', packageName === 'SOT-23' ? 0.9 : 0.5],
            ],
            priceUsd: price(0.12 + v / 1000, mpn),
            packaging: 'reel',
            packQuantity: 3000,
            imageKey: packageName,
          });
        }
      }
    }
  }
  return out;
}

export function discreteFamilies(): PartBlueprint[] {
  return [...rectifiers(), ...schottky(), ...zeners(), ...bjts(), ...mosfets()];
}
