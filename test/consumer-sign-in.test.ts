// "My cases" after a phone sign-in: the cases whose tokens the device presents when signing in join the account
// (the token proves who filed, the code proves the phone), and then open on any device with the session alone.
// A phone number typed on a complaint gives its owner nothing: control of a case needs its token.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditEvents } from '../src/modules/audit/audit.schema.js';
import { verifyCaseChain } from '../src/modules/audit/index.js';
import { outboxEvents } from '../src/modules/outbox/outbox.schema.js';
import { cityWithLadder } from './support/factories.js';
import { startTestApp, type TestContext } from './support/harness.js';

let ctx: TestContext;
let city: Awaited<ReturnType<typeof cityWithLadder>>;
before(async () => {
  ctx = await startTestApp();
  city = await cityWithLadder(ctx);
});
after(async () => {
  await ctx.close();
});

async function file(phone?: string) {
  const res = await ctx.request({
    method: 'POST',
    url: '/api/v1/cases',
    payload: {
      merchant: { merchantId: city.merchant.id },
      description: '在店里买的电饭煲第三天就不加热了，要求退货退款。',
      demands: ['return_refund'],
      ...(phone ? { phone } : {}),
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.data as { id: string; accessToken: string };
}

/** Signs in with the code the local SMS adapter sent; `tokens` are the case tokens the device presents. */
async function signIn(phone: string, tokens: string[] = []): Promise<string> {
  ctx.clock.advance(61_000); // one code a minute per phone
  await ctx.request({ method: 'POST', url: '/api/v1/auth/otp/request', payload: { phone } });
  const sent = (ctx.deps.sms as unknown as { sent: { text: string }[] }).sent;
  const code = /\d{6}/.exec(sent.at(-1)!.text)![0];
  const res = await ctx.request({
    method: 'POST',
    url: '/api/v1/auth/otp/verify',
    payload: { phone, code },
    headers: tokens.length ? { 'x-case-token': tokens.join(',') } : {},
  });
  assert.equal(res.statusCode, 200, res.body);
  return String(res.headers['set-cookie']).split(';')[0]!;
}

const listed = async (cookie: string) =>
  ((await ctx.request({ method: 'GET', url: '/api/v1/cases', headers: { cookie } })).data.items as { id: string }[])
    .map((c) => c.id)
    .sort();
const open = async (cookie: string, id: string) =>
  (await ctx.request({ method: 'GET', url: `/api/v1/cases/${id}`, headers: { cookie } })).statusCode;

test("the device's cases join the account at sign-in and then open anywhere; a typed phone alone links nothing", async () => {
  const phone = '13700001111';
  const one = await file(phone);
  const two = await file(); // no phone given: the token is what counts
  const typedOnly = await file(phone); // filed elsewhere with this phone, its token never presented

  await signIn(phone, [one.accessToken, two.accessToken]);
  const elsewhere = await signIn(phone); // another device: no tokens, the same account
  assert.deepEqual(await listed(elsewhere), [one.id, two.id].sort());
  assert.equal(await open(elsewhere, one.id), 200, 'opens on the session alone');
  assert.equal(await open(elsewhere, typedOnly.id), 404, 'the phone on a complaint is no key to it');

  // The link is in each case's trail, by the consumer; the chain still verifies; nobody is notified of it.
  const db = ctx.deps.database.db;
  for (const c of [one, two]) {
    const trail = await db
      .select({ role: auditEvents.actorRole })
      .from(auditEvents)
      .where(and(eq(auditEvents.caseId, c.id), eq(auditEvents.action, 'consumer_linked')));
    assert.deepEqual(trail, [{ role: 'consumer' }]);
    assert.equal((await verifyCaseChain(db, c.id)).ok, true);
  }
  const sent = await db
    .select({ type: outboxEvents.type })
    .from(outboxEvents)
    .where(and(eq(outboxEvents.caseId, one.id), eq(outboxEvents.type, 'case.consumer_linked')));
  assert.deepEqual(sent, []);

  // Someone else presenting a token of a case already on an account does not take it over.
  const stranger = await signIn('13700002222', [one.accessToken]);
  assert.deepEqual(await listed(stranger), []);
  assert.equal(await open(stranger, one.id), 404);
  assert.deepEqual(await listed(elsewhere), [one.id, two.id].sort());
});
