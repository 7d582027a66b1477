// The limits on evidence photos and the one gate every photo passes before it is stored.
import { createHash } from 'node:crypto';
import { AppError } from '../../lib/errors.js';
import {
  describeOther,
  EVIDENCE_TYPES,
  type EvidenceType,
  ImageRejected,
  sniffImageType,
  stripMetadata,
} from './image.js';

/** Per photo. The web app shrinks photos to ~1600 px JPEG first (typically under 500 KB); this is for the API. */
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;
/** Per case: enough to show a product, a receipt and a sign; a case is not a photo album. */
export const MAX_EVIDENCE_PER_CASE = 10;
export const MAX_CAPTION_CHARS = 200;

/**
 * Machine-readable reasons in an error's details (`details.rule`), so a client can say precisely what went
 * wrong while the error code stays one of the shared catalogue's.
 */
export type EvidenceRule =
  | 'evidence_empty'
  | 'evidence_too_large'
  | 'evidence_type'
  | 'evidence_damaged'
  | 'evidence_limit';

export type AdmittedPhoto = { contentType: EvidenceType; bytes: Buffer; sha256: string; sizeBytes: number };

/** Sniff, size-check and strip one photo; throws AppError with details.rule when it may not be stored. */
export function admitPhoto(raw: Buffer): AdmittedPhoto {
  if (raw.length === 0) {
    throw new AppError('VALIDATION_FAILED', { rule: 'evidence_empty', reason: 'the request carries no image' });
  }
  if (raw.length > MAX_EVIDENCE_BYTES) {
    throw new AppError('BODY_TOO_LARGE', { rule: 'evidence_too_large', maxBytes: MAX_EVIDENCE_BYTES });
  }
  const type = sniffImageType(raw);
  if (!type) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      rule: 'evidence_type',
      allowed: EVIDENCE_TYPES,
      ...(describeOther(raw) ? { detected: describeOther(raw) } : {}),
    });
  }
  let bytes: Buffer;
  try {
    bytes = stripMetadata(raw, type);
  } catch (err) {
    if (err instanceof ImageRejected) {
      throw new AppError('VALIDATION_FAILED', { rule: 'evidence_damaged', reason: err.message });
    }
    throw err;
  }
  return {
    contentType: type,
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sizeBytes: bytes.length,
  };
}

/** Refuses a photo beyond the per-case limit (`stored` counts what the case already has). */
export function requireRoom(stored: number): void {
  if (stored >= MAX_EVIDENCE_PER_CASE) {
    throw new AppError('VALIDATION_FAILED', { rule: 'evidence_limit', max: MAX_EVIDENCE_PER_CASE });
  }
}

/** A caption as stored: trimmed, control characters removed, empty → null. */
export function normaliseCaption(caption: string | undefined): string | null {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  const c = (caption ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return c === '' ? null : c;
}
