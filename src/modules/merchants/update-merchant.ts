import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { authorize } from '../identity/policy.js';
import { requireDistrict } from '../regions/index.js';
import { type MerchantRow, updateMerchant as updateMerchantRow } from './merchant.repository.js';
import type { UpdateMerchantBody } from './merchants.contracts.js';
import { resolveMerchant } from './resolve-merchant.js';

/** Edits a merchant's details: its own staff, or the regulator of its region. */
export async function updateMerchant(
  deps: AppDeps,
  opts: { merchantId: string; actor: Actor; input: UpdateMerchantBody },
): Promise<MerchantRow> {
  const db = deps.database.db;
  const current = await resolveMerchant(db, opts.merchantId);
  authorize(opts.actor, 'merchant.update', { regionId: current.regionId, merchantId: current.id });
  await requireDistrict(db, current.regionId, opts.input.districtId);
  const patch = Object.fromEntries(Object.entries(opts.input).filter(([, v]) => v !== undefined));
  const row = await updateMerchantRow(db, current.regionId, current.id, patch);
  // Filings read the merchant's district through a short-lived cache: let this process see the change now.
  deps.filings.forgetTargets();
  if (!row) throw new AppError('MERCHANT_NOT_FOUND', { merchantId: opts.merchantId });
  return row;
}
