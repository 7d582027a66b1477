import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Analysis } from '../../mediator/index.js';
import type { Draft, DraftAudience } from '../advice/index.js';
import type { Actor } from '../identity/actor.js';
import { caseRole } from '../identity/policy.js';
import { analysisInput } from './analyze-due-cases.js';
import { findCase } from './case.repository.js';
import { findAnalysis } from './case-analysis.repository.js';

/**
 * A draft of the next message for the asking party (the merchant's reply, the consumer's answer, the
 * mediator's proposal), from the AI mediator's reading of the case. A suggestion only: nothing is posted.
 */
export async function draftMessage(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor; lang: 'zh' | 'en' },
): Promise<Draft> {
  const db = deps.database.db;
  const c = await findCase(db, opts.caseId);
  const role = c ? caseRole(opts.actor, c) : null;
  if (!c || !role) throw new AppError('CASE_NOT_FOUND', { caseId: opts.caseId });
  const audience: DraftAudience | null =
    role === 'merchant'
      ? 'merchant'
      : role === 'consumer'
        ? 'consumer'
        : role === 'mediator' || role === 'regulator'
          ? 'mediator'
          : null;
  if (!audience) throw new AppError('FORBIDDEN', { reason: 'only a party of the case drafts its messages' });
  const stored = await findAnalysis(db, c.regionId, c.id);
  // Not read yet (filed a moment ago): read it now rather than make the party wait for the job.
  const analysis = stored
    ? (stored.analysis as unknown as Analysis)
    : deps.mediator().analyze(analysisInput(c, null, [], deps.clock.now()));
  return deps.drafter.draft({ audience, analysis, caseNumber: c.number, lang: opts.lang });
}
