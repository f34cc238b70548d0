/** A quantity cell as a number: `4`, `1,000`, `2.0`, `0.5`, `0,25` (decimal comma), `3 pcs`, `2x`; undefined when it is not one. */
export function parseQuantityText(text: string): number | undefined {
  let compact = text.trim().toLowerCase().replace(/\s+/g, ' ');
  compact = compact.replace(/^x\s*/, '').replace(/\s*(pcs?|pieces?|x|ea|each|stk|st|units?)\.?$/, '');
  compact = compact.replace(/[\s_']/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact)) compact = compact.replace(/,/g, '');
  else if (/^\d+,\d+$/.test(compact)) compact = compact.replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(compact)) return undefined;
  const value = Number(compact);
  return Number.isFinite(value) && value >= 0 && value <= Number.MAX_SAFE_INTEGER ? value : undefined;
}
