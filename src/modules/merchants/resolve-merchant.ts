import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import { getMerchantById, type MerchantRow } from './merchant.repository.js';

/** The merchant of a /merchants/:id URL, or MERCHANT_NOT_FOUND; its regionId scopes everything after. */
export async function resolveMerchant(db: Db, merchantId: string): Promise<MerchantRow> {
  const m = await getMerchantById(db, merchantId);
  if (!m) throw new AppError('MERCHANT_NOT_FOUND', { merchantId });
  return m;
}
