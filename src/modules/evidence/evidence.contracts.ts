import { z } from 'zod';
import { MAX_CAPTION_CHARS } from './evidence.rules.js';
import { EVIDENCE_TYPES } from './image.js';

export const EvidenceCaseParams = z.strictObject({ id: z.uuid() });
export const EvidenceParams = z.strictObject({ id: z.uuid(), evidenceId: z.uuid() });

export const AddEvidenceQuery = z.strictObject({
  /** Optional words about the photo ("收据", "破损处"), URL-encoded; shown to every party of the case. */
  caption: z.string().max(MAX_CAPTION_CHARS).optional(),
});

export const EvidenceView = z.object({
  id: z.string(),
  contentType: z.enum(EVIDENCE_TYPES),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  caption: z.string().nullable(),
  /** The party that added it: consumer, merchant, mediator or regulator (never a person's name). */
  addedBy: z.string(),
  createdAt: z.string(),
});

export const AddedEvidenceView = EvidenceView.extend({
  /** True when this very photo was already on the case: nothing new was stored. */
  existing: z.boolean(),
});

export const EvidenceListView = z.object({
  items: z.array(EvidenceView),
  /** The viewer's part in the case, and whether it may add a photo now (party, case open, room left). */
  viewerRole: z.string(),
  canAdd: z.boolean(),
  max: z.number().int(),
  maxBytes: z.number().int(),
});
