// Evidence photos on a case through the HTTP API on a real database (PGlite, or PostgreSQL with DATABASE_URL):
// who may add, list and fetch them; what is refused; what is stored; what the trail records.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, count, eq } from 'drizzle-orm';
import { auditEvents } from '../src/modules/audit/audit.schema.js';
import { verifyCaseChain } from '../src/modules/audit/index.js';
import { caseEvidence, evidenceBlobs } from '../src/modules/evidence/evidence.schema.js';
import { numberedJpeg, PLAIN_PNG, phoneJpeg, phoneWebp, SECRET } from '../src/modules/evidence/image.samples.js';
import { MAX_EVIDENCE_BYTES, MAX_EVIDENCE_PER_CASE } from '../src/modules/evidence/index.js';
import { outboxEvents } from '../src/modules/outbox/outbox.schema.js';
import { cityWithLadder, signedInStaff } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

let ctx: TestContext;
let city: Awaited<ReturnType<typeof cityWithLadder>>;
let merchantStaff: { cookie: string };
let otherStaff: { cookie: string };
let regulator: { cookie: string };
let mediator: { cookie: string };

before(async () => {
  ctx = await startTestApp({ start: new Date('2026-03-02T02:00:00Z') });
  city = await cityWithLadder(ctx);
  merchantStaff = await signedInStaff(ctx, {
    role: 'merchant_staff',
    regionId: city.region.id,
    merchantId: city.merchant.id,
  });
  otherStaff = await signedInStaff(ctx, {
    role: 'merchant_staff',
    regionId: city.region.id,
    merchantId: city.other.id,
  });
  regulator = await signedInStaff(ctx, { role: 'regulator', regionId: city.region.id, orgId: city.regulator.id });
  mediator = await signedInStaff(ctx, { role: 'mediator', regionId: city.region.id, orgId: city.mediation.id });
});
after(async () => {
  await ctx.close();
});

type Who = Record<string, string>;
const consumer = (token: string): Who => ({ 'x-case-token': token });
const staff = (s: { cookie: string }): Who => ({ cookie: s.cookie });

