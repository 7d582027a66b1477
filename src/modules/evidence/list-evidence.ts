import type { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import type { Actor } from '../identity/actor.js';
import { mayAddEvidence, readableCase } from './evidence.access.js';
import type { EvidenceListView } from './evidence.contracts.js';
import { listEvidence as listRows } from './evidence.repository.js';
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_PER_CASE } from './evidence.rules.js';
import { evidenceView } from './evidence.view.js';

/** A case's photos (metadata only, oldest first), for anyone who may see the case. */
export async function listEvidence(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor },
): Promise<z.infer<typeof EvidenceListView>> {
  const { c, role } = await readableCase(deps, opts.caseId, opts.actor);
  const rows = await listRows(deps.database.db, c.regionId, c.id);
  return {
    items: rows.map(evidenceView),
    viewerRole: role,
    canAdd: mayAddEvidence(role, c) && rows.length < MAX_EVIDENCE_PER_CASE,
    max: MAX_EVIDENCE_PER_CASE,
    maxBytes: MAX_EVIDENCE_BYTES,
  };
}
