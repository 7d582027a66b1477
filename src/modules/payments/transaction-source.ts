// Pulling a payment from its institution on demand: the adapter for institutions that offer a look-up
// endpoint instead of (or as well as) pushing. The platform asks with a signed GET
// `<lookupUrl>?txn=<id>` (x-hejie-signature over "<t>.<txn>", the institution's webhook secret) and
// expects the same JSON object as one item of POST /transactions, or 404. Institutions without a look-up
// URL are simply not asked. Tests run it against a local server.
import { z } from 'zod';
import { signWebhook } from '../webhooks/index.js';
import type { PushedTransaction } from './push-transactions.js';

export type TransactionSource = {
  fetch(target: { lookupUrl: string; secret: string }, txnId: string, at: Date): Promise<PushedTransaction | null>;
};

const Pulled = z.object({
  txn: z.string().min(1).max(64),
  mid: z.string().min(1).max(64),
  amountMinor: z.number().int().min(0).max(100_000_000_00),
  currency: z.string().regex(/^[A-Z]{3}$/),
  paidAt: z.iso.datetime({ offset: true }),
  payer: z.string().min(8).max(128).optional(),
  store: z.string().min(1).max(64).optional(),
  items: z
    .array(
      z.object({
        name: z.string().min(1).max(100),
        qty: z.number().positive().optional(),
        amountMinor: z.number().int().min(0).optional(),
      }),
    )
    .max(50)
    .optional(),
});

export function httpTransactionSource(opts: { fetch?: typeof fetch; timeoutMs?: number } = {}): TransactionSource {
  return {
    async fetch(target, txnId, at) {
      const url = new URL(target.lookupUrl);
      url.searchParams.set('txn', txnId);
      const res = await (opts.fetch ?? fetch)(url, {
        headers: { accept: 'application/json', 'x-hejie-signature': signWebhook(target.secret, txnId, at) },
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs ?? 5_000),
      });
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`transaction look-up answered HTTP ${res.status}`);
      const parsed = Pulled.safeParse(await res.json());
      // What the institution answers must be the payment asked for, in the push format; anything else is not used.
      if (!parsed.success || parsed.data.txn !== txnId)
        throw new Error('transaction look-up answered an unusable body');
      return parsed.data;
    },
  };
}
