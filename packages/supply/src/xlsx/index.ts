// Excel workbooks, behind their own entry so the main one stays small and browser-safe.
export { type ReadBomXlsxOptions, readBomXlsx } from './read-bom-xlsx.js';
