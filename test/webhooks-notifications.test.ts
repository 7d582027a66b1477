// Outbox → notifications and webhooks, through the real database (PGlite, or PostgreSQL with DATABASE_URL)
// and a real HTTP receiver on 127.0.0.1 that checks every signature.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, describe, test } from 'node:test';
import { eq, inArray } from 'drizzle-orm';
import { sha256 } from '../src/lib/crypto.js';
import { randomToken, uuidv7 } from '../src/lib/ids.js';
import { SYSTEM } from '../src/modules/identity/actor.js';
import { consumers, sessions } from '../src/modules/identity/identity.schema.js';
import type { NotificationChannel } from '../src/modules/notifications/index.js';
import { notifications } from '../src/modules/notifications/notifications.schema.js';
import { dispatchOutboxBatch } from '../src/modules/outbox/outbox.dispatcher.js';
import { enqueueEvent } from '../src/modules/outbox/outbox.js';
import { outboxEvents } from '../src/modules/outbox/outbox.schema.js';
import { createWebhook } from '../src/modules/webhooks/create-webhook.js';
import { deliverWebhooksBatch, verifyWebhookSignature } from '../src/modules/webhooks/index.js';
import { webhookDeliveries, webhookSubscriptions } from '../src/modules/webhooks/webhooks.schema.js';
import { cityWithLadder, createRegion, signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

let ctx: TestContext;
before(async () => {
  ctx = await startTestApp({ start: new Date('2026-03-02T02:00:00Z') });
  // Until src/db/client.ts listens for pool errors: pg's pool.end() resolves before its idle sockets are closed,
  // and the harness's DROP DATABASE … WITH (FORCE) then kills them; an 'error' on a pool with no listener is
  // an uncaught exception. This file holds many idle connections after the concurrency test, so it hits it.
  (ctx.deps.database.db as unknown as { $client?: { on?: (e: 'error', f: () => void) => void } }).$client?.on?.(
    'error',
    () => {},
  );
});
after(async () => {
  await ctx.close();
});
// Jobs are global (every region at once): retire each test's subscriptions so their leftovers stay quiet.
afterEach(async () => {
  await ctx.deps.database.db.update(webhookSubscriptions).set({ active: false, deletedAt: ctx.clock.now() });
});

const db = () => ctx.deps.database.db;
const SECOND = 1000;

type Received = { headers: IncomingHttpHeaders; body: string; signed: boolean };

/** A webhook receiver that verifies the signature and fails the first `failFirst` requests with 500. */
async function startReceiver(opts: { failFirst?: number; delayMs?: number } = {}) {
  const received: Received[] = [];
  let failures = opts.failFirst ?? 0;
  let secret = '';
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const header = req.headers['x-hejie-signature'];
      const signed = verifyWebhookSignature(
        secret,
        typeof header === 'string' ? header : undefined,
        raw,
        ctx.clock.now(),
      );
      received.push({ headers: req.headers, body: raw.toString('utf8'), signed });
      const answer = () => {
        if (!signed) res.writeHead(401).end('bad signature');
        else if (failures > 0) {
          failures--;
          res.writeHead(500).end('boom');
        } else res.writeHead(204).end();
      };
      if (opts.delayMs) setTimeout(answer, opts.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/hejie`,
    received,
    setSecret(s: string) {
      secret = s;
    },
    failNext(n: number) {
      failures = n;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
type Receiver = Awaited<ReturnType<typeof startReceiver>>;

async function subscribe(regionId: string, receiver: Receiver, eventTypes: string[] = []) {
  const created = await createWebhook(ctx.deps, {
    regionId,
    actor: SYSTEM,
    input: { url: receiver.url, eventTypes, description: 'test' },
  });
  receiver.setSecret(created.secret);
  return created;
}

async function caseEvent(regionId: string, type: string, payload: Partial<Record<string, unknown>> = {}) {
  ctx.clock.advance(SECOND);
  const caseId = (payload.caseId as string | undefined) ?? uuidv7();
  const full = {
    caseId,
    number: 'T-2026-000001',
    regionId,
    status: 'awaiting_response',
    previousStatus: null,
    tier: 'merchant',
    merchantId: null,
    consumerId: null,
    assignedOrgId: null,
    ...payload,
  };
  return enqueueEvent(db(), { regionId, caseId, type, payload: full, at: ctx.clock.now() });
}

async function deliveriesOf(subscriptionId: string) {
  return db()
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.subscriptionId, subscriptionId))
    .orderBy(webhookDeliveries.id);
}

async function subscriptionRow(id: string) {
  const [row] = await db().select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  return row!;
}

describe('webhook delivery', () => {
  test('signed POST, retried with back-off after failures until delivered; one delivery row throughout', async () => {
    const region = await createRegion(ctx);
    const receiver = await startReceiver({ failFirst: 2 });
    try {
      const sub = await subscribe(region.id, receiver);
      const eventId = await caseEvent(region.id, 'case.filed', { number: 'T-2026-000042' });
      assert.ok((await dispatchOutboxBatch(ctx.deps)) >= 1);

      let r = await deliverWebhooksBatch(ctx.deps);
      assert.deepEqual(r, { delivered: 0, failed: 1 });
      let [d] = await deliveriesOf(sub.id);
      assert.equal(d!.status, 'pending');
      assert.equal(d!.attempts, 1);
      assert.equal(d!.lastStatusCode, 500);
      let wait = d!.nextAttemptAt.getTime() - ctx.clock.now().getTime();
      assert.ok(wait >= 30 * SECOND && wait <= 33 * SECOND, `first back-off ${wait} ms`);

      // Not due yet: nothing is sent.
      ctx.clock.advance(29 * SECOND);
      assert.deepEqual(await deliverWebhooksBatch(ctx.deps), { delivered: 0, failed: 0 });
      assert.equal(receiver.received.length, 1);

      ctx.clock.advance(5 * SECOND);
      r = await deliverWebhooksBatch(ctx.deps);
      assert.deepEqual(r, { delivered: 0, failed: 1 });
      [d] = await deliveriesOf(sub.id);
      assert.equal(d!.attempts, 2);
      wait = d!.nextAttemptAt.getTime() - ctx.clock.now().getTime();
      assert.ok(wait >= 60 * SECOND && wait <= 66 * SECOND, `second back-off ${wait} ms`);
      assert.equal((await subscriptionRow(sub.id)).consecutiveFailures, 2);

      ctx.clock.advance(67 * SECOND);
      assert.deepEqual(await deliverWebhooksBatch(ctx.deps), { delivered: 1, failed: 0 });
      const rows = await deliveriesOf(sub.id);
      assert.equal(rows.length, 1, 'exactly one delivery row per (subscription, event)');
      assert.equal(rows[0]!.status, 'delivered');
      assert.equal(rows[0]!.attempts, 3);
      assert.equal(rows[0]!.lastStatusCode, 204);
      assert.ok(rows[0]!.deliveredAt);
      assert.equal((await subscriptionRow(sub.id)).consecutiveFailures, 0);

      // Three requests, every one signed, all the same delivery of the same event.
      assert.equal(receiver.received.length, 3);
      for (const req of receiver.received) {
        assert.ok(req.signed, 'signature verifies against the raw body');
        assert.equal(req.headers['content-type'], 'application/json');
        assert.equal(req.headers['x-hejie-event'], 'case.filed');
        assert.equal(req.headers['x-hejie-delivery'], rows[0]!.id);
        assert.match(String(req.headers['x-hejie-signature']), /^t=\d+,v1=[0-9a-f]{64}$/);
        const body = JSON.parse(req.body);
        assert.deepEqual(Object.keys(body), ['id', 'type', 'createdAt', 'data']);
        assert.equal(body.id, eventId);
        assert.equal(body.type, 'case.filed');
        assert.equal(body.data.number, 'T-2026-000042');
      }
      // Delivered: never sent again.
      ctx.clock.advance(3_600 * SECOND);
      await deliverWebhooksBatch(ctx.deps);
      assert.equal(receiver.received.length, 3);
    } finally {
      await receiver.close();
    }
  });

  test('a delivery that keeps failing is given up after 10 attempts', async () => {
    const region = await createRegion(ctx);
    const receiver = await startReceiver({ failFirst: 1_000 });
    try {
      const sub = await subscribe(region.id, receiver);
      await caseEvent(region.id, 'case.escalated');
      await dispatchOutboxBatch(ctx.deps);
      for (let i = 0; i < 10; i++) {
        await deliverWebhooksBatch(ctx.deps);
        ctx.clock.advance(7 * 3_600 * SECOND); // beyond the longest back-off
      }
      const [d] = await deliveriesOf(sub.id);
      assert.equal(d!.status, 'failed');
      assert.equal(d!.attempts, 10);
      assert.equal(receiver.received.length, 10);
      await deliverWebhooksBatch(ctx.deps);
      assert.equal(receiver.received.length, 10);
      // Ten failures in a row: counted, but not yet enough to disable the subscription.
      const s = await subscriptionRow(sub.id);
      assert.equal(s.consecutiveFailures, 10);
      assert.equal(s.active, true);
    } finally {
      await receiver.close();
    }
  });

  test('network errors and timeouts are failures with a readable reason', async () => {
    const region = await createRegion(ctx);
    const slow = await startReceiver({ delayMs: 1_000 });
    try {
      const sub = await subscribe(region.id, slow);
      await caseEvent(region.id, 'case.closed');
      await dispatchOutboxBatch(ctx.deps);
      assert.deepEqual(await deliverWebhooksBatch(ctx.deps, { timeoutMs: 100 }), { delivered: 0, failed: 1 });
      let [d] = await deliveriesOf(sub.id);
      assert.match(d!.lastError!, /timed out/);
      assert.equal(d!.lastStatusCode, null);

      ctx.clock.advance(40 * SECOND);
      const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
      const r = await deliverWebhooksBatch(ctx.deps, {
        fetch: async () => {
          throw refused;
        },
      });
      assert.deepEqual(r, { delivered: 0, failed: 1 });
      [d] = await deliveriesOf(sub.id);
      assert.equal(d!.lastError, 'ECONNREFUSED');
      assert.equal(d!.attempts, 2);
    } finally {
      await slow.close();
    }
  });

  test('a subscription failing 20 times in a row is disabled; its deliveries stop until it is enabled again', async () => {
    const region = await createRegion(ctx);
    const receiver = await startReceiver({ failFirst: 1_000 });
    try {
      const sub = await subscribe(region.id, receiver);
      for (let i = 0; i < 10; i++) await caseEvent(region.id, 'case.message_posted');
      await dispatchOutboxBatch(ctx.deps);
      await deliverWebhooksBatch(ctx.deps);
      assert.equal((await subscriptionRow(sub.id)).consecutiveFailures, 10);
      ctx.clock.advance(40 * SECOND);
      await deliverWebhooksBatch(ctx.deps);
      const s = await subscriptionRow(sub.id);
      assert.equal(s.active, false, 'disabled');
      assert.ok(s.disabledAt);
      assert.equal(receiver.received.length, 20);

      // While disabled: nothing is sent, and new events are not queued for it.
      await caseEvent(region.id, 'case.message_posted');
      await dispatchOutboxBatch(ctx.deps);
      ctx.clock.advance(3_600 * SECOND);
      await deliverWebhooksBatch(ctx.deps);
      assert.equal(receiver.received.length, 20);
      assert.equal((await deliveriesOf(sub.id)).length, 10);

      // Enabled again (the receiver is fixed): failures forgotten, the pending deliveries go out.
      receiver.failNext(0);
      const res = await ctx.request({
        method: 'POST',
        url: `/api/v1/regions/${region.id}/webhooks/${sub.id}/enable`,
        headers: { cookie: (await signedInStaff(ctx, { role: 'platform_admin' })).cookie },
      });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.data.active, true);
      assert.equal(res.data.consecutiveFailures, 0);
      assert.deepEqual(await deliverWebhooksBatch(ctx.deps), { delivered: 10, failed: 0 });
      assert.ok((await deliveriesOf(sub.id)).every((d) => d.status === 'delivered'));
    } finally {
      await receiver.close();
    }
  });
});

describe('dispatch', () => {
  test('subscriptions get the event types they asked for, in their region only; dispatching again adds nothing', async () => {
    const region = await createRegion(ctx);
    const elsewhere = await createRegion(ctx);
    const all = await startReceiver();
    const some = await startReceiver();
    const other = await startReceiver();
    try {
      const subAll = await subscribe(region.id, all);
      const subSome = await subscribe(region.id, some, ['case.escalated', 'case.closed']);
      const subOther = await subscribe(elsewhere.id, other);
      const events = [
        await caseEvent(region.id, 'case.filed', { merchantId: uuidv7() }),
        await caseEvent(region.id, 'case.escalated', { merchantId: uuidv7() }),
        await caseEvent(region.id, 'case.closed', { merchantId: uuidv7() }),
      ];
      await dispatchOutboxBatch(ctx.deps);
      assert.equal((await deliveriesOf(subAll.id)).length, 3);
      assert.deepEqual((await deliveriesOf(subSome.id)).map((d) => d.eventType).sort(), [
        'case.closed',
        'case.escalated',
      ]);
      assert.equal((await deliveriesOf(subOther.id)).length, 0);

      // Run the same batch again, as if a crash had lost the dispatched marks: nothing is duplicated.
      assert.equal(await dispatchOutboxBatch(ctx.deps), 0);
      await db().update(outboxEvents).set({ dispatchedAt: null }).where(inArray(outboxEvents.id, events));
      assert.equal(await dispatchOutboxBatch(ctx.deps), 3);
      assert.equal((await deliveriesOf(subAll.id)).length, 3);
      assert.equal((await deliveriesOf(subSome.id)).length, 2);
      const notes = await db().select().from(notifications).where(inArray(notifications.eventId, events));
      assert.equal(notes.length, 6, 'one per party (merchant + case) per event, however often dispatched');
    } finally {
      await Promise.all([all.close(), some.close(), other.close()]);
    }
  });

  test('concurrent dispatchers and deliverers handle each event once', async () => {
    const region = await createRegion(ctx);
    const receiver = await startReceiver();
    try {
      const sub = await subscribe(region.id, receiver);
      const ids = new Set<string>();
      for (let i = 0; i < 40; i++) ids.add(await caseEvent(region.id, 'case.message_posted', { merchantId: uuidv7() }));
      const seen = new Map<string, number>();
      const counting: NotificationChannel = {
        name: 'counting',
        async deliver(_tx, event) {
          if (ids.has(event.id)) seen.set(event.id, (seen.get(event.id) ?? 0) + 1);
        },
      };
      // Four instances at once, in small batches so they really compete for rows.
      for (let round = 0; round < 10 && seen.size < ids.size; round++) {
        await Promise.all(Array.from({ length: 4 }, () => dispatchOutboxBatch(ctx.deps, 5, [counting])));
      }
      assert.equal(seen.size, 40);
      assert.ok(
        [...seen.values()].every((n) => n === 1),
        'each event handed to the channel exactly once',
      );
      assert.equal((await deliveriesOf(sub.id)).length, 40);

      const results = await Promise.all(Array.from({ length: 4 }, () => deliverWebhooksBatch(ctx.deps, { limit: 15 })));
      assert.equal(
        results.reduce((a, r) => a + r.delivered, 0),
        40,
      );
      const byDelivery = new Map<string, number>();
      for (const r of receiver.received) {
        const id = String(r.headers['x-hejie-delivery']);
        byDelivery.set(id, (byDelivery.get(id) ?? 0) + 1);
      }
      assert.equal(byDelivery.size, 40);
      assert.ok(
        [...byDelivery.values()].every((n) => n === 1),
        'each delivery sent once',
      );
    } finally {
      await receiver.close();
    }
  });
});

describe('webhook routes', () => {
  test('a regulator subscribes its region (secret shown once), lists, inspects deliveries, deletes', async () => {
    const city = await cityWithLadder(ctx);
    const regulator = await signedInStaff(ctx, {
      role: 'regulator',
      regionId: city.region.id,
      orgId: city.regulator.id,
    });
    const base = `/api/v1/regions/${city.region.id}/webhooks`;
    const as = { cookie: regulator.cookie };

    let res = await ctx.request({
      method: 'POST',
      url: base,
      headers: as,
      payload: { url: 'https://bank.example.com/hooks/hejie', eventTypes: ['case.filed', 'case.closed'] },
    });
    assert.equal(res.statusCode, 201, res.body);
    const created = res.data;
    assert.match(created.secret, /^whsec_[\w-]{40,}$/);
    assert.deepEqual(created.eventTypes, ['case.filed', 'case.closed']);
    assert.equal(created.active, true);
    // Kept sealed at rest, never shown again.
    assert.notEqual((await subscriptionRow(created.id)).secret, created.secret);
    res = await ctx.request({ method: 'GET', url: base, headers: as });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.data.items.length, 1);
    assert.equal(res.data.items[0].id, created.id);
    assert.equal('secret' in res.data.items[0], false);

    await caseEvent(city.region.id, 'case.filed');
    await dispatchOutboxBatch(ctx.deps);
    res = await ctx.request({ method: 'GET', url: `${base}/${created.id}/deliveries`, headers: as });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.data.items.length, 1);
    assert.equal(res.data.items[0].eventType, 'case.filed');
    assert.equal(res.data.items[0].status, 'pending');
    assert.equal(res.data.items[0].attempts, 0);

    res = await ctx.request({ method: 'DELETE', url: `${base}/${created.id}`, headers: as });
    assert.equal(res.statusCode, 204, res.body);
    res = await ctx.request({ method: 'GET', url: base, headers: as });
    assert.equal(res.data.items.length, 0);
    res = await ctx.request({ method: 'POST', url: `${base}/${created.id}/enable`, headers: as });
    assert.equal(res.statusCode, 404);
    res = await ctx.request({ method: 'DELETE', url: `${base}/${created.id}`, headers: as });
    assert.equal(res.statusCode, 404);
    // Its pending delivery is never attempted.
    const d = await db().select().from(webhookDeliveries).where(eq(webhookDeliveries.subscriptionId, created.id));
    let called = 0;
    await deliverWebhooksBatch(ctx.deps, {
      fetch: async () => {
        called++;
        return new Response(null, { status: 204 });
      },
    });
    assert.equal(called, 0);
    assert.equal(d[0]!.status, 'pending');
  });

  test('refuses plain-http URLs, unknown fields, and callers without webhook.manage for the region', async () => {
    const city = await cityWithLadder(ctx);
    const elsewhere = await cityWithLadder(ctx);
    const regulator = await signedInStaff(ctx, {
      role: 'regulator',
      regionId: city.region.id,
      orgId: city.regulator.id,
    });
    const foreign = await signedInStaff(ctx, {
      role: 'regulator',
      regionId: elsewhere.region.id,
      orgId: elsewhere.regulator.id,
    });
    const merchant = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.merchant.id,
    });
    const mediator = await signedInStaff(ctx, { role: 'mediator', regionId: city.region.id, orgId: city.mediation.id });
    const url = `/api/v1/regions/${city.region.id}/webhooks`;
    const post = (cookie: string | null, payload: object) =>
      ctx.request({ method: 'POST', url, headers: cookie ? { cookie } : {}, payload });

    let res = await post(regulator.cookie, { url: 'http://bank.example.com/hook' });
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.data.error.code, 'VALIDATION_FAILED');
    res = await post(regulator.cookie, { url: 'https://bank.example.com/hook', secret: 'mine' });
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.data.error.code, 'UNKNOWN_FIELD');
    res = await post(regulator.cookie, { url: 'https://bank.example.com/hook', eventTypes: ['Case Filed'] });
    assert.equal(res.statusCode, 400, res.body);

    for (const who of [merchant, mediator, foreign]) {
      res = await post(who.cookie, { url: 'https://bank.example.com/hook' });
      assert.equal(res.statusCode, 403, res.body);
      assert.equal(res.data.error.code, 'FORBIDDEN');
      res = await ctx.request({ method: 'GET', url, headers: { cookie: who.cookie } });
      assert.equal(res.statusCode, 403, res.body);
    }
    res = await post(null, { url: 'https://bank.example.com/hook' });
    assert.equal(res.statusCode, 401, res.body);

    // A platform admin may manage any region, but not one that does not exist.
    const admin = await signedInStaff(ctx, { role: 'platform_admin' });
    res = await ctx.request({
      method: 'POST',
      url: `/api/v1/regions/${uuidv7()}/webhooks`,
      headers: { cookie: admin.cookie },
      payload: { url: 'https://bank.example.com/hook' },
    });
    assert.equal(res.statusCode, 404, res.body);
    assert.equal(res.data.error.code, 'REGION_NOT_FOUND');
    res = await post(admin.cookie, { url: 'http://localhost:9999/hook' });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.data.eventTypes, []);
  });

  test('the routes are in the OpenAPI document', async () => {
    const res = await ctx.request({ method: 'GET', url: '/api/v1/openapi.json' });
    const paths = Object.keys(res.data.paths);
    for (const p of [
      '/api/v1/notifications',
      '/api/v1/notifications/{id}/read',
      '/api/v1/regions/{regionId}/webhooks',
      '/api/v1/regions/{regionId}/webhooks/{id}',
      '/api/v1/regions/{regionId}/webhooks/{id}/enable',
      '/api/v1/regions/{regionId}/webhooks/{id}/deliveries',
    ]) {
      assert.ok(paths.includes(p), p);
    }
  });
});

/** A consumer signed in by phone: a consumers row and a live session. */
async function signedInConsumer(): Promise<{ consumerId: string; cookie: string }> {
  const consumerId = uuidv7();
  const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  await db()
    .insert(consumers)
    .values({
      id: consumerId,
      phoneHash: ctx.deps.secrets.lookupHash(phone),
      phoneEnc: ctx.deps.secrets.encrypt(phone),
      phoneMasked: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      createdAt: ctx.clock.now(),
    });
  const token = randomToken();
  await db()
    .insert(sessions)
    .values({
      id: uuidv7(),
      tokenHash: sha256(token),
      consumerId,
      createdAt: ctx.clock.now(),
      expiresAt: new Date(ctx.clock.now().getTime() + 24 * 3_600 * SECOND),
    });
  return { consumerId, cookie: `hejie_session=${token}` };
}

describe('notifications', () => {
  test('each party sees only its own: merchant, token consumer, signed-in consumer, organisation', async () => {
    const city = await cityWithLadder(ctx);
    const staffA = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.merchant.id,
    });
    const staffB = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.other.id,
    });
    const mediator = await signedInStaff(ctx, { role: 'mediator', regionId: city.region.id, orgId: city.mediation.id });
    const regulator = await signedInStaff(ctx, {
      role: 'regulator',
      regionId: city.region.id,
      orgId: city.regulator.id,
    });
    const alice = await signedInConsumer();
    const bob = await signedInConsumer();

    // A real filing (no account: the consumer follows the case by its token).
    const filed = await ctx.request({
      method: 'POST',
      url: '/api/v1/cases',
      payload: {
        merchant: { merchantId: city.merchant.id },
        description: '买的蓝牙耳机第二天就没声音了，要求退款。',
        demands: ['refund'],
      },
    });
    assert.equal(filed.statusCode, 201, filed.body);
    const { id: caseId, number, accessToken } = filed.data as { id: string; number: string; accessToken: string };
    // An escalated case of Alice's, now with the mediation committee.
    await caseEvent(city.region.id, 'case.escalated', {
      number: 'T-2026-000777',
      merchantId: city.other.id,
      consumerId: alice.consumerId,
      assignedOrgId: city.mediation.id,
    });
    await dispatchOutboxBatch(ctx.deps);

    const inbox = async (headers: Record<string, string>, query = '') => {
      const res = await ctx.request({ method: 'GET', url: `/api/v1/notifications${query}`, headers });
      assert.equal(res.statusCode, 200, res.body);
      return res.data as {
        items: {
          id: string;
          type: string;
          caseId: string;
          caseNumber: string;
          recipient: { kind: string };
          title: Record<string, string>;
          readAt: string | null;
        }[];
        unreadCount: number;
      };
    };

    const a = await inbox({ cookie: staffA.cookie });
    assert.deepEqual(
      a.items.map((n) => [n.type, n.caseId]),
      [['case.filed', caseId]],
    );
    assert.equal(a.items[0]!.recipient.kind, 'merchant');
    assert.equal(a.items[0]!.caseNumber, number);
    assert.equal(a.items[0]!.title['zh-CN'], `收到新投诉 ${number}`);
    assert.equal(a.items[0]!.title.en, `New complaint ${number}`);
    assert.equal(a.unreadCount, 1);

    const b = await inbox({ cookie: staffB.cookie });
    assert.deepEqual(
      b.items.map((n) => n.type),
      ['case.escalated'],
    );
    const byToken = await inbox({ 'x-case-token': accessToken });
    assert.deepEqual(
      byToken.items.map((n) => [n.type, n.recipient.kind]),
      [['case.filed', 'case']],
    );
    const al = await inbox({ cookie: alice.cookie });
    assert.deepEqual(
      al.items.map((n) => [n.caseNumber, n.recipient.kind]),
      [['T-2026-000777', 'consumer']],
    );
    assert.equal((await inbox({ cookie: bob.cookie })).items.length, 0);
    assert.deepEqual(
      (await inbox({ cookie: mediator.cookie })).items.map((n) => n.caseNumber),
      ['T-2026-000777'],
    );
    assert.equal((await inbox({ cookie: regulator.cookie })).items.length, 0);
    const anon = await ctx.request({ method: 'GET', url: '/api/v1/notifications' });
    assert.equal(anon.statusCode, 401, anon.body);

    // Reading: someone else's is not found; one's own is marked once, for the whole party.
    const id = a.items[0]!.id;
    let res = await ctx.request({
      method: 'POST',
      url: `/api/v1/notifications/${id}/read`,
      headers: { cookie: staffB.cookie },
    });
    assert.equal(res.statusCode, 404, res.body);
    res = await ctx.request({
      method: 'POST',
      url: `/api/v1/notifications/${id}/read`,
      headers: { cookie: staffA.cookie },
    });
    assert.equal(res.statusCode, 200, res.body);
    const readAt = res.data.readAt;
    assert.equal(readAt, ctx.clock.now().toISOString());
    ctx.clock.advance(60 * SECOND);
    res = await ctx.request({
      method: 'POST',
      url: `/api/v1/notifications/${id}/read`,
      headers: { cookie: staffA.cookie },
    });
    assert.equal(res.data.readAt, readAt, 'the first reading counts');
    const after = await inbox({ cookie: staffA.cookie });
    assert.equal(after.unreadCount, 0);
    assert.equal((await inbox({ cookie: staffA.cookie }, '?unread=true')).items.length, 0);
    // The consumer's copy of the same event is separate and still unread.
    assert.equal((await inbox({ 'x-case-token': accessToken })).items[0]!.readAt, null);
  });

  test('pagination: newest first, nextBefore pages back', async () => {
    const city = await cityWithLadder(ctx);
    const staff = await signedInStaff(ctx, {
      role: 'merchant_staff',
      regionId: city.region.id,
      merchantId: city.merchant.id,
    });
    for (let i = 1; i <= 5; i++) {
      await caseEvent(city.region.id, 'case.message_posted', {
        number: `T-2026-00000${i}`,
        merchantId: city.merchant.id,
      });
    }
    await dispatchOutboxBatch(ctx.deps);
    const page = async (q: string) =>
      (await ctx.request({ method: 'GET', url: `/api/v1/notifications?${q}`, headers: { cookie: staff.cookie } })).data;
    const first = await page('limit=3');
    assert.deepEqual(
      first.items.map((n: { caseNumber: string }) => n.caseNumber),
      ['T-2026-000005', 'T-2026-000004', 'T-2026-000003'],
    );
    const second = await page(`limit=3&before=${first.nextBefore}`);
    assert.deepEqual(
      second.items.map((n: { caseNumber: string }) => n.caseNumber),
      ['T-2026-000002', 'T-2026-000001'],
    );
    assert.equal(second.nextBefore, null);
  });
});
