// Thin handlers: validate (zod), resolve the region, call one use case, present. Authorization is in the use cases.
import { z } from 'zod';
import type { RegisterRoutes } from '../../http/types.js';
import { districtsById, RegionCodeParams, resolveRegion } from '../regions/index.js';
import { createOrg } from './create-org.js';
import { listOrgs } from './list-orgs.js';
import { CreateOrgBody, ListOrgsQuery, OrgView, orgView } from './mediation.contracts.js';

const tags = ['mediation'];

export const registerMediationRoutes: RegisterRoutes = async (app, deps) => {
  const db = deps.database.db;

  app.post(
    '/regions/:code/orgs',
    {
      schema: {
        tags,
        summary: 'Add a mediation organisation or regulator, for one district or the whole region (regulator)',
        params: RegionCodeParams,
        body: CreateOrgBody,
        response: { 201: OrgView },
      },
    },
    async (req, reply) => {
      const region = await resolveRegion(db, req.params.code);
      const org = await createOrg(deps, { regionId: region.id, actor: req.actor, input: req.body });
      return reply.status(201).send(orgView(org, await districtsById(db, region.id)));
    },
  );

  app.get(
    '/regions/:code/orgs',
    {
      schema: {
        tags,
        summary: "The region's mediation organisations and regulators (staff of the region)",
        params: RegionCodeParams,
        querystring: ListOrgsQuery,
        response: { 200: z.object({ items: z.array(OrgView) }) },
      },
    },
    async (req) => {
      const region = await resolveRegion(db, req.params.code);
      const { items, districts } = await listOrgs(deps, {
        regionId: region.id,
        actor: req.actor,
        tier: req.query.tier,
      });
      return { items: items.map((o) => orgView(o, districts)) };
    },
  );
};
