// What every client relies on: health, the OpenAPI document, request ids, one error shape.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestContext } from './support/harness.js';

let ctx: TestContext;
before(async () => {
  ctx = await startTestApp();
});
after(async () => {
  await ctx.close();
});

test('liveness and readiness', async () => {
  assert.deepEqual((await ctx.request({ method: 'GET', url: '/healthz' })).data, { status: 'ok' });
  const ready = await ctx.request({ method: 'GET', url: '/readyz' });
  assert.equal(ready.statusCode, 200);
  assert.equal(ready.data.status, 'ready');
});

test('OpenAPI 3.1 document lists the case API, and the docs page is served', async () => {
  const doc = await ctx.request({ method: 'GET', url: '/api/v1/openapi.json' });
  assert.equal(doc.statusCode, 200);
  assert.equal(doc.data.openapi, '3.1.0');
  for (const path of ['/api/v1/cases', '/api/v1/cases/{id}', '/api/v1/cases/{id}/offers', '/api/v1/auth/login']) {
    assert.ok(doc.data.paths[path], `${path} is documented`);
  }
  const filing = doc.data.paths['/api/v1/cases'].post;
  assert.ok(filing.requestBody.content['application/json'].schema.properties.merchant);
  const page = await ctx.request({ method: 'GET', url: '/api/docs/' });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<html/i);
});

test('every response carries a request id; a sane incoming one is kept', async () => {
  const minted = await ctx.request({ method: 'GET', url: '/healthz' });
  assert.match(String(minted.headers['x-request-id']), /^[0-9a-f-]{36}$/);
  const kept = await ctx.request({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'lb-1234567890' } });
  assert.equal(kept.headers['x-request-id'], 'lb-1234567890');
  const junk = await ctx.request({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'bad id with spaces' } });
  assert.notEqual(junk.headers['x-request-id'], 'bad id with spaces');
});

test("every response carries the platform's clock (x-server-time), which the web app's countdowns follow", async () => {
  const before = Date.parse(String((await ctx.request({ method: 'GET', url: '/healthz' })).headers['x-server-time']));
  ctx.clock.advance(2 * 86_400_000);
  const after = Date.parse(String((await ctx.request({ method: 'GET', url: '/healthz' })).headers['x-server-time']));
  assert.ok(after - before >= 2 * 86_400_000, 'a moved test clock shows in the header');
});

test('unknown routes, wrong content types and bad ids answer in the one error shape', async () => {
  const missing = await ctx.request({ method: 'GET', url: '/api/v1/nothing-here' });
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.data.error.code, 'NOT_FOUND');
  const text = await ctx.request({
    method: 'POST',
    url: '/api/v1/cases',
    payload: 'merchant=x',
    headers: { 'content-type': 'text/plain' },
  });
  assert.equal(text.statusCode, 415);
  assert.equal(text.data.error.code, 'UNSUPPORTED_MEDIA_TYPE');
  const badId = await ctx.request({ method: 'GET', url: '/api/v1/cases/not-a-uuid' });
  assert.equal(badId.statusCode, 400);
  assert.equal(badId.data.error.code, 'VALIDATION_FAILED');
  const english = await ctx.request({ method: 'GET', url: '/api/v1/nothing', headers: { 'accept-language': 'en-GB' } });
  assert.equal(english.data.error.message, 'Not found');
  assert.equal(english.data.error.messages['zh-CN'], '资源不存在');
});
