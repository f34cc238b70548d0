// Excel workbooks (BOMs read, plans written), behind their own entry so the main one stays small and browser-safe.

export { planWorkbook, planXlsx } from '../bom/price/xlsx/index.js';
export { type ReadBomXlsxOptions, readBomXlsx } from './read-bom-xlsx.js';
