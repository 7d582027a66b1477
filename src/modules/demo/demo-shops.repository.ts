// The shops the demo institution serves: merchants holding one of its mids now, with their stores.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { merchants, paymentAccounts } from '../merchants/merchants.schema.js';

export type DemoShop = { merchantId: string; name: string; industry: string; mid: string };

export async function listDemoShops(db: Db, institutionId: string): Promise<DemoShop[]> {
  const rows = await db
    .select({
      merchantId: merchants.id,
      tradeName: merchants.tradeName,
      legalName: merchants.legalName,
      industry: merchants.industry,
      mid: paymentAccounts.mid,
    })
    .from(paymentAccounts)
    .innerJoin(merchants, eq(merchants.id, paymentAccounts.merchantId))
    .where(and(eq(paymentAccounts.institutionId, institutionId), isNull(paymentAccounts.validTo)))
    .orderBy(asc(paymentAccounts.mid));
  return rows.map((r) => ({
    merchantId: r.merchantId,
    name: r.tradeName || r.legalName,
    industry: r.industry,
    mid: r.mid,
  }));
}
