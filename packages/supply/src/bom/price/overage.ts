/** Attrition: the extra pieces a line is bought with, from the first overage rule that matches it. */
import type { BomLineResult } from '../bom-types.js';
import type { OverageRule } from './plan-types.js';

function categoryMatches(line: BomLineResult, wanted: string): boolean {
  const category = line.part?.category;
  if (!category) return false;
  const needle = wanted.trim().toLowerCase();
  const words = [...category.name.toLowerCase().split(/\s+/), ...category.path.toLowerCase().split('/')];
  return (
    category.name.toLowerCase() === needle ||
    words.includes(needle) ||
    category.path
      .toLowerCase()
      .split('/')
      .some((segment) => segment.split('-').join(' ') === needle)
  );
}

function applies(rule: OverageRule, line: BomLineResult): boolean {
  if (rule.category !== undefined && !categoryMatches(line, rule.category)) return false;
  if (rule.when && !rule.when(line)) return false;
  return true;
}

/** Extra pieces for a need: `ceil(need × percent / 100) + pieces` of the first rule that applies (0 if none). */
export function overageFor(line: BomLineResult, need: number, rules: readonly OverageRule[]): number {
  const rule = rules.find((r) => applies(r, line));
  if (!rule) return 0;
  return Math.ceil((need * (rule.percent ?? 0)) / 100) + (rule.pieces ?? 0);
}
