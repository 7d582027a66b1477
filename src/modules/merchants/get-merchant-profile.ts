import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { type DistrictRow, districtsById, getRegionById, type RegionRow } from '../regions/index.js';
import { listStores, type MerchantRow, type StoreRow } from './merchant.repository.js';
import { resolveMerchant } from './resolve-merchant.js';

export type MerchantProfile = {
  merchant: MerchantRow;
  region: RegionRow;
  stores: StoreRow[];
  districts: Map<string, DistrictRow>;
};

/** A merchant's public profile with its stores. */
export async function getMerchantProfile(deps: AppDeps, opts: { merchantId: string }): Promise<MerchantProfile> {
  const db = deps.database.db;
  const merchant = await resolveMerchant(db, opts.merchantId);
  const [region, stores, districts] = await Promise.all([
    getRegionById(db, merchant.regionId),
    listStores(db, merchant.regionId, merchant.id),
    districtsById(db, merchant.regionId),
  ]);
  if (!region) throw new AppError('REGION_NOT_FOUND', { regionId: merchant.regionId });
  return { merchant, region, stores, districts };
}
