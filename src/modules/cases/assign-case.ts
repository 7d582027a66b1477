import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { type Actor, actorId } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { recordCaseChange, requireCaseCommand } from './case.lifecycle.js';
import { userInOrg } from './case.parties.repository.js';
import type { CaseRow } from './case.repository.js';

/** A mediator or regulator takes a case of their organisation's queue, or hands it to a colleague. */
export async function assignCase(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor; userId?: string },
): Promise<CaseRow> {
  return runCaseCommand(deps, opts, async (ctx, c) => {
    requireCaseCommand(ctx.role, 'assign');
    const userId = opts.userId ?? actorId(ctx.actor);
    if (!userId || !c.assignedOrgId || !(await userInOrg(ctx.tx, c.regionId, userId, c.assignedOrgId))) {
      throw new AppError('VALIDATION_FAILED', {
        reason: 'the assignee must be staff of the organisation handling the case',
      });
    }
    return recordCaseChange(ctx, c, 'assigned', { userId }, { assigneeUserId: userId });
  });
}
