export {
  type Application,
  ApplicationRegistry,
  type ApplicationScope,
  type ApplicationSpec,
  type ClientCredentials,
  DEFAULT_PART_LIMIT,
  DEMO_APPLICATIONS,
} from './applications.js';
export {
  type Catalog,
  CatalogIndex,
  type CatalogJson,
  catalogFromJson,
  catalogToJson,
  createCatalog,
  DataFormatError,
  loadCatalogFile,
  normalizeMpn,
  type Part,
  SMALL_CATALOG_FIXTURE,
} from './catalog/index.js';
export {
  createDesignData,
  type DesignData,
  designDataFromJson,
  designDataToJson,
  loadDesignDataFile,
} from './design-data/index.js';
export type { Fault, FaultControl, FaultTarget } from './faults.js';
export type { EmulatorOptions } from './options.js';
export { DEFAULT_REGION, type Emulator, type EmulatorLocation, startEmulator } from './start-emulator.js';
export { EmulatorStats, type EmulatorStatsSnapshot } from './stats.js';
export { DEMO_USERS, type DemoUser } from './users.js';
