// Factories for integration tests: each builds its parents, writes real rows, and returns what a test needs.
import { makeCreditCode } from '../../src/lib/credit-code.js';
import { sha256 } from '../../src/lib/crypto.js';
import { randomToken, uuidv7 } from '../../src/lib/ids.js';
import { caseDeadlines, cases } from '../../src/modules/cases/cases.schema.js';
import { sessions, users } from '../../src/modules/identity/identity.schema.js';
import { mediationOrgs } from '../../src/modules/mediation/mediation.schema.js';
import { merchants, stores } from '../../src/modules/merchants/merchants.schema.js';
import { districts, regions } from '../../src/modules/regions/regions.schema.js';
import type { TestContext } from './harness.js';

let seq = 0;
const next = () => ++seq;

export type RegionFixture = { id: string; code: string; districtIds: string[] };

export async function createRegion(
  ctx: TestContext,
  opts: { code?: string; settings?: Record<string, unknown>; districts?: number } = {},
): Promise<RegionFixture> {
  const id = uuidv7();
  const code = opts.code ?? `R${next()}`;
  const db = ctx.deps.database.db;
  await db
    .insert(regions)
    .values({ id, code, name: `测试市${code}`, settings: opts.settings ?? {}, createdAt: ctx.clock.now() });
  const districtIds: string[] = [];
  for (let i = 0; i < (opts.districts ?? 2); i++) {
    const did = uuidv7();
    await db.insert(districts).values({ id: did, regionId: id, code: `D${i + 1}`, name: `第${i + 1}区` });
    districtIds.push(did);
  }
  return { id, code, districtIds };
}

export type MerchantFixture = {
  id: string;
  regionId: string;
  creditCode: string;
  storeId: string;
  districtId: string | null;
};

export async function createMerchant(
  ctx: TestContext,
  region: RegionFixture,
  opts: { districtId?: string | null; name?: string } = {},
): Promise<MerchantFixture> {
  const id = uuidv7();
  const n = next();
  const creditCode = makeCreditCode(10_000 + n + Math.floor(Math.random() * 1_000_000));
  const districtId = opts.districtId === undefined ? (region.districtIds[0] ?? null) : opts.districtId;
  const db = ctx.deps.database.db;
  await db.insert(merchants).values({
    id,
    regionId: region.id,
    creditCode,
    legalName: opts.name ?? `测试商贸有限公司${n}`,
    tradeName: `测试店${n}`,
    industry: 'restaurant',
    address: '测试路1号',
    districtId,
    createdAt: ctx.clock.now(),
  });
  const storeId = uuidv7();
  await db.insert(stores).values({
    id: storeId,
    regionId: region.id,
    merchantId: id,
    name: `测试店${n}`,
    districtId,
    createdAt: ctx.clock.now(),
  });
  return { id, regionId: region.id, creditCode, storeId, districtId };
}

export async function createOrg(
  ctx: TestContext,
  region: RegionFixture,
  opts: { tier: 'mediation' | 'regulator'; districtId?: string | null },
): Promise<{ id: string }> {
  const id = uuidv7();
  await ctx.deps.database.db.insert(mediationOrgs).values({
    id,
    regionId: region.id,
    name: opts.tier === 'regulator' ? '市场监督管理局' : `人民调解委员会${next()}`,
    kind: opts.tier === 'regulator' ? 'regulator' : 'community_committee',
    tier: opts.tier,
    districtId: opts.districtId ?? null,
    createdAt: ctx.clock.now(),
  });
  return { id };
}

