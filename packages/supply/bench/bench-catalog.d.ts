import type { Catalog } from '@nexar/emulator';

export function benchCatalog(parts: number): Catalog;
export const BENCH_CATALOG_PARTS: number;
