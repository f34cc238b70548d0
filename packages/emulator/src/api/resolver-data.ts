import type { ApplicationRegistry } from '../applications.js';
import type { CatalogIndex } from '../catalog/index.js';
import type { DesignStore } from '../design-data/index.js';

/** The emulator's state that resolvers read and (for comments) change. */
export interface ResolverData {
  catalog: CatalogIndex;
  design: DesignStore;
  applications: ApplicationRegistry;
  /** Projects whose design fails to load: their `design` field answers with an error (partial-error tests). */
  brokenProjectIds: ReadonlySet<string>;
}
