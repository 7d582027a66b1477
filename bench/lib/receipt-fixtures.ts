// What receipt filing needs on top of bench/lib/fixtures.ts: an institution with one registered key, a mapped
// merchant id (mid) per target, and distinct signed receipts to file. Rows are written with plain SQL naming
// only the columns receipts need, so a column added elsewhere (with its default) does not break the benchmark.
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client.js';
import { uuidv7 } from '../../src/lib/ids.js';
import { generateReceiptKey, type ReceiptKeyPair, signReceipt } from '../../src/modules/payments/index.js';
import { type BenchTarget, DESCRIPTION } from './fixtures.js';

export type ReceiptTarget = BenchTarget & { mid: string };
export type ReceiptIssuer = { institutionId: string; key: ReceiptKeyPair; targets: ReceiptTarget[] };

/** One institution and key; each target's merchant holds mid `BENCH-<n>` at this institution since a day ago. */
export async function seedIssuer(
  db: Db,
  targets: BenchTarget[],
  alg: ReceiptKeyPair['alg'] = 'EdDSA',
): Promise<ReceiptIssuer> {
  const now = new Date();
  const since = new Date(now.getTime() - 24 * 3_600_000);
  const institutionId = uuidv7();
  const key = await generateReceiptKey(alg, 'bench-1');
  const publicJwk: Record<string, string> =
    alg === 'EdDSA'
      ? { kty: 'OKP', crv: 'Ed25519', x: String(key.publicJwk.x) }
      : { kty: 'EC', crv: 'P-256', x: String(key.publicJwk.x), y: String(key.publicJwk.y) };
  await db.execute(
    sql`INSERT INTO institutions (id, name, kind, created_at) VALUES (${institutionId}, '基准支付', 'payment', ${now})`,
  );
  await db.execute(
    sql`INSERT INTO institution_keys (id, institution_id, kid, alg, jwk, status, created_at)
        VALUES (${uuidv7()}, ${institutionId}, ${key.kid}, ${alg}, ${JSON.stringify(publicJwk)}::jsonb, 'active', ${since})`,
  );
  const out: ReceiptTarget[] = [];
  for (const [i, t] of targets.entries()) {
    const mid = `BENCH-${i + 1}`;
    await db.execute(
      sql`INSERT INTO payment_accounts (id, region_id, merchant_id, institution_id, mid, valid_from)
          VALUES (${uuidv7()}, ${t.regionId}, ${t.merchantId}, ${institutionId}, ${mid}, ${since})`,
    );
    out.push({ ...t, mid });
  }
  return { institutionId, key, targets: out };
}

let txnSeq = 0;

/**
 * `count` POST /api/v1/cases bodies, each with its own receipt (a distinct txn, so each files a new case rather
 * than answering with the open one), round-robin over the targets. Signed before any measured window.
 */
export async function signedFilingBodies(issuer: ReceiptIssuer, count: number): Promise<string[]> {
  const paid = Math.floor(Date.now() / 1000) - 3600;
  const bodies: string[] = new Array(count);
  const run = `${process.pid}-${Date.now().toString(36)}`;
  const one = async (i: number) => {
    const t = issuer.targets[i % issuer.targets.length]!;
    const n = ++txnSeq;
    const receipt = await signReceipt(issuer.key, {
      iss: issuer.institutionId,
      txn: `B${run}-${n}`,
      mid: t.mid,
      amt: 29_900,
      cur: 'CNY',
      paid,
      sub: `payer-${(n % 1000).toString(16).padStart(8, '0')}`,
      iat: paid,
    });
    bodies[i] = JSON.stringify({ receipt, description: DESCRIPTION, demands: ['refund'] });
  };
  // WebCrypto signs on libuv's thread pool: a few in flight at once sign faster than one at a time.
  for (let i = 0; i < count; i += 32) {
    await Promise.all(Array.from({ length: Math.min(32, count - i) }, (_, j) => one(i + j)));
  }
  return bodies;
}
