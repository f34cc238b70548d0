export type { BomAlternate, BomLine, BomProblem } from './bom-line.js';
export type { BomProgress } from './bom-progress.js';
export type {
  BomLineResult,
  BomMatchResult,
  BomPart,
  BomPlan,
  BomSummary,
  MatchBomOptions,
} from './bom-types.js';
export type { BomCacheTooSmallWarning, BomRerunCost, BomWarning } from './bom-warning.js';
export {
  chooseOffer,
  type LinePricing,
  type PricingCompromise,
  type PricingFallback,
} from './choose-offer.js';
export type { BomLineStatus, ChoiceRule } from './choose-part.js';
export { matchBom, planBom } from './match-bom.js';
export type { Money } from './money.js';
export { NexarBomError } from './nexar-bom-error.js';
export { NexarBomPartLimitError } from './nexar-bom-part-limit-error.js';
export { normalizeManufacturer, normalizeMpn } from './normalize.js';
export { type OfferQuote, orderQuantity, priceBreakFor } from './offer-quote.js';
export type { OfferInput, PricePointInput, SellerInput } from './offer-types.js';
export { MAX_PARTS_PER_MULTI_MATCH } from './plan-batches.js';
export * from './price/index.js';
export type { BomField } from './read/bom-columns.js';
export { type ParseBomCsvOptions, parseBomCsv, readBomCsv } from './read/bom-csv.js';
export { checkLines, parseBomJson } from './read/bom-json.js';
export type { BomRead, BomReadWarning, BomSkippedRow, ReadBomOptions } from './read/bom-read.js';
export type { CsvDelimiter } from './read/csv-rows.js';
export type { BomEncoding } from './read/decode-text.js';
export { readBomBytes } from './read/read-bom-bytes.js';
export type { SkipKind } from './read/row-policy.js';
export { type RepriceBomOptions, repriceBom } from './reprice-bom.js';
export type { BomClaimOptions } from './send-claimed.js';
