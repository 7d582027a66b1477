// The notification adapter seam. The outbox dispatcher hands every event to each channel, inside the
// dispatch transaction, with the parties the event concerns. The in-app channel writes rows there and
// then; a channel that talks to the outside world (SMS, WeChat) must not call out from inside the
// transaction (a rollback would leave a message sent for an event that is dispatched again): it should
// queue its own rows in `tx`, as webhooks do with webhook_deliveries, and send them from its own job.
import type { Db } from '../../db/client.js';

export const RECIPIENT_KINDS = ['merchant', 'consumer', 'case', 'org'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** A party, not a person: every staff member of a merchant or an organisation shares its inbox. */
export type NotificationRecipient = { kind: RecipientKind; id: string };

/** An outbox event as channels see it (structurally an outbox_events row). */
export type DispatchedEvent = {
  id: string;
  regionId: string;
  caseId: string | null;
  type: string;
  payload: Record<string, unknown>;
  createdAt: Date;
};

export type NotificationChannel = {
  name: string;
  deliver(tx: Db, event: DispatchedEvent, recipients: readonly NotificationRecipient[]): Promise<void>;
};

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** Event types about a case's internal handling, which only the handling organisation needs to hear about. */
const ORG_ONLY = new Set(['case.assigned']);

/**
 * The parties an event concerns, read from the payload alone (CaseEventPayload) so no case lookup is needed:
 * the merchant, the consumer (by account, or by the case when the consumer follows it by token only), and
 * the organisation the case is assigned to.
 */
export function recipientsOf(event: Pick<DispatchedEvent, 'type' | 'caseId' | 'payload'>): NotificationRecipient[] {
  const p = event.payload;
  const org = str(p.assignedOrgId);
  if (ORG_ONLY.has(event.type)) return org ? [{ kind: 'org', id: org }] : [];
  const out: NotificationRecipient[] = [];
  const merchant = str(p.merchantId);
  if (merchant) out.push({ kind: 'merchant', id: merchant });
  const consumer = str(p.consumerId);
  const caseId = event.caseId ?? str(p.caseId);
  if (consumer) out.push({ kind: 'consumer', id: consumer });
  else if (caseId) out.push({ kind: 'case', id: caseId });
  if (org) out.push({ kind: 'org', id: org });
  return out;
}
