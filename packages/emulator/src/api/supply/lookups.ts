/** supParts, supSuggest, supSpellingCorrection and supAttributes. */
import type { CatalogIndex } from '../../catalog/index.js';
import { knownAttributes } from './attribute-lookup.js';
import { type PartView, partView } from './part-view.js';
import { type PricingArgs, pricingFromArgs } from './pricing-args.js';

interface PartsArgs extends PricingArgs {
  ids: readonly string[];
}

interface SuggestArgs {
  q: string;
  categoryId?: string | null;
  partNumbersOnly?: boolean | null;
}

export function lookupResolvers(catalog: CatalogIndex) {
  return {
    Query: {
      /** In the order asked; null for an unknown id. */
      supParts: (_source: unknown, args: PartsArgs): (PartView | null)[] => {
        const pricing = pricingFromArgs('supParts', args);
        return catalog.partsByIds(args.ids).map((part) => (part ? partView(part, pricing) : null));
      },
      supSuggest: (_source: unknown, args: SuggestArgs) =>
        catalog.suggest(args.q, {
          ...(args.categoryId ? { categoryId: args.categoryId } : {}),
          ...(args.partNumbersOnly ? { partNumbersOnly: true } : {}),
        }),
      supSpellingCorrection: (_source: unknown, args: { q: string }) => catalog.spellingCorrection(args.q),
      supAttributes: () => knownAttributes(catalog),
    },
  };
}
