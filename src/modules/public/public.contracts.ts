// Response shapes of the public (no sign-in) API and their presenters. Only what is on a business licence,
// a shop sign and the merchant's signed commitments, plus aggregate figures: nothing about any person.
import { z } from 'zod';
import { CommitmentView, commitmentView, INDUSTRIES } from '../merchants/index.js';
import type { PublicStore } from './get-public-store.js';
import { INDUSTRY_LABELS } from './labels.js';

export const StoreIdParams = z.strictObject({ id: z.uuid() });

export const PublicStoreView = z.object({
  store: z.object({ id: z.uuid(), name: z.string(), address: z.string() }),
  merchant: z.object({
    id: z.uuid(),
    tradeName: z.string(),
    legalName: z.string(),
    /** 统一社会信用代码. */
    creditCode: z.string(),
    industry: z.enum(INDUSTRIES),
    industryName: z.string(),
  }),
  region: z.object({ code: z.string(), name: z.string() }),
  district: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** In force now. */
  commitments: z.array(CommitmentView),
  /** The merchant's complaints filed in the last 365 days (all its stores). */
  figures: z.object({
    since: z.iso.datetime(),
    until: z.iso.datetime(),
    casesFiled: z.number().int(),
    answeredInTimeShare: z.number().nullable(),
    settledShare: z.number().nullable(),
    medianHoursToFirstResponse: z.number().nullable(),
  }),
});
export type PublicStoreView = z.infer<typeof PublicStoreView>;

export function publicStoreView(p: PublicStore): PublicStoreView {
  return {
    store: { id: p.store.id, name: p.store.name, address: p.store.address || p.merchant.address },
    merchant: {
      id: p.merchant.id,
      tradeName: p.merchant.tradeName,
      legalName: p.merchant.legalName,
      creditCode: p.merchant.creditCode,
      industry: p.merchant.industry,
      industryName: INDUSTRY_LABELS[p.merchant.industry],
    },
    region: { code: p.region.code, name: p.region.name },
    district: p.district ? { id: p.district.id, name: p.district.name } : null,
    commitments: p.commitments.map(commitmentView),
    figures: {
      ...p.figures,
      since: p.figures.since.toISOString(),
      until: p.figures.until.toISOString(),
    },
  };
}