/** A staff member with a live session; returns the cookie header to act as them. */
export async function signedInStaff(
  ctx: TestContext,
  opts:
    | { role: 'merchant_staff'; regionId: string; merchantId: string }
    | { role: 'mediator' | 'regulator'; regionId: string; orgId: string }
    | { role: 'platform_admin' },
): Promise<{ userId: string; cookie: string }> {
  const db = ctx.deps.database.db;
  const userId = uuidv7();
  await db.insert(users).values({
    id: userId,
    regionId: 'regionId' in opts ? opts.regionId : null,
    login: `user${next()}-${userId.slice(-6)}`,
    displayName: '测试用户',
    passwordHash: 'not-used-in-these-tests',
    role: opts.role,
    merchantId: 'merchantId' in opts ? opts.merchantId : null,
    orgId: 'orgId' in opts ? opts.orgId : null,
    createdAt: ctx.clock.now(),
  });
  const token = randomToken();
  await db.insert(sessions).values({
    id: uuidv7(),
    tokenHash: sha256(token),
    userId,
    createdAt: ctx.clock.now(),
    expiresAt: new Date(ctx.clock.now().getTime() + 365 * 24 * 3_600_000),
  });
  return { userId, cookie: `hejie_session=${token}` };
}

/** A region with two districts, a mediation committee per district, a city regulator, and a merchant. */
export async function cityWithLadder(ctx: TestContext, settings?: Record<string, unknown>) {
  const region = await createRegion(ctx, { settings });
  const mediation = await createOrg(ctx, region, { tier: 'mediation', districtId: region.districtIds[0] });
  const regulator = await createOrg(ctx, region, { tier: 'regulator', districtId: null });
  const merchant = await createMerchant(ctx, region);
  const other = await createMerchant(ctx, region);
  return { region, mediation, regulator, merchant, other };
}

/**
 * A case row written directly, for tests of what is computed from cases (figures, listings) rather than of the
 * lifecycle: times and outcome are whatever the test says. With `responseDueAt`, a merchant-response deadline
 * row too, met at `firstResponseAt` when there is one, else missed (`responseMissed`) or still active.
 */
export async function createCaseRow(
  ctx: TestContext,
  merchant: MerchantFixture,
  opts: {
    filedAt: Date;
    status?: 'awaiting_response' | 'negotiating' | 'settled' | 'closed' | 'in_mediation' | 'rejected' | 'withdrawn';
    firstResponseAt?: Date;
    settledAt?: Date;
    responseDueAt?: Date;
    responseMissed?: boolean;
    storeId?: string | null;
  },
): Promise<{ id: string }> {
  const id = uuidv7();
  const n = next();
  const db = ctx.deps.database.db;
  await db.insert(cases).values({
    id,
    regionId: merchant.regionId,
    number: `T-${opts.filedAt.getUTCFullYear()}-${String(n).padStart(6, '0')}`,
    merchantId: merchant.id,
    storeId: opts.storeId === undefined ? merchant.storeId : opts.storeId,
    districtId: merchant.districtId,
    consumerTokenHash: sha256(randomToken()),
    consumerPhoneMasked: '138****0000',
    status: opts.status ?? (opts.settledAt ? 'settled' : opts.firstResponseAt ? 'negotiating' : 'awaiting_response'),
    tier: 'merchant',
    title: `测试投诉${n}`,
    description: `测试投诉内容${n}，消费者张三的私人描述`,
    demands: ['refund'],
    currency: 'CNY',
    purchase: { verified: false },
    filedAt: opts.filedAt,
    firstResponseAt: opts.firstResponseAt ?? null,
    responseMs: opts.firstResponseAt ? opts.firstResponseAt.getTime() - opts.filedAt.getTime() : null,
    settledAt: opts.settledAt ?? null,
    updatedAt: opts.filedAt,
  });
  if (opts.responseDueAt) {
    const met = opts.firstResponseAt !== undefined;
    await db.insert(caseDeadlines).values({
      id: uuidv7(),
      regionId: merchant.regionId,
      caseId: id,
      kind: 'merchant_response',
      basis: 'hours',
      status: met ? 'met' : opts.responseMissed ? 'missed' : 'active',
      startedAt: opts.filedAt,
      dueAt: opts.responseDueAt,
      endedAt: met ? opts.firstResponseAt! : opts.responseMissed ? opts.responseDueAt : null,
    });
  }
  return { id };
}
