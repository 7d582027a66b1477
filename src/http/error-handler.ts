import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERROR_CATALOGUE, type ErrorCode } from '../lib/errors.js';

// The one place where errors become HTTP: {"error":{"code","message","messages","details?"}}.
export type ErrorBody = {
  error: { code: ErrorCode; message: string; messages: { 'zh-CN': string; en: string }; details?: unknown };
};

function prefersEnglish(req: FastifyRequest): boolean {
  const lang = String(req.headers['accept-language'] ?? '').toLowerCase();
  return lang.startsWith('en');
}

export function errorBody(req: FastifyRequest, code: ErrorCode, details?: unknown): ErrorBody {
  const entry = ERROR_CATALOGUE[code];
  return {
    error: {
      code,
      message: prefersEnglish(req) ? entry.en : entry.zh,
      messages: { 'zh-CN': entry.zh, en: entry.en },
      ...(details === undefined ? {} : { details }),
    },
  };
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
};

function toAppError(err: FastifyError | Error): AppError {
  if (err instanceof AppError) return err;
  const fe = err as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    const issues = fe.validation.map((v) => {
      // fastify-type-provider-zod puts the zod issue code in `keyword` and its fields (e.g. keys) in `params`.
      const keys = (v.params as { keys?: string[] }).keys;
      return {
        path: [fe.validationContext, ...String(v.instancePath).split('/').filter(Boolean)].join('.'),
        code: v.keyword,
        message: v.message,
        ...(keys ? { keys } : {}),
      };
    });
    const unknown = issues.some((i) => i.code === 'unrecognized_keys');
    return new AppError(unknown ? 'UNKNOWN_FIELD' : 'VALIDATION_FAILED', { issues });
  }
  if (fe.code && FASTIFY_CODES[fe.code]) return new AppError(FASTIFY_CODES[fe.code]!);
  if (fe.statusCode === 429) return new AppError('RATE_LIMITED');
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError(fe.statusCode === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED', { reason: fe.message });
  }
  return new AppError('INTERNAL');
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const appErr = toAppError(err);
    if (appErr.code === 'INTERNAL') req.log.error({ err }, 'unhandled error');
    else req.log.info({ code: appErr.code, details: appErr.details }, 'request refused');
    void reply.status(appErr.status).send(errorBody(req, appErr.code, appErr.details));
  });
  app.setNotFoundHandler((req, reply) => {
    void reply.status(404).send(errorBody(req, 'NOT_FOUND', { method: req.method, url: req.url }));
  });
}
