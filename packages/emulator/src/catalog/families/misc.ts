/** LEDs, crystals, power inductors and ferrite beads. */
import { stableNumber } from '../build-context.js';
import { CAT } from '../categories.js';
import { MFR } from '../companies.js';
import type { PartBlueprint, SpecInput } from '../part-builder.js';
import { multiplierCode } from '../spec-values.js';

const smd: SpecInput = ['mount', 'Surface Mount'];

function price(base: number, key: string): number {
  return Number((base * (0.9 + stableNumber(key, 0, 200) / 1000)).toFixed(3));
}

type Color = 'Red' | 'Green' | 'Blue' | 'Yellow' | 'Orange';
const WAVELENGTH_NM: Record<Color, number> = { Red: 631, Green: 571, Blue: 468, Yellow: 591, Orange: 611 };
/** Typical forward voltage at 20 mA (V) and luminous intensity (cd) of a small SMD LED of each colour. */
const FORWARD_V: Record<Color, number> = { Red: 2, Green: 2.1, Blue: 3.2, Yellow: 2, Orange: 2 };
const INTENSITY_CD: Record<Color, number> = {
  Red: 0.09,
  Green: 0.035,
  Blue: 0.05,
  Yellow: 0.07,
  Orange: 0.09,
};

function led(mpn: string, manufacturerId: string, size: string, color: Color, series: string): PartBlueprint {
  const nm = WAVELENGTH_NM[color];
  return {
    mpn,
    manufacturerId,
    categoryId: CAT.leds,
    shortDescription: `LED, ${color}, ${nm} nm, ${size}, Clear Lens, 20 mA`,
    specs: [
      ['case_package', size],
      smd,
      ['color', color],
      ['wavelength', nm * 1e-9, `${nm} nm`],
      ['forwardcurrent', 0.02],
      ['forwardvoltage', FORWARD_V[color]],
      ['luminousintensity', INTENSITY_CD[color]],
      ['viewingangle', 120, '120°'],
    ],
    priceUsd: price(color === 'Blue' ? 0.28 : 0.2, mpn),
    packaging: 'reel',
    packQuantity: 4000,
    datasheetKey: `${series} ${size}`,
    imageKey: `${size} LED ${color.toLowerCase()}`,
  };
}

function leds(): PartBlueprint[] {
  const out: PartBlueprint[] = [];
  const liteOn: readonly (readonly [string, Color])[] = [
    ['KRKT', 'Red'],
    ['KGKT', 'Green'],
    ['TBKT', 'Blue'],
    ['KSKT', 'Yellow'],
    ['KFKT', 'Orange'],
  ];
  for (const [series, size] of [
    ['C191', '0603'],
    ['C171', '0805'],
    ['C150', '1206'],
  ] as const) {
    for (const [code, color] of liteOn)
      out.push(led(`LTST-${series}${code}`, MFR.liteon, size, color, 'Lite-On LTST'));
  }
  const wurth: readonly (readonly [string, Color])[] = [
    ['RS', 'Red'],
    ['GS', 'Green'],
    ['BS', 'Blue'],
    ['YS', 'Yellow'],
    ['AS', 'Orange'],
  ];
  for (const [code, size] of [
    ['060', '0603'],
    ['080', '0805'],
    ['120', '1206'],
  ] as const) {
    for (const [colorCode, color] of wurth)
      out.push(led(`150${code}${colorCode}75000`, MFR.wurth, size, color, 'WL-SMCW'));
  }
  for (const [code, color] of [
    ['EC', 'Red'],
    ['SGC', 'Green'],
    ['SYKC', 'Yellow'],
    ['QBC/D', 'Blue'],
  ] as const) {
    out.push(led(`APT1608${code}`, MFR.kingbright, '0603', color, 'Kingbright APT1608'));
  }
  return out;
}

