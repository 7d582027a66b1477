// Refund through the original payment: instructions are written by the settling transaction (cases
// module), sent here to the institution's webhook URL with an HMAC signature, retried with back-off until
// the institution acknowledges (2xx), then re-sent daily as a reminder until it confirms the refund.
import type { Db } from '../../db/client.js';
import type { AppDeps } from '../../deps.js';
import { afterAttempt, postSigned } from '../webhooks/index.js';
import { claimDueRefunds, type DueRefund, insertRefund, recordRefundAttempt } from './refunds.repository.js';

export const REFUND_EVENT = 'refund.instruction';
/** After an acknowledged delivery, the instruction is sent again this long later if still unconfirmed. */
export const REMIND_AFTER_MS = 24 * 3_600_000;

export async function instructRefund(
  tx: Db,
  r: {
    id: string;
    regionId: string;
    caseId: string;
    institutionId: string;
    txnId: string;
    amountMinor: number;
    currency: string;
    at: Date;
  },
): Promise<void> {
  await insertRefund(tx, {
    id: r.id,
    regionId: r.regionId,
    caseId: r.caseId,
    institutionId: r.institutionId,
    txnId: r.txnId,
    amountMinor: r.amountMinor,
    currency: r.currency,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: r.at,
    createdAt: r.at,
  });
}

/** What the institution receives (documented in docs/receipts.md). */
export function refundBody(r: DueRefund, publicUrl: string): string {
  return JSON.stringify({
    id: r.id,
    type: REFUND_EVENT,
    createdAt: r.createdAt.toISOString(),
    data: {
      refundId: r.id,
      caseId: r.caseId,
      txn: r.txnId,
      amountMinor: r.amountMinor,
      currency: r.currency,
      confirmUrl: `${publicUrl}/api/v1/refunds/${r.id}/confirm`,
    },
  });
}

export async function deliverRefundsBatch(
  deps: AppDeps,
  opts: { limit?: number; fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<{ delivered: number; failed: number }> {
  const limit = opts.limit ?? 50;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const db = deps.database.db;
  const claimed = await claimDueRefunds(db, deps.clock.now(), limit, limit * timeoutMs + 30_000);
  let delivered = 0;
  let failed = 0;
  for (const r of claimed) {
    const now = deps.clock.now();
    const attempts = r.attempts + 1;
    const result =
      r.webhookUrl && r.webhookSecretEnc
        ? await postSigned({
            url: r.webhookUrl,
            secret: deps.secrets.decrypt(r.webhookSecretEnc),
            body: refundBody(r, deps.config.publicUrl),
            headers: { 'x-hejie-event': REFUND_EVENT, 'x-hejie-delivery': r.id },
            at: now,
            fetch: opts.fetch,
            timeoutMs,
          })
        : { ok: false, statusCode: null, error: 'the institution has no webhook URL and secret' };
    const outcome = afterAttempt(result.ok, attempts, now);
    if (result.ok) delivered++;
    else failed++;
    await recordOutcome(db, r, attempts, outcome, now, result.error);
    if (outcome.status === 'failed') {
      deps.log.warn({ refundId: r.id, caseId: r.caseId, attempts }, 'refund instruction could not be delivered');
    }
  }
  return { delivered, failed };
}

async function recordOutcome(
  db: Db,
  r: DueRefund,
  attempts: number,
  outcome: ReturnType<typeof afterAttempt>,
  now: Date,
  error: string | null,
): Promise<void> {
  switch (outcome.status) {
    case 'delivered':
      // Acknowledged: reset the attempt count so the reminders get the full retry budget again.
      return recordRefundAttempt(db, r.id, {
        status: 'delivered',
        attempts: 0,
        nextAttemptAt: new Date(now.getTime() + REMIND_AFTER_MS),
        error: null,
      });
    case 'pending':
      return recordRefundAttempt(db, r.id, {
        status: 'pending',
        attempts,
        nextAttemptAt: outcome.nextAttemptAt,
        error,
      });
    case 'failed':
      return recordRefundAttempt(db, r.id, { status: 'failed', attempts, nextAttemptAt: null, error });
    default: {
      const never: never = outcome;
      return never;
    }
  }
}
