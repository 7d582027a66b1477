import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { runCaseCommand } from './case.command.js';
import { applyCaseEvent, requireCaseCommand } from './case.lifecycle.js';
import { regionExists } from './case.parties.repository.js';
import type { CaseRow } from './case.repository.js';

/** Hand the case to another region (the merchant is registered there) or to a partner organisation. */
export async function transferCase(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor; target: { region: string } | { partner: string }; note?: string },
): Promise<CaseRow> {
  return runCaseCommand(deps, opts, async (ctx, c) => {
    requireCaseCommand(ctx.role, 'transfer');
    if ('region' in opts.target) {
      const target = await regionExists(ctx.tx, opts.target.region);
      if (!target) throw new AppError('REGION_NOT_FOUND', { region: opts.target.region });
      if (target === c.regionId)
        throw new AppError('VALIDATION_FAILED', { reason: 'the case is already in that region' });
    }
    return applyCaseEvent(
      ctx,
      c,
      { type: 'transfer' },
      { action: 'transferred', patch: { outcome: { transferredTo: opts.target, note: opts.note ?? null } } },
    );
  });
}
