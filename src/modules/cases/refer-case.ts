import type { AppDeps } from '../../deps.js';
import type { Actor } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent, requireCaseCommand } from './case.lifecycle.js';
import type { CaseRow } from './case.repository.js';

/** Mediation has not settled it: the parties are referred to arbitration, the courts, or a formal complaint. */
export async function referCase(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor; to: 'arbitration' | 'court' | 'formal_complaint'; note?: string },
): Promise<CaseRow> {
  return runCaseCommand(deps, opts, async (ctx, c) => {
    requireCaseCommand(ctx.role, 'refer');
    return applyCaseEvent(
      ctx,
      c,
      { type: 'refer', to: opts.to },
      { action: 'referred', patch: { outcome: { referredTo: opts.to, note: opts.note ?? null } } },
    );
  });
}
