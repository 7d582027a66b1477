import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_DEADLINE_POLICY } from '../cases/case.deadlines.js';
import {
  completeRegionSettings,
  DEFAULT_REGION_SETTINGS,
  isIanaTimeZone,
  RegionSettingsInput,
  readRegionSettings,
} from './region-settings.js';

describe('readRegionSettings', () => {
  test('an empty or missing document gives the defaults', () => {
    for (const stored of [{}, null, undefined]) {
      assert.deepEqual(readRegionSettings(stored), {
        deadlines: { ...DEFAULT_DEADLINE_POLICY },
        ladder: ['merchant', 'mediation', 'regulator', 'referral'],
        mediator: { humanAboveMinor: 500_000, autoMaxMinor: 200_000 },
      });
    }
    assert.deepEqual(readRegionSettings({}), DEFAULT_REGION_SETTINGS);
  });

  test('missing keys are filled one by one, present ones kept', () => {
    const s = readRegionSettings({
      deadlines: { merchantResponseHours: 12 },
      ladder: ['merchant', 'regulator', 'referral'],
    });
    assert.equal(s.deadlines.merchantResponseHours, 12);
    assert.equal(s.deadlines.resolutionDays, DEFAULT_DEADLINE_POLICY.resolutionDays);
    assert.equal(s.deadlines.timeZone, 'Asia/Shanghai');
    assert.deepEqual(s.ladder, ['merchant', 'regulator', 'referral']);
  });

  test('a key this version does not know is ignored when reading', () => {
    assert.deepEqual(readRegionSettings({ legacy: true, deadlines: { oldKey: 1 } }), DEFAULT_REGION_SETTINGS);
  });

  test('an invalid stored value throws instead of falling back silently', () => {
    assert.throws(() => readRegionSettings({ deadlines: { resolutionDays: -1 } }), /resolutionDays/);
    assert.throws(() => readRegionSettings({ ladder: ['mediation', 'referral'] }), /ladder/);
  });

  test('the defaults are not shared mutable state', () => {
    const a = readRegionSettings({});
    a.ladder.push('referral');
    assert.equal(readRegionSettings({}).ladder.length, 4);
  });
});

describe('RegionSettingsInput: the ladder', () => {
  const ladder = (l: unknown) => RegionSettingsInput.safeParse({ ladder: l });
  test('accepts the full ladder and ordered subsets from merchant to referral', () => {
    for (const l of [
      ['merchant', 'mediation', 'regulator', 'referral'],
      ['merchant', 'regulator', 'referral'],
      ['merchant', 'mediation', 'referral'],
      ['merchant', 'referral'],
    ]) {
      assert.ok(ladder(l).success, JSON.stringify(l));
    }
  });
  test('refuses a ladder that does not start with merchant', () => {
    assert.ok(!ladder(['mediation', 'regulator', 'referral']).success);
  });
  test('refuses a ladder that does not end with referral', () => {
    assert.ok(!ladder(['merchant', 'mediation', 'regulator']).success);
  });
  test('refuses duplicates', () => {
    assert.ok(!ladder(['merchant', 'mediation', 'mediation', 'referral']).success);
  });
  test('refuses unknown tiers', () => {
    assert.ok(!ladder(['merchant', 'court', 'referral']).success);
  });
  test('refuses tiers out of order', () => {
    assert.ok(!ladder(['merchant', 'regulator', 'mediation', 'referral']).success);
  });
  test('refuses an empty ladder', () => {
    assert.ok(!ladder([]).success);
  });
});

describe('RegionSettingsInput: the deadlines', () => {
  const deadlines = (d: unknown) => RegionSettingsInput.safeParse({ deadlines: d });
  test('every number must be a positive integer', () => {
    for (const key of Object.keys(DEFAULT_DEADLINE_POLICY).filter((k) => k !== 'timeZone')) {
      for (const bad of [0, -1, 1.5, '24', null]) {
        assert.ok(!deadlines({ [key]: bad }).success, `${key}=${JSON.stringify(bad)}`);
      }
      assert.ok(deadlines({ [key]: 2 }).success, key);
    }
  });
  test('the time zone must be an IANA zone', () => {
    assert.ok(deadlines({ timeZone: 'Asia/Hong_Kong' }).success);
    assert.ok(deadlines({ timeZone: 'UTC' }).success);
    for (const bad of ['Asia/Nowhere', '+08:00', 'GMT+8 ', '', 'Asia/Shanghai; drop table']) {
      assert.ok(!deadlines({ timeZone: bad }).success, bad);
    }
  });
  test('unknown keys are refused in input', () => {
    assert.ok(!RegionSettingsInput.safeParse({ deadlines: { slaHours: 3 } }).success);
    assert.ok(!RegionSettingsInput.safeParse({ colour: 'red' }).success);
  });
});

test('isIanaTimeZone', () => {
  assert.ok(isIanaTimeZone('Asia/Shanghai'));
  assert.ok(isIanaTimeZone('America/Argentina/Buenos_Aires'));
  assert.ok(isIanaTimeZone('Etc/GMT-8'));
  assert.ok(!isIanaTimeZone('Mars/Olympus_Mons'));
  assert.ok(!isIanaTimeZone('+0800'));
});

test('completeRegionSettings: the deadline time zone defaults to the region’s, an explicit one is kept', () => {
  assert.equal(completeRegionSettings(undefined, 'Asia/Hong_Kong').deadlines.timeZone, 'Asia/Hong_Kong');
  const parsed = RegionSettingsInput.parse({ deadlines: { mediationDays: 10 } });
  const s = completeRegionSettings(parsed, 'Asia/Urumqi');
  assert.equal(s.deadlines.timeZone, 'Asia/Urumqi');
  assert.equal(s.deadlines.mediationDays, 10);
  const explicit = RegionSettingsInput.parse({ deadlines: { timeZone: 'Asia/Macau' } });
  assert.equal(completeRegionSettings(explicit, 'Asia/Shanghai').deadlines.timeZone, 'Asia/Macau');
});
