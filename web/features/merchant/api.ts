// The merchant console's calls beyond the inbox: its profile and stores, commitments and own figures.
// Shapes are written out here (the server's merchant contracts import database code); the figures come
// straight from the stats contract, which is plain zod.
import type { z } from 'zod';
import type { MerchantStatsView } from '../../../src/modules/stats/stats.contracts';
import { query, request } from '../../lib/api';

const enc = encodeURIComponent;

export type District = { id: string; code: string; name: string; nameEn: string };
export type Store = {
  id: string;
  merchantId: string;
  name: string;
  address: string;
  district: District | null;
  /** The public page its QR code opens (the server's PUBLIC_URL). */
  publicUrl: string;
  createdAt: string;
};
/** GET /merchants/:id: the public profile with its stores. */
export type MerchantProfile = {
  id: string;
  creditCode: string;
  legalName: string;
  tradeName: string;
  industry: string;
  address: string;
  district: District | null;
  region: { code: string; name: string };
  stores: Store[];
};
export type MerchantPatch = Partial<{
  legalName: string;
  tradeName: string;
  address: string;
  districtId: string | null;
  phone: string;
}>;
export type NewStore = { name: string; address: string; districtId: string | null };

export const COMMITMENT_KINDS = ['reassured_consumption', 'offline_no_reason_return', 'seven_day_resolution'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export type Commitment = {
  id: string;
  merchantId: string;
  kind: CommitmentKind;
  status: 'in_force' | 'withdrawn' | 'replaced';
  title: { zh: string; en: string };
  text: string;
  windowDays: number | null;
  exclusions: string[];
  conditions: string;
  signedAt: string;
  withdrawnAt: string | null;
};
/** POST /merchants/:id/commitments: only the no-reason return takes a window and exclusions. */
export type SignCommitment =
  | { kind: 'reassured_consumption' | 'seven_day_resolution'; conditions: string }
  | { kind: 'offline_no_reason_return'; windowDays: number; exclusions: string[]; conditions: string };

export type MerchantStats = z.output<typeof MerchantStatsView>;
export type MerchantMeasures = MerchantStats['totals'];

/** Where a store's public QR resources are (no sign-in): the code opens `/s/<storeId>`. */
export const storeLinks = (storeId: string) => ({
  svg: `/api/v1/stores/${enc(storeId)}/qr.svg`,
  png: (size: number) => `/api/v1/stores/${enc(storeId)}/qr.png?size=${size}`,
  sign: `/api/v1/stores/${enc(storeId)}/sign.pdf`,
  page: `/s/${enc(storeId)}`,
});

export const merchantApi = {
  profile: (id: string) => request<MerchantProfile>(`/merchants/${enc(id)}`),
  update: (id: string, body: MerchantPatch) =>
    request<MerchantProfile>(`/merchants/${enc(id)}`, { method: 'PATCH', body }),
  addStore: (id: string, body: NewStore) => request<Store>(`/merchants/${enc(id)}/stores`, { method: 'POST', body }),
  districts: (regionCode: string) =>
    request<{ districts: District[] }>(`/regions/${enc(regionCode)}`).then((r) => r.districts),

  commitments: (id: string) => request<{ items: Commitment[] }>(`/merchants/${enc(id)}/commitments`),
  sign: (id: string, body: SignCommitment) =>
    request<Commitment>(`/merchants/${enc(id)}/commitments`, { method: 'POST', body }),
  withdraw: (id: string, commitmentId: string) =>
    request<Commitment>(`/merchants/${enc(id)}/commitments/${enc(commitmentId)}/withdraw`, { method: 'POST' }),

  stats: (id: string, q: { from?: string | undefined; to?: string | undefined } = {}) =>
    request<MerchantStats>(`/merchants/${enc(id)}/stats${query(q)}`),
};
