import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { isTerminal } from '../cases/case.machine.js';
import type { CaseRow } from '../cases/case.repository.js';
import { findCase } from '../cases/case.repository.js';
import type { Actor } from '../identity/actor.js';
import { type CaseRole, caseRole, mayRequestCaseEvent } from '../identity/policy.js';

/**
 * The case, when the actor may see it: exactly the parties that may open the case see its photos. Anyone
 * else is told the case does not exist (404), so case ids cannot be probed through their photos.
 */
export async function readableCase(
  deps: AppDeps,
  caseId: string,
  actor: Actor,
): Promise<{ c: CaseRow; role: CaseRole }> {
  const c = await findCase(deps.database.db, caseId);
  const role = c ? caseRole(actor, c) : null;
  if (!c || !role) throw new AppError('CASE_NOT_FOUND', { caseId });
  return { c, role };
}

/** Who may add a photo is policy.ts's `add_evidence`; when is while the case is open. */
export function mayAddEvidence(role: CaseRole, c: Pick<CaseRow, 'status'>): boolean {
  return mayRequestCaseEvent(role, 'add_evidence') && !isTerminal(c.status);
}

export function requireMayAddEvidence(role: CaseRole, c: Pick<CaseRow, 'status'>): void {
  if (!mayRequestCaseEvent(role, 'add_evidence')) throw new AppError('FORBIDDEN', { command: 'evidence', role });
  if (isTerminal(c.status)) throw new AppError('ILLEGAL_TRANSITION', { status: c.status, command: 'evidence' });
}
