import assert from 'node:assert/strict';
import { test } from 'node:test';
import { webhookUrlProblem } from './webhook.url.js';

test('webhook URLs: https anywhere, http only to this machine', () => {
  for (const ok of [
    'https://bank.example.com/hooks/hejie',
    'https://10.0.0.5:8443/x?y=1',
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'http://[::1]:9000/',
  ]) {
    assert.equal(webhookUrlProblem(ok), null, ok);
  }
  for (const bad of [
    'http://bank.example.com/hook',
    'http://127.0.0.2/hook',
    'http://localhost.example.com/',
    'ftp://example.com/',
    'javascript:alert(1)',
    'not a url',
    'https://user:pass@example.com/',
    'https://example.com/#frag',
  ]) {
    assert.notEqual(webhookUrlProblem(bad), null, bad);
  }
});
