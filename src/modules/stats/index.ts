// The stats module's public face: the region dashboard and a merchant's own figures (docs/stats.md).
export { getMerchantStats } from './get-merchant-stats.js';
export { getRegionStats } from './get-region-stats.js';
export { MerchantStatsView, RegionStatsView, StatsQuery } from './stats.contracts.js';
export { registerStatsRoutes } from './stats.routes.js';
