/** Ceramic (Murata GRM, Samsung CL, TDK C) and aluminium electrolytic capacitor series. */
import { stableNumber } from '../build-context.js';
import { CAT } from '../categories.js';
import { MFR } from '../companies.js';
import type { PartBlueprint } from '../part-builder.js';
import { clean, E6, formatSi, multiplierCode, seriesValues } from '../spec-values.js';

type Dielectric = 'C0G' | 'X7R' | 'X5R';

interface Range {
  dielectric: Dielectric;
  volts: number;
  min: number;
  max: number;
}

interface Size {
  size: string;
  murata: string;
  murataTail: string;
  samsung: string;
  samsungThickness: string;
  tdk: string;
  tdkThickness: string;
  reel: number;
  index: number;
  ranges: Range[];
}

const pF = 1e-12;
const nF = 1e-9;
const uF = 1e-6;

const SIZES: readonly Size[] = [
  {
    size: '0402',
    murata: '155',
    murataTail: 'A88D',
    samsung: '05',
    samsungThickness: '5',
    tdk: '1005',
    tdkThickness: '050',
    reel: 10000,
    index: 0,
    ranges: [
      { dielectric: 'C0G', volts: 50, min: 1 * pF, max: 1 * nF },
      { dielectric: 'X7R', volts: 50, min: 100 * pF, max: 10 * nF },
      { dielectric: 'X7R', volts: 16, min: 10 * nF, max: 100 * nF },
      { dielectric: 'X5R', volts: 10, min: 100 * nF, max: 1 * uF },
      { dielectric: 'X5R', volts: 6.3, min: 1 * uF, max: 4.7 * uF },
    ],
  },
  {
    size: '0603',
    murata: '188',
    murataTail: 'A93D',
    samsung: '10',
    samsungThickness: '8',
    tdk: '1608',
    tdkThickness: '080',
    reel: 4000,
    index: 1,
    ranges: [
      { dielectric: 'C0G', volts: 50, min: 1 * pF, max: 4.7 * nF },
      { dielectric: 'X7R', volts: 50, min: 100 * pF, max: 100 * nF },
      { dielectric: 'X7R', volts: 25, min: 100 * nF, max: 470 * nF },
      { dielectric: 'X7R', volts: 16, min: 100 * nF, max: 1 * uF },
      { dielectric: 'X5R', volts: 10, min: 1 * uF, max: 10 * uF },
      { dielectric: 'X5R', volts: 6.3, min: 4.7 * uF, max: 22 * uF },
    ],
  },
  {
    size: '0805',
    murata: '21B',
    murataTail: 'A73L',
    samsung: '21',
    samsungThickness: 'F',
    tdk: '2012',
    tdkThickness: '125',
    reel: 3000,
    index: 2,
    ranges: [
      { dielectric: 'C0G', volts: 50, min: 10 * pF, max: 10 * nF },
      { dielectric: 'X7R', volts: 50, min: 1 * nF, max: 470 * nF },
      { dielectric: 'X7R', volts: 25, min: 100 * nF, max: 1 * uF },
      { dielectric: 'X5R', volts: 25, min: 1 * uF, max: 10 * uF },
      { dielectric: 'X5R', volts: 10, min: 10 * uF, max: 22 * uF },
    ],
  },
  {
    size: '1206',
    murata: '31M',
    murataTail: 'A88L',
    samsung: '31',
    samsungThickness: 'H',
    tdk: '3216',
    tdkThickness: '160',
    reel: 2000,
    index: 3,
    ranges: [
      { dielectric: 'C0G', volts: 50, min: 100 * pF, max: 22 * nF },
      { dielectric: 'X7R', volts: 50, min: 10 * nF, max: 1 * uF },
      { dielectric: 'X5R', volts: 25, min: 1 * uF, max: 22 * uF },
      { dielectric: 'X5R', volts: 10, min: 10 * uF, max: 47 * uF },
    ],
  },
];

const MURATA_DIELECTRIC: Record<Dielectric, string> = { C0G: '5C', X7R: 'R7', X5R: 'R6' };
const SAMSUNG_DIELECTRIC: Record<Dielectric, string> = { C0G: 'C', X7R: 'B', X5R: 'A' };
const VOLT_CODE: Record<number, string> = { 6.3: '0J', 10: '1A', 16: '1C', 25: '1E', 50: '1H' };
const SAMSUNG_VOLT: Record<number, string> = { 6.3: 'Q', 10: 'P', 16: 'O', 25: 'A', 50: 'B' };

/** Digi-Key style value: `0.1UF`, `4.7UF`, `2200PF`, `10PF`. */
function distributorValue(farads: number): string {
  if (farads < 10 * nF) return `${clean(farads / pF, 3)}PF`;
  return `${clean(farads / uF, 3)}UF`;
}

