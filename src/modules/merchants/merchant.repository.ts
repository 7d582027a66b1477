// The only SQL on merchants and stores. Every read and write is scoped by region id, except
// getMerchantById: public URLs (/merchants/:id) carry no region, and ids are globally unique UUIDv7s.
import { and, asc, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type Industry, merchants, stores } from './merchants.schema.js';

export type MerchantRow = typeof merchants.$inferSelect;
export type StoreRow = typeof stores.$inferSelect;

export type NewMerchant = {
  id: string;
  creditCode: string;
  legalName: string;
  tradeName: string;
  industry: Industry;
  address: string;
  districtId: string | null;
  phone: string;
  createdAt: Date;
};

/** Inserts the merchant; undefined when the region already has one with this credit code. */
export async function insertMerchant(db: Db, regionId: string, m: NewMerchant): Promise<MerchantRow | undefined> {
  // No conflict target: the only unique key besides the primary key is (region_id, credit_code).
  const [row] = await db
    .insert(merchants)
    .values({ ...m, regionId })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function getMerchant(db: Db, regionId: string, merchantId: string): Promise<MerchantRow | undefined> {
  const [row] = await db
    .select()
    .from(merchants)
    .where(and(eq(merchants.regionId, regionId), eq(merchants.id, merchantId)));
  return row;
}

/** By id alone, for URLs without a region. The row names its region; scope every later query by it. */
export async function getMerchantById(db: Db, merchantId: string): Promise<MerchantRow | undefined> {
  const [row] = await db.select().from(merchants).where(eq(merchants.id, merchantId));
  return row;
}

export async function getMerchantByCreditCode(
  db: Db,
  regionId: string,
  creditCode: string,
): Promise<MerchantRow | undefined> {
  const [row] = await db
    .select()
    .from(merchants)
    .where(and(eq(merchants.regionId, regionId), eq(merchants.creditCode, creditCode)));
  return row;
}

export type MerchantFilter = {
  /** Part of the legal or trade name, or a whole credit code. */
  q?: string;
  industry?: Industry;
  districtId?: string;
  /** Keyset cursor: the id of the last merchant of the previous page. */
  after?: string;
  limit: number;
};

/** `%`, `_` and `\` typed by a user are literal characters, not patterns. */
function likeLiteral(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A region's merchants in creation order (UUIDv7), keyset-paginated so a page costs the same however deep.
 * The name search is a substring scan inside one region; when regions grow past ~10^5 merchants it wants
 * a pg_trgm index (not enabled by default on PGlite).
 */
export async function listMerchants(db: Db, regionId: string, f: MerchantFilter): Promise<MerchantRow[]> {
  const where: SQL[] = [eq(merchants.regionId, regionId)];
  if (f.industry) where.push(eq(merchants.industry, f.industry));
  if (f.districtId) where.push(eq(merchants.districtId, f.districtId));
  if (f.after) where.push(gt(merchants.id, f.after));
  const q = f.q?.trim();
  if (q) {
    const pattern = `%${likeLiteral(q)}%`;
    where.push(
      or(
        ilike(merchants.legalName, pattern),
        ilike(merchants.tradeName, pattern),
        eq(merchants.creditCode, q.toUpperCase()),
      )!,
    );
  }
  return db
    .select()
    .from(merchants)
    .where(and(...where))
    .orderBy(asc(merchants.id))
    .limit(f.limit);
}

export type MerchantPatch = Partial<
  Pick<MerchantRow, 'legalName' | 'tradeName' | 'industry' | 'address' | 'districtId' | 'phone'>
>;

export async function updateMerchant(
  db: Db,
  regionId: string,
  merchantId: string,
  patch: MerchantPatch,
): Promise<MerchantRow | undefined> {
  if (Object.keys(patch).length === 0) return getMerchant(db, regionId, merchantId);
  const [row] = await db
    .update(merchants)
    .set(patch)
    .where(and(eq(merchants.regionId, regionId), eq(merchants.id, merchantId)))
    .returning();
  return row;
}

export type NewStore = {
  id: string;
  merchantId: string;
  name: string;
  address: string;
  districtId: string | null;
  createdAt: Date;
};

export async function insertStore(db: Db, regionId: string, s: NewStore): Promise<StoreRow> {
  const [row] = await db
    .insert(stores)
    .values({ ...s, regionId })
    .returning();
  return row!;
}

export async function listStores(db: Db, regionId: string, merchantId: string): Promise<StoreRow[]> {
  return db
    .select()
    .from(stores)
    .where(and(eq(stores.regionId, regionId), eq(stores.merchantId, merchantId)))
    .orderBy(asc(stores.id));
}

export async function getStore(db: Db, regionId: string, storeId: string): Promise<StoreRow | undefined> {
  const [row] = await db
    .select()
    .from(stores)
    .where(and(eq(stores.regionId, regionId), eq(stores.id, storeId)));
  return row;
}

/** By id alone, for public URLs (/s/:storeId, the store QR code). The row names its region; scope later queries by it. */
export async function getStoreById(db: Db, storeId: string): Promise<StoreRow | undefined> {
  const [row] = await db.select().from(stores).where(eq(stores.id, storeId));
  return row;
}
