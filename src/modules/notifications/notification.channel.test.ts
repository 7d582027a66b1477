import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { recipientsOf } from './notification.channel.js';
import { notificationTitle, TITLED_CASE_ACTIONS } from './notification.titles.js';

const ids = { caseId: 'c0000000-0000-7000-8000-000000000001', merchantId: 'm', consumerId: 'u', assignedOrgId: 'o' };
const event = (type: string, payload: Record<string, unknown>) => ({ type, caseId: ids.caseId, payload });

describe('who an event concerns', () => {
  test('the merchant, the consumer by account, and the assigned organisation', () => {
    assert.deepEqual(recipientsOf(event('case.escalated', { merchantId: 'm', consumerId: 'u', assignedOrgId: 'o' })), [
      { kind: 'merchant', id: 'm' },
      { kind: 'consumer', id: 'u' },
      { kind: 'org', id: 'o' },
    ]);
  });

  test('a consumer without an account follows the case by token: the case is the recipient', () => {
    assert.deepEqual(recipientsOf(event('case.filed', { merchantId: 'm', consumerId: null, assignedOrgId: null })), [
      { kind: 'merchant', id: 'm' },
      { kind: 'case', id: ids.caseId },
    ]);
  });

  test('no merchant identified yet, no organisation: only the consumer', () => {
    assert.deepEqual(recipientsOf(event('case.filed', { merchantId: null, consumerId: 'u' })), [
      { kind: 'consumer', id: 'u' },
    ]);
  });

  test('an assignment inside the organisation concerns only the organisation', () => {
    assert.deepEqual(recipientsOf(event('case.assigned', { merchantId: 'm', consumerId: 'u', assignedOrgId: 'o' })), [
      { kind: 'org', id: 'o' },
    ]);
  });

  test('an event about no case and no party has no recipient', () => {
    assert.deepEqual(recipientsOf({ type: 'region.updated', caseId: null, payload: {} }), []);
  });
});

describe('titles', () => {
  test('every titled case event has a Chinese and an English line with the case number', () => {
    for (const action of TITLED_CASE_ACTIONS) {
      const t = notificationTitle(`case.${action}`, 'HZ-2026-000123');
      assert.match(t.zh, /HZ-2026-000123/, action);
      assert.match(t.en, /HZ-2026-000123/, action);
      assert.match(t.zh, /[\u4e00-\u9fff]/, action);
    }
  });

  test('past-tense aliases, an unknown case event and a non-case event get sensible lines', () => {
    assert.deepEqual(notificationTitle('case.offer_made', 'X-1'), notificationTitle('case.make_offer', 'X-1'));
    assert.equal(notificationTitle('case.filed', 'X-1').zh, '收到新投诉 X-1');
    assert.equal(notificationTitle('case.something_new', 'X-1').en, 'Case X-1 was updated');
    assert.equal(notificationTitle('merchant.blacklisted', null).zh, '新通知');
  });
});