function mlcc(
  mpn: string,
  manufacturerId: string,
  series: string,
  size: Size,
  range: Range,
  farads: number,
): PartBlueprint {
  const tolerance = range.dielectric === 'C0G' ? (farads < 10 * pF ? '±0.25pF' : '±5%') : '±10%';
  const bulk = farads >= uF ? 0.05 * (1 + Math.log10(farads / uF)) : 0;
  const jitter = 0.9 + stableNumber(mpn, 0, 200) / 1000;
  return {
    mpn,
    manufacturerId,
    categoryId: CAT.ceramicCapacitors,
    shortDescription: `CAP CER ${distributorValue(farads)} ${range.volts}V ${range.dielectric} ${size.size}`,
    description: `Multilayer ceramic chip capacitor, ${formatSi(farads, 'F')} ${tolerance}, ${range.volts} V, ${range.dielectric}, ${size.size}.`,
    specs: [
      ['case_package', size.size],
      ['mount', 'Surface Mount'],
      ['capacitance', farads],
      ['voltagerating_dc_', range.volts],
      ['dielectric', range.dielectric],
      ['tolerance', tolerance],
      ['composition', 'Ceramic'],
      ['maxoperatingtemperature', range.dielectric === 'X5R' ? 85 : 125],
    ],
    priceUsd: Number(((0.08 + 0.02 * size.index + bulk) * jitter).toFixed(3)),
    packaging: 'reel',
    packQuantity: size.reel,
    datasheetKey: `${series} ${size.size} ${range.dielectric}`,
    imageKey: `${size.size} capacitor`,
  };
}

function mlccFamilies(): PartBlueprint[] {
  const out: PartBlueprint[] = [];
  for (const size of SIZES) {
    for (const range of size.ranges) {
      for (const farads of seriesValues(E6, range.min, range.max)) {
        const cap = multiplierCode(clean(farads / pF, 4), 2);
        const tol = range.dielectric === 'C0G' ? (farads < 10 * pF ? 'C' : 'J') : 'K';
        const volt = VOLT_CODE[range.volts] ?? '1H';
        out.push(
          mlcc(
            `GRM${size.murata}${MURATA_DIELECTRIC[range.dielectric]}${volt}${cap}${tol}${size.murataTail}`,
            MFR.murata,
            'Murata GRM',
            size,
            range,
            farads,
          ),
          mlcc(
            `CL${size.samsung}${SAMSUNG_DIELECTRIC[range.dielectric]}${cap}${tol}${SAMSUNG_VOLT[range.volts] ?? 'B'}${size.samsungThickness}NNNC`,
            MFR.samsung,
            'Samsung CL',
            size,
            range,
            farads,
          ),
          mlcc(
            `C${size.tdk}${range.dielectric}${volt}${cap}${tol}${size.tdkThickness}AA`,
            MFR.tdk,
            'TDK C',
            size,
            range,
            farads,
          ),
        );
      }
    }
  }
  return out;
}

function electrolyticFamilies(): PartBlueprint[] {
  const out: PartBlueprint[] = [];
  const volts: readonly (readonly [string, number])[] = [
    ['C', 16],
    ['E', 25],
    ['V', 35],
    ['H', 50],
  ];
  const caps = [10, 22, 47, 100, 220, 470];
  for (const [code, v] of volts) {
    for (const microfarads of caps) {
      const capCode = multiplierCode(microfarads, 2);
      const farads = microfarads * uF;
      const base = {
        categoryId: CAT.electrolytics,
        shortDescription: `CAP ALUM ${microfarads}UF 20% ${v}V SMD`,
        specs: [
          ['case_package', 'Radial Can SMD'],
          ['mount', 'Surface Mount'],
          ['capacitance', farads],
          ['voltagerating_dc_', v],
          ['tolerance', '±20%'],
          ['composition', 'Aluminum Electrolytic'],
          ['ripplecurrent', clean(0.05 * Math.sqrt((microfarads * v) / 100), 2)],
          ['life_hours_', 2000, '2000 h'],
        ] as const,
        priceUsd: Number((0.2 + microfarads * v * 0.00006).toFixed(3)),
        packaging: 'reel' as const,
        packQuantity: 1000,
        imageKey: 'SMD electrolytic',
      };
      out.push(
        {
          ...base,
          mpn: `EEE-FK1${code}${capCode}P`,
          manufacturerId: MFR.panasonic,
          datasheetKey: 'Panasonic FK series',
        },
        {
          ...base,
          mpn: `UWT1${code}${capCode}MCL1GS`,
          manufacturerId: MFR.nichicon,
          // UWT is an 85 °C series; Panasonic FK is rated to 105 °C.
          specs: [...base.specs, ['minoperatingtemperature', -55], ['maxoperatingtemperature', 85]],
          datasheetKey: 'Nichicon UWT series',
        },
      );
    }
  }
  return out;
}

export function capacitorFamilies(): PartBlueprint[] {
  return [...mlccFamilies(), ...electrolyticFamilies()];
}
