import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../identity/actor.js';
import { blobStore } from './blob.store.js';
import { readableCase } from './evidence.access.js';
import { type EvidenceRow, findEvidence } from './evidence.repository.js';

/** One photo's bytes with its record, for anyone who may see the case; a photo of another case is not found. */
export async function readEvidence(
  deps: AppDeps,
  opts: { caseId: string; evidenceId: string; actor: Actor },
): Promise<{ evidence: EvidenceRow; bytes: Buffer }> {
  const { c } = await readableCase(deps, opts.caseId, opts.actor);
  const db = deps.database.db;
  const evidence = await findEvidence(db, c.regionId, c.id, opts.evidenceId);
  const bytes = evidence ? await blobStore.get(db, evidence.storageKey) : null;
  if (!evidence || !bytes) throw new AppError('NOT_FOUND', { caseId: c.id, evidenceId: opts.evidenceId });
  return { evidence, bytes };
}
