// The demo institution signs receipts like a real one would: its key pair is made when the demo is seeded,
// the public key registered through the same use case institutions call, and the private key kept sealed
// in platform_settings so the demo's "pay at a shop" page can sign receipts for payments made on it.
// Real deployments have no such key: their institutions sign on their own systems.
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../deps.js';
import { AppError } from '../../lib/errors.js';
import { randomToken } from '../../lib/ids.js';
import {
  addInstitutionKey,
  generateReceiptKey,
  pushTransactions,
  type ReceiptKeyPair,
  signReceipt,
} from '../payments/index.js';
import { platformSettings } from '../regions/regions.schema.js';

const SETTING = 'demo_receipt_key';

type StoredKey = { institutionId: string; key: ReceiptKeyPair };

export async function createDemoReceiptKey(deps: AppDeps, institutionId: string): Promise<void> {
  const key = await generateReceiptKey('EdDSA', 'demo-1');
  await addInstitutionKey(deps, {
    institutionId,
    kid: key.kid,
    jwk: key.publicJwk as { kty: string; crv: string; x: string },
  });
  const value = deps.secrets.encrypt(JSON.stringify({ institutionId, key } satisfies StoredKey));
  await deps.database.db
    .insert(platformSettings)
    .values({ key: SETTING, value, createdAt: deps.clock.now() })
    .onConflictDoUpdate({ target: platformSettings.key, set: { value } });
}

export async function loadDemoReceiptKey(deps: AppDeps): Promise<StoredKey | null> {
  const [row] = await deps.database.db.select().from(platformSettings).where(eq(platformSettings.key, SETTING));
  return row ? (JSON.parse(deps.secrets.decrypt(row.value)) as StoredKey) : null;
}

export type DemoPayment = { token: string; link: string; shortCode: string; txn: string; paidAt: string };

/**
 * A payment at a demo shop: the institution records it (a pushed transaction with a short code) and hands
 * the payer a signed receipt whose link opens the filing page.
 */
export async function payAtDemoShop(
  deps: AppDeps,
  opts: { mid: string; amountMinor: number; items?: { name: string; qty?: number; amountMinor?: number }[] },
): Promise<DemoPayment> {
  const stored = await loadDemoReceiptKey(deps);
  if (!stored) throw new AppError('NOT_FOUND', { reason: 'the demo institution is not set up (seed the demo)' });
  const paid = deps.clock.now();
  const txn = `DEMO-${paid.getTime()}-${randomToken().slice(0, 6)}`;
  const payer = `demo-payer-${randomToken().slice(0, 12)}`;
  const [pushed] = await pushTransactions(deps, {
    institutionId: stored.institutionId,
    items: [
      {
        txn,
        mid: opts.mid,
        amountMinor: opts.amountMinor,
        currency: 'CNY',
        paidAt: paid.toISOString(),
        payer,
        ...(opts.items?.length ? { items: opts.items } : {}),
      },
    ],
  });
  const token = await signReceipt(stored.key, {
    iss: stored.institutionId,
    txn,
    mid: opts.mid,
    amt: opts.amountMinor,
    cur: 'CNY',
    paid: Math.floor(paid.getTime() / 1000),
    iat: Math.floor(paid.getTime() / 1000),
    sub: payer,
    ...(opts.items?.length
      ? {
          items: opts.items.map((i) => ({
            name: i.name,
            ...(i.qty !== undefined ? { qty: i.qty } : {}),
            ...(i.amountMinor !== undefined ? { amt: i.amountMinor } : {}),
          })),
        }
      : {}),
  });
  return {
    token,
    link: `${deps.config.publicUrl}/r/${token}`,
    shortCode: pushed!.transaction.shortCode,
    txn,
    paidAt: paid.toISOString(),
  };
}
