/** Thick-film chip resistor series: Yageo RC, Panasonic ERJ and Vishay CRCW. */
import { stableNumber } from '../build-context.js';
import { CAT } from '../categories.js';
import { MFR } from '../companies.js';
import type { PartBlueprint } from '../part-builder.js';
import { E24, E96, formatShort, letterCode, multiplierCode, seriesValues } from '../spec-values.js';

interface Size {
  size: string;
  /** Working voltage (DC). */
  volts: number;
  erj: string;
  erjTail: string;
  watts: number;
  wattsText: string;
  reel: number;
  factor: number;
}

const SIZES: readonly Size[] = [
  {
    size: '0402',
    volts: 50,
    erj: 'ERJ-2RKF',
    erjTail: 'X',
    watts: 0.0625,
    wattsText: '1/16W',
    reel: 10000,
    factor: 1,
  },
  {
    size: '0603',
    volts: 75,
    erj: 'ERJ-3EKF',
    erjTail: 'V',
    watts: 0.1,
    wattsText: '1/10W',
    reel: 5000,
    factor: 1,
  },
  {
    size: '0805',
    volts: 150,
    erj: 'ERJ-6ENF',
    erjTail: 'V',
    watts: 0.125,
    wattsText: '1/8W',
    reel: 5000,
    factor: 1.1,
  },
  {
    size: '1206',
    volts: 200,
    erj: 'ERJ-8ENF',
    erjTail: 'V',
    watts: 0.25,
    wattsText: '1/4W',
    reel: 5000,
    factor: 1.25,
  },
];

function resistor(
  mpn: string,
  manufacturerId: string,
  series: string,
  size: Size,
  ohms: number,
  tolerance: '1%' | '5%',
): PartBlueprint {
  const value = ohms === 0 ? '0' : formatShort(ohms).toUpperCase();
  const jitter = 0.9 + stableNumber(mpn, 0, 200) / 1000;
  const ppm = tolerance === '1%' ? 100 : 200;
  return {
    mpn,
    manufacturerId,
    categoryId: CAT.chipResistors,
    shortDescription: `RES ${value} OHM ${ohms === 0 ? 'JUMPER' : tolerance} ${size.wattsText} ${size.size}`,
    description: `Thick film chip resistor, ${series} series, ${ohms === 0 ? '0 Ω jumper' : `${value}Ω ±${tolerance}`}, ${size.size} package.`,
    specs: [
      ['case_package', size.size],
      ['mount', 'Surface Mount'],
      ['resistance', ohms],
      ['tolerance', `±${tolerance}`],
      ['powerrating', size.watts],
      ['voltagerating_dc_', size.volts],
      ['temperaturecoefficient', ppm, `±${ppm} ppm/°C`],
      ['composition', 'Thick Film'],
    ],
    priceUsd: Number((0.1 * size.factor * jitter).toFixed(3)),
    packaging: 'reel',
    packQuantity: size.reel,
    datasheetKey: `${series} series`,
    imageKey: `${size.size} resistor`,
  };
}

export function resistorFamilies(): PartBlueprint[] {
  const out: PartBlueprint[] = [];
  const e96 = seriesValues(E96, 10, 1e6);
  const e24 = seriesValues(E24, 10, 1e6);
  for (const size of SIZES) {
    for (const ohms of e96) {
      out.push(resistor(`RC${size.size}FR-07${letterCode(ohms)}L`, MFR.yageo, 'Yageo RC', size, ohms, '1%'));
    }
    for (const ohms of [0, ...e24]) {
      out.push(resistor(`RC${size.size}JR-07${letterCode(ohms)}L`, MFR.yageo, 'Yageo RC', size, ohms, '5%'));
    }
    for (const ohms of e24) {
      out.push(
        resistor(
          `${size.erj}${multiplierCode(ohms, 3)}${size.erjTail}`,
          MFR.panasonic,
          'Panasonic ERJ',
          size,
          ohms,
          '1%',
        ),
      );
      out.push(
        resistor(`CRCW${size.size}${letterCode(ohms, 3)}FKEA`, MFR.vishay, 'Vishay CRCW', size, ohms, '1%'),
      );
    }
  }
  return out;
}
