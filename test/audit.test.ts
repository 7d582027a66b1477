// The case history is tamper-evident: `hejie audit verify` finds any edited, removed or reordered event.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvents } from '../src/modules/audit/audit.schema.js';
import { verifyAllChains, verifyCaseChain } from '../src/modules/audit/index.js';
import { cityWithLadder, signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

let ctx: TestContext;
before(async () => {
  ctx = await startTestApp();
});
after(async () => {
  await ctx.close();
});

async function caseWithHistory() {
  const city = await cityWithLadder(ctx);
  const staff = await signedInStaff(ctx, {
    role: 'merchant_staff',
    regionId: city.region.id,
    merchantId: city.merchant.id,
  });
  const filed = await ctx.request({
    method: 'POST',
    url: '/api/v1/cases',
    payload: {
      merchant: { merchantId: city.merchant.id },
      description: '理发店办的卡说好不限次数',
      demands: ['refund'],
    },
  });
  for (const body of ['您好', '我们查一下记录', '已经核实']) {
    await ctx.request({
      method: 'POST',
      url: `/api/v1/cases/${filed.data.id}/messages`,
      headers: { cookie: staff.cookie },
      payload: { body },
    });
  }
  return filed.data.id as string;
}

test('an intact chain verifies; an edited, a deleted and a reordered event are each detected', async () => {
  const db = ctx.deps.database.db;
  const edited = await caseWithHistory();
  const deleted = await caseWithHistory();
  const intact = await caseWithHistory();
  assert.deepEqual(await verifyCaseChain(db, intact), { caseId: intact, events: 4, ok: true });

  await db
    .update(auditEvents)
    .set({ actorRole: 'regulator' })
    .where(and(eq(auditEvents.caseId, edited), eq(auditEvents.seq, 2)));
  assert.equal((await verifyCaseChain(db, edited)).brokenAtSeq, 2);

  await db.delete(auditEvents).where(and(eq(auditEvents.caseId, deleted), eq(auditEvents.seq, 3)));
  assert.equal((await verifyCaseChain(db, deleted)).ok, false);

  const all = await verifyAllChains(db);
  assert.deepEqual(all.broken.map((b) => b.caseId).sort(), [edited, deleted].sort());
  assert.equal(all.cases, 3);

  await db.execute(sql`update audit_events set seq = 99 where case_id = ${intact} and seq = 1`);
  assert.equal((await verifyCaseChain(db, intact)).ok, false);
});

test('`hejie migrate` and `hejie audit verify` work on a fresh embedded database', {
  skip: Boolean(process.env.DATABASE_URL),
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'hejie-cli-'));
  try {
    const env = { ...process.env, DATA_DIR: dir, LOG_LEVEL: 'silent' };
    const migrate = spawnSync(process.execPath, ['bin/hejie.js', 'migrate'], { env, encoding: 'utf8' });
    assert.equal(migrate.status, 0, migrate.stderr);
    assert.match(migrate.stdout, /migrations applied \(pglite\)/);
    const verify = spawnSync(process.execPath, ['bin/hejie.js', 'audit', 'verify'], { env, encoding: 'utf8' });
    assert.equal(verify.status, 0, verify.stderr);
    assert.match(verify.stdout, /0 cases, 0 events checked, 0 broken chains/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
