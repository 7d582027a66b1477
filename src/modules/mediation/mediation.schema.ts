import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { districts, regions } from '../regions/regions.schema.js';

import type { OrgKind } from './org-kinds.js';

export { ORG_KINDS, type OrgKind } from './org-kinds.js';

/** A mediation organisation (tier 'mediation') or a market-regulation bureau (tier 'regulator'). */
export const mediationOrgs = pgTable(
  'mediation_orgs',
  {
    id: uuid('id').primaryKey(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    name: text('name').notNull(),
    kind: text('kind').$type<OrgKind>().notNull(),
    tier: text('tier').$type<'mediation' | 'regulator'>().notNull(),
    /** The district it covers; null = the whole region (the fallback for districts with no org of their own). */
    districtId: uuid('district_id').references(() => districts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('mediation_orgs_region_tier_district').on(t.regionId, t.tier, t.districtId)],
);
