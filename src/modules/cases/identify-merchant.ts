import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent, requireCaseCommand } from './case.lifecycle.js';
import { targetByMerchantId } from './case.parties.repository.js';
import type { CaseRow } from './case.repository.js';
import { markAnalysisDue } from './case-analysis.repository.js';

/** The regulator names the merchant of a case filed without one it could resolve; the case goes to it. */
export async function identifyMerchant(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor; merchantId: string },
): Promise<CaseRow> {
  return runCaseCommand(deps, opts, async (ctx, c) => {
    requireCaseCommand(ctx.role, 'identify_merchant');
    const target = await targetByMerchantId(ctx.tx, opts.merchantId);
    if (!target || target.regionId !== c.regionId)
      throw new AppError('MERCHANT_NOT_FOUND', { merchantId: opts.merchantId });
    await markAnalysisDue(ctx.tx, c.id, ctx.now);
    return applyCaseEvent(
      ctx,
      c,
      { type: 'identify_merchant' },
      { action: 'merchant_identified', patch: { merchantId: target.merchantId, districtId: target.districtId } },
    );
  });
}
