// The stats module's public face: the region dashboard (docs/stats.md).
export { getRegionStats } from './get-region-stats.js';
export { RegionStatsView, StatsQuery } from './stats.contracts.js';
export { registerStatsRoutes } from './stats.routes.js';
