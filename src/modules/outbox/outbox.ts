import type { Db } from '../../db/client.js';
import { uuidv7 } from '../../lib/ids.js';
import { outboxEvents } from './outbox.schema.js';

/** What every case event carries, so adapters can route it without reading the case. */
export type CaseEventPayload = {
  caseId: string;
  number: string;
  regionId: string;
  status: string;
  previousStatus: string | null;
  tier: string;
  merchantId: string | null;
  consumerId: string | null;
  assignedOrgId: string | null;
  /** Extra facts of this event type (offer id, reason, deadline kind …). */
  data?: Record<string, unknown>;
};

/** Append an event in the caller's transaction: it is delivered if and only if the change commits. */
export async function enqueueEvent(
  tx: Db,
  e: { regionId: string; caseId: string | null; type: string; payload: Record<string, unknown>; at: Date },
): Promise<string> {
  const id = uuidv7(e.at.getTime());
  await tx.insert(outboxEvents).values({
    id,
    regionId: e.regionId,
    caseId: e.caseId,
    type: e.type,
    payload: e.payload,
    createdAt: e.at,
  });
  return id;
}
