// Request and response shapes of the identity API (validation and the OpenAPI document).
import { z } from 'zod';
import { INSTITUTION_KINDS } from '../payments/institutions.js';
import { PASSWORD_MAX, PASSWORD_MIN } from './password.js';

const iso = z.string().describe('ISO 8601 timestamp (UTC)');

export const LoginName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._@-]{2,63}$/,
    '3–64 characters: letters, digits and . _ @ -, starting with a letter or digit',
  );
export const NewPassword = z
  .string()
  .min(PASSWORD_MIN)
  .max(PASSWORD_MAX)
  .describe(`${PASSWORD_MIN}–${PASSWORD_MAX} characters`);
const DisplayName = z.string().trim().min(1).max(64);

export const LoginBody = z.strictObject({
  login: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const OtpRequestBody = z.strictObject({
  phone: z.string().max(32).describe('Mainland China mobile number, e.g. 13812345678 or +86 138 1234 5678'),
});
export const OtpVerifyBody = z.strictObject({
  phone: z.string().max(32),
  code: z.string().regex(/^\d{6}$/, 'six digits'),
});
export const OtpSentView = z.object({
  expiresInSeconds: z.number().int(),
  resendAfterSeconds: z.number().int(),
});

export const REGION_STAFF_ROLES = ['merchant_staff', 'mediator', 'regulator'] as const;
/** Other region routes name the region by code (/regions/HZ/…): both forms are accepted here. */
export const RegionRefParams = z.strictObject({
  regionId: z.string().trim().min(1).max(64).describe('Region id (UUID) or region code, e.g. HZ'),
});
export const CreateUserBody = z.strictObject({
  login: LoginName,
  displayName: DisplayName,
  password: NewPassword,
  role: z.enum(REGION_STAFF_ROLES),
  merchantId: z.uuid().optional().describe('Required for merchant_staff: a merchant of the region'),
  orgId: z
    .uuid()
    .optional()
    .describe('Required for mediator (a mediation organisation) and regulator (a regulator) of the region'),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;
export const ListUsersQuery = z.strictObject({
  role: z.enum(REGION_STAFF_ROLES).optional(),
  after: z.uuid().optional().describe('Cursor: the nextAfter of the previous page'),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

export const UserView = z.object({
  id: z.uuid(),
  login: z.string(),
  displayName: z.string(),
  role: z.enum(['merchant_staff', 'mediator', 'regulator', 'platform_admin']),
  regionId: z.uuid().nullable(),
  merchantId: z.uuid().nullable(),
  orgId: z.uuid().nullable(),
  createdAt: iso,
  disabled: z.boolean(),
});
export type UserView = z.infer<typeof UserView>;

export const MeView = z.object({
  kind: z.enum(['consumer', 'merchant_staff', 'mediator', 'regulator', 'institution', 'platform_admin']),
  /** The id recorded in audit events: user, consumer or institution id; null for a consumer known only by case tokens. */
  id: z.uuid().nullable(),
  displayName: z.string(),
  login: z.string().nullable(),
  region: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
  merchantId: z.uuid().nullable(),
  orgId: z.uuid().nullable(),
  institutionId: z.uuid().nullable(),
  phoneMasked: z.string().nullable().describe('Consumer signed in by phone, e.g. 138****5678'),
  caseIds: z.array(z.uuid()).describe('Cases opened by the case tokens sent with this request'),
});
export type MeView = z.infer<typeof MeView>;

export const InstitutionBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  kind: z.enum(INSTITUTION_KINDS),
  webhookUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional()
    .describe('Where webhooks (e.g. refund instructions) are delivered'),
});
export const InstitutionView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(INSTITUTION_KINDS),
  webhookUrl: z.string().nullable(),
  createdAt: iso,
});
export const InstitutionParams = z.strictObject({ id: z.uuid() });
export const ApiKeyParams = z.strictObject({ id: z.uuid(), keyId: z.uuid() });
export const ApiKeyBody = z.strictObject({ label: z.string().trim().max(100).optional() });
export const ApiKeyView = z.object({
  id: z.uuid(),
  institutionId: z.uuid(),
  prefix: z.string().describe('The first characters of the key, to recognise it'),
  label: z.string(),
  createdAt: iso,
  revokedAt: iso.nullable(),
});
export type ApiKeyView = z.infer<typeof ApiKeyView>;
export const IssuedApiKeyView = ApiKeyView.extend({
  key: z.string().describe('The key itself (hjk_…): shown this once, stored only as a hash'),
});
