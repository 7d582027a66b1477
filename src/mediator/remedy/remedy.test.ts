import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { carWarranty } from './car.js';
import { DEFAULT_LPR_1Y_PERCENT, prepaidRefund } from './prepaid.js';
import { tenfoldDamages, trebleDamages } from './punitive.js';
import { sanbao, sevenDayDeadline, sevenDayReturn } from './returns.js';
import { depositRefund, overchargeRefund } from './simple.js';

describe('cpl:55 treble damages', () => {
  it('is three times the price', () => {
    const r = trebleDamages(300_000);
    assert.equal(r.amountMinor, 900_000);
    assert.match(r.formula.zh, /¥3000\.00 × 3 = ¥9000\.00/);
    assert.deepEqual(r.basis, ['cpl:55']);
  });
  it('has a ¥500 floor', () => {
    const r = trebleDamages(10_000);
    assert.equal(r.amountMinor, 50_000);
    assert.match(r.formula.zh, /不足 ¥500/);
    assert.match(r.formula.en, /floor/);
  });
  it('exactly at the floor needs no rounding up', () => {
    assert.equal(trebleDamages(16_700).amountMinor, 50_100);
  });
  it('without a price gives the floor, provisionally', () => {
    const r = trebleDamages(undefined);
    assert.equal(r.amountMinor, 50_000);
    assert.equal(r.provisional, true);
  });
});

describe('food-safety:148 tenfold damages', () => {
  it('is ten times the price', () => assert.equal(tenfoldDamages({ priceMinor: 20_000 }).amountMinor, 200_000));
  it('or three times the loss when that is higher', () => {
    const r = tenfoldDamages({ priceMinor: 2_000, lossMinor: 150_000 });
    assert.equal(r.amountMinor, 450_000);
    assert.match(r.formula.zh, /损失 ¥1500\.00 × 3/);
  });
  it('has a ¥1000 floor', () => {
    const r = tenfoldDamages({ priceMinor: 1_500 });
    assert.equal(r.amountMinor, 100_000);
    assert.match(r.formula.zh, /不足 ¥1000/);
  });
  it('does not apply to a harmless, non-misleading label defect', () => {
    const r = tenfoldDamages({ priceMinor: 50_000, labelDefectOnly: true });
    assert.equal(r.applies, false);
    assert.equal(r.amountMinor, 0);
    assert.ok(r.basis.includes('food-drug-punitive-spc:7'));
  });
});

describe('seven-day no-reason return', () => {
  const base = { channel: 'online' as const, today: '2026-03-18', priceMinor: 29_900 };
  it('counts seven days from the day after signing', () => {
    assert.equal(sevenDayDeadline('2026-03-11'), '2026-03-18');
    const r = sevenDayReturn({ ...base, receiptDate: '2026-03-11' });
    assert.equal(r.applies, true);
    assert.equal(r.amountMinor, 29_900);
    assert.equal(r.deadline, '2026-03-18');
  });
  it('has ended on day eight', () => {
    const r = sevenDayReturn({ ...base, receiptDate: '2026-03-10' });
    assert.equal(r.applies, false);
    assert.match(r.formula.zh, /已于 2026-03-17 届满/);
  });
  for (const [key, item] of [
    ['customMade', '（一）'],
    ['perishable', '（二）'],
    ['digitalOpened', '（三）'],
    ['newspaper', '（四）'],
  ] as const) {
    it(`excludes ${key} goods (seven-day-return:6 ${item})`, () => {
      const r = sevenDayReturn({ ...base, receiptDate: '2026-03-17', [key]: true });
      assert.equal(r.applies, false);
      assert.ok(r.basis.includes('seven-day-return:6'));
      assert.ok(r.formula.zh.includes(item));
    });
  }
  it('is not a statutory right in a shop', () => {
    assert.equal(sevenDayReturn({ ...base, channel: 'offline', receiptDate: '2026-03-17' }).applies, false);
  });
  it('is provisional without a date of receipt', () => {
    assert.equal(sevenDayReturn(base).provisional, true);
  });
});

describe('三包 windows for durables', () => {
  const base = { today: '2026-03-18', priceMinor: 399_900 };
  it('within 7 days: refund, exchange or repair', () => {
    const r = sanbao({ ...base, startDate: '2026-03-11' });
    assert.deepEqual(r.options, ['refund', 'exchange', 'repair']);
    assert.equal(r.amountMinor, 399_900);
  });
  it('days 8–15: exchange or repair', () => {
    const r = sanbao({ ...base, startDate: '2026-03-03' });
    assert.deepEqual(r.options, ['exchange', 'repair']);
    assert.equal(r.amountMinor, 0);
  });
  it('after 15 days: repair within the warranty', () =>
    assert.deepEqual(sanbao({ ...base, startDate: '2026-01-01' }).options, ['repair']));
  it('out of warranty: no 三包 duty', () =>
    assert.equal(sanbao({ ...base, startDate: '2024-01-01', withinWarranty: false }).applies, false));
});

