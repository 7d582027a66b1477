// Consumer case access tokens: the first lives on the case row (cases.consumer_token_hash), later ones in
// case_access_tokens. This is the one read of them.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { caseAccessTokens, cases } from '../cases/cases.schema.js';

export async function findCasesByTokenHashes(db: Db, hashes: string[]): Promise<{ id: string; tokenHash: string }[]> {
  if (hashes.length === 0) return [];
  const first = await db
    .select({ id: cases.id, tokenHash: cases.consumerTokenHash })
    .from(cases)
    .where(inArray(cases.consumerTokenHash, hashes));
  if (first.length === hashes.length) return first;
  const later = await db
    .select({ id: caseAccessTokens.caseId, tokenHash: caseAccessTokens.tokenHash })
    .from(caseAccessTokens)
    .where(inArray(caseAccessTokens.tokenHash, hashes));
  return [...first, ...later];
}
