// The regions module's public face: other modules and the app import only from here.
// Use cases (they authorize: pass SYSTEM from seeds and jobs).
export { createDistrict } from './create-district.js';
export { createRegion } from './create-region.js';
// Reads and settings, for other modules.
export {
  type DistrictRow,
  districtsById,
  getDistrict,
  getRegionByCode,
  getRegionById,
  listDistricts,
  type RegionRow,
} from './region.repository.js';
export {
  DEFAULT_LADDER,
  DEFAULT_REGION_SETTINGS,
  isIanaTimeZone,
  type MediatorRouting,
  type RegionSettings,
  readRegionSettings,
} from './region-settings.js';
export { DistrictView, districtView, RegionCodeParams } from './regions.contracts.js';
export { registerRegionRoutes } from './regions.routes.js';
export { requireDistrict, resolveRegion } from './resolve-region.js';
