// Reads of the parties a case refers to (merchant, store, organisation, region), for filing and for views.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../identity/identity.schema.js';
import { mediationOrgs } from '../mediation/mediation.schema.js';
import { merchants, stores } from '../merchants/merchants.schema.js';
import { regions } from '../regions/regions.schema.js';

export type FilingTarget = {
  regionId: string;
  regionCode: string;
  /** The region's facts a filing needs, read in the same query (settings as stored: readRegionSettings). */
  region: { timeZone: string; currency: string; settings: unknown };
  /** Null: the merchant is not identified yet (a receipt with an unknown mid); the regulator will name it. */
  merchantId: string | null;
  storeId: string | null;
  districtId: string | null;
};

/** Filing targets for merchant ids (batched look-ups: see lib/batcher.ts). */
export async function targetsByMerchantIds(db: Db, merchantIds: string[]): Promise<Map<string, FilingTarget>> {
  const rows = await db
    .select({
      regionId: merchants.regionId,
      regionCode: regions.code,
      timeZone: regions.timeZone,
      currency: regions.currency,
      settings: regions.settings,
      id: merchants.id,
      districtId: merchants.districtId,
    })
    .from(merchants)
    .innerJoin(regions, eq(regions.id, merchants.regionId))
    .where(inArray(merchants.id, merchantIds));
  return new Map(
    rows.map((m) => [
      m.id,
      {
        regionId: m.regionId,
        regionCode: m.regionCode,
        region: { timeZone: m.timeZone, currency: m.currency, settings: m.settings },
        merchantId: m.id,
        storeId: null,
        districtId: m.districtId,
      },
    ]),
  );
}

export async function targetByMerchantId(db: Db, merchantId: string): Promise<FilingTarget | undefined> {
  return (await targetsByMerchantIds(db, [merchantId])).get(merchantId);
}

/** Filing targets for store ids: the store's merchant, in the store's district. */
export async function targetsByStoreIds(db: Db, storeIds: string[]): Promise<Map<string, FilingTarget>> {
  const rows = await db
    .select({
      regionId: stores.regionId,
      regionCode: regions.code,
      timeZone: regions.timeZone,
      currency: regions.currency,
      settings: regions.settings,
      merchantId: stores.merchantId,
      storeId: stores.id,
      storeDistrict: stores.districtId,
      merchantDistrict: merchants.districtId,
    })
    .from(stores)
    .innerJoin(merchants, eq(merchants.id, stores.merchantId))
    .innerJoin(regions, eq(regions.id, stores.regionId))
    .where(inArray(stores.id, storeIds));
  return new Map(
    rows.map((s) => [
      s.storeId,
      {
        regionId: s.regionId,
        regionCode: s.regionCode,
        region: { timeZone: s.timeZone, currency: s.currency, settings: s.settings },
        merchantId: s.merchantId,
        storeId: s.storeId,
        // The store's district decides who mediates: that is where the purchase happened.
        districtId: s.storeDistrict ?? s.merchantDistrict,
      },
    ]),
  );
}

export async function targetByStoreId(db: Db, storeId: string): Promise<FilingTarget | undefined> {
  return (await targetsByStoreIds(db, [storeId])).get(storeId);
}

/**
 * The region that takes a case whose merchant is not known yet: the one named by code, else the platform's
 * first region (the deployment's home city).
 */
export async function regionTarget(db: Db, code: string | null): Promise<FilingTarget | undefined> {
  const [r] = await db
    .select({
      id: regions.id,
      code: regions.code,
      timeZone: regions.timeZone,
      currency: regions.currency,
      settings: regions.settings,
    })
    .from(regions)
    .where(code ? eq(regions.code, code) : undefined)
    .orderBy(asc(regions.createdAt), asc(regions.id))
    .limit(1);
  return (
    r && {
      regionId: r.id,
      regionCode: r.code,
      region: { timeZone: r.timeZone, currency: r.currency, settings: r.settings },
      merchantId: null,
      storeId: null,
      districtId: null,
    }
  );
}

/** A credit code may be registered in several regions (branches); the caller picks by region code. */
export async function targetsByCreditCode(db: Db, creditCode: string): Promise<FilingTarget[]> {
  const rows = await db
    .select({
      regionId: merchants.regionId,
      regionCode: regions.code,
      timeZone: regions.timeZone,
      currency: regions.currency,
      settings: regions.settings,
      id: merchants.id,
      districtId: merchants.districtId,
    })
    .from(merchants)
    .innerJoin(regions, eq(regions.id, merchants.regionId))
    .where(eq(merchants.creditCode, creditCode));
  return rows.map((m) => ({
    regionId: m.regionId,
    regionCode: m.regionCode,
    region: { timeZone: m.timeZone, currency: m.currency, settings: m.settings },
    merchantId: m.id,
    storeId: null,
    districtId: m.districtId,
  }));
}

export type MerchantBrief = { id: string; name: string; legalName: string; creditCode: string };

export async function merchantBriefs(db: Db, ids: string[]): Promise<Map<string, MerchantBrief>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({
      id: merchants.id,
      legalName: merchants.legalName,
      tradeName: merchants.tradeName,
      creditCode: merchants.creditCode,
    })
    .from(merchants)
    .where(inArray(merchants.id, ids));
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, name: r.tradeName || r.legalName, legalName: r.legalName, creditCode: r.creditCode },
    ]),
  );
}

export async function orgBrief(db: Db, orgId: string): Promise<{ id: string; name: string } | undefined> {
  const [o] = await db
    .select({ id: mediationOrgs.id, name: mediationOrgs.name })
    .from(mediationOrgs)
    .where(eq(mediationOrgs.id, orgId));
  return o;
}

export async function regionCodeOf(db: Db, regionId: string): Promise<string | undefined> {
  const [r] = await db.select({ code: regions.code }).from(regions).where(eq(regions.id, regionId));
  return r?.code;
}

/** The region id for a region code, if it exists. */
export async function regionExists(db: Db, code: string): Promise<string | undefined> {
  const [r] = await db.select({ id: regions.id }).from(regions).where(eq(regions.code, code));
  return r?.id;
}

export async function userInOrg(db: Db, regionId: string, userId: string, orgId: string): Promise<boolean> {
  const [u] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.regionId, regionId), eq(users.id, userId), eq(users.orgId, orgId), isNull(users.disabledAt)));
  return Boolean(u);
}
