// The demo city's registry: region, districts, organisations, merchants with stores and payment accounts,
// the clearing institution and its API key, and the staff accounts. All through the modules' use cases
// (as SYSTEM, the way seeds act), so every row is what the API itself would have written.
import type { AppDeps } from '../../deps.js';
import { createStaffUser, SYSTEM } from '../identity/index.js';
import { issueApiKey } from '../identity/issue-api-key.js';
import { createOrg } from '../mediation/index.js';
import {
  addPaymentAccount,
  createMerchant,
  createStore,
  setAutoResolutionPolicy,
  signCommitment,
} from '../merchants/index.js';
import { registerInstitution } from '../payments/institutions.js';
import { createDistrict, createRegion } from '../regions/index.js';
import { createDemoReceiptKey } from './demo-receipts.js';
import {
  ADMIN_LOGIN,
  DEMO_PASSWORDS,
  DEMO_REGION,
  DISTRICTS,
  INSTITUTION,
  MEDIATION_ORGS,
  REGULATOR_ORG,
} from './hangzhou.js';
import { type DemoMerchant, demoCreditCode, demoMid, MERCHANTS } from './merchants.js';

export type Account = { userId: string; login: string; password: string };
export type DemoOrgRef = Account & { orgId: string; name: string };
export type DemoMerchantRef = {
  data: DemoMerchant;
  id: string;
  districtId: string | null;
  stores: { id: string; districtId: string | null }[];
  staff: Account;
};

export type DemoRegistry = {
  regionId: string;
  /** District ids by code. */
  districtIds: Map<string, string>;
  merchants: DemoMerchantRef[];
  /** The people's-tier organisation by the district it covers; the key null is the region-wide one. */
  mediationByDistrict: Map<string | null, DemoOrgRef>;
  regulator: DemoOrgRef;
  admin: Account;
  institution: { id: string; name: string; apiKey: string };
  stores: number;
  paymentAccounts: number;
  users: number;
};

export async function seedRegistry(deps: AppDeps): Promise<DemoRegistry> {
  const actor = SYSTEM;
  const region = await createRegion(deps, { actor, input: { ...DEMO_REGION } });
  const regionId = region.id;

  const districtId = new Map<string, string>();
  for (const d of DISTRICTS) {
    const row = await createDistrict(deps, {
      regionId,
      actor,
      input: { code: d.code, name: d.name, nameEn: d.nameEn },
    });
    districtId.set(d.code, row.id);
  }
  const idOf = (code: string | null): string | null => {
    if (code === null) return null;
    const id = districtId.get(code);
    if (!id) throw new Error(`demo data names an unknown district ${code}`);
    return id;
  };

  const orgs = [];
  for (const o of MEDIATION_ORGS) {
    const row = await createOrg(deps, {
      regionId,
      actor,
      input: { name: o.name, kind: o.kind, tier: 'mediation', districtId: idOf(o.district) },
    });
    orgs.push({ data: o, row });
  }
  const regulatorOrg = await createOrg(deps, {
    regionId,
    actor,
    input: { name: REGULATOR_ORG.name, kind: 'regulator', tier: 'regulator', districtId: null },
  });

  const institution = await registerInstitution(deps, { input: { ...INSTITUTION } });
  const { key } = await issueApiKey(deps, { institutionId: institution.id, label: '演示密钥' });
  await createDemoReceiptKey(deps, institution.id);

  const merchantRows = [];
  let stores = 0;
  for (const [i, m] of MERCHANTS.entries()) {
    const row = await createMerchant(deps, {
      regionId,
      actor,
      input: {
        creditCode: demoCreditCode(i, m.individual),
        legalName: m.legalName,
        tradeName: m.tradeName,
        industry: m.industry,
        address: m.address,
        districtId: idOf(m.district),
        phone: m.phone,
      },
    });
    const storeRows = [];
    for (const s of m.stores) {
      const st = await createStore(deps, {
        merchantId: row.id,
        actor,
        input: { name: s.name, address: s.address, districtId: idOf(s.district) },
      });
      storeRows.push({ id: st.id, districtId: st.districtId });
    }
    stores += storeRows.length;
    await addPaymentAccount(deps, {
      merchantId: row.id,
      actor,
      input: { institutionId: institution.id, mid: demoMid(i, m.industry) },
    });
    merchantRows.push({ data: m, row, stores: storeRows });
    await signDemoCommitments(deps, row.id, m);
  }

  // argon2 is the slow part (~50 ms a hash): hash the accounts side by side on libuv's thread pool.
  const account = async (
    login: string,
    password: string,
    displayName: string,
    scope:
      | { role: 'platform_admin' }
      | { role: 'merchant_staff'; merchantId: string }
      | {
          role: 'mediator' | 'regulator';
          orgId: string;
        },
  ): Promise<Account> => {
    const user = await createStaffUser(deps, {
      regionId: scope.role === 'platform_admin' ? null : regionId,
      input: { login, password, displayName, ...scope },
    });
    return { userId: user.id, login: user.login, password };
  };
  const [admin, regulator, mediators, staff] = await Promise.all([
    account(ADMIN_LOGIN, DEMO_PASSWORDS.admin, '平台管理员', { role: 'platform_admin' }),
    account(REGULATOR_ORG.login, DEMO_PASSWORDS.regulator, '市场监管局投诉科', {
      role: 'regulator',
      orgId: regulatorOrg.id,
    }),
    Promise.all(
      orgs.map((o) =>
        account(o.data.login, DEMO_PASSWORDS.mediator, `${o.data.name}调解员`, { role: 'mediator', orgId: o.row.id }),
      ),
    ),
    Promise.all(
      merchantRows.map((m) =>
        account(`shop-${m.data.slug}`, DEMO_PASSWORDS.merchant, `${m.data.tradeName}客服`, {
          role: 'merchant_staff',
          merchantId: m.row.id,
        }),
      ),
    ),
  ]);

  const mediationByDistrict = new Map<string | null, DemoOrgRef>();
  orgs.forEach((o, i) => {
    mediationByDistrict.set(o.row.districtId, { ...mediators[i]!, orgId: o.row.id, name: o.row.name });
  });

  return {
    regionId,
    districtIds: districtId,
    merchants: merchantRows.map((m, i) => ({
      data: m.data,
      id: m.row.id,
      districtId: m.row.districtId,
      stores: m.stores,
      staff: staff[i]!,
    })),
    mediationByDistrict,
    regulator: { ...regulator, orgId: regulatorOrg.id, name: regulatorOrg.name },
    admin,
    institution: { id: institution.id, name: institution.name, apiKey: key },
    stores,
    paymentAccounts: merchantRows.length,
    users: 2 + mediators.length + staff.length,
  };
}

