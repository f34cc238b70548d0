/**
 * Manufacturers and sellers of the built-in catalog: real company names, with
 * the distributor SKU conventions and pricing habits the generator imitates.
 */
import type { Company } from './catalog-types.js';
import { slugify } from './slug.js';

export interface ManufacturerDef {
  id: string;
  name: string;
  aliases: string[];
  homepageUrl: string;
  /** Digi-Key SKU prefix (`296` in `296-1395-5-ND`). */
  digikeyPrefix: string;
  /** Mouser SKU prefix (`595` in `595-LM358DR`). */
  mouserPrefix: string;
  /** Seller ids franchised (authorised) for this manufacturer; defaults to the major distributors. */
  franchise?: string[];
}

export type SellerKind = 'distributor' | 'marketplace' | 'broker';
export type SkuStyle = 'digikey' | 'mouser' | 'mpn' | 'newark' | 'farnell' | 'rs' | 'lcsc' | 'winsource';

export interface SellerDef {
  id: string;
  name: string;
  aliases: string[];
  homepageUrl: string;
  country: string;
  /** Currencies its price lists are quoted in. */
  currencies: string[];
  /** Its prices relative to the part's reference price. */
  priceFactor: number;
  kind: SellerKind;
  skuStyle: SkuStyle;
  /** Price-break quantities of a single-unit offer. */
  breaks: number[];
  isDistributorApi: boolean;
}

export const SELLER_IDS = {
  digikey: '459',
  mouser: '2401',
  arrow: '2402',
  newark: '2403',
  farnell: '819',
  rs: '10022',
  tme: '2533',
  future: '1046',
  lcsc: '2455',
  winsource: '11294',
  quest: '3164',
  rochester: '2518',
} as const;

const S = SELLER_IDS;

export const SELLER_DEFS: readonly SellerDef[] = [
  {
    id: S.digikey,
    name: 'Digi-Key',
    aliases: ['DigiKey', 'Digi-Key Electronics'],
    homepageUrl: 'https://www.digikey.com',
    country: 'US',
    currencies: ['USD'],
    priceFactor: 1,
    kind: 'distributor',
    skuStyle: 'digikey',
    breaks: [1, 10, 25, 50, 100, 250, 500, 1000],
    isDistributorApi: true,
  },
  {
    id: S.mouser,
    name: 'Mouser',
    aliases: ['Mouser Electronics'],
    homepageUrl: 'https://www.mouser.com',
    country: 'US',
    currencies: ['USD', 'EUR'],
    priceFactor: 0.98,
    kind: 'distributor',
    skuStyle: 'mouser',
    breaks: [1, 10, 100, 500, 1000, 2500],
    isDistributorApi: true,
  },
  {
    id: S.arrow,
    name: 'Arrow Electronics',
    aliases: ['Arrow'],
    homepageUrl: 'https://www.arrow.com',
    country: 'US',
    currencies: ['USD'],
    priceFactor: 0.93,
    kind: 'distributor',
    skuStyle: 'mpn',
    breaks: [1, 10, 100, 1000],
    isDistributorApi: true,
  },
  {
    id: S.newark,
    name: 'Newark',
    aliases: ['Newark element14', 'Newark Electronics'],
    homepageUrl: 'https://www.newark.com',
    country: 'US',
    currencies: ['USD'],
    priceFactor: 1.04,
    kind: 'distributor',
    skuStyle: 'newark',
    breaks: [1, 10, 100, 500, 1000],
    isDistributorApi: false,
  },
  {
    id: S.farnell,
    name: 'Farnell',
    aliases: ['Farnell element14', 'element14'],
    homepageUrl: 'https://www.farnell.com',
    country: 'GB',
    currencies: ['EUR'],
    priceFactor: 1.07,
    kind: 'distributor',
    skuStyle: 'farnell',
    breaks: [1, 10, 100, 500, 1000],
    isDistributorApi: false,
  },
  {
    id: S.rs,
    name: 'RS Components',
    aliases: ['RS', 'RS Online', 'RS Group'],
    homepageUrl: 'https://www.rs-online.com',
    country: 'GB',
    currencies: ['EUR'],
    priceFactor: 1.1,
    kind: 'distributor',
    skuStyle: 'rs',
    breaks: [1, 10, 50, 100, 500],
    isDistributorApi: false,
  },
  {
    id: S.tme,
    name: 'TME',
    aliases: ['Transfer Multisort Elektronik'],
    homepageUrl: 'https://www.tme.eu',
    country: 'PL',
    currencies: ['EUR'],
    priceFactor: 0.95,
    kind: 'distributor',
    skuStyle: 'mpn',
    breaks: [1, 5, 25, 100, 500],
    isDistributorApi: false,
  },
  {
    id: S.future,
    name: 'Future Electronics',
    aliases: ['Future'],
    homepageUrl: 'https://www.futureelectronics.com',
    country: 'CA',
    currencies: ['USD'],
    priceFactor: 0.9,
    kind: 'distributor',
    skuStyle: 'mpn',
    breaks: [1, 10, 100, 1000],
    isDistributorApi: false,
  },
  {
    id: S.lcsc,
    name: 'LCSC',
    aliases: ['LCSC Electronics'],
    homepageUrl: 'https://www.lcsc.com',
    country: 'CN',
    currencies: ['USD'],
    priceFactor: 0.62,
    kind: 'marketplace',
    skuStyle: 'lcsc',
    breaks: [1, 10, 50, 150, 500, 1500],
    isDistributorApi: false,
  },
  {
    id: S.winsource,
    name: 'Win Source',
    aliases: ['Win Source Electronics', 'WIN SOURCE'],
    homepageUrl: 'https://www.win-source.net',
    country: 'HK',
    currencies: ['USD'],
    priceFactor: 1.45,
    kind: 'broker',
    skuStyle: 'winsource',
    breaks: [1, 10, 100],
    isDistributorApi: false,
  },
  {
    id: S.quest,
    name: 'Quest Components',
    aliases: ['Quest'],
    homepageUrl: 'https://www.questcomp.com',
    country: 'US',
    currencies: ['USD'],
    priceFactor: 1.7,
    kind: 'broker',
    skuStyle: 'mpn',
    breaks: [1, 10, 100],
    isDistributorApi: false,
  },
  {
    id: S.rochester,
    name: 'Rochester Electronics',
    aliases: ['Rochester'],
    homepageUrl: 'https://www.rocelec.com',
    country: 'US',
    currencies: ['USD'],
    priceFactor: 1.4,
    kind: 'distributor',
    skuStyle: 'mpn',
    breaks: [1, 100, 1000],
    isDistributorApi: false,
  },
];

