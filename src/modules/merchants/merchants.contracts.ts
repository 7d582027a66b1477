// Request and response shapes of the merchant API (validation and OpenAPI), and the presenters.
// Public views carry what is on a business licence and a shop sign; the merchant's phone is for staff only.
import { z } from 'zod';
import { type DistrictRow, DistrictView, districtView } from '../regions/index.js';
import type { MerchantRow, StoreRow } from './merchant.repository.js';
import { INDUSTRIES } from './merchants.schema.js';
import type { PaymentAccountRow } from './payment-account.repository.js';

const text = (max: number) => z.string().trim().max(max);
const required = (max: number) => z.string().trim().min(1).max(max);
/** Landlines (0571-8888 8888), mobiles and +86 numbers. */
const phone = z
  .string()
  .trim()
  .max(20)
  .regex(/^[0-9+\- ]*$/, 'digits, spaces, + and - only');

export const MerchantIdParams = z.strictObject({ id: z.uuid() });

export const CreateMerchantBody = z.strictObject({
  /** 统一社会信用代码; checked (GB 32100) by the use case so the failure reason can be reported. */
  creditCode: z.string().trim().min(1).max(32),
  legalName: required(200),
  tradeName: text(200).default(''),
  industry: z.enum(INDUSTRIES),
  address: text(500).default(''),
  districtId: z.uuid().nullable().default(null),
  phone: phone.default(''),
});
export type CreateMerchantBody = z.infer<typeof CreateMerchantBody>;

/** The credit code is the merchant's identity: it is not editable (register a new merchant instead). */
export const UpdateMerchantBody = z.strictObject({
  legalName: required(200).optional(),
  tradeName: text(200).optional(),
  industry: z.enum(INDUSTRIES).optional(),
  address: text(500).optional(),
  districtId: z.uuid().nullable().optional(),
  phone: phone.optional(),
});
export type UpdateMerchantBody = z.infer<typeof UpdateMerchantBody>;

export const ListMerchantsQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  industry: z.enum(INDUSTRIES).optional(),
  districtId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** The `nextAfter` of the previous page. */
  after: z.uuid().optional(),
});
export type ListMerchantsQuery = z.infer<typeof ListMerchantsQuery>;

export const CreateStoreBody = z.strictObject({
  name: required(200),
  address: text(500).default(''),
  /** Where the store is: decides which mediation organisation takes its disputes. */
  districtId: z.uuid().nullable().default(null),
});
export type CreateStoreBody = z.infer<typeof CreateStoreBody>;

export const AddPaymentAccountBody = z.strictObject({
  institutionId: z.uuid(),
  /** The institution's merchant number (商户号). */
  mid: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces'),
  /** Back-date the start (a mid no merchant has held before): earlier payments' receipts then reach this merchant. */
  since: z.iso.datetime({ offset: true }).optional(),
});
export type AddPaymentAccountBody = z.infer<typeof AddPaymentAccountBody>;

const DistrictRef = DistrictView.nullable();

export const MerchantPublicView = z.object({
  id: z.uuid(),
  creditCode: z.string(),
  legalName: z.string(),
  tradeName: z.string(),
  industry: z.enum(INDUSTRIES),
  address: z.string(),
  district: DistrictRef,
});
export const StoreView = z.object({
  id: z.uuid(),
  merchantId: z.uuid(),
  name: z.string(),
  address: z.string(),
  district: DistrictRef,
  /** The public page its 放心消费收款码 opens: `<PUBLIC_URL>/s/<storeId>`. */
  publicUrl: z.string(),
  createdAt: z.iso.datetime(),
});
export const MerchantProfileView = MerchantPublicView.extend({
  region: z.object({ code: z.string(), name: z.string() }),
  stores: z.array(StoreView),
});
/** What the merchant's own staff and the regulator see. */
export const MerchantView = MerchantPublicView.extend({ phone: z.string(), createdAt: z.iso.datetime() });
export const MerchantPageView = z.object({ items: z.array(MerchantPublicView), nextAfter: z.uuid().nullable() });
export const PaymentAccountView = z.object({
  id: z.uuid(),
  merchantId: z.uuid(),
  institutionId: z.uuid(),
  mid: z.string(),
  validFrom: z.iso.datetime(),
  validTo: z.iso.datetime().nullable(),
});
export const AddPaymentAccountView = z.object({
  account: PaymentAccountView,
  /** Other merchants' accounts for this mid, closed now (kept as history). */
  closed: z.array(PaymentAccountView),
});

