import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { listCaseAudit } from '../audit/index.js';
import type { Actor } from '../identity/actor.js';
import { caseRole, mayRequestCaseEvent } from '../identity/policy.js';
import { stateOf } from './case.lifecycle.js';
import { allowedEvents } from './case.machine.js';
import { merchantBriefs, orgBrief } from './case.parties.repository.js';
import { loadCaseRegion } from './case.region.js';
import { findCase, listDeadlines, listMessages, listOffers } from './case.repository.js';
import { type AnalysisJson, detailView } from './case.view.js';
import { findAnalysis } from './case-analysis.repository.js';

/** The whole case as its viewer may see it, with what the viewer can do next. */
export async function getCase(deps: AppDeps, opts: { caseId: string; actor: Actor }) {
  const db = deps.database.db;
  const c = await findCase(db, opts.caseId);
  const role = c ? caseRole(opts.actor, c) : null;
  if (!c || !role) throw new AppError('CASE_NOT_FOUND', { caseId: opts.caseId });
  const [region, merchants, org, deadlines, offers, messages, audit, analysis] = await Promise.all([
    loadCaseRegion(db, c.regionId),
    merchantBriefs(db, c.merchantId ? [c.merchantId] : []),
    c.assignedOrgId ? orgBrief(db, c.assignedOrgId) : Promise.resolve(undefined),
    listDeadlines(db, c.regionId, c.id),
    listOffers(db, c.regionId, c.id),
    listMessages(db, c.regionId, c.id),
    listCaseAudit(db, c.regionId, c.id),
    findAnalysis(db, c.regionId, c.id),
  ]);
  const events = allowedEvents(stateOf(c), region.settings.ladder).filter((e) => mayRequestCaseEvent(role, e));
  const commands = ['message', 'assign'].filter((cmd) => mayRequestCaseEvent(role, cmd));
  return detailView({
    c,
    role,
    regionCode: region.code,
    merchant: c.merchantId ? merchants.get(c.merchantId) : undefined,
    org,
    deadlines,
    offers,
    messages,
    audit,
    allowedActions: [...events, ...commands],
    analysis: analysis ? { ...(analysis.analysis as unknown as AnalysisJson), analysedAt: analysis.analysedAt } : null,
  });
}