describe('prepaid balance refund (prepaid-spc:15/16)', () => {
  it('adds interest at the one-year LPR when the merchant is at fault', () => {
    const r = prepaidRefund({
      balanceMinor: 365_000,
      contractDate: '2025-03-18',
      today: '2026-03-18',
      cause: 'merchant',
    });
    // 3650.00 × 3.0% × 365/365 = 109.50
    assert.equal(DEFAULT_LPR_1Y_PERCENT, 3.0);
    assert.equal(r.amountMinor, 365_000 + 10_950);
    assert.match(r.formula.zh, /LPR/);
  });
  it('uses the deposit rate when the consumer wants out', () => {
    const r = prepaidRefund({
      balanceMinor: 365_000,
      contractDate: '2025-03-18',
      today: '2026-03-18',
      cause: 'consumer',
    });
    assert.equal(r.amountMinor, 365_000 + 5_475);
  });
  it('prefers an agreed rate and a configured LPR', () => {
    assert.equal(
      prepaidRefund({
        balanceMinor: 100_000,
        contractDate: '2025-03-18',
        today: '2026-03-18',
        cause: 'merchant',
        agreedRatePercent: 5,
      }).amountMinor,
      105_000,
    );
    assert.equal(
      prepaidRefund({
        balanceMinor: 100_000,
        contractDate: '2025-03-18',
        today: '2026-03-18',
        cause: 'merchant',
        lprPercent: 3.45,
      }).amountMinor,
      103_450,
    );
  });
  it('derives the balance from paid minus consumed', () => {
    const r = prepaidRefund({ paidMinor: 300_000, consumedMinor: 120_000, today: '2026-03-18', cause: 'merchant' });
    assert.equal(r.amountMinor, 180_000);
    assert.equal(r.provisional, true);
  });
});

describe('car warranty', () => {
  it('art. 22: a major part within 7 days allows exchange or return', () => {
    const r = carWarranty({ daysSinceDelivery: 5, issue: { majorPart: true }, priceMinor: 15_000_000 });
    assert.deepEqual(r.options, ['exchange', 'return']);
    assert.ok(r.basis.includes('car-warranty:22'));
  });
  it('art. 23: a safety failure within 60 days / 3000 km', () => {
    const r = carWarranty({ daysSinceDelivery: 40, mileageKm: 2500, issue: { safetyFailure: true } });
    assert.ok(r.basis.includes('car-warranty:23'));
    assert.ok(
      !carWarranty({ daysSinceDelivery: 40, mileageKm: 3500, issue: { safetyFailure: true } }).basis.includes(
        'car-warranty:23',
      ),
    );
  });
  it('art. 20: a major part within 60 days is replaced', () => {
    const r = carWarranty({ daysSinceDelivery: 30, mileageKm: 1000, issue: { majorPart: true } });
    assert.deepEqual(r.options, ['replace_part']);
    assert.ok(r.basis.includes('car-warranty:20'));
  });
  it('art. 24 with art. 27 usage compensation', () => {
    const r = carWarranty({
      daysSinceDelivery: 300,
      mileageKm: 10_000,
      priceMinor: 20_000_000,
      usageFactor: 0.005,
      issue: { sameProblemRepairs: 5 },
    });
    // 200000 × 10000/1000 × 0.005 = 10000 yuan
    assert.ok(r.basis.includes('car-warranty:24'));
    assert.equal(r.amountMinor, 20_000_000 - 1_000_000);
    assert.match(r.formula.zh, /使用补偿费/);
  });
  it('art. 19: otherwise free repair in the repair warranty, with art. 21 after 5 days', () => {
    const r = carWarranty({ daysSinceDelivery: 500, issue: { singleRepairDays: 8 } });
    assert.deepEqual(r.options, ['repair', 'backup_car']);
    assert.ok(r.basis.includes('car-warranty:21'));
    assert.equal(carWarranty({ daysSinceDelivery: 1200, issue: {} }).applies, false);
  });
});

describe('plain refunds', () => {
  it('overcharge and deposit', () => {
    assert.equal(overchargeRefund(2_000).amountMinor, 2_000);
    assert.equal(depositRefund(50_000).amountMinor, 50_000);
    assert.equal(depositRefund(undefined).provisional, true);
  });
});
