import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { districts, regions } from '../regions/regions.schema.js';

export const ORG_KINDS = [
  'liaison_station',
  'community_committee',
  'village_committee',
  'consumer_association',
  'regulator',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

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
