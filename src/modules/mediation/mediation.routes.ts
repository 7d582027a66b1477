// Thin handlers: validate (zod), resolve the region, call one use case, present. Authorization is in the use cases.
import { z } from 'zod';
import type { RegisterRoutes } from '../../http/types.js';
import { districtsById, RegionCodeParams, resolveRegion } from '../regions/index.js';
import { createOrg } from './create-org.js';
import { listOrgStaff } from './list-org-staff.js';
import { listOrgs } from './list-orgs.js';
import {
  CreateOrgBody,
  ListOrgsQuery,
  OrgStaffParams,
  OrgView,
  orgView,
  StaffMemberView,
} from './mediation.contracts.js';

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

  app.get(
    '/regions/:code/orgs/:orgId/staff',
    {
      schema: {
        tags,
        summary: "An organisation's active staff by name, to assign a case to (its own staff, the region's regulators)",
        params: OrgStaffParams,
        response: { 200: z.object({ items: z.array(StaffMemberView) }) },
      },
    },
    async (req) => {
      const region = await resolveRegion(db, req.params.code);
      const staff = await listOrgStaff(deps, { regionId: region.id, orgId: req.params.orgId, actor: req.actor });
      return {
        items: staff.flatMap((u) =>
          u.role === 'mediator' || u.role === 'regulator'
            ? [{ id: u.id, displayName: u.displayName, role: u.role }]
            : [],
        ),
      };
    },
  );
};
