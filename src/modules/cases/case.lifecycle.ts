// Applies one lifecycle event to a locked case inside the caller's transaction: the pure machine decides,
// then the case row (compare-and-set), its deadlines, the audit chain and the outbox change together.
import type { Db } from '../../db/client.js';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { appendAudit } from '../audit/index.js';
import { type Actor, actorId } from '../identity/actor.js';
import { type CaseRole, mayRequestCaseEvent } from '../identity/policy.js';
import { findOrgForDistrict } from '../mediation/index.js';
import { enqueueEvent } from '../outbox/index.js';
import type { CaseEventPayload } from '../outbox/outbox.js';
import { planDeadlines, shiftAfterPause } from './case.deadlines.js';
import { type CaseEvent, type CaseState, isTerminal, transition } from './case.machine.js';
import { loadCaseRegion } from './case.region.js';
import {
  type CaseRow,
  endDeadlines,
  listDeadlines,
  type NewCaseRow,
  openDeadlines,
  setDeadlineDue,
  updateCase,
} from './case.repository.js';

export function stateOf(c: CaseRow): CaseState {
  return {
    status: c.status,
    tier: c.tier,
    waitingOnConsumer: c.waitingOnConsumer,
    merchantConfirmedFulfilment: c.merchantConfirmed,
    consumerConfirmedFulfilment: c.consumerConfirmed,
  };
}

/** The part of a case that the audit trail records before and after a change (no personal data). */
export function snapshot(
  c: Pick<
    CaseRow,
    | 'status'
    | 'tier'
    | 'waitingOnConsumer'
    | 'merchantConfirmed'
    | 'consumerConfirmed'
    | 'assignedOrgId'
    | 'assigneeUserId'
    | 'merchantId'
  >,
): Record<string, unknown> {
  return {
    status: c.status,
    tier: c.tier,
    waitingOnConsumer: c.waitingOnConsumer,
    merchantConfirmed: c.merchantConfirmed,
    consumerConfirmed: c.consumerConfirmed,
    assignedOrgId: c.assignedOrgId,
    assigneeUserId: c.assigneeUserId,
    merchantId: c.merchantId,
  };
}

export type ChangeContext = {
  tx: Db;
  deps: AppDeps;
  actor: Actor;
  role: CaseRole;
  now: Date;
};

/** Refuse, with FORBIDDEN, a command the actor's role in this case may not ask for. */
export function requireCaseCommand(role: CaseRole, command: string): void {
  if (!mayRequestCaseEvent(role, command)) throw new AppError('FORBIDDEN', { command, role });
}

/** Append the audit event and the outbox event of a change, in the change's transaction. */
export async function recordHistory(
  ctx: ChangeContext,
  before: CaseRow | null,
  after: CaseRow,
  action: string,
  data: Record<string, unknown>,
): Promise<void> {
  await appendAudit(
    ctx.tx,
    {
      regionId: after.regionId,
      caseId: after.id,
      actorId: actorId(ctx.actor),
      actorRole: ctx.role,
      action,
      before: before && snapshot(before),
      after: { ...snapshot(after), ...(Object.keys(data).length ? { data } : {}) },
      at: ctx.now,
    },
    { firstOfCase: before === null },
  );
  await enqueueEvent(ctx.tx, {
    regionId: after.regionId,
    caseId: after.id,
    type: `case.${action}`,
    payload: caseEventPayload(before, after, data),
    at: ctx.now,
  });
}

export function caseEventPayload(
  before: Pick<CaseRow, 'status'> | null,
  after: Pick<
    CaseRow,
    'id' | 'number' | 'regionId' | 'status' | 'tier' | 'merchantId' | 'consumerId' | 'assignedOrgId'
  >,
  data: Record<string, unknown>,
): CaseEventPayload {
  return {
    caseId: after.id,
    number: after.number,
    regionId: after.regionId,
    status: after.status,
    previousStatus: before?.status ?? null,
    tier: after.tier,
    merchantId: after.merchantId,
    consumerId: after.consumerId,
    assignedOrgId: after.assignedOrgId,
    data,
  };
}

