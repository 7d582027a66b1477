import type { AppDeps } from '../../deps.js';
import type { Actor } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent, requireCaseCommand } from './case.lifecycle.js';
import type { CaseRow } from './case.repository.js';

/** Reject a complaint that is out of scope or a duplicate of another case. */
export async function rejectCase(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor; reason: 'out_of_scope' | 'duplicate'; note?: string },
): Promise<CaseRow> {
  return runCaseCommand(deps, opts, async (ctx, c) => {
    requireCaseCommand(ctx.role, 'reject');
    return applyCaseEvent(
      ctx,
      c,
      { type: 'reject', reason: opts.reason },
      { action: 'rejected', patch: { outcome: { rejected: opts.reason, note: opts.note ?? null } } },
    );
  });
}
