// Request and response shapes of the merchant commitments API (validation and OpenAPI), and the presenter.
// Commitments are public: they are what the merchant promises every consumer, printed on its store sign.
import { z } from 'zod';
import type { CommitmentRow } from './commitment.repository.js';
import { COMMITMENT_TITLES, commitmentText } from './commitment.text.js';
import { COMMITMENT_KINDS } from './merchants.schema.js';

const conditions = z.string().trim().max(500).default('');

/** One variant per kind: only the no-reason return takes a window and exclusions. */
export const SignCommitmentBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('reassured_consumption'), conditions }),
  z.strictObject({
    kind: z.literal('offline_no_reason_return'),
    /** Days after purchase in which goods can be brought back without a reason. */
    windowDays: z.number().int().min(1).max(90),
    /** Goods not covered, e.g. ["定制商品", "食品"]. */
    exclusions: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
    conditions,
  }),
  z.strictObject({ kind: z.literal('seven_day_resolution'), conditions }),
]);
export type SignCommitmentBody = z.infer<typeof SignCommitmentBody>;

export const CommitmentParams = z.strictObject({ id: z.uuid(), commitmentId: z.uuid() });

export const ListCommitmentsQuery = z.strictObject({
  /** 'true': only the commitments in force now; otherwise the whole history, newest first. */
  inForce: z.enum(['true', 'false']).optional(),
});

export const COMMITMENT_STATUSES = ['in_force', 'withdrawn', 'replaced'] as const;

export const CommitmentView = z.object({
  id: z.uuid(),
  merchantId: z.uuid(),
  kind: z.enum(COMMITMENT_KINDS),
  status: z.enum(COMMITMENT_STATUSES),
  title: z.object({ zh: z.string(), en: z.string() }),
  /** The terms in Chinese, e.g. "7天内，除定制商品、食品外". */
  text: z.string(),
  windowDays: z.number().int().nullable(),
  exclusions: z.array(z.string()),
  conditions: z.string(),
  signedAt: z.iso.datetime(),
  withdrawnAt: z.iso.datetime().nullable(),
});
export type CommitmentView = z.infer<typeof CommitmentView>;
export const CommitmentListView = z.object({ items: z.array(CommitmentView) });

export function commitmentView(c: CommitmentRow): CommitmentView {
  return {
    id: c.id,
    merchantId: c.merchantId,
    kind: c.kind,
    status: c.withdrawnAt === null ? 'in_force' : (c.endReason ?? 'withdrawn'),
    title: COMMITMENT_TITLES[c.kind],
    text: commitmentText(c),
    windowDays: c.windowDays,
    exclusions: c.exclusions,
    conditions: c.conditions,
    signedAt: c.signedAt.toISOString(),
    withdrawnAt: c.withdrawnAt ? c.withdrawnAt.toISOString() : null,
  };
}
