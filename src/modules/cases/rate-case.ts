import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent, requireCaseCommand } from './case.lifecycle.js';
import type { CaseRow } from './case.repository.js';

/** The consumer rates the outcome once (1–5); rating a fulfilled case closes it. */
export async function rateCase(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor; score: number; comment?: string },
): Promise<CaseRow> {
  return runCaseCommand(deps, opts, async (ctx, c) => {
    requireCaseCommand(ctx.role, 'rate');
    if (c.rating !== null) throw new AppError('ALREADY_EXISTS', { reason: 'the case is already rated' });
    return applyCaseEvent(
      ctx,
      c,
      { type: 'rate' },
      { data: { score: opts.score }, patch: { rating: opts.score, ratingComment: opts.comment ?? null } },
    );
  });
}
