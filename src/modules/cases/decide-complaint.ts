import type { AppDeps } from '../../deps.js';
import type { Actor } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent, requireCaseCommand } from './case.lifecycle.js';
import type { CaseRow } from './case.repository.js';

/**
 * The market-regulation bureau decides within 7 working days whether to accept the complaint for
 * administrative mediation (市场监督管理投诉举报处理暂行办法 第十四条) or not (第十五条).
 */
export async function decideComplaint(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor; decision: 'accept' | 'decline'; reason?: string },
): Promise<CaseRow> {
  return runCaseCommand(deps, opts, async (ctx, c) => {
    if (opts.decision === 'accept') {
      requireCaseCommand(ctx.role, 'accept_complaint');
      return applyCaseEvent(ctx, c, { type: 'accept_complaint' }, { action: 'complaint_accepted' });
    }
    requireCaseCommand(ctx.role, 'decline_complaint');
    return applyCaseEvent(
      ctx,
      c,
      { type: 'decline_complaint' },
      { action: 'complaint_declined', patch: { outcome: { declined: true, reason: opts.reason ?? null } } },
    );
  });
}
