// A restart keeps every acknowledged write; a second process cannot open the same embedded database.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { type Database, openDatabase } from '../src/db/client.js';
import { ManualClock } from '../src/lib/clock.js';
import { createMerchant, createRegion } from './support/factories.js';
import { bootApp, freshDatabase } from './support/harness.js';

test('a restart keeps the cases, their history and the consumer’s access', async () => {
  const clock = new ManualClock(new Date('2026-05-06T03:00:00Z'));
  const dir = mkdtempSync(join(tmpdir(), 'hejie-restart-'));
  const pgUrl = process.env.DATABASE_URL;
  let dropPg: (() => Promise<void>) | undefined;
  let reopen: () => Promise<Database>;
  let first: Database;
  if (pgUrl) {
    const fresh = await freshDatabase();
    first = fresh.database;
    dropPg = fresh.drop;
    reopen = async () => openDatabase({ kind: 'postgres', url: fresh.url ?? pgUrl });
  } else {
    first = await openDatabase({ kind: 'pglite', dataDir: dir });
    reopen = () => openDatabase({ kind: 'pglite', dataDir: dir });
  }
  try {
    const a = await bootApp(first, clock);
    const region = await createRegion(a);
    const merchant = await createMerchant(a, region);
    const filed = await a.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        merchant: { merchantId: merchant.id },
        description: '健身卡退费问题，店铺拒绝退款',
        demands: ['refund'],
      },
    });
    assert.equal(filed.statusCode, 201, filed.body);
    if (!pgUrl) {
      await assert.rejects(openDatabase({ kind: 'pglite', dataDir: dir }), /in use by process/);
    }
    await a.close();

    const b = await bootApp(await reopen(), clock);
    const r = await b.request({
      method: 'GET',
      url: `/api/v1/cases/${filed.data.id}`,
      headers: { 'x-case-token': filed.data.accessToken },
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.data.number, filed.data.number);
    assert.equal(r.data.timeline.length, 1);
    await b.close();
  } finally {
    await dropPg?.();
    rmSync(dir, { recursive: true, force: true });
  }
});
