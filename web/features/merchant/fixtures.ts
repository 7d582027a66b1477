// Test data for the merchant console's pages (component tests only).
import type { Me } from '../../lib/types';
import type { Commitment, MerchantProfile, MerchantStats } from './api';

export const MERCHANT_ID = '0f3b6c1e-0000-4000-8000-0000000000a1';
export const STORE_ID = '0f3b6c1e-0000-4000-8000-0000000000b1';

export const merchantStaff: Me = {
  kind: 'merchant_staff',
  id: '0f3b6c1e-0000-4000-8000-000000000003',
  displayName: '湖滨店店长',
  login: 'shop-hubin',
  region: { id: 'r1', code: 'HZ', name: '杭州' },
  merchantId: MERCHANT_ID,
  orgId: null,
  institutionId: null,
  phoneMasked: null,
  caseIds: [],
};

const district = { id: '0f3b6c1e-0000-4000-8000-0000000000d1', code: '330106', name: '西湖区', nameEn: 'Xihu' };

export const profile: MerchantProfile = {
  id: MERCHANT_ID,
  creditCode: '91330106MA2XXXXX0X',
  legalName: '杭州湖滨餐饮有限公司',
  tradeName: '湖滨小馆',
  industry: 'restaurant',
  address: '湖滨路1号',
  district,
  region: { code: 'HZ', name: '杭州' },
  stores: [
    {
      id: STORE_ID,
      merchantId: MERCHANT_ID,
      name: '湖滨小馆（湖滨店）',
      address: '湖滨路1号',
      district,
      publicUrl: `https://hejie.example.cn/s/${STORE_ID}`,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  ],
};
export const region = { id: 'r1', code: 'HZ', name: '杭州', districts: [district] };

export const commitment = (over: Partial<Commitment> = {}): Commitment => ({
  id: '0f3b6c1e-0000-4000-8000-0000000000c1',
  merchantId: MERCHANT_ID,
  kind: 'reassured_consumption',
  status: 'in_force',
  title: { zh: '放心消费承诺', en: 'Reassured consumption pledge' },
  text: '诚信经营，明码标价，商品和服务质量有保障',
  windowDays: null,
  exclusions: [],
  conditions: '',
  signedAt: '2026-01-02T02:00:00.000Z',
  withdrawnAt: null,
  ...over,
});

const measures = (over: Partial<MerchantStats['totals']> = {}): MerchantStats['totals'] => ({
  filed: 4,
  open: 2,
  settled: 2,
  closed: 1,
  escalated: 1,
  withdrawn: 0,
  rejected: 0,
  transferred: 0,
  resolutionRate: 0.5,
  responseDue: 4,
  respondedInTime: 3,
  respondedInTimeRate: 0.75,
  firstResponseHours: { median: 2, p90: 24.4 },
  settlementHours: { median: 60, p90: 100 },
  overdueNow: 1,
  money: [{ currency: 'CNY', refundMinor: 5000, compensationMinor: 1000 }],
  resolutionDue: 3,
  settledInTime: 2,
  settledInTimeRate: 0.6667,
  ratings: { count: 2, mean: 4, byScore: [0, 0, 1, 0, 1] },
  ...over,
});

export const stats: MerchantStats = {
  merchant: { id: MERCHANT_ID, legalName: profile.legalName, tradeName: profile.tradeName },
  region: { code: 'HZ', timeZone: 'Asia/Shanghai' },
  range: { from: '2025-12-03', to: '2026-03-02', since: '2025-12-02T16:00:00Z', until: '2026-03-02T16:00:00Z' },
  asOf: '2026-03-02T02:00:00Z',
  totals: measures(),
  byStatus: [
    { status: 'awaiting_response', filed: 2 },
    { status: 'settled', filed: 2 },
  ],
  byCategory: [
    { ...measures({ filed: 3 }), category: 'quality', name: { zh: '商品质量', en: 'Product quality' } },
    { ...measures({ filed: 1 }), category: null, name: null },
  ],
  byStore: [
    { ...measures({ filed: 3 }), storeId: STORE_ID, name: '湖滨小馆（湖滨店）' },
    { ...measures({ filed: 1, overdueNow: 0, money: [] }), storeId: null, name: null },
  ],
  daily: [
    { day: '2026-03-01', filed: 3, settled: 1 },
    { day: '2026-03-02', filed: 1, settled: 1 },
  ],
};
