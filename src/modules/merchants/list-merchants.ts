import type { AppDeps } from '../../deps.js';
import { type DistrictRow, districtsById } from '../regions/index.js';
import { listMerchants as listMerchantRows, type MerchantRow } from './merchant.repository.js';
import type { ListMerchantsQuery } from './merchants.contracts.js';

/** A region's merchants: public (consumers look a merchant up before filing). */
export async function listMerchants(
  deps: AppDeps,
  opts: { regionId: string; query: ListMerchantsQuery },
): Promise<{ items: MerchantRow[]; districts: Map<string, DistrictRow>; nextAfter: string | null }> {
  const db = deps.database.db;
  const [items, districts] = await Promise.all([
    listMerchantRows(db, opts.regionId, opts.query),
    districtsById(db, opts.regionId),
  ]);
  const nextAfter = items.length === opts.query.limit ? items[items.length - 1]!.id : null;
  return { items, districts, nextAfter };
}
