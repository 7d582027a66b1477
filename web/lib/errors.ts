import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from './api';

/** What to tell a person about a failed call, in their language. */
export function errorText(err: unknown, t: TFunction, lang: string): string {
  if (err instanceof NetworkError) return t('common.networkError');
  if (err instanceof ApiError) {
    const m = err.messages as Record<string, string | undefined>;
    // The server speaks zh-CN and en; Traditional Chinese readers get the Chinese text.
    const text = m[lang] ?? (lang.startsWith('zh') ? m['zh-CN'] : m.en) ?? err.message;
    const fields = err.fieldIssues
      .map((i) => i.path)
      .filter(Boolean)
      .join(', ');
    return fields && err.code === 'VALIDATION_FAILED' ? `${text} (${fields})` : text;
  }
  return t('common.unknownError');
}
