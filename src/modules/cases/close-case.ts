import type { AppDeps } from '../../deps.js';
import type { Actor } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent, requireCaseCommand } from './case.lifecycle.js';
import type { CaseRow } from './case.repository.js';

/** Close a fulfilled case (the consumer, or a platform admin). */
export async function closeCase(deps: AppDeps, opts: { caseId: string; actor: Actor }): Promise<CaseRow> {
  return runCaseCommand(deps, opts, async (ctx, c) => {
    requireCaseCommand(ctx.role, 'close');
    return applyCaseEvent(ctx, c, { type: 'close' }, { action: 'closed' });
  });
}