function crystals(): PartBlueprint[] {
  const out: PartBlueprint[] = [];
  const freqs = [
    '8.000',
    '10.000',
    '12.000',
    '13.560',
    '16.000',
    '19.200',
    '20.000',
    '24.000',
    '25.000',
    '26.000',
    '27.000',
    '32.000',
    '40.000',
    '48.000',
  ];
  for (const f of freqs) {
    const hz = Number(f) * 1e6;
    for (const [mpn, size, load, series] of [
      [`ABM8-${f}MHZ-B2-T`, '3.2 x 2.5 mm', 18e-12, 'Abracon ABM8'],
      [`ABLS-${f}MHZ-B4-T`, 'HC-49/US SMD', 18e-12, 'Abracon ABLS'],
    ] as const) {
      out.push({
        mpn,
        manufacturerId: MFR.abracon,
        categoryId: CAT.crystals,
        shortDescription: `Crystal, ${Number(f)} MHz, ±20 ppm, ${load * 1e12} pF, ${size}`,
        specs: [
          ['case_package', size],
          smd,
          ['frequency', hz],
          ['loadcapacitance', load],
          ['tolerance', '±20 ppm'],
          ['frequencystability', 30, '±30 ppm'],
        ],
        priceUsd: price(series === 'Abracon ABM8' ? 0.52 : 0.38, mpn),
        packaging: 'reel',
        packQuantity: series === 'Abracon ABM8' ? 3000 : 1000,
        datasheetKey: series,
        imageKey: `${series} crystal`,
      });
    }
  }
  return out;
}

function inductors(): PartBlueprint[] {
  const out: PartBlueprint[] = [];
  const micro = [1, 1.5, 2.2, 3.3, 4.7, 6.8, 10, 15, 22];
  for (const uh of micro) {
    const nanoCode = multiplierCode(uh * 1000, 2);
    const microCode = multiplierCode(uh, 2);
    const wurthCode = String(Math.round(uh * 10)).padStart(3, '0');
    const amps = Number((9 / Math.sqrt(uh)).toFixed(1));
    for (const [mpn, manufacturerId, size, series, base, dcrPerMicrohenry] of [
      [`XAL4020-${nanoCode}MEC`, MFR.coilcraft, '4 x 4 mm', 'Coilcraft XAL4020', 0.95, 0.013],
      [`SRR1260-${microCode}M`, MFR.bourns, '12 x 12 mm', 'Bourns SRR1260', 0.62, 0.004],
      [`74438357${wurthCode}`, MFR.wurth, '4 x 4 mm', 'WE-MAPI 4030', 0.7, 0.02],
    ] as const) {
      out.push({
        mpn,
        manufacturerId,
        categoryId: CAT.powerInductors,
        shortDescription: `Shielded Power Inductor, ${uh} µH, ±20%, ${amps} A, ${size}`,
        specs: [
          ['case_package', size],
          smd,
          ['inductance', uh * 1e-6],
          ['currentrating', amps],
          ['tolerance', '±20%'],
          ['dcresistance_dcr_', Number((dcrPerMicrohenry * uh ** 0.8).toPrecision(3))],
          ['saturationcurrent', Number((amps * 1.2).toFixed(1))],
          ['shielding', 'Shielded'],
        ],
        priceUsd: price(base, mpn),
        packaging: 'reel',
        packQuantity: 1000,
        datasheetKey: series,
        imageKey: `${series} inductor`,
      });
    }
  }
  for (const [series, amps, dcrPerOhm] of [
    ['PG', 1.5, 0.0004],
    ['AG', 0.5, 0.0012],
    ['KG', 3, 0.0002],
  ] as const) {
    for (const ohms of [120, 220, 330, 470, 600, 1000]) {
      const mpn = `BLM18${series}${multiplierCode(ohms, 2)}SN1D`;
      out.push({
        mpn,
        manufacturerId: MFR.murata,
        categoryId: CAT.ferriteBeads,
        shortDescription: `Ferrite Bead, ${ohms} Ω @ 100 MHz, ${amps} A, 0603`,
        specs: [
          ['case_package', '0603'],
          smd,
          ['impedance', ohms],
          ['currentrating', amps],
          ['dcresistance_dcr_', Number((dcrPerOhm * ohms).toPrecision(2))],
        ],
        priceUsd: price(0.1, mpn),
        packaging: 'reel',
        packQuantity: 4000,
        datasheetKey: `BLM18${series} series`,
        imageKey: '0603 ferrite bead',
      });
    }
  }
  return out;
}

export function miscFamilies(): PartBlueprint[] {
  return [...leds(), ...crystals(), ...inductors()];
}
