// The only SQL on auto-resolution policies. Every function takes the region.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { autoResolutionPolicies } from './merchants.schema.js';

export type AutoResolutionPolicyRow = typeof autoResolutionPolicies.$inferSelect;

export async function insertPolicy(
  db: Db,
  row: typeof autoResolutionPolicies.$inferInsert,
): Promise<AutoResolutionPolicyRow> {
  const [created] = await db.insert(autoResolutionPolicies).values(row).returning();
  return created!;
}

export async function listPolicies(
  db: Db,
  regionId: string,
  merchantId: string,
  opts: { activeOnly: boolean },
): Promise<AutoResolutionPolicyRow[]> {
  return db
    .select()
    .from(autoResolutionPolicies)
    .where(
      and(
        eq(autoResolutionPolicies.regionId, regionId),
        eq(autoResolutionPolicies.merchantId, merchantId),
        opts.activeOnly ? isNull(autoResolutionPolicies.disabledAt) : undefined,
      ),
    )
    .orderBy(asc(autoResolutionPolicies.createdAt), asc(autoResolutionPolicies.id));
}

export async function disablePolicy(
  db: Db,
  regionId: string,
  merchantId: string,
  policyId: string,
  at: Date,
): Promise<AutoResolutionPolicyRow | undefined> {
  const [row] = await db
    .update(autoResolutionPolicies)
    .set({ disabledAt: at })
    .where(
      and(
        eq(autoResolutionPolicies.regionId, regionId),
        eq(autoResolutionPolicies.merchantId, merchantId),
        eq(autoResolutionPolicies.id, policyId),
        isNull(autoResolutionPolicies.disabledAt),
      ),
    )
    .returning();
  return row;
}
