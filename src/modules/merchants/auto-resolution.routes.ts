// Auto-resolution policies of a merchant: its staff, or the regulator of its region (authorized in the use cases).
import { z } from 'zod';
import type { RegisterRoutes } from '../../http/types.js';
import { CATEGORY_CODES } from '../../mediator/index.js';
import {
  type AutoResolutionPolicyRow,
  disableAutoResolutionPolicy,
  listAutoResolutionPolicies,
  setAutoResolutionPolicy,
} from './auto-resolution.js';
import { MerchantIdParams } from './merchants.contracts.js';
import { AUTO_OFFERS } from './merchants.schema.js';

const tags = ['merchants'];

const PolicyBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  /** The mediator's dispute categories the policy covers (e.g. ["return"]). */
  categories: z.array(z.enum(CATEGORY_CODES)).min(1),
  /** Largest purchase covered, minor units (fen). */
  maxAmountMinor: z.number().int().min(1).max(100_000_000),
  /** Only purchases a payment institution vouched for (receipt, short code). Default true. */
  verifiedOnly: z.boolean().default(true),
  /** Only purchases made within this many days of filing. */
  withinDays: z.number().int().min(1).max(365).optional(),
  /** What the merchant offers at once: the full amount back, return for the full amount, exchange, or repair. */
  offer: z.enum(AUTO_OFFERS),
  /** Shown to the consumer with the offer. */
  message: z.string().trim().max(500).optional(),
});
const PolicyView = z.object({
  id: z.string(),
  merchantId: z.string(),
  name: z.string(),
  categories: z.array(z.string()),
  maxAmountMinor: z.number(),
  verifiedOnly: z.boolean(),
  withinDays: z.number().nullable(),
  offer: z.enum(AUTO_OFFERS),
  message: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
});
const PolicyParams = z.strictObject({ id: z.uuid(), policyId: z.uuid() });
const ListQuery = z.strictObject({ active: z.enum(['true', 'false']).optional() });

function view(p: AutoResolutionPolicyRow): z.infer<typeof PolicyView> {
  return {
    id: p.id,
    merchantId: p.merchantId,
    name: p.name,
    categories: p.categories,
    maxAmountMinor: p.maxAmountMinor,
    verifiedOnly: p.verifiedOnly,
    withinDays: p.withinDays,
    offer: p.offer,
    message: p.message,
    active: p.disabledAt === null,
    createdAt: p.createdAt.toISOString(),
    disabledAt: p.disabledAt?.toISOString() ?? null,
  };
}

export const registerAutoResolutionRoutes: RegisterRoutes = async (app, deps) => {
  app.get(
    '/merchants/:id/auto-resolution',
    {
      schema: {
        tags,
        summary: "The merchant's auto-resolution policies",
        params: MerchantIdParams,
        querystring: ListQuery,
        response: { 200: z.object({ items: z.array(PolicyView) }) },
      },
    },
    async (req) => {
      const rows = await listAutoResolutionPolicies(deps, {
        merchantId: req.params.id,
        actor: req.actor,
        activeOnly: req.query.active === 'true',
      });
      return { items: rows.map(view) };
    },
  );

  app.post(
    '/merchants/:id/auto-resolution',
    {
      schema: {
        tags,
        summary: 'Set an auto-resolution policy: matching new cases get the offer at once; the consumer still accepts',
        params: MerchantIdParams,
        body: PolicyBody,
        response: { 201: PolicyView },
      },
    },
    async (req, reply) => {
      const row = await setAutoResolutionPolicy(deps, { merchantId: req.params.id, actor: req.actor, input: req.body });
      return reply.status(201).send(view(row));
    },
  );

  app.post(
    '/merchants/:id/auto-resolution/:policyId/disable',
    {
      schema: {
        tags,
        summary: 'Disable a policy (kept in the history)',
        params: PolicyParams,
        response: { 200: PolicyView },
      },
    },
    async (req) =>
      view(
        await disableAutoResolutionPolicy(deps, {
          merchantId: req.params.id,
          policyId: req.params.policyId,
          actor: req.actor,
        }),
      ),
  );
};
