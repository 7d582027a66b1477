import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api';
import { errorText } from '../../lib/errors';

const RULES = ['evidence_limit', 'evidence_type', 'evidence_damaged', 'evidence_too_large', 'evidence_empty'];

/**
 * A failed evidence call in the person's words: the server's shared error codes are general (400, 415…), so
 * its `details.rule` picks the precise sentence; anything else falls back to the shared error text.
 */
export function evidenceErrorText(err: unknown, t: TFunction<'evidence'>, tMain: TFunction, lang: string): string {
  if (err instanceof ApiError) {
    const details = (err.details ?? {}) as { rule?: string; max?: number };
    if (details.rule && RULES.includes(details.rule)) {
      return t(`errors.${details.rule}` as 'errors.evidence_limit', { max: details.max ?? 10 });
    }
    if (err.code === 'BODY_TOO_LARGE') return t('errors.evidence_too_large');
    if (err.code === 'UNSUPPORTED_MEDIA_TYPE') return t('errors.evidence_type');
  }
  return errorText(err, tMain, lang);
}
