import type { AppDeps } from '../../deps.js';
import type { Actor } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent, requireCaseCommand } from './case.lifecycle.js';
import type { CaseRow } from './case.repository.js';

export async function withdrawCase(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor; reason?: string },
): Promise<CaseRow> {
  return runCaseCommand(deps, opts, async (ctx, c) => {
    requireCaseCommand(ctx.role, 'withdraw');
    return applyCaseEvent(
      ctx,
      c,
      { type: 'withdraw' },
      { action: 'withdrawn', patch: { outcome: { withdrawn: true, reason: opts.reason ?? null } } },
    );
  });
}
