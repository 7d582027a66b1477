// Merchant commitments: read by anyone, signed and withdrawn by the merchant's staff or its region's regulator
// (authorized in the use cases).
import type { RegisterRoutes } from '../../http/types.js';
import {
  CommitmentListView,
  CommitmentParams,
  CommitmentView,
  commitmentView,
  ListCommitmentsQuery,
  SignCommitmentBody,
} from './commitments.contracts.js';
import { listCommitments } from './list-commitments.js';
import { MerchantIdParams } from './merchants.contracts.js';
import { signCommitment } from './sign-commitment.js';
import { withdrawCommitment } from './withdraw-commitment.js';

const tags = ['merchants'];

export const registerCommitmentRoutes: RegisterRoutes = async (app, deps) => {
  app.get(
    '/merchants/:id/commitments',
    {
      schema: {
        tags,
        summary: "A merchant's commitments (放心消费承诺, 线下无理由退货, 7日解决): in force, or the whole history",
        params: MerchantIdParams,
        querystring: ListCommitmentsQuery,
        response: { 200: CommitmentListView },
      },
    },
    async (req) => {
      const rows = await listCommitments(deps, { merchantId: req.params.id, inForce: req.query.inForce === 'true' });
      return { items: rows.map(commitmentView) };
    },
  );

  app.post(
    '/merchants/:id/commitments',
    {
      schema: {
        tags,
        summary: 'Sign a commitment; signing a kind in force replaces it (its staff, or the regulator of its region)',
        params: MerchantIdParams,
        body: SignCommitmentBody,
        response: { 201: CommitmentView },
      },
    },
    async (req, reply) => {
      const r = await signCommitment(deps, { merchantId: req.params.id, actor: req.actor, input: req.body });
      return reply.status(201).send(commitmentView(r.commitment));
    },
  );

  app.post(
    '/merchants/:id/commitments/:commitmentId/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a commitment; it stays in the history (its staff, or the regulator of its region)',
        params: CommitmentParams,
        response: { 200: CommitmentView },
      },
    },
    async (req) => {
      const c = await withdrawCommitment(deps, {
        merchantId: req.params.id,
        commitmentId: req.params.commitmentId,
        actor: req.actor,
      });
      return commitmentView(c);
    },
  );
};
