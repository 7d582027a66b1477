import type { AppDeps } from '../../deps.js';
import type { Actor } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent, requireCaseCommand } from './case.lifecycle.js';
import type { CaseRow } from './case.repository.js';

/** The consumer takes the case to the next tier of the region's ladder (mediation, then the regulator). */
export async function escalateCase(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor; reason?: string },
): Promise<CaseRow> {
  return runCaseCommand(deps, opts, async (ctx, c) => {
    requireCaseCommand(ctx.role, 'escalate');
    return applyCaseEvent(
      ctx,
      c,
      { type: 'escalate', reason: 'consumer_request' },
      { action: 'escalated', data: opts.reason ? { note: opts.reason } : {} },
    );
  });
}