/** What each kind of demo shop promises, so the store pages, signs and auto-resolution show something real. */
const RETURN_EXCLUSIONS: Partial<Record<DemoMerchant['industry'], string[]>> = {
  supermarket: ['生鲜', '食品', '已拆封的个人护理用品'],
  electronics: ['已激活的手机、电脑', '定制商品'],
  online_shop: ['定制商品', '鲜活易腐商品'],
  beauty: ['已开封的护肤品'],
};
const AUTO_POLICIES: Record<string, { maxAmountMinor: number; offer: 'refund_full' | 'return_refund_full' }> = {
  linlixian: { maxAmountMinor: 20_000, offer: 'refund_full' },
  yunshang: { maxAmountMinor: 30_000, offer: 'return_refund_full' },
};

async function signDemoCommitments(deps: AppDeps, merchantId: string, m: DemoMerchant): Promise<void> {
  const actor = SYSTEM;
  await signCommitment(deps, { merchantId, actor, input: { kind: 'reassured_consumption', conditions: '' } });
  const exclusions = RETURN_EXCLUSIONS[m.industry];
  if (exclusions) {
    await signCommitment(deps, {
      merchantId,
      actor,
      input: { kind: 'offline_no_reason_return', windowDays: 7, exclusions, conditions: '商品完好、不影响二次销售' },
    });
  }
  if (m.industry === 'restaurant' || m.industry === 'fitness') {
    await signCommitment(deps, { merchantId, actor, input: { kind: 'seven_day_resolution', conditions: '' } });
  }
  const auto = AUTO_POLICIES[m.slug];
  if (auto) {
    await setAutoResolutionPolicy(deps, {
      merchantId,
      actor,
      input: {
        name: `${auto.maxAmountMinor / 100}元以下7天无理由退货直接处理`,
        categories: ['return'],
        maxAmountMinor: auto.maxAmountMinor,
        verifiedOnly: true,
        withinDays: 7,
        offer: auto.offer,
      },
    });
  }
}