/** A change that is not a lifecycle move (a message, an assignment, an offer made while mediating…). */
export async function recordCaseChange(
  ctx: ChangeContext,
  c: CaseRow,
  action: string,
  data: Record<string, unknown> = {},
  patch: Partial<NewCaseRow> = {},
): Promise<CaseRow> {
  const updated = await updateCase(ctx.tx, c, { ...patch, updatedAt: ctx.now });
  await recordHistory(ctx, c, updated, action, data);
  return updated;
}

export async function applyCaseEvent(
  ctx: ChangeContext,
  c: CaseRow,
  event: CaseEvent,
  opts: { action?: string; data?: Record<string, unknown>; patch?: Partial<NewCaseRow> } = {},
): Promise<CaseRow> {
  const region = await loadCaseRegion(ctx.tx, c.regionId);
  const prev = stateOf(c);
  const result = transition(prev, event, region.settings.ladder);
  if (!result.ok) {
    throw new AppError('ILLEGAL_TRANSITION', { status: c.status, event: event.type, reason: result.reason });
  }
  const next = result.state;
  const now = ctx.now;
  const patch: Partial<NewCaseRow> = {
    ...opts.patch,
    status: next.status,
    tier: next.tier,
    waitingOnConsumer: next.waitingOnConsumer,
    merchantConfirmed: next.merchantConfirmedFulfilment,
    consumerConfirmed: next.consumerConfirmedFulfilment,
    updatedAt: now,
  };

  // The clock stops while the consumer owes an answer; on the answer every active deadline moves on.
  if (!prev.waitingOnConsumer && next.waitingOnConsumer) patch.pausedAt = now;
  if (prev.waitingOnConsumer && !next.waitingOnConsumer && c.pausedAt) {
    patch.pausedTotalMs = c.pausedTotalMs + (now.getTime() - c.pausedAt.getTime());
    patch.pausedAt = null;
    patch.waitingReason = null;
    for (const d of await listDeadlines(ctx.tx, c.regionId, c.id)) {
      if (d.status !== 'active') continue;
      const due = shiftAfterPause(d, c.pausedAt, now, region.settings.deadlines, ctx.deps.calendar);
      await setDeadlineDue(ctx.tx, d, due, d.pausedMs + (now.getTime() - c.pausedAt.getTime()));
    }
  }

  if (next.tier !== prev.tier && (next.tier === 'mediation' || next.tier === 'regulator')) {
    const org = await findOrgForDistrict(ctx.tx, c.regionId, next.tier, c.districtId);
    patch.assignedOrgId = org?.id ?? null;
    patch.assigneeUserId = null;
  }

  const pausedTotal = patch.pausedTotalMs ?? c.pausedTotalMs;
  const merchantActs = event.type === 'respond' || (event.type === 'make_offer' && event.by === 'merchant');
  if (merchantActs && !c.firstResponseAt) {
    patch.firstResponseAt = now;
    patch.responseMs = Math.max(0, now.getTime() - c.filedAt.getTime() - pausedTotal);
  }
  if (next.status === 'settled' && prev.status !== 'settled') {
    patch.settledAt = now;
    patch.resolutionMs = Math.max(0, now.getTime() - c.filedAt.getTime() - pausedTotal);
  }
  if (isTerminal(next.status) && !isTerminal(prev.status)) patch.closedAt = now;

  const updated = await updateCase(ctx.tx, c, patch);

  const plan = planDeadlines({
    prev,
    next,
    event,
    now,
    policy: region.settings.deadlines,
    calendar: ctx.deps.calendar,
  });
  await endDeadlines(ctx.tx, c.regionId, c.id, plan.meet, 'met', now);
  // A kind opened again (a second settlement) replaces the old one.
  await endDeadlines(ctx.tx, c.regionId, c.id, [...plan.cancel, ...plan.open.map((o) => o.kind)], 'cancelled', now);
  await openDeadlines(ctx.tx, c.regionId, c.id, plan.open, now);

  await recordHistory(ctx, c, updated, opts.action ?? event.type, { ...eventData(event), ...opts.data });
  return updated;
}

function eventData(e: CaseEvent): Record<string, unknown> {
  const { type: _type, ...rest } = e;
  return rest;
}
