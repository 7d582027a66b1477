// Household car warranty (家用汽车产品修理更换退货责任规定): free repair in the 包修期 (art. 19, 3 years /
// 60,000 km), free replacement of a major part within 60 days / 3,000 km (art. 20), exchange or return within
// 7 days for a major part (art. 22), within 60 days / 3,000 km for a safety failure (art. 23), and within the
// 三包 period (2 years / 50,000 km) after repeated failed repairs (art. 24), less the usage compensation of
// art. 27 in that last case. Periods run from the invoice or, if later, the delivery (art. 18).
import { money, type Remedy, type RemedyOption } from './types.js';

export type CarIssue = {
  /** Engine, gearbox, traction battery or drive motor, or a main part of one (arts. 20, 22). */
  majorPart?: boolean;
  /** Steering or brake failure, body crack, fuel leak, traction battery fire (art. 23). */
  safetyFailure?: boolean;
  /** Repairs of a serious safety fault that still is not fixed (art. 24 (一)). */
  seriousSafetyRepairs?: number;
  /** Replacements of a major part that still does not work (art. 24 (二)(三)). */
  majorPartReplacements?: number;
  /** Total days in repair (art. 24 (四): over 30) and repairs of the same problem (over 4). */
  repairDaysTotal?: number;
  sameProblemRepairs?: number;
  /** Days of a single repair (art. 21: from day 6 a courtesy car or transport costs). */
  singleRepairDays?: number;
};

export type CarInput = {
  daysSinceDelivery?: number;
  mileageKm?: number;
  priceMinor?: number;
  /** Usage compensation factor n from the warranty card, at most 0.5% (art. 27). */
  usageFactor?: number;
  issue: CarIssue;
  currency?: string;
};

const within = (
  days: number | undefined,
  km: number | undefined,
  maxDays: number,
  maxKm: number,
): boolean | undefined => (days === undefined ? undefined : days <= maxDays && (km === undefined || km <= maxKm));

export function carWarranty(input: CarInput): Remedy {
  const currency = input.currency ?? 'CNY';
  const { issue } = input;
  const d = input.daysSinceDelivery;
  const km = input.mileageKm;
  const first7 = d !== undefined && d <= 7;
  const first60 = within(d, km, 60, 3000);
  const sanbaoPeriod = within(d, km, 730, 50_000) ?? true;
  const repairPeriod = within(d, km, 1095, 60_000) ?? true;
  const result = (
    applies: boolean,
    options: RemedyOption[],
    basis: string[],
    zh: string,
    en: string,
    amountMinor = 0,
  ): Remedy => ({
    rule: 'car-warranty',
    applies,
    amountMinor,
    currency,
    options,
    basis: [...basis, 'car-warranty:18'],
    provisional: d === undefined,
    formula: { zh, en },
  });
  if (first7 && issue.majorPart) {
    return result(
      true,
      ['exchange', 'return'],
      ['car-warranty:22'],
      `交付后第 ${d} 天（7日内）发动机、变速器、动力蓄电池或驱动电机等主要零部件需更换：可选择换车或退车`,
      `Day ${d} after delivery (within 7 days) with a major part to be replaced: exchange or return of the car at the consumer’s choice`,
      input.priceMinor ?? 0,
    );
  }
  if (first60 && issue.safetyFailure) {
    return result(
      true,
      ['exchange', 'return'],
      ['car-warranty:23'],
      `交付后 60 日或 3000 公里内出现转向/制动失效、车身开裂、燃油泄漏或动力蓄电池起火：可选择换车或退车`,
      'Steering or brake failure, body crack, fuel leak or battery fire within 60 days / 3,000 km: exchange or return of the car',
      input.priceMinor ?? 0,
    );
  }
  const art24 =
    (issue.seriousSafetyRepairs ?? 0) >= 2 ||
    (issue.majorPartReplacements ?? 0) >= 2 ||
    (issue.repairDaysTotal ?? 0) > 30 ||
    (issue.sameProblemRepairs ?? 0) > 4;
  if (sanbaoPeriod && art24) {
    const n = Math.min(input.usageFactor ?? 0.005, 0.005);
    const comp =
      input.priceMinor !== undefined && km !== undefined ? Math.round((input.priceMinor * km * n) / 1000) : undefined;
    const refund = input.priceMinor !== undefined ? input.priceMinor - (comp ?? 0) : 0;
    const compZh =
      comp === undefined
        ? '使用补偿费 = 车价款 × 行驶里程/1000 × n（n ≤ 0.5%）'
        : `使用补偿费 ${money(input.priceMinor!, currency)} × ${km}/1000 × ${n} = ${money(comp, currency)}`;
    const compEn =
      comp === undefined
        ? 'usage compensation = price × km/1000 × n (n ≤ 0.5%)'
        : `usage compensation ${money(input.priceMinor!, currency)} × ${km}/1000 × ${n} = ${money(comp, currency)}`;
    return result(
      true,
      ['exchange', 'return'],
      ['car-warranty:24', 'car-warranty:27'],
      `三包有效期内多次修理仍未排除故障（第二十四条）：可选择换车或退车，消费者支付${compZh}${comp !== undefined ? `，退车应退 ${money(refund, currency)}` : ''}`,
      `Repeated failed repairs within the 三包 period (art. 24): exchange or return, the consumer paying ${compEn}${comp !== undefined ? `; a return refunds ${money(refund, currency)}` : ''}`,
      refund,
    );
  }
  if (first60 && issue.majorPart) {
    return result(
      true,
      ['replace_part'],
      ['car-warranty:20'],
      '60 日或 3000 公里内主要零部件质量问题：免费更换发动机、变速器、动力蓄电池或驱动电机',
      'Major part fault within 60 days / 3,000 km: free replacement of the engine, gearbox, traction battery or drive motor',
    );
  }
  if (repairPeriod) {
    const courtesy = (issue.singleRepairDays ?? 0) > 5;
    return result(
      true,
      courtesy ? ['repair', 'backup_car'] : ['repair'],
      courtesy ? ['car-warranty:19', 'car-warranty:21'] : ['car-warranty:19'],
      `包修期内（3年或6万公里）免费修理，含工时费和材料费${courtesy ? '；单次修理超过5日，自第6日起提供备用车或交通费用补偿' : ''}`,
      `Free repair, labour and parts included, within the repair warranty (3 years / 60,000 km)${courtesy ? '; a repair over 5 days gives a courtesy car or transport costs from day 6' : ''}`,
    );
  }
  return result(
    false,
    [],
    ['car-warranty:19'],
    '已超过包修期（3年或6万公里）：不再享受免费修理，可协商有偿修理',
    'Beyond the repair warranty (3 years / 60,000 km): no free repair; a paid repair can be negotiated',
  );
}
