// The few rows a filing needs (a region, a district, a merchant), written with the app's own schema so the
// benchmark follows schema changes. Mirrors test/support/factories.ts without depending on the test tree.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../src/db/client.js';
import { uuidv7 } from '../../src/lib/ids.js';
import { merchants } from '../../src/modules/merchants/merchants.schema.js';
import { districts, regions } from '../../src/modules/regions/regions.schema.js';

export type BenchTarget = { regionId: string; regionCode: string; districtId: string; merchantId: string };

/** `count` regions (default settings), each with one district and one merchant to file against. */
export async function seedTargets(db: Db, count: number): Promise<BenchTarget[]> {
  const out: BenchTarget[] = [];
  const now = new Date();
  for (let i = 0; i < count; i++) {
    const regionId = uuidv7();
    const regionCode = `B${i + 1}`;
    await db.insert(regions).values({ id: regionId, code: regionCode, name: `基准市${i + 1}`, createdAt: now });
    const districtId = uuidv7();
    await db.insert(districts).values({ id: districtId, regionId, code: 'D1', name: '第一区' });
    const merchantId = uuidv7();
    await db.insert(merchants).values({
      id: merchantId,
      regionId,
      // Not check-digit valid: filing by merchantId never validates it, and nothing else reads it here.
      creditCode: `91330100${randomBytes(5).toString('hex').toUpperCase()}`,
      legalName: `基准商贸有限公司${i + 1}`,
      tradeName: `基准店${i + 1}`,
      industry: 'restaurant',
      districtId,
      createdAt: now,
    });
    out.push({ regionId, regionCode, districtId, merchantId });
  }
  return out;
}

export const DESCRIPTION = '购买的羽绒服到货后发现严重跑绒，联系客服三天无人回应，要求退款。';

/** The JSON body of POST /api/v1/cases against one target. */
export function filingBody(t: BenchTarget): string {
  return JSON.stringify({
    merchant: { merchantId: t.merchantId },
    description: DESCRIPTION,
    demands: ['refund'],
    claim: { amountMinor: 29900, currency: 'CNY' },
  });
}
