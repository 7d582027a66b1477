// Request and response shapes of the payments API (institutions' keys, pushed transactions, receipt preview).
import { z } from 'zod';

const iso = z.string().describe('ISO 8601 time');
const amountMinor = z.number().int().min(0).max(100_000_000_00);
const b64url = z.string().regex(/^[A-Za-z0-9_-]+$/, 'base64url');

export const InstitutionIdParams = z.strictObject({ id: z.uuid() });
export const KeyParams = z.strictObject({ id: z.uuid(), kid: z.string().min(1).max(128) });

export const AddKeyBody = z.strictObject({
  /** The public key: Ed25519 `{"kty":"OKP","crv":"Ed25519","x"}` or P-256 `{"kty":"EC","crv":"P-256","x","y"}`. */
  jwk: z
    .looseObject({
      kty: z.enum(['OKP', 'EC']),
      crv: z.enum(['Ed25519', 'P-256']),
      x: b64url,
      y: b64url.optional(),
      kid: z.string().min(1).max(128).optional(),
    })
    .describe('Public JWK (RFC 7517); a private key (with "d") is refused'),
  /** Defaults to the jwk's own kid, else its RFC 7638 thumbprint. */
  kid: z.string().min(1).max(128).optional(),
});
export const RetireKeyBody = z.strictObject({
  /** true: a compromised key — nothing it signed verifies any more. false (default): routine rotation. */
  revoke: z.boolean().default(false),
});
export const JwkView = z.looseObject({
  kid: z.string(),
  alg: z.enum(['EdDSA', 'ES256']),
  use: z.literal('sig'),
  status: z.enum(['active', 'retired', 'revoked']),
  createdAt: iso,
  retiredAt: iso.nullable(),
});
export const JwksView = z.object({ keys: z.array(JwkView) });

export const WebhookBody = z.strictObject({
  url: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .describe('Where refund instructions are POSTed'),
  lookupUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional()
    .describe('Optional: GET <lookupUrl>?txn=<id> answers one payment (docs/receipts.md), for payments not pushed'),
});
export const WebhookView = z.object({
  url: z.string(),
  lookupUrl: z.string().nullable(),
  secret: z.string().describe('HMAC secret for x-hejie-signature; shown in this response only'),
});

const Item = z.strictObject({
  name: z.string().trim().min(1).max(100),
  qty: z.number().positive().max(1_000_000).optional(),
  amountMinor: amountMinor.optional(),
});
export const PushTransactionsBody = z.strictObject({
  transactions: z
    .array(
      z.strictObject({
        txn: z.string().min(1).max(64),
        mid: z.string().min(1).max(64),
        amountMinor,
        currency: z.string().regex(/^[A-Z]{3}$/),
        paidAt: z.iso.datetime({ offset: true }),
        /** The payer pseudonym (never a phone number). */
        payer: z.string().min(8).max(128).optional(),
        store: z.string().min(1).max(64).optional(),
        items: z.array(Item).max(50).optional(),
      }),
    )
    .min(1)
    .max(500),
});
export const PushTransactionsView = z.object({
  items: z.array(
    z.object({
      txn: z.string(),
      shortCode: z.string().describe('Print it on the receipt: XXXXX-XXXXX'),
      link: z.string().describe('Filing link for the receipt QR code'),
      created: z.boolean().describe('false: pushed before; nothing changed'),
      merchantKnown: z.boolean(),
    }),
  ),
});

export const PreviewBody = z
  .strictObject({
    receipt: z.string().trim().min(1).max(8192).optional(),
    shortCode: z.string().trim().min(1).max(32).optional(),
  })
  .refine((b) => (b.receipt === undefined) !== (b.shortCode === undefined), 'give exactly one of receipt or shortCode');
export const PurchasePreview = z.object({
  verified: z.literal(true),
  via: z.enum(['receipt', 'short_code', 'institution']),
  institution: z.object({ id: z.string(), name: z.string() }),
  merchant: z.object({ id: z.string(), name: z.string(), creditCode: z.string() }).nullable(),
  amountMinor: z.number().int(),
  currency: z.string(),
  paidAt: iso,
  items: z.array(z.object({ name: z.string(), qty: z.number().optional(), amountMinor: z.number().optional() })),
});

/** GET /institutions: what the platform admin sees of each institution (the webhook secret only as set or not). */
export const InstitutionListItemView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(['payment', 'clearing']),
  webhookUrl: z.string().nullable(),
  webhookSecretSet: z.boolean(),
  lookupUrl: z.string().nullable(),
  /** Receipt-signing keys in force (status active). */
  activeKeys: z.number().int(),
  createdAt: iso,
});
export const InstitutionListView = z.object({ items: z.array(InstitutionListItemView) });
