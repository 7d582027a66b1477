// "My cases" after a phone sign-in: the cases filed with that phone as the contact, before the account existed
// or while signed out, are the consumer's once the code sent to the phone is entered; nobody else's are.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
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

async function file(phone: string | undefined, headers: Record<string, string> = {}) {
  const res = await ctx.request({
    method: 'POST',
    url: '/api/v1/cases',
    headers,
    payload: {
      merchant: { merchantId: city.merchant.id },
      description: '在店里买的电饭煲第三天就不加热了，要求退货退款。',
      demands: ['return_refund'],
      ...(phone ? { phone } : {}),
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  return res.data as { id: string };
}

async function signIn(phone: string): Promise<string> {
  await ctx.request({ method: 'POST', url: '/api/v1/auth/otp/request', payload: { phone } });
  const sent = (ctx.deps.sms as unknown as { sent: { phone: string; text: string }[] }).sent;
  const code = /\d{6}/.exec(sent.findLast((m) => m.phone === `+86${phone}`)?.text ?? sent.at(-1)!.text)![0];
  const res = await ctx.request({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone, code } });
  assert.equal(res.statusCode, 200, res.body);
  return String(res.headers['set-cookie']).split(';')[0]!;
}

const listed = async (cookie: string) =>
  ((await ctx.request({ method: 'GET', url: '/api/v1/cases', headers: { cookie } })).data.items as { id: string }[])
    .map((c) => c.id)
    .sort();

test('cases filed with a phone are listed for whoever signs in with it, before and after the account exists', async () => {
  const phone = '13700001111';
  const before1 = await file(phone);
  const before2 = await file('137 0000 1111'); // the same number, written another way
  const someoneElse = await file('13700002222');
  const noPhone = await file(undefined);

  const cookie = await signIn(phone);
  assert.deepEqual(await listed(cookie), [before1.id, before2.id].sort());
  const opened = await ctx.request({ method: 'GET', url: `/api/v1/cases/${before1.id}`, headers: { cookie } });
  assert.equal(opened.statusCode, 200, 'the case opens with the session alone, no case token');
  assert.equal(opened.data.consumer.phoneMasked, '137****1111');

  // Filed later while signed out, on another device: it is theirs at once.
  const later = await file(phone);
  assert.deepEqual(await listed(cookie), [before1.id, before2.id, later.id].sort());

  for (const other of [someoneElse, noPhone]) {
    const res = await ctx.request({ method: 'GET', url: `/api/v1/cases/${other.id}`, headers: { cookie } });
    assert.equal(res.statusCode, 404, 'a case filed with another phone, or none, stays hidden');
  }
  const theirs = await signIn('13700002222');
  assert.deepEqual(await listed(theirs), [someoneElse.id]);
});
