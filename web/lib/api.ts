// The typed fetch client. Every call goes through `request`: JSON in and out, the caller's language in
// Accept-Language, the consumer's case token in x-case-token, the staff session as a same-origin cookie.
// API errors ({"error":{"code","message","messages","details"}}) become ApiError; GETs are retried on a
// network failure (a phone losing signal for a moment), writes never are (the server is the judge of a retry).
import type {
  Analysis,
  AutoResolutionPolicy,
  CaseDetail,
  CaseSummary,
  FiledCase,
  Me,
  MediatorLabels,
  MerchantBrief,
  OrgBrief,
  PurchasePreview,
  RegionStats,
  StaffMember,
} from './types';

export type ErrorMessages = Partial<Record<'zh-CN' | 'en' | 'zh-HK', string>>;
export type FieldIssue = { path: string; code?: string; message?: string };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: ErrorMessages;
  readonly details: unknown;
  constructor(status: number, code: string, message: string, messages: ErrorMessages = {}, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.messages = messages;
    this.details = details;
  }
  /** Field-level problems from a VALIDATION_FAILED answer, keyed by the field's path without "body.". */
  get fieldIssues(): FieldIssue[] {
    const issues = (this.details as { issues?: FieldIssue[] } | undefined)?.issues;
    return Array.isArray(issues) ? issues.map((i) => ({ ...i, path: String(i.path).replace(/^body\.?/, '') })) : [];
  }
}

/** The fetch failed before any answer came (offline, DNS, connection reset). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network failure', { cause });
    this.name = 'NetworkError';
  }
}

type Options = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  caseToken?: string | null;
  signal?: AbortSignal;
  headers?: Record<string, string>;
};

let language = 'zh-CN';
/** Set by i18n on every language change: the server answers error messages in it. */
export function setApiLanguage(lang: string): void {
  language = lang;
}

/** How far the platform's clock is ahead of this device's (x-server-time on every response). */
let clockOffsetMs = 0;

/** Now on the platform's clock: deadlines are counted down against it, whatever the phone's clock says. */
export function serverNow(): number {
  return Date.now() + clockOffsetMs;
}

function noteServerTime(res: Response): void {
  const at = Date.parse(res.headers.get('x-server-time') ?? '');
  if (Number.isFinite(at)) clockOffsetMs = at - Date.now();
}

const RETRY_DELAYS_MS = [400, 1200];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function request<T>(path: string, opts: Options = {}): Promise<T> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language, ...opts.headers };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.caseToken) headers['x-case-token'] = opts.caseToken;
  const init: RequestInit = {
    method,
    headers,
    credentials: 'same-origin',
    ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  };
  let res: Response | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      res = await fetch(`/api/v1${path}`, init);
      // A gateway that could not reach the server is a network failure too, for a read.
      if (method === 'GET' && [502, 503, 504].includes(res.status) && attempt < RETRY_DELAYS_MS.length) {
        await sleep(RETRY_DELAYS_MS[attempt]!);
        continue;
      }
      break;
    } catch (err) {
      if (opts.signal?.aborted) throw err;
      if (method !== 'GET' || attempt >= RETRY_DELAYS_MS.length) throw new NetworkError(err);
      await sleep(RETRY_DELAYS_MS[attempt]!);
    }
  }
  noteServerTime(res);
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string; messages?: ErrorMessages; details?: unknown } })
      ?.error;
    throw new ApiError(
      res.status,
      e?.code ?? `HTTP_${res.status}`,
      e?.message ?? res.statusText,
      e?.messages ?? {},
      e?.details,
    );
  }
  return data as T;
}

const enc = encodeURIComponent;

/** `?a=1&b=2` from the defined values, or '' when there are none. */
export function query(q: Record<string, string | number | undefined>): string {
  const qs = new URLSearchParams(
    Object.entries(q)
      .filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== '')
      .map(([k, v]) => [k, String(v)]),
  ).toString();
  return qs ? `?${qs}` : '';
}

