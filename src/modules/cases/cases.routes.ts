// Thin handlers: validate (zod), call one use case, present. Authorization happens in the use cases
// through identity/policy.ts, because it depends on the case's facts (whose it is, where it stands).
import { z } from 'zod';
import {
  AssignBody,
  CaseIdParams,
  CaseSummaryView,
  CaseView,
  ConfirmRefundBody,
  FileCaseBody,
  FiledCaseView,
  IdentifyMerchantBody,
  ListCasesQuery,
  MakeOfferBody,
  MediationOutcomeBody,
  MessageBody,
  OfferParams,
  RatingBody,
  ReasonBody,
  ReferBody,
  RefundView,
  RegulatorDecisionBody,
  RejectBody,
  RespondOfferBody,
  TransferBody,
} from '../../contracts/cases.js';
import type { RegisterRoutes } from '../../http/types.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { assignCase } from './assign-case.js';
import { deadlineView } from './case.view.js';
import { closeCase } from './close-case.js';
import { confirmFulfilment } from './confirm-fulfilment.js';
import { confirmRefund } from './confirm-refund.js';
import { decideComplaint } from './decide-complaint.js';
import { draftMessage } from './draft-message.js';
import { escalateCase } from './escalate-case.js';
import { fileCase } from './file-case.js';
import { getCase } from './get-case.js';
import { identifyMerchant } from './identify-merchant.js';
import { listCases } from './list-cases.js';
import { makeOffer } from './make-offer.js';
import { postMessage } from './post-message.js';
import { rateCase } from './rate-case.js';
import { recordMediationOutcome } from './record-mediation-outcome.js';
import { referCase } from './refer-case.js';
import { rejectCase } from './reject-case.js';
import { respondToOffer } from './respond-to-offer.js';
import { transferCase } from './transfer-case.js';
import { withdrawCase } from './withdraw-case.js';

const tags = ['cases'];
const caseResponse = { 200: CaseView };