type Districts = ReadonlyMap<string, DistrictRow>;
const districtOf = (id: string | null, districts: Districts) => {
  const d = id ? districts.get(id) : undefined;
  return d ? districtView(d) : null;
};

export function merchantPublicView(m: MerchantRow, districts: Districts): z.infer<typeof MerchantPublicView> {
  return {
    id: m.id,
    creditCode: m.creditCode,
    legalName: m.legalName,
    tradeName: m.tradeName,
    industry: m.industry,
    address: m.address,
    district: districtOf(m.districtId, districts),
  };
}

export function merchantView(m: MerchantRow, districts: Districts): z.infer<typeof MerchantView> {
  return { ...merchantPublicView(m, districts), phone: m.phone, createdAt: m.createdAt.toISOString() };
}

/** `publicUrl`: where the store's QR code points (public/store-qr.ts decides it). */
export function storeView(s: StoreRow, districts: Districts, publicUrl: string): z.infer<typeof StoreView> {
  return {
    id: s.id,
    merchantId: s.merchantId,
    name: s.name,
    address: s.address,
    district: districtOf(s.districtId, districts),
    publicUrl,
    createdAt: s.createdAt.toISOString(),
  };
}

export function paymentAccountView(a: PaymentAccountRow): z.infer<typeof PaymentAccountView> {
  return {
    id: a.id,
    merchantId: a.merchantId,
    institutionId: a.institutionId,
    mid: a.mid,
    validFrom: a.validFrom.toISOString(),
    validTo: a.validTo ? a.validTo.toISOString() : null,
  };
}

/** Rows per import request: the browser sends a large file in chunks of at most this many. */
export const IMPORT_MAX_ROWS = 1000;

/**
 * One merchant of an imported list, as the file has it: every field a string, so that one bad row is reported
 * on its own (per row, with the field) instead of failing the whole request. The use case validates each row
 * as CreateMerchantBody would. `industry` is a code (restaurant) or its name (餐饮 / Restaurants); `district`
 * a district's code or name; `row` the line of the file, echoed in the report.
 */
// Any length here: an over-long cell is that row's error (checkImportRow), not the whole chunk's. The request's
// body limit bounds the total.
const cell = z.string().max(20_000).optional();
export const ImportMerchantRow = z.strictObject({
  row: z.number().int().min(1).max(10_000_000).optional(),
  creditCode: cell,
  legalName: cell,
  tradeName: cell,
  industry: cell,
  district: cell,
  address: cell,
  phone: cell,
});
export type ImportMerchantRow = z.infer<typeof ImportMerchantRow>;

export const ImportMerchantsBody = z.strictObject({
  rows: z.array(ImportMerchantRow).min(1).max(IMPORT_MAX_ROWS),
});

export const IMPORT_FIELDS = [
  'creditCode',
  'legalName',
  'tradeName',
  'industry',
  'district',
  'address',
  'phone',
] as const;

export const ImportRowResult = z.object({
  /** Position in `rows` (0-based). */
  index: z.number().int(),
  row: z.number().int().nullable(),
  status: z.enum(['created', 'exists', 'error']),
  /** The normalised credit code, when the row had a valid one. */
  creditCode: z.string().nullable(),
  /** created: the new merchant; exists: the merchant already registered with this credit code. */
  merchantId: z.uuid().nullable(),
  error: z
    .object({
      code: z.enum(['VALIDATION_FAILED', 'INVALID_CREDIT_CODE', 'ALREADY_EXISTS']),
      field: z.enum(IMPORT_FIELDS),
      message: z.object({ zh: z.string(), en: z.string() }),
    })
    .nullable(),
});
export const ImportMerchantsView = z.object({
  created: z.number().int(),
  exists: z.number().int(),
  errors: z.number().int(),
  items: z.array(ImportRowResult),
});
