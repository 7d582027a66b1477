// The admin pages' API calls and the shapes they read: regions and settings, organisations, staff, merchants
// (with the import), institutions and their keys. Everything goes through the shared `request`.
import type { OrgKind } from '../../../src/modules/mediation/org-kinds';
import { query, request } from '../../lib/api';

export { ORG_KINDS, type OrgKind } from '../../../src/modules/mediation/org-kinds';
export const TIERS = ['merchant', 'mediation', 'regulator', 'referral'] as const;
export type Tier = (typeof TIERS)[number];
export const STAFF_ROLES = ['merchant_staff', 'mediator', 'regulator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export type District = { id: string; code: string; name: string; nameEn: string };
export type RegionListItem = { code: string; name: string; nameEn: string };
export type Region = RegionListItem & { id: string; timeZone: string; currency: string; districts: District[] };
export type RegionSettings = {
  deadlines: {
    merchantResponseHours: number;
    resolutionDays: number;
    fulfilmentDays: number;
    mediationDays: number;
    regulatorAcceptanceWorkingDays: number;
    regulatorMediationWorkingDays: number;
    timeZone: string;
  };
  ladder: Tier[];
  mediator: { humanAboveMinor: number; autoMaxMinor: number };
};
export type Org = {
  id: string;
  name: string;
  kind: OrgKind;
  tier: 'mediation' | 'regulator';
  district: District | null;
  createdAt: string;
};
export type StaffUser = {
  id: string;
  login: string;
  displayName: string;
  role: StaffRole | 'platform_admin';
  regionId: string | null;
  merchantId: string | null;
  orgId: string | null;
  createdAt: string;
  disabled: boolean;
};
export type Merchant = {
  id: string;
  creditCode: string;
  legalName: string;
  tradeName: string;
  industry: string;
  address: string;
  district: District | null;
};
export type Store = { id: string; merchantId: string; name: string; address: string; district: District | null };
export type MerchantProfile = Merchant & { region: { code: string; name: string }; stores: Store[] };
export type PaymentAccount = {
  id: string;
  merchantId: string;
  institutionId: string;
  mid: string;
  validFrom: string;
  validTo: string | null;
};
export type ImportRow = {
  row?: number;
  creditCode?: string;
  legalName?: string;
  tradeName?: string;
  industry?: string;
  district?: string;
  address?: string;
  phone?: string;
};
export type ImportField = Exclude<keyof ImportRow, 'row'>;
export type ImportRowResult = {
  index: number;
  row: number | null;
  status: 'created' | 'exists' | 'error';
  creditCode: string | null;
  merchantId: string | null;
  error: { code: string; field: ImportField; message: { zh: string; en: string } } | null;
};
export type ImportResult = { created: number; exists: number; errors: number; items: ImportRowResult[] };
export type Institution = {
  id: string;
  name: string;
  kind: 'payment' | 'clearing';
  webhookUrl: string | null;
  webhookSecretSet: boolean;
  lookupUrl: string | null;
  activeKeys: number;
  createdAt: string;
};
export type ReceiptKey = {
  kid: string;
  alg: 'EdDSA' | 'ES256';
  kty: string;
  crv: string;
  status: 'active' | 'retired' | 'revoked';
  createdAt: string;
  retiredAt: string | null;
};
export type ApiKey = {
  id: string;
  institutionId: string;
  prefix: string;
  label: string;
  createdAt: string;
  revokedAt: string | null;
};

const enc = encodeURIComponent;
type Body = Record<string, unknown>;

export const adminApi = {
  regions: () => request<{ items: RegionListItem[] }>('/regions'),
  createRegion: (body: Body) => request<Region>('/regions', { method: 'POST', body }),
  region: (code: string) => request<Region>(`/regions/${enc(code)}`),
  addDistrict: (code: string, body: Body) =>
    request<District>(`/regions/${enc(code)}/districts`, { method: 'POST', body }),
  settings: (code: string) => request<RegionSettings>(`/regions/${enc(code)}/settings`),
  saveSettings: (code: string, body: RegionSettings) =>
    // PUT replaces the whole document: every key is sent.
    request<RegionSettings>(`/regions/${enc(code)}/settings`, { method: 'PUT', body }),

  orgs: (code: string) => request<{ items: Org[] }>(`/regions/${enc(code)}/orgs`),
  createOrg: (code: string, body: Body) => request<Org>(`/regions/${enc(code)}/orgs`, { method: 'POST', body }),
  users: (code: string, q: { role?: string; after?: string }) =>
    request<{ items: StaffUser[]; nextAfter: string | null }>(`/regions/${enc(code)}/users${query(q)}`),
  createUser: (code: string, body: Body) => request<StaffUser>(`/regions/${enc(code)}/users`, { method: 'POST', body }),

  merchants: (
    code: string,
    q: { q?: string; industry?: string; districtId?: string; after?: string; limit?: number },
  ) => request<{ items: Merchant[]; nextAfter: string | null }>(`/regions/${enc(code)}/merchants${query(q)}`),
  createMerchant: (code: string, body: Body) =>
    request<Merchant>(`/regions/${enc(code)}/merchants`, { method: 'POST', body }),
  importMerchants: (code: string, rows: ImportRow[]) =>
    request<ImportResult>(`/regions/${enc(code)}/merchants/import`, { method: 'POST', body: { rows } }),
  merchant: (id: string) => request<MerchantProfile>(`/merchants/${enc(id)}`),
  updateMerchant: (id: string, body: Body) =>
    request<Merchant & { phone: string }>(`/merchants/${enc(id)}`, { method: 'PATCH', body }),
  addStore: (id: string, body: Body) => request<Store>(`/merchants/${enc(id)}/stores`, { method: 'POST', body }),
  addPaymentAccount: (id: string, body: Body) =>
    request<{ account: PaymentAccount; closed: PaymentAccount[] }>(`/merchants/${enc(id)}/payment-accounts`, {
      method: 'POST',
      body,
    }),

  institutions: () => request<{ items: Institution[] }>('/institutions'),
  createInstitution: (body: Body) => request<Institution>('/institutions', { method: 'POST', body }),
  receiptKeys: (id: string) => request<{ keys: ReceiptKey[] }>(`/institutions/${enc(id)}/jwks`),
  addReceiptKey: (id: string, body: Body) =>
    request<ReceiptKey>(`/institutions/${enc(id)}/keys`, { method: 'POST', body }),
  retireReceiptKey: (id: string, kid: string, revoke: boolean) =>
    request<ReceiptKey>(`/institutions/${enc(id)}/keys/${enc(kid)}/retire`, { method: 'POST', body: { revoke } }),
  apiKeys: (id: string) => request<{ items: ApiKey[] }>(`/institutions/${enc(id)}/api-keys`),
  issueApiKey: (id: string, label: string) =>
    request<ApiKey & { key: string }>(`/institutions/${enc(id)}/api-keys`, {
      method: 'POST',
      body: label ? { label } : {},
    }),
  revokeApiKey: (id: string, keyId: string) =>
    request<void>(`/institutions/${enc(id)}/api-keys/${enc(keyId)}`, { method: 'DELETE' }),
  setWebhook: (id: string, body: Body) =>
    request<{ url: string; lookupUrl: string | null; secret: string }>(`/institutions/${enc(id)}/webhook`, {
      method: 'PUT',
      body,
    }),
};
