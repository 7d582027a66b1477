// What the filing page shows before the consumer files: the payment as the institution signed it and the
// merchant it reaches. Nothing is stored.
import type { AppDeps } from '../../deps.js';
import { getMerchantById } from '../merchants/index.js';
import { findInstitutionById } from './institutions.repository.js';
import { type PurchaseProof, type VerifiedPurchase, verifyPurchase } from './verify-purchase.js';

export type PurchasePreview = {
  purchase: VerifiedPurchase;
  institution: { id: string; name: string };
  merchant: { id: string; name: string; creditCode: string } | null;
};

export async function previewPurchase(deps: AppDeps, proof: PurchaseProof): Promise<PurchasePreview> {
  const purchase = await verifyPurchase(deps, proof);
  const db = deps.database.db;
  const inst = await findInstitutionById(db, purchase.institutionId);
  const m = purchase.holder ? await getMerchantById(db, purchase.holder.merchantId) : undefined;
  return {
    purchase,
    institution: { id: purchase.institutionId, name: inst?.name ?? '' },
    merchant: m ? { id: m.id, name: m.tradeName || m.legalName, creditCode: m.creditCode } : null,
  };
}
