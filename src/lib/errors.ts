// One error type with a closed set of codes. Domain code throws AppError; the HTTP layer maps the
// code to a status in one place (http/error-handler.ts). docs/errors.md is checked against this table.
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, zh: '请求内容不符合要求', en: 'The request is not valid' },
  MALFORMED_JSON: { status: 400, zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  UNKNOWN_FIELD: { status: 400, zh: '请求包含不认识的字段', en: 'The request contains an unknown field' },
  INVALID_CREDIT_CODE: {
    status: 400,
    zh: '统一社会信用代码无效',
    en: 'The unified social credit code is not valid',
  },
  RECEIPT_INVALID: {
    status: 400,
    zh: '收款凭证无效（格式错误或签名不符）',
    en: 'The receipt is not valid (malformed, or the signature does not match)',
  },
  RECEIPT_ALG_NOT_ALLOWED: {
    status: 400,
    zh: '收款凭证的签名算法不被接受',
    en: 'The receipt is signed with an algorithm that is not accepted',
  },
  RECEIPT_KEY_UNKNOWN: {
    status: 400,
    zh: '收款凭证的签名密钥未登记或已停用',
    en: 'The receipt is signed with a key that is not registered or no longer valid',
  },
  RECEIPT_EXPIRED: { status: 400, zh: '收款凭证已过期', en: 'The receipt has expired' },
  RECEIPT_NOT_YET_VALID: {
    status: 400,
    zh: '收款凭证的日期在未来',
    en: 'The receipt is dated in the future',
  },
  RECEIPT_TOO_LARGE: { status: 400, zh: '收款凭证过长', en: 'The receipt is too long' },
  SHORT_CODE_NOT_FOUND: {
    status: 404,
    zh: '查询码不存在，请核对小票后重新输入',
    en: 'No payment has this short code; check it and try again',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '该幂等键已用于另一个不同的请求',
    en: 'This Idempotency-Key was already used for a different request',
  },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  BODY_TOO_LARGE: { status: 413, zh: '请求体过大', en: 'The request body is too large' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Sign-in required' },
  INVALID_CREDENTIALS: { status: 401, zh: '账号或密码错误', en: 'Wrong account or password' },
  INVALID_CODE: { status: 401, zh: '验证码错误或已过期', en: 'The code is wrong or has expired' },
  FORBIDDEN: { status: 403, zh: '无权执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, zh: '资源不存在', en: 'Not found' },
  CASE_NOT_FOUND: { status: 404, zh: '案件不存在或无权查看', en: 'No such case, or it is not yours to see' },
  MERCHANT_NOT_FOUND: { status: 404, zh: '商户不存在', en: 'No such merchant' },
  REGION_NOT_FOUND: { status: 404, zh: '地区不存在', en: 'No such region' },
  OFFER_NOT_FOUND: { status: 404, zh: '方案不存在', en: 'No such offer' },
  ILLEGAL_TRANSITION: {
    status: 409,
    zh: '案件当前状态不允许此操作',
    en: 'This action is not allowed in the case’s current state',
  },
  CONCURRENT_UPDATE: {
    status: 409,
    zh: '案件已被他人更新，请刷新后重试',
    en: 'The case was changed meanwhile; reload and retry',
  },
  ALREADY_EXISTS: { status: 409, zh: '记录已存在', en: 'It already exists' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  NOT_READY: { status: 503, zh: '服务尚未就绪', en: 'The service is not ready' },
  INTERNAL: { status: 500, zh: '服务器内部错误', en: 'Internal server error' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: ErrorCode, details?: Record<string, unknown>, message?: string) {
    super(message ?? ERROR_CATALOGUE[code].en);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return ERROR_CATALOGUE[this.code].status;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
