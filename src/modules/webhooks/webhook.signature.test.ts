import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import { signWebhook, verifyWebhookSignature } from './webhook.signature.js';

const secret = 'whsec_example';
const at = new Date('2026-03-02T02:00:00Z');
const body =
  '{"id":"0195a1b2-0000-7000-8000-000000000001","type":"case.filed","createdAt":"2026-03-02T02:00:00.000Z","data":{"number":"HZ-2026-000001"}}';

describe('webhook signature', () => {
  test('the header is t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>', () => {
    const header = signWebhook(secret, body, at);
    const t = at.getTime() / 1000;
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    assert.equal(header, `t=${t},v1=${expected}`);
  });

  test('the worked example in docs/webhooks.md', () => {
    assert.equal(
      signWebhook(secret, body, at),
      't=1772416800,v1=005bad5b5845dd35a523b45bb4f3428047f42ac523fe7578e71cf7caf5eb2b7a',
    );
  });

  test('verifies its own signature, on a string or on the raw bytes', () => {
    const header = signWebhook(secret, body, at);
    assert.equal(verifyWebhookSignature(secret, header, body, at), true);
    assert.equal(verifyWebhookSignature(secret, header, Buffer.from(body), at), true);
  });

  test('refuses another secret, a changed body, a missing or malformed header', () => {
    const header = signWebhook(secret, body, at);
    assert.equal(verifyWebhookSignature('whsec_other', header, body, at), false);
    assert.equal(verifyWebhookSignature(secret, header, body.replace('000001', '000002'), at), false);
    assert.equal(verifyWebhookSignature(secret, header, `${body} `, at), false);
    assert.equal(verifyWebhookSignature(secret, undefined, body, at), false);
    assert.equal(verifyWebhookSignature(secret, '', body, at), false);
    assert.equal(verifyWebhookSignature(secret, 'v1=abc', body, at), false);
    assert.equal(verifyWebhookSignature(secret, header.replace(/t=\d+/, 't=x'), body, at), false);
    assert.equal(verifyWebhookSignature(secret, header.replace(/v1=.*/, 'v1=zz'), body, at), false);
  });

  test('refuses a signature older or newer than the tolerance (replay)', () => {
    const header = signWebhook(secret, body, at);
    const later = (s: number) => new Date(at.getTime() + s * 1000);
    assert.equal(verifyWebhookSignature(secret, header, body, later(300)), true);
    assert.equal(verifyWebhookSignature(secret, header, body, later(301)), false);
    assert.equal(verifyWebhookSignature(secret, header, body, later(-301)), false);
    assert.equal(verifyWebhookSignature(secret, header, body, later(3600), 3600), true);
  });

  test('accepts any matching v1 among several (secret rotation)', () => {
    const good = signWebhook(secret, body, at);
    const other = signWebhook('whsec_old', body, at).split(',')[1];
    assert.equal(
      verifyWebhookSignature(secret, `${good.split(',')[0]},${other},${good.split(',')[1]}`, body, at),
      true,
    );
  });
});