async function file(): Promise<{ id: string; accessToken: string }> {
  const res = await ctx.request({
    method: 'POST',
    url: '/api/v1/cases',
    payload: {
      merchant: { merchantId: city.merchant.id },
      description: '买的陶瓷杯收到时已经碎了，附上照片，要求退款。',
      demands: ['refund'],
      phone: '13812345678',
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.data;
}

const upload = (who: Who, caseId: string, bytes: Buffer, contentType = 'image/jpeg', query = '') =>
  ctx.request({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/evidence${query}`,
    headers: { ...who, 'content-type': contentType },
    payload: bytes,
  });
const list = (who: Who, caseId: string) =>
  ctx.request({ method: 'GET', url: `/api/v1/cases/${caseId}/evidence`, headers: who });
const fetchPhoto = (who: Who, caseId: string, evidenceId: string) =>
  ctx.request({ method: 'GET', url: `/api/v1/cases/${caseId}/evidence/${evidenceId}`, headers: who });

async function auditCount(caseId: string, action: string): Promise<number> {
  const [row] = await ctx.deps.database.db
    .select({ n: count() })
    .from(auditEvents)
    .where(and(eq(auditEvents.caseId, caseId), eq(auditEvents.action, action)));
  return row?.n ?? 0;
}

describe('a consumer adds a photo; every party of the case sees it', () => {
  let c: { id: string; accessToken: string };
  let evidenceId: string;

  before(async () => {
    c = await file();
  });

  test('upload: 201, the type from the bytes, the caption kept, the GPS gone', async () => {
    const caption = '杯子 破损处';
    // Declared as PNG, but the bytes are a JPEG: the bytes decide.
    const r = await upload(
      consumer(c.accessToken),
      c.id,
      phoneJpeg(),
      'image/png',
      `?caption=${encodeURIComponent(caption)}`,
    );
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.data.contentType, 'image/jpeg');
    assert.equal(r.data.caption, caption);
    assert.equal(r.data.addedBy, 'consumer');
    assert.equal(r.data.existing, false);
    assert.match(r.data.sha256, /^[0-9a-f]{64}$/);
    assert.ok(r.data.sizeBytes < phoneJpeg().length, 'metadata taken out');
    assert.equal(r.data.addedById, undefined, 'no account ids in the view');
    evidenceId = r.data.id;

    const [blob] = await ctx.deps.database.db.select().from(evidenceBlobs);
    assert.ok(blob, 'bytes stored');
    assert.equal(blob.bytes.length, r.data.sizeBytes);
    assert.ok(!blob.bytes.includes(Buffer.from(SECRET, 'latin1')), 'no EXIF, XMP or comment in what is stored');
  });

  test('the addition is on the audit chain and in the outbox (which notifies the parties), in one transaction', async () => {
    assert.equal(await auditCount(c.id, 'evidence_added'), 1);
    const chain = await verifyCaseChain(ctx.deps.database.db, c.id);
    assert.ok(chain.ok, JSON.stringify(chain));
    const events = await ctx.deps.database.db
      .select()
      .from(outboxEvents)
      .where(and(eq(outboxEvents.caseId, c.id), eq(outboxEvents.type, 'case.evidence_added')));
    assert.equal(events.length, 1);
    const data = (events[0]!.payload as { data: Record<string, unknown> }).data;
    assert.equal(data.evidenceId, evidenceId);
    assert.equal(data.caption, undefined, 'the caption stays out of the trail');
    const view = await ctx.request({ method: 'GET', url: `/api/v1/cases/${c.id}`, headers: staff(merchantStaff) });
    assert.ok(view.data.timeline.some((e: { action: string }) => e.action === 'evidence_added'));
  });

  test('list (metadata only) for the consumer, the merchant and the region regulator', async () => {
    for (const who of [consumer(c.accessToken), staff(merchantStaff), staff(regulator)]) {
      const r = await list(who, c.id);
      assert.equal(r.statusCode, 200, r.body);
      assert.deepEqual(
        r.data.items.map((i: { id: string }) => i.id),
        [evidenceId],
      );
      assert.equal(r.data.max, MAX_EVIDENCE_PER_CASE);
      assert.equal(r.data.items[0].sha256.length, 64);
    }
    assert.equal((await list(consumer(c.accessToken), c.id)).data.canAdd, true);
    assert.equal((await list(staff(merchantStaff), c.id)).data.canAdd, true);
    // The bureau oversees every case of its region but takes part only in those assigned to it.
    const observed = await list(staff(regulator), c.id);
    assert.equal(observed.data.viewerRole, 'observer');
    assert.equal(observed.data.canAdd, false);
  });

  test('fetch the bytes: the stored image, its type, private caching, nosniff', async () => {
    for (const who of [consumer(c.accessToken), staff(merchantStaff), staff(regulator)]) {
      const r = await fetchPhoto(who, c.id, evidenceId);
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['content-type'], 'image/jpeg');
      assert.equal(r.headers['cache-control'], 'private, no-cache', 'kept privately, revalidated each time');
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      const bytes = r.rawPayload;
      assert.deepEqual(bytes.subarray(0, 3), Buffer.from([0xff, 0xd8, 0xff]));
      assert.ok(!bytes.includes(Buffer.from(SECRET, 'latin1')));
    }
  });

  test('an unchanged photo revalidates with 304, still only for those who may see it', async () => {
    const first = await fetchPhoto(consumer(c.accessToken), c.id, evidenceId);
    const etag = String(first.headers.etag);
    const again = await ctx.request({
      method: 'GET',
      url: `/api/v1/cases/${c.id}/evidence/${evidenceId}`,
      headers: { ...consumer(c.accessToken), 'if-none-match': etag },
    });
    assert.equal(again.statusCode, 304);
    assert.equal(again.rawPayload.length, 0);
    const stranger = await ctx.request({
      method: 'GET',
      url: `/api/v1/cases/${c.id}/evidence/${evidenceId}`,
      headers: { 'if-none-match': etag },
    });
    assert.equal(stranger.statusCode, 404, 'the ETag is no key');
  });
  test('another merchant, a mediator not handling it, and strangers get not found', async () => {
    for (const who of [staff(otherStaff), staff(mediator), {}, consumer('hjc_doesnotexist1234567890')]) {
      const l = await list(who, c.id);
      assert.ok([401, 404].includes(l.statusCode), l.body);
      const f = await fetchPhoto(who, c.id, evidenceId);
      assert.ok([401, 404].includes(f.statusCode), f.body);
      assert.ok(!f.rawPayload.includes(Buffer.from([0xff, 0xd8, 0xff])));
      const u = await upload(who, c.id, numberedJpeg(99));
      assert.ok([401, 404].includes(u.statusCode), u.body);
    }
    const l = await list(staff(otherStaff), c.id);
    assert.equal(l.statusCode, 404);
    assert.equal(l.data.error.code, 'CASE_NOT_FOUND');
    assert.equal(await auditCount(c.id, 'evidence_added'), 1, 'nothing added');
  });

  test('an observing regulator may look but not add', async () => {
    const r = await upload(staff(regulator), c.id, numberedJpeg(98));
    assert.equal(r.statusCode, 403, r.body);
    assert.equal(r.data.error.code, 'FORBIDDEN');
  });

  test('the merchant adds one too; the consumer sees who added what', async () => {
    const r = await upload(staff(merchantStaff), c.id, PLAIN_PNG, 'image/png', '?caption=%E5%8F%91%E8%B4%A7%E5%8D%95');
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.data.contentType, 'image/png');
    const l = await list(consumer(c.accessToken), c.id);
    assert.deepEqual(
      l.data.items.map((i: { addedBy: string; caption: string | null }) => [i.addedBy, i.caption]),
      [
        ['consumer', '杯子 破损处'],
        ['merchant', '发货单'],
      ],
    );
  });

  test('a photo id from another case is not found under this one', async () => {
    const other = await file();
    const r = await fetchPhoto(staff(merchantStaff), other.id, evidenceId);
    assert.equal(r.statusCode, 404);
    assert.equal(r.data.error.code, 'NOT_FOUND');
    const junk = await fetchPhoto(staff(merchantStaff), c.id, '0190c0de-0000-7000-8000-000000000000');
    assert.equal(junk.statusCode, 404);
    const bad = await fetchPhoto(staff(merchantStaff), c.id, 'not-a-uuid');
    assert.equal(bad.statusCode, 400);
  });
});

describe('refusals change nothing', () => {
  let c: { id: string; accessToken: string };
  before(async () => {
    c = await file();
  });

  const refused = async (
    r: Awaited<ReturnType<typeof upload>>,
    status: number,
    code: string,
    rule?: string,
  ): Promise<void> => {
    assert.equal(r.statusCode, status, r.body);
    assert.equal(r.data.error.code, code);
    assert.ok(r.data.error.messages['zh-CN'] && r.data.error.messages.en);
    if (rule) assert.equal(r.data.error.details.rule, rule);
    assert.equal((await list(consumer(c.accessToken), c.id)).data.items.length, 0);
    assert.equal(await auditCount(c.id, 'evidence_added'), 0);
  };

  test('wrong type: 415, whatever the declared type', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00,', 'latin1');
    await refused(
      await upload(consumer(c.accessToken), c.id, gif, 'image/gif'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'evidence_type',
    );
    await refused(
      await upload(consumer(c.accessToken), c.id, gif, 'image/jpeg'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'evidence_type',
    );
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await refused(await upload(consumer(c.accessToken), c.id, svg, 'image/svg+xml'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await refused(
      await upload(consumer(c.accessToken), c.id, Buffer.from('{"photo":"x"}'), 'application/json'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
  });

  test('a damaged image or an empty body: 400 with the rule', async () => {
    await refused(
      await upload(consumer(c.accessToken), c.id, phoneJpeg().subarray(0, 300)),
      400,
      'VALIDATION_FAILED',
      'evidence_damaged',
    );
    await refused(await upload(consumer(c.accessToken), c.id, Buffer.alloc(0)), 400, 'VALIDATION_FAILED');
  });

  test(`too big: 413 beyond ${MAX_EVIDENCE_BYTES} bytes`, async () => {
    const big = Buffer.concat([phoneJpeg(), Buffer.alloc(MAX_EVIDENCE_BYTES)]);
    await refused(await upload(consumer(c.accessToken), c.id, big), 413, 'BODY_TOO_LARGE');
  });

  test('a caption over 200 characters: 400', async () => {
    await refused(
      await upload(consumer(c.accessToken), c.id, phoneJpeg(), 'image/jpeg', `?caption=${'长'.repeat(201)}`),
      400,
      'VALIDATION_FAILED',
    );
  });

  test('a closed case takes no more photos: 409', async () => {
    const w = await file();
    const r = await ctx.request({
      method: 'POST',
      url: `/api/v1/cases/${w.id}/withdraw`,
      headers: consumer(w.accessToken),
      payload: {},
    });
    assert.equal(r.statusCode, 200, r.body);
    const u = await upload(consumer(w.accessToken), w.id, phoneJpeg());
    assert.equal(u.statusCode, 409, u.body);
    assert.equal(u.data.error.code, 'ILLEGAL_TRANSITION');
    assert.equal((await list(consumer(w.accessToken), w.id)).data.canAdd, false);
  });
});

describe('the same photo once, ten at most', () => {
  test('a duplicate returns the stored photo (200), stores and records nothing', async () => {
    const c = await file();
    const first = await upload(consumer(c.accessToken), c.id, phoneJpeg());
    assert.equal(first.statusCode, 201, first.body);
    // The same picture with other metadata is the same photo once stripped; the merchant sending it again too.
    const again = await upload(staff(merchantStaff), c.id, phoneJpeg({ orientation: 6 }), 'image/jpeg', '?caption=x');
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.data.id, first.data.id);
    assert.equal(again.data.existing, true);
    assert.equal(again.data.addedBy, 'consumer');
    assert.equal(await auditCount(c.id, 'evidence_added'), 1);
    const [row] = await ctx.deps.database.db
      .select({ n: count() })
      .from(caseEvidence)
      .where(eq(caseEvidence.caseId, c.id));
    assert.equal(row?.n, 1);
  });

  test(`the ${MAX_EVIDENCE_PER_CASE + 1}th photo is refused; a retry of a stored one still answers`, async () => {
    const c = await file();
    const token = consumer(c.accessToken);
    const firstWebp = await upload(token, c.id, phoneWebp(), 'image/webp');
    assert.equal(firstWebp.statusCode, 201, firstWebp.body);
    assert.equal(firstWebp.data.contentType, 'image/webp');
    for (let n = 1; n < MAX_EVIDENCE_PER_CASE; n++) {
      const r = await upload(token, c.id, numberedJpeg(n));
      assert.equal(r.statusCode, 201, r.body);
    }
    let l = await list(token, c.id);
    assert.equal(l.data.items.length, MAX_EVIDENCE_PER_CASE);
    assert.equal(l.data.canAdd, false);

    const over = await upload(token, c.id, numberedJpeg(MAX_EVIDENCE_PER_CASE));
    assert.equal(over.statusCode, 400, over.body);
    assert.equal(over.data.error.code, 'VALIDATION_FAILED');
    assert.deepEqual(over.data.error.details, { rule: 'evidence_limit', max: MAX_EVIDENCE_PER_CASE });

    const retry = await upload(token, c.id, numberedJpeg(3));
    assert.equal(retry.statusCode, 200, retry.body);
    l = await list(token, c.id);
    assert.equal(l.data.items.length, MAX_EVIDENCE_PER_CASE);
    assert.equal(await auditCount(c.id, 'evidence_added'), MAX_EVIDENCE_PER_CASE);
  });

  test('concurrent uploads to one case never exceed the limit', async () => {
    const c = await file();
    const token = consumer(c.accessToken);
    const results = await Promise.all(
      Array.from({ length: MAX_EVIDENCE_PER_CASE + 3 }, (_, n) => upload(token, c.id, numberedJpeg(100 + n))),
    );
    const codes = results.map((r) => r.statusCode).sort();
    assert.equal(codes.filter((s) => s === 201).length, MAX_EVIDENCE_PER_CASE, codes.join(','));
    assert.equal(codes.filter((s) => s === 400).length, 3);
    assert.equal((await list(token, c.id)).data.items.length, MAX_EVIDENCE_PER_CASE);
  });
});