/** The API, one function per call the web app makes. */
export const api = {
  me: () => request<Me>('/auth/me'),
  login: (login: string, password: string) => request<Me>('/auth/login', { method: 'POST', body: { login, password } }),
  logout: () => request<void>('/auth/logout', { method: 'POST' }),
  /** Consumer sign-in: an SMS code to the phone, then the code. */
  requestOtp: (phone: string) =>
    request<{ expiresInSeconds: number; resendAfterSeconds: number }>('/auth/otp/request', {
      method: 'POST',
      body: { phone },
    }),
  /** `caseTokens`: the cases filed on this device, which join the account (at most 20). */
  verifyOtp: (phone: string, code: string, caseTokens: string[] = []) =>
    request<Me>('/auth/otp/verify', {
      method: 'POST',
      body: { phone, code },
      caseToken: caseTokens.slice(0, 20).join(',') || null,
    }),

  verifyReceipt: (proof: { receipt: string } | { shortCode: string }) =>
    request<PurchasePreview>('/receipts/verify', { method: 'POST', body: proof }),
  analyze: (text: string, facts?: { amountMinor?: number; currency?: string; paidAt?: string }, signal?: AbortSignal) =>
    request<Analysis>('/mediator/analyze', { method: 'POST', body: { text, ...(facts ? { facts } : {}) }, signal }),
  labels: () => request<MediatorLabels>('/mediator/labels'),
  fileCase: (body: Record<string, unknown>, idempotencyKey: string) =>
    request<FiledCase>('/cases', { method: 'POST', body, headers: { 'idempotency-key': idempotencyKey } }),

  listCases: (
    q: {
      status?: string;
      tier?: string;
      assignee?: string;
      orgId?: string;
      dueWithinHours?: number;
      limit?: number;
      before?: string;
    } = {},
  ) => request<{ items: CaseSummary[]; nextBefore: string | null }>(`/cases${query(q)}`),
  getCase: (id: string, caseToken?: string | null) => request<CaseDetail>(`/cases/${enc(id)}`, { caseToken }),
  /** A command on a case (messages, offers, fulfilment, rating, escalate, withdraw, close …): returns the case. */
  command: (id: string, path: string, body: unknown, caseToken?: string | null) =>
    request<CaseDetail>(`/cases/${enc(id)}/${path}`, { method: 'POST', body, caseToken }),
  respondToOffer: (
    id: string,
    offerId: string,
    decision: 'accept' | 'reject',
    reason?: string,
    caseToken?: string | null,
  ) =>
    request<CaseDetail>(`/cases/${enc(id)}/offers/${enc(offerId)}/${decision}`, {
      method: 'POST',
      body: reason ? { reason } : {},
      caseToken,
    }),
  draft: (id: string, lang: 'zh' | 'en') =>
    request<{ text: string; source: 'local' | 'llm' }>(`/cases/${enc(id)}/draft`, { method: 'POST', body: { lang } }),

  regionStats: (code: string, q: { from?: string; to?: string } = {}) =>
    request<RegionStats>(`/regions/${enc(code)}/stats${query(q)}`),
  /** The region's mediation organisations and regulators. */
  orgs: (regionCode: string) => request<{ items: OrgBrief[] }>(`/regions/${enc(regionCode)}/orgs`),
  /** The staff of an organisation, to assign a case to by name. */
  orgStaff: (regionCode: string, orgId: string) =>
    request<{ items: StaffMember[] }>(`/regions/${enc(regionCode)}/orgs/${enc(orgId)}/staff`),
  /** A region's merchants by name or credit code (the regulator naming the merchant of a case). */
  findMerchants: (regionCode: string, q: string) =>
    request<{ items: MerchantBrief[] }>(`/regions/${enc(regionCode)}/merchants${query({ q, limit: 20 })}`),

  policies: (merchantId: string) =>
    request<{ items: AutoResolutionPolicy[] }>(`/merchants/${enc(merchantId)}/auto-resolution`),
  setPolicy: (merchantId: string, body: Record<string, unknown>) =>
    request<AutoResolutionPolicy>(`/merchants/${enc(merchantId)}/auto-resolution`, { method: 'POST', body }),
  disablePolicy: (merchantId: string, policyId: string) =>
    request<AutoResolutionPolicy>(`/merchants/${enc(merchantId)}/auto-resolution/${enc(policyId)}/disable`, {
      method: 'POST',
    }),
};
