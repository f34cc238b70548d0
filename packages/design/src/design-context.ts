import type { DesignTransport } from './design-transport.js';

/** What the design client's methods share. */
export interface DesignContext {
  transport: DesignTransport;
  /** Default page size of the iterators. */
  pageSize: number;
}

/** The item type of a connection type. */
export type NodeOf<C> = C extends { nodes?: readonly (infer N)[] | null } ? N : never;
