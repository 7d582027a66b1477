// Thin handler: validate (zod), resolve the region, call the use case, present. Authorization is in the use case.
import type { RegisterRoutes } from '../../http/types.js';
import { RegionCodeParams, resolveRegion } from '../regions/index.js';
import { getRegionStats } from './get-region-stats.js';
import { RegionStatsView, StatsQuery } from './stats.contracts.js';

export const registerStatsRoutes: RegisterRoutes = async (app, deps) => {
  app.get(
    '/regions/:code/stats',
    {
      schema: {
        tags: ['stats'],
        summary:
          "The region's dashboard: volumes, resolution rate, response and settlement times, overdue cases, money, by district and industry (regulator, mediator: own organisation, platform admin)",
        params: RegionCodeParams,
        querystring: StatsQuery,
        response: { 200: RegionStatsView },
      },
    },
    async (req) => {
      const region = await resolveRegion(deps.database.db, req.params.code);
      return getRegionStats(deps, {
        regionId: region.id,
        regionCode: region.code,
        timeZone: region.timeZone,
        actor: req.actor,
        from: req.query.from,
        to: req.query.to,
      });
    },
  );
};