/** The franchised distributors most manufacturers sell through. */
export const MAJOR_DISTRIBUTORS: readonly string[] = [
  S.digikey,
  S.mouser,
  S.arrow,
  S.newark,
  S.farnell,
  S.rs,
  S.tme,
  S.future,
];

function mfr(
  id: string,
  name: string,
  aliases: string[],
  homepageUrl: string,
  digikeyPrefix: string,
  mouserPrefix: string,
  franchise?: string[],
): ManufacturerDef {
  return { id, name, aliases, homepageUrl, digikeyPrefix, mouserPrefix, ...(franchise ? { franchise } : {}) };
}

export const MANUFACTURER_DEFS: readonly ManufacturerDef[] = [
  mfr('370', 'Texas Instruments', ['TI', 'National Semiconductor'], 'https://www.ti.com', '296', '595'),
  mfr(
    '2463',
    'onsemi',
    ['ON Semiconductor', 'ON Semi', 'Fairchild Semiconductor'],
    'https://www.onsemi.com',
    '488',
    '863',
  ),
  mfr(
    '2429',
    'STMicroelectronics',
    ['ST', 'STMicro', 'ST Microelectronics'],
    'https://www.st.com',
    '497',
    '511',
  ),
  mfr('2453', 'Microchip Technology', ['Microchip', 'Atmel'], 'https://www.microchip.com', '150', '556'),
  mfr('1583', 'Yageo', ['Yageo Corporation'], 'https://www.yageo.com', '311', '603'),
  mfr(
    '2528',
    'Murata',
    ['Murata Manufacturing', 'Murata Electronics'],
    'https://www.murata.com',
    '490',
    '81',
  ),
  mfr('4218', 'Samsung Electro-Mechanics', ['Samsung', 'SEMCO'], 'https://www.samsungsem.com', '1276', '187'),
  mfr(
    '2466',
    'Vishay',
    ['Vishay Intertechnology', 'Vishay Dale', 'Vishay General Semiconductor'],
    'https://www.vishay.com',
    '541',
    '71',
  ),
  mfr(
    '2505',
    'Panasonic',
    ['Panasonic Industry', 'Panasonic Electronic Components'],
    'https://industry.panasonic.com',
    'P',
    '667',
  ),
  mfr(
    '12017',
    'Nexperia',
    ['NXP Semiconductors (standard products)'],
    'https://www.nexperia.com',
    '1727',
    '771',
  ),
  mfr('2499', 'Diodes Incorporated', ['Diodes Inc', 'Diodes'], 'https://www.diodes.com', '31', '621'),
  mfr(
    '2452',
    'Infineon',
    ['Infineon Technologies', 'International Rectifier', 'IR'],
    'https://www.infineon.com',
    '448',
    '942',
  ),
  mfr('2480', 'TDK', ['TDK Corporation'], 'https://www.tdk.com', '445', '810'),
  mfr(
    '4112',
    'Würth Elektronik',
    ['Wurth Electronics', 'Wurth Elektronik', 'WE'],
    'https://www.we-online.com',
    '732',
    '710',
  ),
  mfr(
    '2497',
    'Lite-On',
    ['Lite-On Technology', 'LITEON'],
    'https://optoelectronics.liteon.com',
    '160',
    '859',
  ),
  mfr('2511', 'Kingbright', ['Kingbright Electronic'], 'https://www.kingbright.com', '754', '604'),
  mfr('3035', 'Abracon', ['Abracon LLC'], 'https://abracon.com', '535', '815'),
  mfr('2502', 'Epson', ['Seiko Epson', 'Epson Timing'], 'https://www5.epsondevice.com', 'SER', '732'),
  mfr('16371', 'Espressif Systems', ['Espressif'], 'https://www.espressif.com', '1965', '356'),
  mfr('6340', 'GCT', ['Global Connector Technology'], 'https://gct.co', '2073', '640'),
  mfr(
    '2549',
    'Amphenol',
    ['Amphenol ICC', 'Amphenol FCI', 'FCI'],
    'https://www.amphenol-cs.com',
    '609',
    '649',
  ),
  mfr('2454', 'JST', ['JST Sales America', 'J.S.T. Mfg'], 'https://www.jst-mfg.com', '455', '306'),
  mfr('2495', 'Molex', ['Molex Inc'], 'https://www.molex.com', 'WM', '538'),
  mfr('2483', 'Samtec', ['Samtec Inc'], 'https://www.samtec.com', 'SAM', '200'),
  mfr(
    '7026',
    'FTDI',
    ['Future Technology Devices International', 'FTDI Chip'],
    'https://ftdichip.com',
    '768',
    '895',
  ),
  mfr(
    '2437',
    'Analog Devices',
    ['ADI', 'Maxim Integrated', 'Maxim', 'Linear Technology'],
    'https://www.analog.com',
    '505',
    '700',
  ),
  mfr('4097', 'Nordic Semiconductor', ['Nordic'], 'https://www.nordicsemi.com', '1490', '949'),
  mfr(
    '5932',
    'Alpha & Omega Semiconductor',
    ['AOS', 'Alpha and Omega'],
    'https://www.aosmd.com',
    '785',
    '785',
  ),
  mfr('2512', 'Bourns', ['Bourns Inc'], 'https://www.bourns.com', 'SRR', '652'),
  mfr('3119', 'Coilcraft', ['Coilcraft Inc'], 'https://www.coilcraft.com', '2457', '994'),
  mfr('2574', 'Central Semiconductor', ['Central Semi'], 'https://www.centralsemi.com', '1514', '610'),
  mfr(
    '3342',
    'Micro Commercial Components',
    ['MCC', 'Micro Commercial Co'],
    'https://www.mccsemi.com',
    'MCC',
    '833',
  ),
  mfr('2509', 'Nichicon', ['Nichicon Corporation'], 'https://www.nichicon.co.jp', '493', '647'),
  mfr(
    '18440',
    'WCH',
    ['Nanjing Qinheng Microelectronics', 'WCH (Jiangsu Qin Heng)'],
    'https://www.wch-ic.com',
    '',
    '',
    [S.lcsc],
  ),
  mfr(
    '17962',
    'Advanced Monolithic Systems',
    ['AMS', 'Advanced Monolithic'],
    'http://www.advanced-monolithic.com',
    '',
    '',
    [S.lcsc, S.tme],
  ),
  mfr('19327', 'Korean Hroparts Elec', ['HRO', 'Hroparts'], 'https://www.hroparts.com', '', '', [S.lcsc]),
];

