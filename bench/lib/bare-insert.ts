// The baseline: the same `cases` row a filing writes, as one plain INSERT with no transaction around it,
// no counter, no deadlines, no audit or outbox rows, no HTTP.
import { createHash, randomBytes } from 'node:crypto';
import { uuidv7 } from '../../src/lib/ids.js';
import { type BenchTarget, DESCRIPTION } from './fixtures.js';

export const BARE_INSERT_SQL = `INSERT INTO cases (
  id, region_id, number, merchant_id, store_id, district_id, consumer_id, consumer_token_hash,
  consumer_phone_enc, consumer_phone_masked, status, tier, title, description, demands, claim_minor,
  currency, purchase, filed_at, updated_at
) VALUES ($1, $2, $3, $4, NULL, $5, NULL, $6, NULL, NULL, 'awaiting_response', 'merchant', $7, $8, $9, $10, $11, $12, $13, $13)`;

const DEMANDS_JSON = JSON.stringify(['refund']);
const PURCHASE_JSON = JSON.stringify({ verified: false });
const TITLE = DESCRIPTION.slice(0, 40);
let seq = 0;

/** Parameters for one baseline row; numbers are unique per process (`BL<pid>-n`) so the unique index holds. */
export function bareInsertValues(t: BenchTarget): unknown[] {
  const tokenHash = createHash('sha256').update(randomBytes(32)).digest('hex');
  return [
    uuidv7(),
    t.regionId,
    `${t.regionCode}-BL${process.pid}-${++seq}`,
    t.merchantId,
    t.districtId,
    tokenHash,
    TITLE,
    DESCRIPTION,
    DEMANDS_JSON,
    29900,
    'CNY',
    PURCHASE_JSON,
    new Date(),
  ];
}
