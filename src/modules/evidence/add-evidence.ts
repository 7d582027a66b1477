import type { AppDeps } from '../../deps.js';
import { uuidv7 } from '../../lib/ids.js';
import { runCaseCommand } from '../cases/case.command.js';
import { recordCaseChange } from '../cases/case.lifecycle.js';
import { type Actor, actorId } from '../identity/actor.js';
import { blobKey, blobStore } from './blob.store.js';
import { requireMayAddEvidence } from './evidence.access.js';
import { countEvidence, type EvidenceRow, findEvidenceBySha256, insertEvidence } from './evidence.repository.js';
import { admitPhoto, normaliseCaption, requireRoom } from './evidence.rules.js';

/**
 * A party adds a photo to a case. The bytes are checked and stripped of metadata before the case is locked
 * (CPU work outside the lock); then, with the case row locked so the per-case limit holds under concurrent
 * uploads, the photo, its audit event and the outbox event (which notifies the parties) commit together.
 * The same photo again returns the one already stored, and records nothing.
 */
export async function addEvidence(
  deps: AppDeps,
  opts: { caseId: string; actor: Actor; bytes: Buffer; caption?: string },
): Promise<{ evidence: EvidenceRow; existing: boolean }> {
  const photo = admitPhoto(opts.bytes);
  const caption = normaliseCaption(opts.caption);
  return runCaseCommand(deps, opts, async (ctx, c) => {
    requireMayAddEvidence(ctx.role, c);
    const same = await findEvidenceBySha256(ctx.tx, c.regionId, c.id, photo.sha256);
    if (same) return { evidence: same, existing: true };
    requireRoom(await countEvidence(ctx.tx, c.regionId, c.id));
    const key = blobKey(c.id, photo.sha256);
    await blobStore.put(ctx.tx, { key, regionId: c.regionId, bytes: photo.bytes, at: ctx.now });
    const evidence = await insertEvidence(ctx.tx, {
      id: uuidv7(ctx.now.getTime()),
      regionId: c.regionId,
      caseId: c.id,
      contentType: photo.contentType,
      sizeBytes: photo.sizeBytes,
      sha256: photo.sha256,
      storageKey: key,
      caption,
      addedByRole: ctx.role,
      addedById: actorId(ctx.actor),
      createdAt: ctx.now,
    });
    // The trail names the photo by its digest, so it is tamper-evident; the caption stays out of it (like a
    // message's text), since every party reads the timeline.
    await recordCaseChange(ctx, c, 'evidence_added', {
      evidenceId: evidence.id,
      contentType: photo.contentType,
      sizeBytes: photo.sizeBytes,
      sha256: photo.sha256,
    });
    return { evidence, existing: false };
  });
}