export function manufacturerCompany(def: ManufacturerDef): Company {
  return {
    id: def.id,
    name: def.name,
    aliases: [...def.aliases],
    homepageUrl: def.homepageUrl,
    slug: slugify(def.name),
    displayFlag: null,
    isVerified: true,
    isDistributorApi: false,
  };
}

export function sellerCompany(def: SellerDef): Company {
  return {
    id: def.id,
    name: def.name,
    aliases: [...def.aliases],
    homepageUrl: def.homepageUrl,
    slug: slugify(def.name),
    displayFlag: def.country,
    isVerified: true,
    isDistributorApi: def.isDistributorApi,
  };
}

/** Manufacturer ids the curated parts and generators refer to. */
export const MFR = {
  ti: '370',
  onsemi: '2463',
  st: '2429',
  microchip: '2453',
  yageo: '1583',
  murata: '2528',
  samsung: '4218',
  vishay: '2466',
  panasonic: '2505',
  nexperia: '12017',
  diodes: '2499',
  infineon: '2452',
  tdk: '2480',
  wurth: '4112',
  liteon: '2497',
  kingbright: '2511',
  abracon: '3035',
  epson: '2502',
  espressif: '16371',
  gct: '6340',
  amphenol: '2549',
  jst: '2454',
  molex: '2495',
  samtec: '2483',
  ftdi: '7026',
  adi: '2437',
  nordic: '4097',
  aos: '5932',
  bourns: '2512',
  coilcraft: '3119',
  central: '2574',
  mcc: '3342',
  nichicon: '2509',
  wch: '18440',
  ams: '17962',
  hro: '19327',
} as const;
