// The dispatcher on an in-memory PGlite database, without the HTTP app: claim order, savepoint isolation
// of a failing event, parking after repeated failure, and the channel seam.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { type Database, openDatabase } from '../../db/client.js';
import type { AppDeps } from '../../deps.js';
import { ManualClock } from '../../lib/clock.js';
import { uuidv7 } from '../../lib/ids.js';
import {
  createInAppChannel,
  type DispatchedEvent,
  type NotificationChannel,
  type NotificationRecipient,
} from '../notifications/index.js';
import { notifications } from '../notifications/notifications.schema.js';
import { regions } from '../regions/regions.schema.js';
import { dispatchOutboxBatch, MAX_DISPATCH_ATTEMPTS } from './outbox.dispatcher.js';
import { enqueueEvent } from './outbox.js';
import { outboxEvents } from './outbox.schema.js';

let database: Database;
let deps: AppDeps;
const clock = new ManualClock(new Date('2026-03-02T02:00:00Z'));
let regionId: string;

before(async () => {
  database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  await database.migrate();
  deps = { database, clock, log: pino({ level: 'silent' }) } as unknown as AppDeps;
});
after(async () => {
  await database.close();
});
beforeEach(async () => {
  // Each test sees only its own events.
  await database.db.execute(sql`update outbox_events set dispatched_at = now() where dispatched_at is null`);
  regionId = uuidv7();
  await database.db
    .insert(regions)
    .values({ id: regionId, code: `U${regionId.slice(-6)}`, name: '单元测试市', createdAt: clock.now() });
});

async function enqueue(type: string, payload: Record<string, unknown> = {}) {
  clock.advance(1000);
  const caseId = uuidv7();
  const id = await enqueueEvent(database.db, {
    regionId,
    caseId,
    type,
    payload: {
      caseId,
      number: 'U-2026-000001',
      merchantId: uuidv7(),
      consumerId: null,
      assignedOrgId: null,
      ...payload,
    },
    at: clock.now(),
  });
  return { id, caseId };
}

type Seen = { event: DispatchedEvent; recipients: readonly NotificationRecipient[] };
function recordingChannel(seen: Seen[], failOn?: (e: DispatchedEvent) => boolean): NotificationChannel {
  return {
    name: 'recording',
    async deliver(_tx, event, recipients) {
      if (failOn?.(event)) throw new Error(`channel refused ${event.type}`);
      seen.push({ event, recipients });
    },
  };
}

describe('dispatchOutboxBatch', () => {
  test('oldest first, every channel, in-app rows per party, marked dispatched; a second run finds nothing', async () => {
    const a = await enqueue('case.filed');
    const b = await enqueue('case.offer_made');
    const seen: Seen[] = [];
    const inApp = createInAppChannel(deps.log);
    assert.equal(await dispatchOutboxBatch(deps, 100, [inApp, recordingChannel(seen)]), 2);
    assert.deepEqual(
      seen.map((s) => s.event.id),
      [a.id, b.id],
    );
    assert.deepEqual(
      seen[0]!.recipients.map((r) => r.kind),
      ['merchant', 'case'],
    );
    const rows = await database.db.select().from(notifications).where(eq(notifications.eventId, a.id));
    assert.equal(rows.length, 2);
    assert.ok(
      rows.every((r) => r.titleZh === '收到新投诉 U-2026-000001' && r.titleEn === 'New complaint U-2026-000001'),
    );
    const [ev] = await database.db.select().from(outboxEvents).where(eq(outboxEvents.id, a.id));
    assert.ok(ev!.dispatchedAt);
    assert.equal(ev!.attempts, 1);
    assert.equal(await dispatchOutboxBatch(deps, 100, [recordingChannel(seen)]), 0);
    assert.equal(seen.length, 2);
  });

  test('respects the limit', async () => {
    for (let i = 0; i < 5; i++) await enqueue('case.message_posted');
    const seen: Seen[] = [];
    assert.equal(await dispatchOutboxBatch(deps, 2, [recordingChannel(seen)]), 2);
    assert.equal(await dispatchOutboxBatch(deps, 2, [recordingChannel(seen)]), 2);
    assert.equal(await dispatchOutboxBatch(deps, 2, [recordingChannel(seen)]), 1);
    assert.equal(seen.length, 5);
  });

  test('a failing event is rolled back alone, retried later, and parked after repeated failure', async () => {
    const bad = await enqueue('case.poison');
    const good = await enqueue('case.filed');
    const seen: Seen[] = [];
    // The in-app channel runs first, so the failing one has to undo its rows.
    const channels = [createInAppChannel(deps.log), recordingChannel(seen, (e) => e.type === 'case.poison')];
    assert.equal(await dispatchOutboxBatch(deps, 100, channels), 1);
    // The in-app rows written for the poison event before the failure were rolled back with its savepoint.
    assert.equal((await database.db.select().from(notifications).where(eq(notifications.eventId, bad.id))).length, 0);
    assert.equal((await database.db.select().from(notifications).where(eq(notifications.eventId, good.id))).length, 2);
    let [row] = await database.db.select().from(outboxEvents).where(eq(outboxEvents.id, bad.id));
    assert.equal(row!.dispatchedAt, null);
    assert.equal(row!.attempts, 1);
    assert.match(row!.lastError!, /channel refused case\.poison/);

    for (let i = 1; i < MAX_DISPATCH_ATTEMPTS; i++) assert.equal(await dispatchOutboxBatch(deps, 100, channels), 0);
    [row] = await database.db.select().from(outboxEvents).where(eq(outboxEvents.id, bad.id));
    assert.equal(row!.attempts, MAX_DISPATCH_ATTEMPTS);
    // Parked: no longer claimed, so it no longer costs anything, and stays visible for an operator.
    assert.equal(await dispatchOutboxBatch(deps, 100, [recordingChannel(seen)]), 0);
    [row] = await database.db.select().from(outboxEvents).where(eq(outboxEvents.id, bad.id));
    assert.equal(row!.attempts, MAX_DISPATCH_ATTEMPTS);
    assert.equal(row!.dispatchedAt, null);
  });
});