export const registerCaseRoutes: RegisterRoutes = async (app, deps) => {
  const view = (caseId: string, actor: Actor) => getCase(deps, { caseId, actor });

  app.post(
    '/cases',
    {
      schema: {
        tags,
        summary: 'File a complaint: from a receipt, a printed short code, or against a merchant (no account needed)',
        description:
          'With `receipt` or `shortCode` the purchase is verified and the case goes to the merchant that was paid. ' +
          'The same receipt filed again by the same payer, or a retry with the same `Idempotency-Key` header, ' +
          'answers 200 with the case filed before (and a fresh access token for it).',
        body: FileCaseBody,
        response: { 200: FiledCaseView, 201: FiledCaseView },
      },
    },
    async (req, reply) => {
      const key = req.headers['idempotency-key'];
      if (key !== undefined && (typeof key !== 'string' || !/^[\x21-\x7e]{8,255}$/.test(key))) {
        throw new AppError('VALIDATION_FAILED', { reason: 'Idempotency-Key must be 8–255 printable ASCII characters' });
      }
      const filed = await fileCase(deps, { actor: req.actor, input: req.body, idempotencyKey: key });
      const c = filed.case;
      return reply.status(filed.existing ? 200 : 201).send({
        id: c.id,
        number: c.number,
        status: c.status,
        deadlines: filed.deadlines.map(deadlineView),
        accessToken: filed.accessToken,
        verified: c.purchase.verified,
        purchase: {
          verified: c.purchase.verified,
          amountMinor: c.purchase.amountMinor ?? null,
          currency: c.purchase.currency ?? null,
          paidAt: c.purchase.paidAt ?? null,
        },
        existing: filed.existing,
      });
    },
  );

  app.get(
    '/cases',
    {
      schema: {
        tags,
        summary: 'Cases the caller may see, newest first',
        querystring: ListCasesQuery,
        response: { 200: z.object({ items: z.array(CaseSummaryView), nextBefore: z.string().nullable() }) },
      },
    },
    async (req) => listCases(deps, { actor: req.actor, ...req.query }),
  );

  app.get(
    '/cases/:id',
    { schema: { tags, summary: 'One case, as the caller may see it', params: CaseIdParams, response: caseResponse } },
    async (req) => view(req.params.id, req.actor),
  );

  // Commands. Each returns the case as the caller now sees it.
  const command = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (caseId: string, actor: Actor, body: z.infer<B>) => Promise<unknown>,
  ) => {
    app.post(
      `/cases/:id/${path}`,
      { schema: { tags, summary, params: CaseIdParams, body, response: caseResponse } },
      async (req) => {
        await run(req.params.id, req.actor, req.body as z.infer<B>);
        return view(req.params.id, req.actor);
      },
    );
  };

  command(
    'messages',
    'Post a message, or a question to the consumer (pauses deadlines)',
    MessageBody,
    (caseId, actor, b) => postMessage(deps, { caseId, actor, body: b.body, kind: b.kind }),
  );
  command('offers', 'Make an offer, counter-offer or mediator proposal', MakeOfferBody, (caseId, actor, b) =>
    makeOffer(deps, { caseId, actor, input: b }),
  );
  command('fulfilment', 'Confirm that the settlement was carried out', z.strictObject({}), (caseId, actor) =>
    confirmFulfilment(deps, { caseId, actor }),
  );
  command('rating', 'Rate the outcome (consumer)', RatingBody, (caseId, actor, b) =>
    rateCase(deps, { caseId, actor, score: b.score, comment: b.comment }),
  );
  command('escalate', 'Take the case to the next tier (consumer)', ReasonBody, (caseId, actor, b) =>
    escalateCase(deps, { caseId, actor, reason: b.reason }),
  );
  command('withdraw', 'Withdraw the complaint (consumer)', ReasonBody, (caseId, actor, b) =>
    withdrawCase(deps, { caseId, actor, reason: b.reason }),
  );
  command('close', 'Close a fulfilled case', z.strictObject({}), (caseId, actor) => closeCase(deps, { caseId, actor }));
  command(
    'mediation-outcome',
    'Record a mediated agreement or a failed mediation',
    MediationOutcomeBody,
    (caseId, actor, b) => recordMediationOutcome(deps, { caseId, actor, input: b }),
  );
  command(
    'regulator-decision',
    'Accept or decline the complaint for administrative mediation',
    RegulatorDecisionBody,
    (caseId, actor, b) => decideComplaint(deps, { caseId, actor, decision: b.decision, reason: b.reason }),
  );
  command('refer', 'Refer to arbitration, court or a formal complaint', ReferBody, (caseId, actor, b) =>
    referCase(deps, { caseId, actor, to: b.to, note: b.note }),
  );
  command('reject', 'Reject as out of scope or duplicate', RejectBody, (caseId, actor, b) =>
    rejectCase(deps, { caseId, actor, reason: b.reason, note: b.note }),
  );
  command('transfer', 'Transfer to another region or a partner organisation', TransferBody, (caseId, actor, b) =>
    transferCase(deps, { caseId, actor, target: b.target, note: b.note }),
  );
  command('assign', 'Assign to yourself or a colleague of the handling organisation', AssignBody, (caseId, actor, b) =>
    assignCase(deps, { caseId, actor, userId: b.userId }),
  );
  command(
    'identify-merchant',
    'Name the merchant of a case filed without one (regulator)',
    IdentifyMerchantBody,
    (caseId, actor, b) => identifyMerchant(deps, { caseId, actor, merchantId: b.merchantId }),
  );

  for (const decision of ['accept', 'reject'] as const) {
    app.post(
      `/cases/:id/offers/:offerId/${decision}`,
      {
        schema: {
          tags,
          summary: `${decision === 'accept' ? 'Accept' : 'Reject'} the other side's offer`,
          params: OfferParams,
          body: RespondOfferBody,
          response: caseResponse,
        },
      },
      async (req) => {
        await respondToOffer(deps, {
          caseId: req.params.id,
          offerId: req.params.offerId,
          actor: req.actor,
          decision,
          reason: req.body.reason,
        });
        return view(req.params.id, req.actor);
      },
    );
  }

  app.post(
    '/refunds/:id/confirm',
    {
      schema: {
        tags: ['institutions'],
        security: [{ apiKey: [] }],
        summary: 'The institution confirms it refunded the payer; the settlement is fulfilled on its word',
        params: CaseIdParams,
        body: ConfirmRefundBody,
        response: { 200: RefundView },
      },
    },
    async (req) => {
      const r = await confirmRefund(deps, {
        refundId: req.params.id,
        actor: req.actor,
        institutionRef: req.body.institutionRef,
      });
      return {
        id: r.id,
        caseId: r.caseId,
        status: r.status,
        amountMinor: r.amountMinor,
        currency: r.currency,
        confirmedAt: r.confirmedAt?.toISOString() ?? null,
      };
    },
  );

  app.post(
    '/cases/:id/draft',
    {
      schema: {
        tags,
        summary: "A suggested next message for the asking party, from the AI mediator's reading (nothing is posted)",
        params: CaseIdParams,
        body: z.strictObject({ lang: z.enum(['zh', 'en']).default('zh') }),
        response: { 200: z.object({ text: z.string(), source: z.enum(['local', 'llm']) }) },
      },
    },
    async (req) => draftMessage(deps, { caseId: req.params.id, actor: req.actor, lang: req.body.lang }),
  );
};
