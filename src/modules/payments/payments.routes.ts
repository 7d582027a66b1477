// Thin handlers for institutions: their receipt-signing keys (JWKS), refund webhook, pushed transactions,
// and the receipt preview the filing page shows. Institutions call with their API key (Bearer hjk_…).
import type { RegisterRoutes } from '../../http/types.js';
import { AppError } from '../../lib/errors.js';
import { authorizeInstitution } from '../identity/policy.js';
import { addInstitutionKey, jwksView, listInstitutionKeys, retireInstitutionKey } from './institution-keys.js';
import { listInstitutions } from './list-institutions.js';
import {
  AddKeyBody,
  InstitutionIdParams,
  InstitutionListView,
  JwksView,
  JwkView,
  KeyParams,
  PreviewBody,
  PurchasePreview,
  PushTransactionsBody,
  PushTransactionsView,
  RetireKeyBody,
  WebhookBody,
  WebhookView,
} from './payments.contracts.js';
import { previewPurchase } from './preview-purchase.js';
import { pushTransactions } from './push-transactions.js';
import { setInstitutionWebhook } from './set-institution-webhook.js';
import { formatShortCode } from './short-code.js';

const tags = ['institutions'];
const API_KEY: { [label: string]: string[] }[] = [{ apiKey: [] }, { session: [] }];

export const registerPaymentRoutes: RegisterRoutes = async (app, deps) => {
  app.get(
    '/institutions',
    {
      schema: {
        tags,
        security: [{ session: [] }],
        summary: 'Every payment and clearing institution, with its keys in force (platform admin)',
        response: { 200: InstitutionListView },
      },
    },
    async (req) => {
      const rows = await listInstitutions(deps, { actor: req.actor });
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          kind: r.kind,
          webhookUrl: r.webhookUrl,
          webhookSecretSet: r.webhookSecretEnc !== null,
          lookupUrl: r.lookupUrl,
          activeKeys: r.activeKeys,
          createdAt: r.createdAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/institutions/:id/jwks',
    {
      schema: {
        tags,
        summary: "The institution's receipt-signing public keys (JWKS; public)",
        params: InstitutionIdParams,
        response: { 200: JwksView },
      },
    },
    async (req) => jwksView(await listInstitutionKeys(deps, { institutionId: req.params.id })),
  );

  app.post(
    '/institutions/:id/keys',
    {
      schema: {
        tags,
        security: API_KEY,
        summary: 'Register a receipt-signing public key (Ed25519 or P-256); several may be active at once',
        params: InstitutionIdParams,
        body: AddKeyBody,
        response: { 201: JwkView },
      },
    },
    async (req, reply) => {
      authorizeInstitution(req.actor, req.params.id);
      const key = await addInstitutionKey(deps, { institutionId: req.params.id, jwk: req.body.jwk, kid: req.body.kid });
      return reply.status(201).send(jwksView([key]).keys[0]!);
    },
  );

  app.post(
    '/institutions/:id/keys/:kid/retire',
    {
      schema: {
        tags,
        security: API_KEY,
        summary: 'Retire a key (receipts of earlier payments still verify) or revoke it (nothing it signed verifies)',
        params: KeyParams,
        body: RetireKeyBody,
        response: { 200: JwkView },
      },
    },
    async (req) => {
      authorizeInstitution(req.actor, req.params.id);
      const key = await retireInstitutionKey(deps, {
        institutionId: req.params.id,
        kid: req.params.kid,
        revoke: req.body.revoke,
      });
      return jwksView([key]).keys[0]!;
    },
  );

  app.put(
    '/institutions/:id/webhook',
    {
      schema: {
        tags,
        security: API_KEY,
        summary: 'Set where refund instructions are sent; answers a new signing secret, shown once',
        params: InstitutionIdParams,
        body: WebhookBody,
        response: { 200: WebhookView },
      },
    },
    async (req) => {
      authorizeInstitution(req.actor, req.params.id);
      return setInstitutionWebhook(deps, {
        institutionId: req.params.id,
        url: req.body.url,
        lookupUrl: req.body.lookupUrl,
      });
    },
  );

  app.post(
    '/transactions',
    {
      schema: {
        tags,
        security: [{ apiKey: [] }],
        summary: 'Push payments for look-up by printed short code (idempotent by institution + txn)',
        body: PushTransactionsBody,
        response: { 200: PushTransactionsView },
      },
    },
    async (req) => {
      const actor = req.actor;
      if (actor.kind !== 'institution') {
        throw new AppError(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', {
          reason: 'only an institution, by its API key, pushes its transactions',
        });
      }
      const results = await pushTransactions(deps, {
        institutionId: actor.institutionId,
        items: req.body.transactions,
      });
      return {
        items: results.map(({ transaction: t, created }) => ({
          txn: t.txnId,
          shortCode: formatShortCode(t.shortCode),
          link: `${deps.config.publicUrl}/file?code=${t.shortCode}`,
          created,
          merchantKnown: t.merchantId !== null,
        })),
      };
    },
  );

  app.post(
    '/receipts/verify',
    {
      schema: {
        tags: ['receipts'],
        summary: 'Check a receipt token or short code and show the purchase and merchant it proves (stores nothing)',
        body: PreviewBody,
        response: { 200: PurchasePreview },
      },
    },
    async (req) => {
      const proof = req.body.receipt !== undefined ? { receipt: req.body.receipt } : { shortCode: req.body.shortCode! };
      const { purchase: p, institution, merchant } = await previewPurchase(deps, proof);
      return {
        verified: true as const,
        via: p.via,
        institution,
        merchant,
        amountMinor: p.amountMinor,
        currency: p.currency,
        paidAt: p.paidAt.toISOString(),
        items: p.items,
      };
    },
  );
};
