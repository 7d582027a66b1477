// Request and response shapes of the organisation API, and the presenter.
import { z } from 'zod';
import { type DistrictRow, DistrictView, districtView } from '../regions/index.js';
import { ORG_KINDS } from './mediation.schema.js';
import type { MediationOrgRow } from './mediation-org.repository.js';

export const ORG_TIERS = ['mediation', 'regulator'] as const;

export const CreateOrgBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    kind: z.enum(ORG_KINDS),
    tier: z.enum(ORG_TIERS),
    /** The district it covers; null or absent: the whole region (the fallback for districts without their own). */
    districtId: z.uuid().nullable().default(null),
  })
  // A bureau does administrative mediation (tier 'regulator'); committees, stations and associations mediate
  // as the people's tier. Mixing them would route cases to the wrong kind of body.
  .refine((b) => (b.kind === 'regulator') === (b.tier === 'regulator'), {
    message: "kind 'regulator' goes with tier 'regulator', every other kind with tier 'mediation'",
    path: ['tier'],
  });
export type CreateOrgBody = z.infer<typeof CreateOrgBody>;

export const ListOrgsQuery = z.strictObject({ tier: z.enum(ORG_TIERS).optional() });

export const OrgView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(ORG_KINDS),
  tier: z.enum(ORG_TIERS),
  /** null: covers the whole region. */
  district: DistrictView.nullable(),
  createdAt: z.iso.datetime(),
});

export function orgView(o: MediationOrgRow, districts: ReadonlyMap<string, DistrictRow>): z.infer<typeof OrgView> {
  const d = o.districtId ? districts.get(o.districtId) : undefined;
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    tier: o.tier,
    district: d ? districtView(d) : null,
    createdAt: o.createdAt.toISOString(),
  };
}

export const OrgStaffParams = z.strictObject({ code: z.string(), orgId: z.uuid() });

/** A colleague as another member of staff needs them: no login, no contact details. */
export const StaffMemberView = z.object({
  id: z.uuid(),
  displayName: z.string(),
  role: z.enum(['mediator', 'regulator']),
});
