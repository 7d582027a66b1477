import type { AppDeps } from '../../deps.js';
import type { Actor } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent, requireCaseCommand } from './case.lifecycle.js';
import type { CaseRow } from './case.repository.js';

/** Each side confirms the settlement was carried out; with both confirmations the case is fulfilled. */
export async function confirmFulfilment(deps: AppDeps, opts: { caseId: string; actor: Actor }): Promise<CaseRow> {
  return runCaseCommand(deps, opts, async (ctx, c) => {
    requireCaseCommand(ctx.role, 'confirm_fulfilment');
    const by = ctx.role === 'merchant' ? 'merchant' : 'consumer';
    return applyCaseEvent(ctx, c, { type: 'confirm_fulfilment', by });
  });
}
