// API errors onto antd form fields: a VALIDATION_FAILED answer names its fields (zod issue paths such as
// "body.deadlines.merchantResponseHours", or `details.field` from a use case); each goes under its input.
import type { FormInstance } from 'antd';
import { ApiError } from './api';

type FieldError = { name: (string | number)[]; errors: string[] };

export function fieldErrorsOf(err: unknown): FieldError[] {
  if (!(err instanceof ApiError)) return [];
  const byPath = new Map<string, string[]>();
  for (const i of err.fieldIssues) {
    if (!i.path) continue;
    byPath.set(i.path, [...(byPath.get(i.path) ?? []), i.message ?? err.message]);
  }
  const details = err.details as { field?: unknown; reason?: unknown } | undefined;
  if (typeof details?.field === 'string') {
    byPath.set(details.field, [typeof details.reason === 'string' ? details.reason : err.message]);
  }
  return [...byPath].map(([path, errors]) => ({
    name: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    errors,
  }));
}

/** Puts the API's field errors on the form's fields it has; true when at least one field took one. */
export function showFieldErrors(form: FormInstance, err: unknown): boolean {
  const known = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const mine = fieldErrorsOf(err).filter((f) => known.has(f.name.join('.')));
  form.setFields(mine);
  return mine.length > 0;
}
