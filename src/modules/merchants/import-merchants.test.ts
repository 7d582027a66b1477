import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeCreditCode } from '../../lib/credit-code.js';
import type { DistrictRow } from '../regions/index.js';
import { checkImportRow, districtFinder, industryOf } from './import-merchants.js';

const districts = [
  { id: 'd-xihu', regionId: 'r', code: '330106', name: '西湖区', nameEn: 'Xihu' },
] as unknown as DistrictRow[];
const find = districtFinder(districts);
const code = makeCreditCode(42);

test('industries by code, Chinese name or English name in any case', () => {
  assert.equal(industryOf('restaurant'), 'restaurant');
  assert.equal(industryOf(' 餐饮 '), 'restaurant');
  assert.equal(industryOf('ONLINE SHOPS'), 'online_shop');
  assert.equal(industryOf('宠物'), undefined);
});

test('districts by code, name or English name', () => {
  assert.equal(find('330106')?.id, 'd-xihu');
  assert.equal(find('西湖区')?.id, 'd-xihu');
  assert.equal(find('xihu')?.id, 'd-xihu');
  assert.equal(find('滨江区'), undefined);
});

test('a good row is trimmed and normalised; a lower-case credit code is upper-cased', () => {
  const r = checkImportRow(
    { creditCode: ` ${code.toLowerCase()} `, legalName: ' 某某公司 ', industry: '超市', district: '西湖区' },
    find,
  );
  assert.deepEqual(r, {
    ok: true,
    merchant: {
      creditCode: code,
      legalName: '某某公司',
      tradeName: '',
      industry: 'supermarket',
      address: '',
      districtId: 'd-xihu',
      phone: '',
    },
  });
});

test('each problem names its field, in both languages', () => {
  const field = (row: Record<string, string>) => {
    const r = checkImportRow({ creditCode: code, legalName: 'X', industry: 'retail', ...row }, find);
    return r.ok ? null : [r.error.code, r.error.field, Boolean(r.error.message.zh && r.error.message.en)];
  };
  assert.deepEqual(field({ creditCode: '' }), ['VALIDATION_FAILED', 'creditCode', true]);
  assert.deepEqual(field({ creditCode: '123' }), ['INVALID_CREDIT_CODE', 'creditCode', true]);
  assert.deepEqual(field({ legalName: 'x'.repeat(201) }), ['VALIDATION_FAILED', 'legalName', true]);
  assert.deepEqual(field({ industry: '' }), ['VALIDATION_FAILED', 'industry', true]);
  assert.deepEqual(field({ district: '滨江区' }), ['VALIDATION_FAILED', 'district', true]);
  assert.deepEqual(field({ phone: '1'.repeat(21) }), ['VALIDATION_FAILED', 'phone', true]);
  assert.equal(field({ phone: '+86 138-0000-0000' }), null);
});
