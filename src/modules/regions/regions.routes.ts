// Thin handlers: validate (zod), resolve the region named in the URL, call one use case, present.
// Authorization is in the use cases (identity/policy.ts), so every caller of them is checked, not only HTTP.
import { z } from 'zod';
import type { RegisterRoutes } from '../../http/types.js';
import { createDistrict } from './create-district.js';
import { createRegion } from './create-region.js';
import { getRegion } from './get-region.js';
import { getRegionSettings } from './get-region-settings.js';
import { listRegions } from './list-regions.js';
import {
  CreateDistrictBody,
  CreateRegionBody,
  DistrictView,
  districtView,
  RegionCodeParams,
  RegionDetailView,
  RegionListItemView,
  RegionSettingsView,
  RegionSummaryView,
  regionDetailView,
  regionSummaryView,
  UpdateRegionSettingsBody,
} from './regions.contracts.js';
import { resolveRegion } from './resolve-region.js';
import { updateRegionSettings } from './update-region-settings.js';

const tags = ['regions'];

export const registerRegionRoutes: RegisterRoutes = async (app, deps) => {
  const db = deps.database.db;

  app.get(
    '/regions',
    {
      schema: {
        tags,
        summary: 'Every region (city) on this platform',
        response: { 200: z.object({ items: z.array(RegionListItemView) }) },
      },
    },
    async () => {
      const rows = await listRegions(deps);
      return { items: rows.map((r) => ({ code: r.code, name: r.name, nameEn: r.nameEn })) };
    },
  );

  app.post(
    '/regions',
    {
      schema: {
        tags,
        summary: 'Create a region (platform admin)',
        body: CreateRegionBody,
        response: { 201: RegionDetailView },
      },
    },
    async (req, reply) => {
      const region = await createRegion(deps, { actor: req.actor, input: req.body });
      return reply.status(201).send(regionDetailView(region, []));
    },
  );

  app.get(
    '/regions/:code',
    {
      schema: {
        tags,
        summary: 'A region and its districts',
        params: RegionCodeParams,
        response: { 200: RegionSummaryView },
      },
    },
    async (req) => {
      const { region, districts } = await getRegion(deps, { code: req.params.code });
      return regionSummaryView(region, districts);
    },
  );

  app.get(
    '/regions/:code/settings',
    {
      schema: {
        tags,
        summary: "The region's deadline policy and escalation ladder (staff of the region)",
        params: RegionCodeParams,
        response: { 200: RegionSettingsView },
      },
    },
    async (req) => {
      const region = await resolveRegion(db, req.params.code);
      return getRegionSettings(deps, { regionId: region.id, actor: req.actor });
    },
  );

  app.put(
    '/regions/:code/settings',
    {
      schema: {
        tags,
        summary: 'Replace the deadline policy and ladder (regulator of the region); missing keys take the defaults',
        params: RegionCodeParams,
        body: UpdateRegionSettingsBody,
        response: { 200: RegionSettingsView },
      },
    },
    async (req) => {
      const region = await resolveRegion(db, req.params.code);
      return updateRegionSettings(deps, { regionId: region.id, actor: req.actor, input: req.body });
    },
  );

  app.post(
    '/regions/:code/districts',
    {
      schema: {
        tags,
        summary: 'Add a district (regulator of the region)',
        params: RegionCodeParams,
        body: CreateDistrictBody,
        response: { 201: DistrictView },
      },
    },
    async (req, reply) => {
      const region = await resolveRegion(db, req.params.code);
      const district = await createDistrict(deps, { regionId: region.id, actor: req.actor, input: req.body });
      return reply.status(201).send(districtView(district));
    },
  );
};
