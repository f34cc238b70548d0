/** Linear regulator series: LDOs and 78xx fixed regulators. */
import { stableNumber } from '../build-context.js';
import { CAT } from '../categories.js';
import { MFR } from '../companies.js';
import type { PartBlueprint } from '../part-builder.js';

interface Regulator {
  mpn: string;
  manufacturerId: string;
  volts: number;
  amps: number;
  dropout: number;
  packageName: string;
  price: number;
  generic: string;
  series: string;
  /** Quiescent (ground) current, A. */
  quiescent: number;
  maxInput: number;
  minTemperature?: number;
}

function blueprint(r: Regulator): PartBlueprint {
  const throughHole = r.packageName.startsWith('TO-');
  const jitter = 0.9 + stableNumber(r.mpn, 0, 200) / 1000;
  return {
    mpn: r.mpn,
    manufacturerId: r.manufacturerId,
    categoryId: CAT.linearRegulators,
    shortDescription: `${r.dropout < 1 ? 'LDO' : 'Linear'} Voltage Regulator, ${r.volts} V, ${r.amps >= 1 ? `${r.amps} A` : `${r.amps * 1000} mA`}, ${r.packageName}`,
    specs: [
      ['case_package', r.packageName],
      ['mount', throughHole ? 'Through Hole' : 'Surface Mount'],
      ['outputvoltage', r.volts],
      ['outputcurrent', r.amps],
      ['dropoutvoltage', r.dropout],
      ['quiescentcurrent', r.quiescent],
      ['maxinputvoltage', r.maxInput],
      ['outputtype', 'Fixed'],
      ...(r.minTemperature === undefined ? [] : [['minoperatingtemperature', r.minTemperature] as const]),
    ],
    priceUsd: Number((r.price * jitter).toFixed(3)),
    packaging: r.packageName === 'TO-220' ? 'tube' : r.packageName === 'TO-92' ? 'bulk' : 'reel',
    packQuantity: r.packageName === 'TO-220' ? 50 : r.packageName === 'SOT-223' ? 2500 : 3000,
    genericMpn: r.generic,
    datasheetKey: r.series,
    imageKey: r.packageName,
  };
}

export function regulatorFamilies(): PartBlueprint[] {
  const list: Regulator[] = [];
  for (const code of ['12', '15', '18', '25', '28', '30', '33', '36', '40', '50']) {
    const volts = Number(code) / 10;
    const base = {
      manufacturerId: MFR.microchip,
      volts,
      amps: 0.25,
      dropout: 0.178,
      series: 'MCP1700',
      quiescent: 1.6e-6,
      maxInput: 6,
    };
    list.push(
      {
        ...base,
        mpn: `MCP1700T-${code}02E/TT`,
        packageName: 'SOT-23',
        price: 0.38,
        generic: `MCP1700-${code}02E`,
      },
      {
        ...base,
        mpn: `MCP1700-${code}02E/TO`,
        packageName: 'TO-92',
        price: 0.4,
        generic: `MCP1700-${code}02E`,
      },
    );
  }
  for (const volts of ['1.2', '1.5', '1.8', '2.5', '2.6', '2.8', '3.0', '3.3']) {
    list.push({
      mpn: `AP2112K-${volts}TRG1`,
      manufacturerId: MFR.diodes,
      volts: Number(volts),
      amps: 0.6,
      dropout: 0.25,
      packageName: 'SOT-23-5',
      price: 0.32,
      generic: `AP2112K-${volts}`,
      series: 'AP2112',
      quiescent: 55e-6,
      maxInput: 6,
    });
  }
  for (const [series, amps, price] of [
    ['733', 0.3, 0.29],
    ['755', 0.5, 0.36],
  ] as const) {
    for (const code of ['10', '12', '15', '18', '25', '28', '30', '33']) {
      list.push({
        mpn: `TLV${series}${code}PDBVR`,
        manufacturerId: MFR.ti,
        volts: Number(code) / 10,
        amps,
        dropout: 0.23,
        packageName: 'SOT-23-5',
        price,
        generic: `TLV${series}${code}P`,
        series: `TLV${series}P`,
        quiescent: series === '733' ? 34e-6 : 25e-6,
        maxInput: 5.5,
      });
    }
  }
  for (const code of ['12', '15', '18', '25', '33', '50']) {
    list.push({
      mpn: `NCP1117ST${code}T3G`,
      manufacturerId: MFR.onsemi,
      volts: Number(code) / 10,
      amps: 1,
      dropout: 1.2,
      packageName: 'SOT-223',
      price: 0.42,
      generic: `NCP1117-${code}`,
      series: 'NCP1117',
      quiescent: 5e-3,
      maxInput: 20,
    });
  }
  for (const volts of ['1.8', '2.5', '3.3', '5.0']) {
    list.push({
      mpn: `LM1117MPX-${volts}/NOPB`,
      manufacturerId: MFR.ti,
      volts: Number(volts),
      amps: 0.8,
      dropout: 1.2,
      packageName: 'SOT-223',
      price: 0.95,
      generic: `LM1117-${volts}`,
      series: 'LM1117',
      quiescent: 5e-3,
      maxInput: 15,
    });
  }
  for (const volts of ['1.2', '1.5', '1.8', '2.5', '2.85', '3.0', '3.3', '5.0']) {
    list.push({
      mpn: `AMS1117-${volts}`,
      manufacturerId: MFR.ams,
      volts: Number(volts),
      amps: 1,
      dropout: 1.3,
      packageName: 'SOT-223',
      price: 0.12,
      generic: `AMS1117-${volts}`,
      series: 'AMS1117',
      quiescent: 5e-3,
      maxInput: 15,
    });
  }
  for (const code of ['05', '06', '08', '09', '12', '15', '18', '24']) {
    const volts = Number(code);
    list.push(
      {
        mpn: `L78${code}CV`,
        manufacturerId: MFR.st,
        volts,
        amps: 1.5,
        dropout: 2,
        packageName: 'TO-220',
        price: 0.6,
        generic: `78${code}`,
        series: 'L78',
        quiescent: 5e-3,
        maxInput: volts >= 24 ? 40 : 35,
        minTemperature: 0,
      },
      {
        mpn: `MC78${code}CTG`,
        manufacturerId: MFR.onsemi,
        volts,
        amps: 1,
        dropout: 2,
        packageName: 'TO-220',
        price: 0.68,
        generic: `78${code}`,
        series: 'MC7800',
        quiescent: 5e-3,
        maxInput: volts >= 24 ? 40 : 35,
        minTemperature: 0,
      },
    );
  }
  return list.map(blueprint);
}
