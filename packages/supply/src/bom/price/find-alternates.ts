/**
 * Alternates for lines that cannot be bought as they are: not found, out of stock (no authorised
 * seller has the need), or obsolete. A line with a part asks for in-stock parts of the same category
 * and package; a line that matched nothing asks for in-stock parts like its part number. One
 * `supSearch` per distinct question, each bounded by `limit`, so the whole run's worst case is known
 * and checked against the client's part budget before any part is spent (`dryRun` reports it).
 */
import { NexarPartLimitError } from '../../errors.js';
import { BomAlternatesDocument } from '../../generated/graphql.js';
import type { SupplyClient } from '../../supply-client.js';
import type { BomLineResult, BomMatchResult, BomPart } from '../bom-types.js';
import { chooseOffer } from '../choose-offer.js';
import { rankAlternates } from './alternate-pricing.js';
import type { LineAlternates } from './plan-types.js';
import { lifecycleOf } from './risk-flags.js';

export interface FindAlternatesOptions {
  client: SupplyClient;
  /** Candidates asked per line (1–20, default 3); each may cost a part. */
  limit?: number;
  country?: string;
  /** Report the requests and worst-case parts without sending anything. */
  dryRun?: boolean;
  signal?: AbortSignal;
}

export interface AlternatesDryRun {
  /** Lines that would get alternates, and why. */
  lines: { index: number; reason: LineAlternates['reason'] }[];
  requests: number;
  worstCaseParts: number;
  remaining: number | undefined;
  fits: boolean;
}

interface Question {
  key: string;
  q: string | undefined;
  filters: Record<string, string[]> | undefined;
  basis: string;
  exclude: string | undefined;
  lines: { index: number; reason: LineAlternates['reason'] }[];
}

function reasonFor(line: BomLineResult, currency: string): LineAlternates['reason'] | undefined {
  if (line.status === 'not-found') return line.line.mpn ? 'not-found' : undefined;
  if (!line.part) return undefined;
  if (lifecycleOf(line.part) === 'obsolete') return 'obsolete';
  const pricing = line.pricing ?? chooseOffer(line.part.sellers, line.need, currency);
  return pricing.priced ? undefined : 'out-of-stock';
}

function questionFor(line: BomLineResult, part: BomPart | undefined): Omit<Question, 'lines'> | undefined {
  if (!part) {
    const q = line.line.mpn?.trim();
    return q
      ? {
          key: `q:${q.toLowerCase()}`,
          q,
          filters: undefined,
          basis: `like ${q}, in stock`,
          exclude: undefined,
        }
      : undefined;
  }
  if (!part.category) return undefined;
  const pkg = part.specs.find((s) => s.attribute.shortname === 'case_package')?.value;
  const filters: Record<string, string[]> = { category_id: [part.category.id] };
  if (pkg) filters.case_package = [pkg];
  return {
    key: `p:${part.id}`,
    q: undefined,
    filters,
    basis: `same category (${part.category.name})${pkg ? ` and package (${pkg})` : ''}, in stock`,
    exclude: part.id,
  };
}

function questionsOf(match: BomMatchResult): Question[] {
  const questions = new Map<string, Question>();
  for (const line of match.lines) {
    const reason = reasonFor(line, match.currency);
    if (!reason) continue;
    const question = questionFor(line, line.part);
    if (!question) continue;
    const held = questions.get(question.key) ?? { ...question, lines: [] };
    held.lines.push({ index: line.index, reason });
    questions.set(question.key, held);
  }
  return [...questions.values()];
}

function checkLimit(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > 20) {
    throw new RangeError(`limit must be a whole number from 1 to 20 (alternates per line), got ${limit}.`);
  }
  return limit;
}

export function findAlternates(
  match: BomMatchResult,
  options: FindAlternatesOptions & { dryRun: true },
): Promise<AlternatesDryRun>;
export function findAlternates(
  match: BomMatchResult,
  options: FindAlternatesOptions & { dryRun?: false | undefined },
): Promise<LineAlternates[]>;
export async function findAlternates(
  match: BomMatchResult,
  options: FindAlternatesOptions,
): Promise<LineAlternates[] | AlternatesDryRun> {
  const { client, signal } = options;
  const limit = checkLimit(options.limit ?? 3);
  // One more than asked when the line's own part may come back, so it can be left out.
  const questions = questionsOf(match).map((q) => ({ ...q, limit: q.exclude ? limit + 1 : limit }));
  const worstCaseParts = questions.reduce((sum, q) => sum + q.limit, 0);
  const remaining = client.parts.remaining;
  const fits = remaining === undefined || worstCaseParts <= remaining;
  if (options.dryRun) {
    return {
      lines: questions.flatMap((q) => q.lines).sort((a, b) => a.index - b.index),
      requests: questions.length,
      worstCaseParts,
      remaining,
      fits,
    };
  }
  if (!fits) {
    throw new NexarPartLimitError({
      wouldCost: worstCaseParts,
      remaining: remaining ?? 0,
      source: 'budget',
      operation: 'findAlternates',
    });
  }
  const country = (options.country ?? client.country).toUpperCase();
  const found: LineAlternates[] = [];
  for (const question of questions) {
    signal?.throwIfAborted();
    const data = await client.request(
      BomAlternatesDocument,
      {
        q: question.q,
        filters: question.filters,
        limit: question.limit,
        country,
        currency: match.currency,
      },
      { signal },
    );
    const parts = (data.supSearch.results ?? [])
      .map((r) => r.part)
      .filter((p) => p.id !== question.exclude)
      .slice(0, limit);
    for (const { index, reason } of question.lines) {
      const line = match.lines[index] as BomLineResult;
      found.push({
        index,
        reason,
        alternates: rankAlternates(
          parts.map((part) => ({ part, basis: question.basis })),
          line.need,
          match.currency,
        ),
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
