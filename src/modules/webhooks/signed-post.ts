// One signed POST to a receiver (webhook subscriptions, refund instructions to institutions): the body is
// signed with the receiver's secret (webhook.signature.ts), redirects are failures, and only the status
// is read.
import { SIGNATURE_HEADER, signWebhook } from './webhook.signature.js';

export const REQUEST_TIMEOUT_MS = 10_000;
const USER_AGENT = 'Hejie-Webhooks/1';

export type PostResult = { ok: boolean; statusCode: number | null; error: string | null };

export async function postSigned(opts: {
  url: string;
  secret: string;
  body: string;
  headers: Record<string, string>;
  at: Date;
  fetch?: typeof fetch | undefined;
  timeoutMs?: number | undefined;
}): Promise<PostResult> {
  const timeoutMs = opts.timeoutMs ?? REQUEST_TIMEOUT_MS;
  try {
    const res = await (opts.fetch ?? fetch)(opts.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': USER_AGENT,
        ...opts.headers,
        [SIGNATURE_HEADER]: signWebhook(opts.secret, opts.body, opts.at),
      },
      body: opts.body,
      // A redirect is a failure: following it would send signed data somewhere nobody registered.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // The receiver's answer is not read, only its status; let the connection go.
    await res.body?.cancel().catch(() => {});
    const ok = res.status >= 200 && res.status < 300;
    return { ok, statusCode: res.status, error: ok ? null : `HTTP ${res.status}` };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } };
    const reason = e.name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : (e.cause?.code ?? e.message);
    return { ok: false, statusCode: null, error: String(reason).slice(0, 500) };
  }
}
