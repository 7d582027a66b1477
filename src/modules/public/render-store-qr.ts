import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { getStoreById } from '../merchants/index.js';
import { qrPng, qrSvg, storePageUrl } from './store-qr.js';

export type StoreQr = { format: 'svg'; body: string } | { format: 'png'; body: Buffer };

/** The 放心消费收款码 of a store (public): a QR code that opens the store page. Unknown stores are NOT_FOUND. */
export async function renderStoreQr(
  deps: AppDeps,
  opts: { storeId: string; format: 'svg' | 'png'; widthPx?: number },
): Promise<StoreQr> {
  const store = await getStoreById(deps.database.db, opts.storeId);
  if (!store) throw new AppError('NOT_FOUND', { storeId: opts.storeId });
  const url = storePageUrl(deps.config, store.id);
  return opts.format === 'svg'
    ? { format: 'svg', body: await qrSvg(url) }
    : { format: 'png', body: await qrPng(url, opts.widthPx ?? 512) };
}
