import type { AppDeps } from '../../deps.js';
import { HOUR } from '../../lib/clock.js';
import type { Actor } from '../identity/actor.js';
import { caseVisibility } from '../identity/policy.js';
import type { CaseStatus, Tier } from './case.machine.js';
import { merchantBriefs } from './case.parties.repository.js';
import { listCases as listCaseRows, nextDueByCase } from './case.repository.js';
import { summaryView } from './case.view.js';

/** The caller's cases (a merchant its own, a mediator its organisation's …), newest first, keyset-paginated. */
export async function listCases(
  deps: AppDeps,
  opts: {
    actor: Actor;
    status?: CaseStatus[];
    tier?: Tier;
    orgId?: string;
    assignee?: 'me' | 'unassigned';
    dueWithinHours?: number;
    limit: number;
    before?: string;
  },
) {
  const db = deps.database.db;
  const dueBefore =
    opts.dueWithinHours === undefined ? undefined : new Date(deps.clock.now().getTime() + opts.dueWithinHours * HOUR);
  const me = 'userId' in opts.actor ? opts.actor.userId : null;
  // "Mine" for someone no case is assigned to (a consumer, an institution) is nothing, not everything.
  if (opts.assignee === 'me' && !me) return { items: [], nextBefore: null };
  const assigneeUserId = opts.assignee === 'unassigned' ? null : opts.assignee === 'me' ? me : undefined;
  const rows = await listCaseRows(db, caseVisibility(opts.actor), {
    status: opts.status,
    tier: opts.tier,
    orgId: opts.orgId,
    assigneeUserId,
    dueBefore,
    limit: opts.limit,
    before: opts.before,
  });
  const ids = rows.map((r) => r.id);
  const [merchants, due] = await Promise.all([
    merchantBriefs(db, [...new Set(rows.flatMap((r) => (r.merchantId ? [r.merchantId] : [])))]),
    nextDueByCase(db, ids),
  ]);
  return {
    items: rows.map((r) =>
      summaryView(r, r.merchantId ? merchants.get(r.merchantId) : undefined, due.get(r.id) ?? null),
    ),
    nextBefore: rows.length === opts.limit ? rows[rows.length - 1]!.id : null,
  };
}
