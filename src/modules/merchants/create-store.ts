import type { AppDeps } from '../../deps.js';
import { uuidv7 } from '../../lib/ids.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { requireDistrict } from '../regions/index.js';
import { insertStore, type StoreRow } from './merchant.repository.js';
import type { CreateStoreBody } from './merchants.contracts.js';
import { resolveMerchant } from './resolve-merchant.js';

/** Adds a store (a place where consumers buy) to a merchant: its own staff, or the regulator of its region. */
export async function createStore(
  deps: AppDeps,
  opts: { merchantId: string; actor: Actor; input: CreateStoreBody },
): Promise<StoreRow> {
  const db = deps.database.db;
  const merchant = await resolveMerchant(db, opts.merchantId);
  authorize(opts.actor, 'merchant.update', { regionId: merchant.regionId, merchantId: merchant.id });
  await requireDistrict(db, merchant.regionId, opts.input.districtId);
  return insertStore(db, merchant.regionId, {
    id: uuidv7(),
    merchantId: merchant.id,
    name: opts.input.name,
    address: opts.input.address,
    districtId: opts.input.districtId,
    createdAt: deps.clock.now(),
  });
}
