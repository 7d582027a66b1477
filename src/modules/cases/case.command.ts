import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { caseRole } from '../identity/policy.js';
import type { ChangeContext } from './case.lifecycle.js';
import { type CaseRow, lockCase } from './case.repository.js';

/**
 * Runs one command on one case in a transaction with the case row locked, so concurrent commands on the
 * same case serialise and every write of the command commits or none does. A case the actor may not see
 * is reported as not found, so ids cannot be probed.
 */
export async function runCaseCommand<T>(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor },
  fn: (ctx: ChangeContext, c: CaseRow) => Promise<T>,
): Promise<T> {
  return deps.database.db.transaction(async (tx) => {
    const c = await lockCase(tx, opts.caseId);
    const role = c ? caseRole(opts.actor, c) : null;
    if (!c || !role) throw new AppError('CASE_NOT_FOUND', { caseId: opts.caseId });
    return fn({ tx, deps, actor: opts.actor, role, now: deps.clock.now() }, c);
  });
}
