import type { z } from 'zod';
import type { EvidenceView } from './evidence.contracts.js';
import type { EvidenceRow } from './evidence.repository.js';

/** What every party of the case sees of a photo: no account id, only the party that added it. */
export function evidenceView(e: EvidenceRow): z.infer<typeof EvidenceView> {
  return {
    id: e.id,
    contentType: e.contentType as z.infer<typeof EvidenceView>['contentType'],
    sizeBytes: e.sizeBytes,
    sha256: e.sha256,
    caption: e.caption,
    addedBy: e.addedByRole,
    createdAt: e.createdAt.toISOString(),
  };
}
