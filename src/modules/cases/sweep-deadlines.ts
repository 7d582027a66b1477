import type { AppDeps } from '../../deps.js';
import { uuidv7 } from '../../lib/ids.js';
import { SYSTEM } from '../identity/actor.js';
import { eventOnMiss } from './case.deadlines.js';
import { applyCaseEvent, recordCaseChange, stateOf } from './case.lifecycle.js';
import { findDueDeadlines, recordMiss, tryLockCase } from './case.repository.js';

const MERCHANT_KINDS = new Set(['merchant_response', 'resolution', 'fulfilment']);

/**
 * Sweep, then claim: find deadlines that have passed, and handle each in its own transaction with the case
 * row locked SKIP LOCKED, so parallel instances (and retries) act on each miss exactly once. A miss is
 * recorded against whoever owed the step, and the case moves on as the rules say (usually: escalates).
 */
export async function sweepDeadlines(deps: AppDeps, limit = 200): Promise<{ missed: number; moved: number }> {
  const now = deps.clock.now();
  const due = await findDueDeadlines(deps.database.db, now, limit);
  let missed = 0;
  let moved = 0;
  for (const d of due) {
    await deps.database.db.transaction(async (tx) => {
      const c = await tryLockCase(tx, d.regionId, d.caseId);
      // Locked elsewhere: another instance is on it. Waiting on the consumer: the deadline is paused.
      if (!c || c.waitingOnConsumer) return;
      const responsible = MERCHANT_KINDS.has(d.kind) ? c.merchantId : c.assignedOrgId;
      if (!(await recordMiss(tx, d, responsible, now, uuidv7(now.getTime())))) return;
      missed++;
      const ctx = { tx, deps, actor: SYSTEM, role: 'system' as const, now };
      const recorded = await recordCaseChange(ctx, c, 'deadline_missed', {
        kind: d.kind,
        dueAt: d.dueAt.toISOString(),
        responsibleId: responsible,
      });
      const event = eventOnMiss(d.kind, stateOf(recorded));
      if (event) {
        await applyCaseEvent(ctx, recorded, event, { action: event.type === 'escalate' ? 'escalated' : event.type });
        moved++;
      }
    });
  }
  return { missed, moved };
}
