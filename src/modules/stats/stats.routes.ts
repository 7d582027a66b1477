// Thin handlers: validate (zod), resolve the region, call the use case, present. Authorization is in the use cases.
import { z } from 'zod';
import type { RegisterRoutes } from '../../http/types.js';
import { RegionCodeParams, resolveRegion } from '../regions/index.js';
import { getMerchantStats } from './get-merchant-stats.js';
import { getRegionStats } from './get-region-stats.js';
import { MerchantStatsQuery, MerchantStatsView, RegionStatsView, StatsQuery } from './stats.contracts.js';

const MerchantIdParams = z.strictObject({ id: z.uuid() });

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

  app.get(
    '/merchants/:id/stats',
    {
      schema: {
        tags: ['stats'],
        summary:
          "A merchant's own figures: cases by status, response within 24 h, settlement within 7 days, times, overdue, money, ratings, by category and store (its staff, the regulator of its region, platform admin)",
        params: MerchantIdParams,
        querystring: MerchantStatsQuery,
        response: { 200: MerchantStatsView },
      },
    },
    async (req) =>
      getMerchantStats(deps, { merchantId: req.params.id, actor: req.actor, from: req.query.from, to: req.query.to }),
  );
};
