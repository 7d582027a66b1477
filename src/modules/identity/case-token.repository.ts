// Consumer case access tokens live on the case row (cases.consumer_token_hash); this is the one read of it.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { cases } from '../cases/cases.schema.js';

export async function findCasesByTokenHashes(db: Db, hashes: string[]): Promise<{ id: string; tokenHash: string }[]> {
  if (hashes.length === 0) return [];
  return db
    .select({ id: cases.id, tokenHash: cases.consumerTokenHash })
    .from(cases)
    .where(inArray(cases.consumerTokenHash, hashes));
}
