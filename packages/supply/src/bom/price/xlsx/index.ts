export { planWorkbook, planXlsx } from './plan-workbook.js';
