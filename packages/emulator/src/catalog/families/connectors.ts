/** Connector series: JST XH/PH, Molex PicoBlade, Samtec TSW and Würth pin headers. */
import { stableNumber } from '../build-context.js';
import { CAT } from '../categories.js';
import { MFR } from '../companies.js';
import type { PartBlueprint } from '../part-builder.js';

interface Header {
  mpn: string;
  manufacturerId: string;
  categoryId: string;
  series: string;
  positions: number;
  pitchMm: number;
  orientation: 'Vertical' | 'Right Angle';
  rows: 1 | 2;
  pricePerPin: number;
  /** Per contact, A. */
  amps: number;
  plating: 'Tin' | 'Gold';
}

function blueprint(h: Header): PartBlueprint {
  const jitter = 0.9 + stableNumber(h.mpn, 0, 200) / 1000;
  const rows = h.rows === 2 ? ', 2 Rows' : '';
  return {
    mpn: h.mpn,
    manufacturerId: h.manufacturerId,
    categoryId: h.categoryId,
    shortDescription: `Connector Header, ${h.series}, ${h.positions} Position${rows}, ${h.pitchMm} mm Pitch, Through Hole, ${h.orientation}`,
    specs: [
      ['case_package', h.series],
      ['mount', 'Through Hole'],
      ['numberofpositions', h.positions, String(h.positions)],
      ['pitch', h.pitchMm / 1000, `${h.pitchMm} mm`],
      ['numberofrows', h.rows, String(h.rows)],
      ['currentrating', h.amps],
      ['contactplating', h.plating],
      ['gender', 'Male'],
      ['orientation', h.orientation],
    ],
    priceUsd: Number(((0.06 + h.pricePerPin * h.positions) * jitter).toFixed(3)),
    packaging: 'bulk',
    datasheetKey: `${h.series} series`,
    imageKey: `${h.series} header`,
  };
}

export function connectorFamilies(): PartBlueprint[] {
  const list: Header[] = [];
  const jst = {
    manufacturerId: MFR.jst,
    categoryId: CAT.wireToBoard,
    rows: 1 as const,
    pricePerPin: 0.02,
    plating: 'Tin' as const,
  };
  for (let n = 2; n <= 16; n++) {
    list.push(
      {
        ...jst,
        mpn: `B${n}B-XH-A(LF)(SN)`,
        series: 'JST XH',
        positions: n,
        pitchMm: 2.5,
        orientation: 'Vertical',
        amps: 3,
      },
      {
        ...jst,
        mpn: `B${n}B-PH-K-S(LF)(SN)`,
        series: 'JST PH',
        positions: n,
        pitchMm: 2,
        orientation: 'Vertical',
        amps: 2,
      },
      {
        ...jst,
        mpn: `S${n}B-PH-K-S(LF)(SN)`,
        series: 'JST PH',
        positions: n,
        pitchMm: 2,
        orientation: 'Right Angle',
        amps: 2,
      },
    );
  }
  const molex = {
    manufacturerId: MFR.molex,
    categoryId: CAT.wireToBoard,
    rows: 1 as const,
    pricePerPin: 0.05,
    amps: 1,
    plating: 'Tin' as const,
  };
  for (let n = 2; n <= 15; n++) {
    const nn = String(n).padStart(2, '0');
    list.push(
      {
        ...molex,
        mpn: `53047-${nn}10`,
        series: 'Molex PicoBlade',
        positions: n,
        pitchMm: 1.25,
        orientation: 'Vertical',
      },
      {
        ...molex,
        mpn: `53048-${nn}10`,
        series: 'Molex PicoBlade',
        positions: n,
        pitchMm: 1.25,
        orientation: 'Right Angle',
      },
    );
  }
  const headers = {
    categoryId: CAT.pinHeaders,
    pitchMm: 2.54,
    orientation: 'Vertical' as const,
    plating: 'Gold' as const,
  };
  for (let n = 1; n <= 40; n++) {
    const nn = String(n).padStart(2, '0');
    list.push({
      ...headers,
      mpn: `TSW-1${nn}-07-G-S`,
      manufacturerId: MFR.samtec,
      series: 'Samtec TSW',
      positions: n,
      rows: 1,
      pricePerPin: 0.04,
      amps: 5.2,
    });
    if (n >= 2) {
      list.push(
        {
          ...headers,
          mpn: `TSW-1${nn}-07-G-D`,
          manufacturerId: MFR.samtec,
          series: 'Samtec TSW',
          positions: n * 2,
          rows: 2,
          pricePerPin: 0.04,
          amps: 5.2,
        },
        {
          ...headers,
          mpn: `61300${nn}1121`,
          manufacturerId: MFR.wurth,
          series: 'WR-PHD',
          positions: n,
          rows: 1,
          pricePerPin: 0.015,
          amps: 3,
        },
      );
    }
  }
  return list.map(blueprint);
}
